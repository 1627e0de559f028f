import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

// whatif, simulate and audit read every case format compute reads (JSON, JSON lines, CSV, Excel), through the one
// reader of rendement/node, and name a case's problem where the user finds it: row and column, or line.
const ROOT = join(__dirname, "../..");
const BIN = join(ROOT, "bin/rendement.js");
const NS = join(ROOT, "examples/ns-jaarkaart.json");

function run(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dir: string;
beforeAll(() => {
  if (!existsSync(join(ROOT, "dist/cli/main.js"))) throw new Error("dist/ is missing: run `npm run build`");
  dir = mkdtempSync(join(tmpdir(), "rendement-formats-"));
  for (const ext of ["csv", "jsonl", "xlsx"]) expect(run(dir, "convert", NS, `ns.${ext}`).code).toBe(0);
});

describe("every case format in whatif and simulate", () => {
  it.each(["csv", "jsonl", "xlsx"])("whatif on ns.%s gives the JSON example's figures", (ext) => {
    const json = run(dir, "whatif", NS, "--deadweight", "0.2");
    const other = run(dir, "whatif", `ns.${ext}`, "--deadweight", "0.2");
    expect(other.stderr).toBe("");
    expect(other.code).toBe(0);
    const figures = (s: string) => {
      const r = JSON.parse(s) as { base: unknown; scenario: unknown };
      return { base: r.base, scenario: r.scenario };
    };
    expect(figures(other.stdout)).toEqual(figures(json.stdout));
  });

  it.each(["csv", "jsonl"])("simulate on ns.%s draws the same figures as on the JSON file", (ext) => {
    const args = ["--draws", "300", "--seed", "7", "--no-tornado"];
    const json = JSON.parse(run(dir, "simulate", NS, ...args).stdout) as { groups: unknown; total: unknown };
    const r = run(dir, "simulate", `ns.${ext}`, ...args);
    expect(r.code).toBe(0);
    const other = JSON.parse(r.stdout) as typeof json;
    expect([other.groups, other.total]).toEqual([json.groups, json.total]);
  });

  it("names an unknown item of a CSV case by row and column, and of JSON lines by line", () => {
    const csv = readFileSync(join(dir, "ns.csv"), "utf8").replace("justitie.detentie.jaar", "justitie.detenti.jaar");
    writeFileSync(join(dir, "typo.csv"), csv);
    const jsonl = `\n${readFileSync(join(dir, "ns.jsonl"), "utf8").replace("justitie.detentie.jaar", "justitie.detenti.jaar")}`;
    writeFileSync(join(dir, "typo.jsonl"), jsonl);
    for (const cmd of ["whatif", "simulate"]) {
      const c = run(dir, cmd, "typo.csv", "--lang", "en");
      expect(c.code).toBe(1);
      expect(c.stderr).toMatch(
        /typo\.csv: row\[\d+\]\.item: row \d+, column item: unknown price item "justitie\.detenti\.jaar"/,
      );
      const j = run(dir, cmd, "typo.jsonl", "--lang", "en");
      expect(j.code).toBe(1);
      // The case is on line 2 (line 1 is blank).
      expect(j.stderr).toMatch(/typo\.jsonl: line\[2\]\.counterfactual\[0\]\.item: unknown price item/);
    }
  });

  it("refuses a case id used on two lines of JSON lines, naming both lines", () => {
    const line = readFileSync(join(dir, "ns.jsonl"), "utf8").trim();
    writeFileSync(join(dir, "twice.jsonl"), `${line}\n${line}\n`);
    const r = run(dir, "whatif", "twice.jsonl", "--lang", "en");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('twice.jsonl: line[2].id: duplicate case id "tizo-ns-jaarkaart" (also line[1])');
  });

  it("takes --sheet only with an Excel file (wrong usage, exit 2)", () => {
    const r = run(dir, "simulate", "ns.csv", "--sheet", "Casussen", "--lang", "en");
    expect(r.code).toBe(2);
    expect(run(dir, "whatif", "ns.xlsx", "--sheet", "Nergens", "--lang", "en").code).toBe(1);
  });
});
