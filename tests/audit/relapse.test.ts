import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { audit } from "../../src/audit/audit.js";
import { createBundle } from "../../src/audit/createBundle.js";
import { parseClaimsFile } from "../../src/audit/parseClaimsFile.js";
import { verifyBundle } from "../../src/audit/verifyBundle.js";
import { runCli } from "../fixtures/cli.js";
import { c1, caseFile, catalog, claim } from "./fixtures.js";

// Claim k1 spends on 2024-03-05, after the case start 2024-03-01: the 12-month horizon runs
// 2024-03-05 through 2025-03-05. A relapse 8 months in (2024-11-05) lies within it; 14 months in (2025-05-05) not.
const relapsedOn = (relapseDate: string, checkpoint: string) =>
  c1({
    followUp: [
      { date: "2024-09-01", status: "held" },
      { date: checkpoint, status: "relapsed", relapseDate },
    ],
  });
const at8 = () => relapsedOn("2024-11-05", "2024-12-01");
const at14 = () => relapsedOn("2025-05-05", "2025-06-01");
const run = (c: ReturnType<typeof c1>) =>
  audit(parseClaimsFile({ claims: [claim()] }), caseFile([c]), { catalog, maxHorizonMonths: 12 });
const relapses = (r: ReturnType<typeof run>) =>
  r.claims[0]?.findings.filter((f) => f.code === "relapsed_within_horizon") ?? [];

describe("audit: relapsed_within_horizon", () => {
  it("flags a relapse 8 months into a 12-month horizon, with the relapse date and checkpoint path", () => {
    const r = run(at8());
    expect(relapses(r)).toEqual([
      {
        code: "relapsed_within_horizon",
        message:
          'case "c1" relapsed on 2024-11-05 (checkpoint followUp[1] of 2024-12-01), within the policy horizon of 12 months from 2024-03-05 (through 2025-03-05)',
        caseId: "c1",
        path: ["followUp", 1],
        checkpointDate: "2024-12-01",
        relapseDate: "2024-11-05",
        horizonStart: "2024-03-05",
        horizonEnd: "2025-03-05",
        maxHorizonMonths: 12,
      },
    ]);
    expect(r.summary.findings.relapsed_within_horizon).toBe(1);
  });

  it("does not flag a relapse 14 months in (after 2025-03-05), nor one that held; a 15-month horizon does flag it", () => {
    expect(relapses(run(at14()))).toEqual([]);
    expect(relapses(run(c1({ followUp: [{ date: "2024-12-01", status: "held" }] })))).toEqual([]);
    const wide = audit(parseClaimsFile({ claims: [claim()] }), caseFile([at14()]), { catalog, maxHorizonMonths: 15 });
    expect(relapses(wide)).toHaveLength(1);
  });

  it("flags a relapse on the horizon's last day (inclusive)", () => {
    expect(relapses(run(relapsedOn("2025-03-05", "2025-04-01")))).toHaveLength(1);
    expect(relapses(run(relapsedOn("2025-03-06", "2025-04-01")))).toEqual([]);
  });

  it("is carried in the bundle and re-performed by verify; dropping the relapse from the inputs is detected", () => {
    const b = createBundle({
      kind: "audit",
      cases: { pricelist: "test-lijst", cases: [at8()] },
      claims: parseClaimsFile({ claims: [claim()] }),
      catalog,
      version: "9.9.9",
    });
    const out = b.outputs as { claims: { findings: { code: string }[] }[] };
    expect(out.claims[0]?.findings.map((f) => f.code)).toContain("relapsed_within_horizon");
    expect(verifyBundle(JSON.parse(JSON.stringify(b))).ok).toBe(true);
    const edited = JSON.parse(JSON.stringify(b));
    edited.inputs.cases.cases[0].followUp = [{ date: "2024-09-01", status: "held" }];
    const v = verifyBundle(edited);
    expect(v.ok).toBe(false);
    expect(v.differences.some((d) => d.path.startsWith("outputs.claims[0].findings"))).toBe(true);
  });
});

describe("rendement audit: the relapse in the CLI output", () => {
  // The worked example's claim WB-2024-041 (2024-04-10, case start 2024-04-02): horizon 2024-04-10 through
  // 2025-04-10; the case relapses 8 months in, on 2024-12-10.
  const dir = mkdtempSync(join(tmpdir(), "rendement-relapse-"));
  const cases = join(dir, "cases.json");
  const file = JSON.parse(readFileSync("examples/audit/cases.json", "utf8"));
  file.cases[0].followUp = [{ date: "2025-01-15", status: "relapsed", relapseDate: "2024-12-10" }];
  file.cases[0].pm = [{ description: "Vertrouwen in het wijkteam" }];
  writeFileSync(cases, JSON.stringify(file));
  const claims = "examples/audit/claims.csv";
  const cli = (...args: string[]) => runCli(["audit", claims, "--cases", cases, ...args]);

  it("prints the finding in JSON, and words it in the Dutch and English reports", async () => {
    const j = await cli();
    expect(j.code).toBe(0);
    expect(JSON.parse(j.out).claims[0].findings).toContainEqual(
      expect.objectContaining({ code: "relapsed_within_horizon", relapseDate: "2024-12-10" }),
    );
    const nl = await cli("--format", "md");
    expect(nl.out).toContain(
      "De casus viel terug op 10 december 2024 (vervolgmeting `followUp[0]` van 15 januari 2025), binnen de horizon van 12 maanden (10 april 2024 t/m 10 april 2025). (`relapsed_within_horizon`)",
    );
    const en = await cli("--format", "md", "--lang", "en");
    expect(en.out).toContain(
      "The case relapsed on 10 December 2024 (follow-up checkpoint `followUp[0]` of 15 January 2025), within the horizon of 12 months (10 April 2024 through 10 April 2025).",
    );
    // The case's PM effect in the claim section, as PM, never euros.
    expect(nl.out).toMatch(/\| PM-effecten +\| Vertrouwen in het wijkteam \(PM\) +\|/);
    expect(en.out).toMatch(/\| PM effects +\| Vertrouwen in het wijkteam \(PM\) +\|/);
    expect(JSON.parse(j.out).claims[0].pm).toEqual([{ description: "Vertrouwen in het wijkteam" }]);
    expect((await cli("--format", "csv")).out).toContain("relapsed_within_horizon");
  });
});
