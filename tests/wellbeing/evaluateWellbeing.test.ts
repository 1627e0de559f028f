import { describe, expect, it } from "vitest";
import { BUNDLED_INSTRUMENT_FILES } from "../../src/data/bundled.js";
import type { Issue } from "../../src/index.js";
import { evaluateWellbeing } from "../../src/wellbeing/evaluateWellbeing.js";
import { loadInstruments } from "../../src/wellbeing/instruments.js";
import { fixtureInstrumentFiles } from "../fixtures/instruments.js";

const instruments = loadInstruments([...BUNDLED_INSTRUMENT_FILES, ...fixtureInstrumentFiles]);
function wb(ms: Parameters<typeof evaluateWellbeing>[0]) {
  const issues: Issue[] = [];
  const out = evaluateWellbeing(ms, instruments, issues);
  return { out, issues };
}

describe("evaluateWellbeing", () => {
  it("rapportcijfer 4 → 6.5 is a delta of exactly 2.5", () => {
    const { out, issues } = wb([
      {
        instrument: "rapportcijfer",
        before: { date: "2024-01-01", scores: { cijfer: 4 }, narrative: "zwaar" },
        after: { date: "2024-12-01", scores: { cijfer: 6.5 }, narrative: "beter" },
      },
    ]);
    expect(issues).toEqual([]);
    expect(out).toEqual([
      {
        instrument: "rapportcijfer",
        beforeDate: "2024-01-01",
        afterDate: "2024-12-01",
        dimensions: [{ dimension: "cijfer", before: 4, after: 6.5, delta: 2.5 }],
        meanDelta: 2.5,
        narrative: { before: "zwaar", after: "beter" },
      },
    ]);
  });

  it("computes deltas in decimal: 7.1 − 6.9 is 0.2, not 0.19999999999999973", () => {
    const { out } = wb([
      { instrument: "rapportcijfer", before: { scores: { cijfer: 6.9 } }, after: { scores: { cijfer: 7.1 } } },
    ]);
    expect(out[0]?.dimensions[0]?.delta).toBe(0.2);
  });

  it("signs deltas so that positive is better: pain 8 → 3 (lower is better) is +5", () => {
    const { out } = wb([{ instrument: "pijn", before: { scores: { pijn: 8 } }, after: { scores: { pijn: 3 } } }]);
    expect(out[0]?.dimensions).toEqual([{ dimension: "pijn", before: 8, after: 3, delta: 5 }]);
    const worse = wb([{ instrument: "pijn", before: { scores: { pijn: 2 } }, after: { scores: { pijn: 4.5 } } }]).out;
    expect(worse[0]?.dimensions[0]?.delta).toBe(-2.5);
  });

  it("an unchanged score on a lower-is-better scale is a delta of 0, never -0", () => {
    const { out } = wb([{ instrument: "pijn", before: { scores: { pijn: 3.5 } }, after: { scores: { pijn: 3.5 } } }]);
    expect(Object.is(out[0]?.dimensions[0]?.delta, 0)).toBe(true);
    expect(Object.is(out[0]?.meanDelta, 0)).toBe(true);
  });

  it("rounds a negative mean to 4 decimals: (−1 − 1 + 0) / 3 = −0.6667", () => {
    const { out } = wb([
      {
        instrument: "vuistregels",
        before: { scores: { wonen: 4, financien: 5, daginvulling: 6 } },
        after: { scores: { wonen: 3, financien: 4, daginvulling: 6 } },
      },
    ]);
    expect(out[0]?.meanDelta).toBe(-0.6667);
  });

  it("means over the dimensions measured before and after, to 4 decimals", () => {
    // vuistregels: wonen +2, financien +1, daginvulling 0 (4 dims measured after; leefomgeving only before)
    // mean (2 + 1 + 0 + 1) / 4 = 1; with a third: (1 + 1 + 0)/3 = 0.6667
    const { out } = wb([
      {
        instrument: "vuistregels",
        before: { scores: { wonen: 4, financien: 5, daginvulling: 6, ondersteuning: 5, leefomgeving: 7 } },
        after: { scores: { wonen: 6, financien: 6, daginvulling: 6, ondersteuning: 6 } },
      },
      {
        instrument: "zrm",
        before: { scores: { financien: 1, huisvesting: 2, justitie: 3 } },
        after: { scores: { financien: 2, huisvesting: 3, justitie: 3 } },
      },
    ]);
    expect(out[0]?.meanDelta).toBe(1);
    expect(out[0]?.dimensions.find((d) => d.dimension === "leefomgeving")).toEqual({
      dimension: "leefomgeving",
      before: 7,
    });
    expect(out[1]?.meanDelta).toBe(0.6667);
  });

  it("has no delta or mean without an after measurement", () => {
    const { out } = wb([{ instrument: "rapportcijfer", before: { scores: { cijfer: 5 } } }]);
    expect(out[0]).toEqual({ instrument: "rapportcijfer", dimensions: [{ dimension: "cijfer", before: 5 }] });
  });

  it("refuses scores outside the scale, and steps the scale does not have, with their paths", () => {
    const { out, issues } = wb([
      { instrument: "rapportcijfer", before: { scores: { cijfer: 0 } }, after: { scores: { cijfer: 11 } } },
      { instrument: "zrm", before: { scores: { financien: 2.5 } } },
      { instrument: "levenstevredenheid", before: { scores: { tevredenheid: -1 } } },
      { instrument: "pijn", before: { scores: { pijn: 3.25 } } },
    ]);
    expect(out).toEqual([]);
    expect(issues.map((i) => [i.code, i.path.join(".")])).toEqual([
      ["score_out_of_scale", "wellbeing.0.before.scores.cijfer"],
      ["score_out_of_scale", "wellbeing.0.after.scores.cijfer"],
      ["score_out_of_scale", "wellbeing.1.before.scores.financien"],
      ["score_out_of_scale", "wellbeing.2.before.scores.tevredenheid"],
      ["score_out_of_scale", "wellbeing.3.before.scores.pijn"],
    ]);
    expect(issues[1]?.message).toBe("score 11 is outside the rapportcijfer scale 1–10");
    expect(issues[2]?.message).toMatch(/not a step of 1/);
  });

  it("accepts the ends of a scale", () => {
    expect(
      wb([{ instrument: "rapportcijfer", before: { scores: { cijfer: 1 } }, after: { scores: { cijfer: 10 } } }]).out[0]
        ?.dimensions[0]?.delta,
    ).toBe(9);
  });

  it("refuses unknown instruments and dimensions", () => {
    const { issues } = wb([
      { instrument: "geluk", before: { scores: { x: 1 } } },
      { instrument: "rapportcijfer", before: { scores: { score: 5 } } },
    ]);
    expect(issues.map((i) => [i.code, i.path.join(".")])).toEqual([
      ["unknown_instrument", "wellbeing.0.instrument"],
      ["unknown_dimension", "wellbeing.1.before.scores.score"],
    ]);
    // with no instruments given, every instrument is unknown
    const none: Issue[] = [];
    evaluateWellbeing([{ instrument: "rapportcijfer", before: { scores: { cijfer: 5 } } }], undefined, none);
    expect(none[0]?.code).toBe("unknown_instrument");
  });

  it("does not read a dimension named like an Object member from the prototype", () => {
    const { out, issues } = wb([{ instrument: "proto", before: { scores: { x: 2 } }, after: { scores: { x: 3 } } }]);
    expect(issues).toEqual([]);
    expect(out[0]?.dimensions).toEqual([{ dimension: "x", before: 2, after: 3, delta: 1 }]);
  });
});
