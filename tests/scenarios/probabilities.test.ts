// Uncertain probabilities of counterfactual alternatives (issue 11): Dirichlet around the stated probabilities,
// one draw per shared judgement, reproducible, and refused with paths when wrong.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CaseInput } from "../../src/cases/schema.js";
import { InputError } from "../../src/errors/InputError.js";
import type { Issue } from "../../src/errors/issue.js";
import { issueTextNl } from "../../src/report/issueText.js";
import { compileSimulation } from "../../src/scenarios/compileSimulation.js";
import { createRandom } from "../../src/scenarios/random.js";
import { runDraws } from "../../src/scenarios/runDraws.js";
import { parseSimulationScenario } from "../../src/scenarios/simulationScenario.js";
import { drawJudgements } from "../../src/scenarios/uncertainProbabilities.js";
import { simulate } from "./asJson.js";
import { cases, simpleCase, testCatalog } from "./fixtures.js";

const catalog = testCatalog([{ code: "i", amount: "100.00", reliability: "solid" }]);

/** A case: detention (1000 euros) with probability p, else nothing; the intervention costs 100 euros. */
function caseWith(id: string, p: string, uncertainty?: { concentration: string | number; reason: string }): CaseInput {
  const rest = (1 - Number(p)).toFixed(4).replace(/\.?0+$/, "") || "0";
  return simpleCase(
    id,
    {
      alternatives: [
        {
          probability: p,
          label: "detentie",
          lines: [{ amount: "1000.00", description: "detentie", payer: "justitie", domain: "justitie" }],
        },
        { probability: rest, label: "niets", lines: [] },
      ],
      ...(uncertainty ? { uncertainty } : {}),
    },
    [{ item: "i", quantity: 1, intervention: true }],
  );
}

const JUDGEMENT = { concentration: "10", reason: "schatting van het wijkteam" };
const many = (n: number, u: typeof JUDGEMENT | null = JUDGEMENT) =>
  cases(Array.from({ length: n }, (_, i) => caseWith(`c${String(i).padStart(3, "0")}`, "0.6", u ?? undefined)));

function issuesOf(f: () => unknown): Issue[] {
  try {
    f();
  } catch (e) {
    if (e instanceof InputError) return [...e.issues];
    throw e;
  }
  throw new Error("expected an InputError");
}

describe("Dirichlet draws", () => {
  it("have the stated probabilities as means, and the Dirichlet's variance p(1 − p)/(κ + 1)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 2, maxLength: 4 }),
        fc.constantFrom(0.5, 2, 20, 200),
        (weights, k) => {
          const total = weights.reduce((a, b) => a + b, 0);
          const p = weights.map((w) => w / total);
          const m = {
            judgements: [],
            choiceJudgement: new Int32Array(0),
            judgeAlt0: Int32Array.from([0, p.length]),
            judgeAlpha: Float64Array.from(p, (x) => k * x),
            fixedProbabilityCases: 0,
          };
          const N = 4000;
          const sum = new Float64Array(p.length);
          const sq = new Float64Array(p.length);
          const cum = new Float64Array(p.length);
          for (let d = 0; d < N; d++) {
            drawJudgements(m, createRandom(7, d), cum);
            expect(cum[p.length - 1]).toBe(1);
            p.forEach((_, a) => {
              const x = (cum[a] as number) - (a > 0 ? (cum[a - 1] as number) : 0);
              sum[a] = (sum[a] as number) + x;
              sq[a] = (sq[a] as number) + x * x;
            });
          }
          p.forEach((pa, a) => {
            const mean = (sum[a] as number) / N;
            const variance = (sq[a] as number) / N - mean * mean;
            const want = (pa * (1 - pa)) / (k + 1);
            // Standard error of the mean: sqrt(want / N); 5 of them.
            expect(Math.abs(mean - pa)).toBeLessThan(5 * Math.sqrt(want / N) + 1e-9);
            expect(Math.abs(variance - want)).toBeLessThan(0.15 * want + 1e-6);
          });
        },
      ),
      { numRuns: 12, seed: 11 },
    );
  });

  it("never underflow with a tiny concentration (κ·p far below 1)", () => {
    const m = {
      judgements: [],
      choiceJudgement: new Int32Array(0),
      judgeAlt0: Int32Array.from([0, 3]),
      judgeAlpha: Float64Array.from([1e-4, 2e-4, 7e-4]),
      fixedProbabilityCases: 0,
    };
    const cum = new Float64Array(3);
    for (let d = 0; d < 200; d++) {
      drawJudgements(m, createRandom(3, d), cum);
      expect([...cum].every((x) => Number.isFinite(x) && x >= 0 && x <= 1)).toBe(true);
      expect(cum[2]).toBe(1);
    }
  });
});

