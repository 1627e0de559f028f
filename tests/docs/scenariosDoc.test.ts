import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// docs/scenarios.md's worked examples of the simulation: every `$ rendement …` line of the page is run
// from the repository root, and the text block after it must be what the tool printed.
// `UPDATE_GOLDEN=1 npx vitest run tests/docs/scenariosDoc.test.ts` rewrites the blocks; review the diff.
const ROOT = join(__dirname, "../..");
const DOC = join(ROOT, "docs/scenarios.md");

describe("docs/scenarios.md", () => {
  it("shows what each simulation command printed", () => {
    if (!existsSync(join(ROOT, "dist/cli/main.js"))) throw new Error("dist/ is missing: run `npm run build`");
    const doc = readFileSync(DOC, "utf8");
    const block = /```sh\n\$ rendement ([^\n]*)\n```\n\n```text\n([\s\S]*?)```\n/g;
    const steps = [...doc.matchAll(block)].map((m) => {
      const start = (m.index as number) + (m[0] as string).lastIndexOf("```text\n") + 8;
      return {
        args: (m[1] as string).trim().split(/\s+/),
        text: m[2] as string,
        start,
        end: start + (m[2] as string).length,
      };
    });
    expect(steps.length).toBe(doc.match(/^\$ rendement /gm)?.length);
    expect(steps.length).toBeGreaterThanOrEqual(3);
    const outputs = steps.map((s) => {
      const r = spawnSync(process.execPath, ["bin/rendement.js", ...s.args], { cwd: ROOT, encoding: "utf8" });
      expect(r.status, r.stderr).toBe(0);
      return r.stdout;
    });
    if (process.env.UPDATE_GOLDEN === "1") {
      let updated = doc;
      for (let i = steps.length - 1; i >= 0; i--) {
        const s = steps[i] as (typeof steps)[number];
        updated = `${updated.slice(0, s.start)}${outputs[i]}${updated.slice(s.end)}`;
      }
      writeFileSync(DOC, updated);
      return;
    }
    for (const [i, s] of steps.entries()) expect(outputs[i], `rendement ${s.args.join(" ")}`).toBe(s.text);
    // The done-when of issue 11: the NS example's text report says in Dutch which inputs were fixed,
    // and a file of solid figures warns that nothing varied.
    const printed = (file: string): string =>
      outputs[steps.findIndex((s) => s.args[0] === "simulate" && s.args[1] === file)] ?? "";
    expect(printed("examples/ns-jaarkaart.json")).toContain("Welke invoer vast stond");
    expect(printed("examples/vaste-bedragen.json")).toContain("niets varieerde");
    // Issue 10: the 30-year example's mid-year present values, and Ruwaard's explained share, as printed.
    expect(outputs.join("\n")).toContain("€1,339,098.87");
    expect(outputs.join("\n")).toContain("32,0 %");
    // Issue 11 item 5: the WELLBY worked example, by hand: (+2 − 1) points × €15,000 × 1 person-year each, and
    // (9,000 + 15,000) / 3,000 for the ratio including wellbeing; the plain ratio stays 3.0000.
    const wellby = outputs[steps.findIndex((s) => s.args[1] === "examples/wellby-casussen.json")] ?? "";
    expect(wellby).toContain(
      "| WELLBY valuation at €15,000.00 per point per person-year (person-years: 2) | **€15,000.00** |",
    );
    expect(wellby).toContain("| Ratio including wellbeing (WELLBY) | 8.0000 |");
    expect(wellby).toContain("| Avoided cost per euro invested | 3.0000 | 3.0000 | 3.0000 |");
    // Issue 11, uncertain probabilities: the worked example by hand (net = 8,997.76·D − 7,585.60 for D detained of
    // 10; D Beta-binomial(10, 6, 14) under the shared judgement: P5 D = 0, P50 D = 3, P95 D = 6, and
    // P(net > 0) = 1 − P(D = 0) = 0.9429 by SciPy's betabinom, within 3 standard errors of 10,000 draws).
    const kansen = outputs[steps.findIndex((s) => s.args[1] === "examples/onzekere-kansen.json")] ?? "";
    expect(kansen).toMatch(/All cases +10 +€19,407\.70 +-€7,585\.60 +€19,407\.68 +€46,400\.96 /);
    const positive = Number(/(\d\.\d{4})\n\nWhat varied/.exec(kansen)?.[1]);
    expect(Math.abs(positive - 0.9429)).toBeLessThan(3 * Math.sqrt((0.9429 * 0.0571) / 10_000));
    expect(kansen).toContain("(κ = 20): jib-01, jib-02, jib-03, 7 more — Inschatting van het wijkteam");
    // Over several years, by hand: NPV(r) = 6,000 + 10,000 / (1 + r) + 5,000 / (1 + r)², r uniform on 0 … 0.04; the
    // point estimate at the midpoint 0.02, P5 near NPV(0.038) = 20,274.53, P95 near NPV(0.002) = 20,960.10.
    const years = outputs[steps.findIndex((s) => s.args[1] === "examples/meerjarig.json")] ?? "";
    const [exact, p5, p50, p95] = (/All cases +2 +(€[\d,.]+) +(€[\d,.]+) +(€[\d,.]+) +(€[\d,.]+) /.exec(years) ?? [])
      .slice(1)
      .map((x) => Number(x.replace(/[€,]/g, "")));
    expect(exact).toBe(20_609.76);
    expect(Math.abs((p5 as number) - 20_274.53)).toBeLessThan(5);
    expect(Math.abs((p50 as number) - 20_609.76)).toBeLessThan(5);
    expect(Math.abs((p95 as number) - 20_960.1)).toBeLessThan(5);
    expect(years).toContain("Horizon: 3 years, 2026–2028 (as chosen)");
    expect(years).toContain("Discount rate: uniform:0:0.04 (drawn, uniform)");
    // Each command is a process (a dozen of them): on a loaded machine the whole page takes over a minute.
  }, 240_000);
});
