import { describe, expect, it } from "vitest";
import { parseCaseFile } from "../../src/cases/parseCaseFile.js";
import { issuesOf } from "../fixtures/lists.js";

const base = { id: "a", wijk: "WK079601", start: "2024-03-01", counterfactual: [], actual: [] };
const paths = (data: unknown) =>
  issuesOf(() => parseCaseFile(data, { file: "c.json" })).map((i) => `${i.file}:${i.path.join(".")}`);

describe("parseCaseFile (the case file schema)", () => {
  it("accepts the four line forms, alternatives, wellbeing, and a bare array of cases", () => {
    const f = parseCaseFile({
      pricelist: "sociaal-domein@2024",
      cases: [
        {
          ...base,
          programme: "Thuis in Zuidoost",
          end: "2024-12-31",
          counterfactual: {
            alternatives: [
              { probability: "0.35", label: "detentie", lines: [{ item: "x", quantity: "1", reason: "r" }] },
              { probability: 0.65, lines: [] },
            ],
          },
          actual: [
            { item: "x", quantity: 2.5 },
            { item: "x", period: { from: "2024-03-01", through: "2024-03-31" } },
            {
              item: "x",
              period: { from: "2024-03-01", through: "2024-03-31" },
              rate: { quantity: 4, per: "week" },
              intervention: true,
            },
            {
              amount: "250.00",
              description: "werkbudget",
              payer: "gemeente.werkbudget",
              domain: "wonen",
              date: "2024-03-02",
              intervention: true,
              transfer: false,
              cashable: true,
            },
          ],
          wellbeing: [
            {
              instrument: "rapportcijfer",
              before: { date: "2024-03-01", scores: { cijfer: 4 }, narrative: "n" },
              after: { scores: { cijfer: 6.5 } },
            },
          ],
          notes: "n",
        },
      ],
    });
    expect(f.cases[0]?.actual.length).toBe(4);
    expect(parseCaseFile([base]).cases[0]?.id).toBe("a");
  });

  it("refuses lines that mix forms or miss parts, with their paths", () => {
    const c = (actual: unknown[]) => ({ cases: [{ ...base, actual }] });
    expect(paths(c([{ item: "x" }]))).toEqual(["c.json:cases.0.actual.0"]);
    expect(paths(c([{ item: "x", quantity: 1, period: { from: "2024-01-01", through: "2024-01-02" } }]))).toEqual([
      "c.json:cases.0.actual.0.quantity",
    ]);
    expect(paths(c([{ item: "x", quantity: 1, rate: { quantity: 1, per: "week" } }]))).toEqual([
      "c.json:cases.0.actual.0.rate",
    ]);
    expect(paths(c([{ item: "x", quantity: 1, payer: "gemeente" }]))).toEqual(["c.json:cases.0.actual.0.payer"]);
    expect(paths(c([{ amount: "1.00", description: "d", payer: "p", domain: "d", quantity: 1 }]))).toEqual([
      "c.json:cases.0.actual.0.quantity",
    ]);
    expect(paths(c([{ description: "d" }]))).toEqual(["c.json:cases.0.actual.0"]);
    expect(
      paths(
        c([{ item: "x", period: { from: "2024-01-01", through: "2024-01-02" }, rate: { quantity: 1, per: "hour" } }]),
      ),
    ).toEqual(["c.json:cases.0.actual.0.rate.per"]);
  });

  it("needs probabilities that sum to exactly 1", () => {
    const alt = (...ps: unknown[]) => ({
      cases: [{ ...base, counterfactual: { alternatives: ps.map((probability) => ({ probability, lines: [] })) } }],
    });
    const issues = issuesOf(() => parseCaseFile(alt("0.34", "0.65"), { file: "c.json" }));
    expect(issues).toEqual([
      expect.objectContaining({
        path: ["cases", 0, "counterfactual", "alternatives"],
        message: "the probabilities sum to 0.34 + 0.65 = 0.99, not exactly 1",
        file: "c.json",
      }),
    ]);
    // 0.1 + 0.2 + 0.7 is exactly 1 in decimal (in binary floating point it is 0.9999999999999999)
    expect(() => parseCaseFile(alt(0.1, 0.2, 0.7))).not.toThrow();
    expect(() => parseCaseFile(alt("0.333", "0.333", "0.334"))).not.toThrow();
    // above 1: refused itself, and the sum is not 1 either
    expect(paths(alt("1.01"))).toEqual([
      "c.json:cases.0.counterfactual.alternatives.0.probability",
      "c.json:cases.0.counterfactual.alternatives",
    ]);
    expect(new Set(paths({ cases: [{ ...base, counterfactual: { alternatives: [] } }] }))).toEqual(
      new Set(["c.json:cases.0.counterfactual.alternatives"]),
    );
  });

  it("refuses a reversed period on the field through, and a case ending before it starts", () => {
    expect(
      paths({ cases: [{ ...base, actual: [{ item: "x", period: { from: "2024-02-01", through: "2024-01-31" } }] }] }),
    ).toEqual(["c.json:cases.0.actual.0.period.through"]);
    expect(paths({ cases: [{ ...base, end: "2024-02-29" }] })).toEqual(["c.json:cases.0.end"]);
    // a one-day period is fine
    expect(() =>
      parseCaseFile({
        cases: [{ ...base, actual: [{ item: "x", period: { from: "2024-02-29", through: "2024-02-29" } }] }],
      }),
    ).not.toThrow();
  });

  it("refuses the same instrument twice in a case, and duplicate case ids", () => {
    const w = { instrument: "rapportcijfer", before: { scores: { cijfer: 5 } } };
    expect(paths({ cases: [{ ...base, wellbeing: [w, w] }] })).toEqual(["c.json:cases.0.wellbeing.1.instrument"]);
    expect(paths({ cases: [base, base] })).toEqual(["c.json:cases.1.id"]);
  });

  it("refuses a score that is not a number", () => {
    expect(
      paths({
        cases: [{ ...base, wellbeing: [{ instrument: "rapportcijfer", before: { scores: { cijfer: "7" } } }] }],
      }),
    ).toEqual(["c.json:cases.0.wellbeing.0.before.scores.cijfer"]);
  });
});