describe("shared judgements", () => {
  it("group cases with the same probabilities, κ and reason, in case order", () => {
    const cs = cases([
      caseWith("a", "0.6", JUDGEMENT),
      caseWith("b", "0.6", { concentration: 10, reason: JUDGEMENT.reason }),
      caseWith("c", "0.6", { concentration: "10.0", reason: JUDGEMENT.reason }),
      caseWith("d", "0.5", JUDGEMENT),
      caseWith("e", "0.6"),
    ]);
    const m = compileSimulation(cs, { catalog, pricelist: "test" });
    expect(m.judgements.map((j) => [j.input, j.cases])).toEqual([
      ["probabilities@a", ["a", "b", "c"]],
      ["probabilities@d", ["d"]],
    ]);
    expect([...m.choiceJudgement]).toEqual([0, 0, 0, 1, -1]);
    expect(m.fixedProbabilityCases).toBe(1);
  });

  it("widen the spread of a roll-up: one shared judgement moves every case together", () => {
    const draws = 2000;
    const shared = simulate(many(100), { catalog, pricelist: "test", seed: 5, draws, samples: false });
    // The same cases, each with its own reason: 100 independent judgements.
    const own = cases(
      Array.from({ length: 100 }, (_, i) => caseWith(`c${i}`, "0.6", { concentration: "10", reason: `r${i}` })),
    );
    const apart = simulate(own, { catalog, pricelist: "test", seed: 5, draws });
    const fixed = simulate(many(100, null), { catalog, pricelist: "test", seed: 5, draws });
    const width = (s: typeof shared) => Number(s.total.netReturn.p95) - Number(s.total.netReturn.p5);
    // Binomial(100, 0.6) × 1000 euros: sd ≈ 4,900; with a shared Beta(6, 4) p: sd ≈ 1000·100·sqrt(0.24/11) ≈ 14,800.
    expect(width(shared)).toBeGreaterThan(2 * width(apart));
    expect(Math.abs(width(apart) - width(fixed))).toBeLessThan(0.25 * width(fixed));
    expect(shared.total.exact.netReturn).toBe(fixed.total.exact.netReturn);
  });

  it("for one case alone choose each alternative as often as the stated probability (Dirichlet-multinomial)", () => {
    const one = cases([caseWith("a", "0.3", { concentration: "2", reason: "r" })]);
    const s = simulate(one, { catalog, pricelist: "test", seed: 9, draws: 20_000 });
    // Net is 900 or −100; P(net > 0) is the share of draws that chose detention.
    expect(Math.abs(Number(s.total.probabilityPositive) - 0.3)).toBeLessThan(0.015);
  });

  it("tend to fixed probabilities as κ grows (in distribution)", () => {
    const draws = 3000;
    const run = (u: typeof JUDGEMENT | null) => simulate(many(50, u), { catalog, pricelist: "test", seed: 2, draws });
    const fixed = run(null);
    const huge = run({ concentration: "1000000000", reason: "zeker" });
    for (const q of ["p5", "p50", "p95"] as const)
      expect(Math.abs(Number(huge.total.netReturn[q]) - Number(fixed.total.netReturn[q]))).toBeLessThanOrEqual(1000);
  });
});

describe("reproducibility", () => {
  it("leaves runs without uncertain probabilities as they were (the judgements are drawn last)", () => {
    const m = compileSimulation(many(20, null), { catalog, pricelist: "test" });
    expect(m.judgeAlpha.length).toBe(0);
    const a = runDraws(m, 4, "triangular", 0, 50);
    // By hand: one uniform per case from stream d, compared with the cumulative 0.6.
    for (let d = 0; d < 50; d++) {
      const r = createRandom(4, d);
      let net = 0;
      for (let c = 0; c < 20; c++) net += (r.next() < 0.6 ? 100_000 : 0) - 10_000;
      expect(a.net[d]).toBe(net);
    }
  });

  it("gives the same draws however they are split", () => {
    const m = compileSimulation(many(30), { catalog, pricelist: "test" });
    const whole = runDraws(m, 8n, "triangular", 0, 90);
    const parts = [runDraws(m, 8n, "triangular", 0, 31), runDraws(m, 8n, "triangular", 31, 90)];
    expect(parts.flatMap((b) => [...b.net])).toEqual([...whole.net]);
  });
});

