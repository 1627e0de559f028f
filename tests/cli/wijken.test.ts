import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { xlsxWorkbook } from "../../src/node/xlsx/xlsxWorkbook.js";

// Run `npm run build` first: the command line is run as a user runs it.
const cli = (...args: string[]) =>
  spawnSync(process.execPath, ["bin/rendement.js", ...args], { encoding: "utf8", env: { ...process.env, LANG: "C" } });

const DISTRICT = "examples/district/cases.json";
const NAMES: [string, string][] = [
  ["WK079601", "Ruwaard"],
  ["WK079602", "Schadewijk"],
  ["WK079603", "Centrum"],
  ["WK079604", "Noord"],
  ["WK079605", "Zuid"],
];

describe("compute --wijken: names, not codes", () => {
  const dir = mkdtempSync(join(tmpdir(), "rendement-wijken-cli-"));
  const csv = join(dir, "wijken.csv");
  writeFileSync(csv, `GM_CODE;WK_CODE;WK_NAAM\r\n${NAMES.map(([c, n]) => `GM0796;${c};${n}`).join("\r\n")}\r\n`);

  it("shows name (code) in the Markdown and HTML roll-ups and the per-case report, from a CSV", () => {
    const md = cli("compute", DISTRICT, "--group-by", "wijk", "--format", "md", "--wijken", csv);
    expect(md.status, md.stderr).toBe(0);
    for (const [c, n] of NAMES) expect(md.stdout).toContain(`${n} (${c})`);
    const html = cli("compute", DISTRICT, "--format", "html", "--wijken", csv);
    expect(html.status, html.stderr).toBe(0);
    expect(html.stdout).toContain("Ruwaard (WK079601)");
    const perCase = cli("compute", DISTRICT, "--format", "md", "--wijken", csv);
    expect(perCase.stdout).toContain("Schadewijk (WK079602)");
    // Without names the codes stand alone, as before.
    const plain = cli("compute", DISTRICT, "--group-by", "wijk", "--format", "md");
    expect(plain.stdout).not.toContain("Ruwaard");
    expect(plain.stdout).toContain("WK079601");
  });

  it("reads the names from JSON and from an Excel workbook too", async () => {
    const json = join(dir, "wijken.json");
    writeFileSync(json, JSON.stringify({ wijken: NAMES.map(([code, name]) => ({ code, name })) }));
    const xlsx = join(dir, "wijken.xlsx");
    writeFileSync(
      xlsx,
      await xlsxWorkbook([
        {
          name: "Wijken",
          columns: [{ title: "WK_CODE" }, { title: "WK_NAAM" }],
          rows: NAMES.map((cells) => ({ cells })),
        },
      ]),
    );
    for (const f of [json, xlsx]) {
      const r = cli("compute", DISTRICT, "--group-by", "wijk", "--format", "md", "--wijken", f);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toContain("Zuid (WK079605)");
    }
  });

  it("refuses a wijk table without a name column, naming the file (exit 1)", () => {
    const bad = join(dir, "bad.csv");
    writeFileSync(bad, "code;population\r\nWK079601;1000\r\n");
    const r = cli("compute", DISTRICT, "--group-by", "wijk", "--format", "md", "--wijken", bad);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(bad);
    expect(r.stdout).toBe("");
  });
});
