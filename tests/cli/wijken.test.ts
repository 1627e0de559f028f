import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
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

describe("--wijken on audit, whatif and simulate: names with codes, nl and en", () => {
  const dir = mkdtempSync(join(tmpdir(), "rendement-wijken-more-"));
  const csv = join(dir, "wijken.csv");
  writeFileSync(csv, `WK_CODE;WK_NAAM\r\n${NAMES.map(([c, n]) => `${c};${n}`).join("\r\n")}\r\n`);
  // The audit example's cases, moved to a wijk with a CBS code.
  const auditCases = join(dir, "audit-cases.json");
  writeFileSync(
    auditCases,
    readFileSync("examples/audit/cases.json", "utf8").replaceAll('"Ruwaard (Oss)"', '"WK079601"'),
  );
  const auditArgs = ["audit", "examples/audit/claims.csv", "--cases", auditCases, "--wijken", csv];

  it("audit: the summary table, every claim and the CSV name the wijk of the claim's case", () => {
    const nl = cli(...auditArgs, "--format", "md");
    expect(nl.status, nl.stderr).toBe(0);
    expect(nl.stdout).toMatch(/\| Claim \| Casus \| Wijk \| Geclaimde besparing/);
    expect(nl.stdout).toContain("| WB-2024-041 | ruwaard-2024-017 | Ruwaard (WK079601) |");
    expect(nl.stdout).toMatch(/\| Wijk \| Ruwaard \(WK079601\) \|/);
    const en = cli(...auditArgs, "--format", "md", "--lang", "en");
    expect(en.status, en.stderr).toBe(0);
    expect(en.stdout).toMatch(/\| Claim \| Case \| Neighbourhood \|/);
    expect(en.stdout).toContain("Ruwaard (WK079601)");
    const csvOut = cli(...auditArgs, "--format", "csv");
    expect(csvOut.stdout.replace(/^\uFEFF/, "").split("\r\n")[1]).toMatch(
      /^WB-2024-041;ruwaard-2024-017;Ruwaard \(WK079601\);2024-04-10;/,
    );
    // Without names the audit report is as before: no wijk column.
    const plain = cli("audit", "examples/audit/claims.csv", "--cases", auditCases, "--format", "md");
    expect(plain.stdout).not.toContain("| Wijk |");
  });

  it("whatif: the net return per wijk shows name (code)", () => {
    const nl = cli("whatif", DISTRICT, "--deadweight", "0.2", "--format", "md", "--wijken", csv);
    expect(nl.status, nl.stderr).toBe(0);
    expect(nl.stdout).toContain("## Netto rendement per wijk");
    for (const [c, n] of NAMES) expect(nl.stdout).toContain(`| ${n} (${c}) |`);
    const en = cli("whatif", DISTRICT, "--format", "html", "--lang", "en", "--wijken", csv);
    expect(en.status, en.stderr).toBe(0);
    expect(en.stdout).toContain("Net return per neighbourhood");
    expect(en.stdout).toContain("Schadewijk (WK079602)");
  });

  it("simulate: groups by wijk show name (code)", () => {
    const args = ["simulate", DISTRICT, "--draws", "50", "--group-by", "wijk", "--no-tornado", "--wijken", csv];
    const nl = cli(...args, "--format", "md");
    expect(nl.status, nl.stderr).toBe(0);
    expect(nl.stdout).toContain("| Wijk: Ruwaard (WK079601) |");
    const en = cli(...args, "--format", "text", "--lang", "en");
    expect(en.status, en.stderr).toBe(0);
    expect(en.stdout).toContain("Neighbourhood: Zuid (WK079605)");
  });

  it("refuses a bad wijk table naming it (exit 1), and an --out that would overwrite it (exit 2)", () => {
    const bad = join(dir, "bad.csv");
    writeFileSync(bad, "code;population\r\nWK079601;1000\r\n");
    for (const args of [
      ["whatif", DISTRICT, "--format", "md"],
      ["simulate", DISTRICT, "--draws", "10", "--format", "md"],
      ["audit", "examples/audit/claims.csv", "--cases", auditCases, "--format", "md"],
    ]) {
      const r = cli(...args, "--wijken", bad);
      expect(r.status, args[0]).toBe(1);
      expect(r.stderr).toContain(bad);
      expect(r.stdout).toBe("");
    }
    const clash = cli("whatif", DISTRICT, "--format", "md", "--wijken", csv, "--out", csv);
    expect(clash.status).toBe(2);
    expect(readFileSync(csv, "utf8")).toContain("WK_CODE;WK_NAAM");
  });
});