describe("options and scenario file", () => {
  it("take cases over all over the case file's own", () => {
    const cs = cases([caseWith("a", "0.6", JUDGEMENT), caseWith("b", "0.6", JUDGEMENT), caseWith("c", "0.6")]);
    const m = compileSimulation(cs, {
      catalog,
      pricelist: "test",
      probabilities: {
        all: { concentration: "50", reason: "iedereen" },
        cases: new Map([["b", { concentration: "5", reason: "een gesprek" }]]),
      },
    });
    expect(m.judgements.map((j) => [j.cases, j.concentration, j.from])).toEqual([
      [["a", "c"], "50", "all"],
      [["b"], "5", "cases"],
    ]);
  });

  it("refuse an unknown case id with the nearest id, a case without alternatives, a bad κ and an empty reason", () => {
    const cs = cases([
      caseWith("casus-1", "0.6"),
      simpleCase("vast", [{ amount: "5.00", description: "x", payer: "p", domain: "d" }], []),
    ]);
    const probabilities = {
      all: { concentration: "0", reason: "" },
      cases: Object.assign(Object.create(null), { "casus-2": JUDGEMENT, vast: JUDGEMENT }),
    };
    const issues = issuesOf(() => compileSimulation(cs, { catalog, pricelist: "test", probabilities }));
    expect(issues.map((i) => [i.path.join("."), i.code])).toEqual([
      ["probabilities.cases.casus-2", "unknown_case"],
      ["probabilities.cases.vast", "no_alternatives"],
      ["probabilities.all.concentration", "invalid_value"],
      ["probabilities.all.reason", "invalid_value"],
    ]);
    expect(issues[0]?.message).toContain('did you mean "casus-1"?');
    expect(issueTextNl(issues[0] as Issue)?.message).toContain('bedoelde u "casus-1"?');
    for (const i of issues) expect(issueTextNl(i)).toBeDefined();
  });

  it("refuse in the scenario file a bad κ and an empty reason, with their paths", () => {
    const issues = issuesOf(() =>
      parseSimulationScenario(
        {
          probabilities: { all: { concentration: -1, reason: "r" }, cases: { a: { concentration: "2", reason: "" } } },
        },
        { file: "s.json" },
      ),
    );
    expect(issues.map((i) => [i.file, i.path.join("."), i.code])).toEqual([
      ["s.json", "probabilities.all.concentration", "invalid_value"],
      ["s.json", "probabilities.cases.a.reason", "too_small"],
    ]);
  });

  it("refuses in the case file κ ≤ 0, κ not a number, a missing or empty reason, and one alternative", () => {
    const bad = (uncertainty: unknown, alts = 2) => {
      const c = caseWith("a", alts === 2 ? "0.6" : "1", uncertainty as typeof JUDGEMENT) as CaseInput & {
        counterfactual: { alternatives: unknown[] };
      };
      if (alts === 1) c.counterfactual.alternatives = c.counterfactual.alternatives.slice(0, 1);
      return issuesOf(() => cases([c])).map((i) => [i.path.join("."), i.code, i.params?.rule]);
    };
    const at = "cases.0.counterfactual.uncertainty";
    expect(bad({ concentration: "0", reason: "r" })).toEqual([
      [`${at}.concentration`, "invalid_value", "not_concentration"],
    ]);
    expect(bad({ concentration: -3, reason: "r" })).toEqual([
      [`${at}.concentration`, "invalid_value", "not_concentration"],
    ]);
    expect(bad({ concentration: "veel", reason: "r" })).toEqual([
      [`${at}.concentration`, "invalid_value", "not_concentration"],
    ]);
    expect(bad({ concentration: "5" })).toEqual([[`${at}.reason`, "invalid_type", "missing"]]);
    expect(bad({ concentration: "5", reason: "" })[0]?.slice(0, 2)).toEqual([`${at}.reason`, "too_small"]);
    expect(bad(JUDGEMENT, 1)).toEqual([[at, "invalid_value", "uncertainty_one_alternative"]]);
  });
});
