// Uncertain probabilities through the command line, run as a process (the built bin), and every report stating them.

import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as XLSX from "@e965/xlsx";
import { describe, expect, it } from "vitest";
import { runCli } from "../fixtures/cli.js";

const FILE = "examples/onzekere-kansen.json";
const dir = mkdtempSync(join(tmpdir(), "rendement-probs-"));

function scenario(name: string, data: unknown): string {
  const p = join(dir, name);
  writeFileSync(p, JSON.stringify(data));
  return p;
}

function cli(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, ["bin/rendement.js", ...args], {
    encoding: "utf8",
    env: { ...process.env, ...env },
  });
}

const inProcess = (...argv: string[]) => runCli(argv);

describe("simulate with uncertain probabilities (process)", () => {
  it("states the shared judgement in JSON and swings the tornado over the Beta's P5…P95", () => {
    const r = cli(["simulate", FILE, "--rough-range", "0", "--draws", "500", "--seed", "3"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.certainty.varied).toBe(2);
    expect(out.certainty.variedInputs).toEqual(["alternatives", "probabilities@jib-01"]);
    expect(out.certainty.probabilities.fixedCases).toBe(0);
    const [j] = out.certainty.probabilities.uncertain;
    expect(j.cases).toHaveLength(10);
    expect([j.probabilities, j.concentration, j.from]).toEqual([["0.3", "0.7"], "20", "case"]);
    // Beta(6, 14): SciPy's beta.ppf(0.05 | 0.95, 6, 14) = 0.14746957 | 0.47579711, to 6 decimals.
    const rows = out.sensitivity.rows.filter((x: { kind: string }) => x.kind === "probability");
    // One judgement shared by the ten cases: one row that sets all ten together.
    expect(rows).toHaveLength(1);
    expect([rows[0].range, rows[0].low, rows[0].mode, rows[0].high]).toEqual(["stated", "0.14747", "0.3", "0.475797"]);
    expect([rows[0].input, rows[0].cases, rows[0].judgement]).toEqual([
      "probabilities@jib-01/counterfactual.alternatives[0]",
      10,
      j.reason,
    ]);
  });

  it("takes a scenario file's cases over its all over the case file's own", () => {
    const s = scenario("ok.json", {
      probabilities: {
        all: { concentration: 50, reason: "landelijke cijfers" },
        cases: { "jib-03": { concentration: "4", reason: "één gesprek met de reclassering" } },
      },
    });
    const r = cli(["simulate", FILE, "--draws", "50", "--no-tornado", "--scenario", s]);
    expect(r.status).toBe(0);
    const u = JSON.parse(r.stdout).certainty.probabilities.uncertain;
    expect(u.map((x: { input: string; cases: string[]; from: string }) => [x.input, x.cases.length, x.from])).toEqual([
      ["probabilities@jib-01", 9, "all"],
      ["probabilities@jib-03", 1, "cases"],
    ]);
  });

  it("refuses an unknown case id with exit 1, its path and the nearest id, in Dutch", () => {
    const s = scenario("bad.json", { probabilities: { cases: { "jib-1": { concentration: "5", reason: "r" } } } });
    const r = cli(["simulate", FILE, "--draws", "10", "--scenario", s], { LANG: "nl_NL.UTF-8" });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain('probabilities.cases["jib-1"]: geen casus heeft id "jib-1"; bedoelde u "jib-01"?');
  });

  it("names the scenario file and the path in it for what it states wrongly, in English and Dutch", () => {
    const s = scenario("scopes.json", {
      adjustments: { deadweight: { items: { "justitie.detentie.dagg": "0.2" }, domains: { justitei: "0.1" } } },
      probabilities: { cases: { "jib-99": { concentration: "5", reason: "r" } } },
      correlationGroups: [{ name: "g", items: ["nope.item"] }],
    });
    const en = cli(["simulate", FILE, "--draws", "10", "--scenario", s], { LANG: "en_GB.UTF-8" });
    expect(en.status).toBe(1);
    expect(en.stdout).toBe("");
    const lines = en.stderr.trim().split("\n").slice(1);
    expect(lines).toHaveLength(4);
    for (const l of lines) expect(l.trim().startsWith(`${s}: `)).toBe(true);
    expect(en.stderr).toContain(`${s}: adjustments.deadweight.domains.justitei: no list used and no line has`);
    expect(en.stderr).toContain(`${s}: adjustments.deadweight.items["justitie.detentie.dagg"]: no list used has`);
    expect(en.stderr).toContain(`${s}: probabilities.cases["jib-99"]: no case has id "jib-99"`);
    expect(en.stderr).toContain(`${s}: correlationGroups[0].items[0]: correlation group "g" names "nope.item"`);
    expect(en.stderr).not.toContain(FILE);
    // --deadweight replaces the file's deadweight: what is left is the file's, and said in Dutch.
    const nl = cli(["simulate", FILE, "--draws", "10", "--scenario", s, "--deadweight", "0.1"], {
      LANG: "nl_NL.UTF-8",
    });
    expect(nl.status).toBe(1);
    expect(nl.stderr).toContain(
      `${s}: probabilities.cases["jib-99"]: geen casus heeft id "jib-99"; bedoelde u "jib-09"?`,
    );
    expect(nl.stderr).toContain(`${s}: correlationGroups[0].items[0]: correlatiegroep "g" noemt "nope.item"`);
    expect(nl.stderr).not.toContain("adjustments");
  });

  it("still names the case file for problems of the cases, with a scenario file given", () => {
    const bad = join(dir, "cases-bad-item.json");
    const data = JSON.parse(readFileSync(FILE, "utf8"));
    data.cases[0].counterfactual.alternatives[0].lines[0].item = "no.such.item";
    writeFileSync(bad, JSON.stringify(data));
    const s = scenario("fine.json", { roughRange: "0.2" });
    const r = cli(["simulate", bad, "--draws", "10", "--scenario", s], { LANG: "en_GB.UTF-8" });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${bad}: cases[0].counterfactual.alternatives[0].lines[0].item: unknown price item`);
    expect(r.stderr).not.toContain(s);
  });

  it("refuses κ ≤ 0 in the case file with exit 1 and its path", () => {
    const bad = join(dir, "cases.json");
    const data = JSON.parse(readFileSync(FILE, "utf8"));
    data.cases[4].counterfactual.uncertainty.concentration = "-2";
    writeFileSync(bad, JSON.stringify(data));
    const r = cli(["simulate", bad, "--draws", "10"], { LANG: "en_GB.UTF-8" });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      "cases[4].counterfactual.uncertainty.concentration: concentration -2 is not a decimal above 0",
    );
  });
});

describe("every report states the probabilities", () => {
  const args = ["simulate", FILE, "--rough-range", "0", "--draws", "200", "--no-tornado"];
  for (const lang of ["nl", "en"] as const)
    it(`in md, html, text, csv and xlsx (${lang})`, async () => {
      const said = lang === "nl" ? "Oordeel gedeeld door" : "Judgement shared by";
      const reason = "Inschatting van het wijkteam";
      for (const format of ["md", "html", "text"]) {
        const r = await inProcess(...args, "--format", format, "--lang", lang);
        expect(r.code).toBe(0);
        expect(r.out).toContain(said);
        expect(r.out).toContain("κ = 20");
        expect(r.out).toContain(reason);
      }
      const csv = await inProcess(...args, "--format", "csv", "--lang", lang);
      expect(csv.out).toContain("probabilities@jib-01: ");
      expect(csv.out).toContain(reason);
      const x = await inProcess(...args, "--format", "xlsx", "--lang", lang, "--out", "s.xlsx");
      const wb = XLSX.read(x.files.get("s.xlsx") as Uint8Array, { type: "buffer" });
      const sheet = wb.SheetNames.find((n) => n.startsWith(lang === "nl" ? "Kansen" : "Probabilities")) as string;
      const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[sheet] as XLSX.WorkSheet, { header: 1 });
      expect(rows[0]?.[0]).toBe(said);
      expect(rows[1]?.slice(1, 4)).toEqual([10, lang === "nl" ? "0,3 / 0,7" : "0.3 / 0.7", 20]);
    });

  it("says where probabilities were taken as fixed (the district example's case with alternatives)", async () => {
    const r = await inProcess("simulate", "examples/wijk-voorbeelden.json", "--draws", "50", "--format", "text");
    expect(r.out).toContain("kansen van alternatieven vast (geen onzekerheid opgegeven), casussen: 1");
    expect(r.out).toContain("vaste kansen");
  });
});
