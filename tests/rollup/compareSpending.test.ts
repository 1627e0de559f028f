import { describe, expect, it } from "vitest";
import { InputError } from "../../src/errors/InputError.js";
import { compareSpending, spendingComparisonToJson } from "../../src/rollup/spending/compareSpending.js";
import { parseSpendingFile } from "../../src/rollup/spending/parseSpendingFile.js";

// Proeftuin Ruwaard (Oss) reported its spending going from EUR 1.2 million to 950,000 (SOURCES §C);
// the source gives no years, so the years here are only labels.
const ruwaard = parseSpendingFile({
  source: "Proeftuin Ruwaard (Oss), as reported",
  spending: [
    { wijk: "Ruwaard", payer: "gemeente", year: 2019, amount: "1200000.00" },
    { wijk: "Ruwaard", payer: "gemeente", year: 2021, amount: "950000.00" },
  ],
});

describe("compareSpending", () => {
  it("sets the observed decrease (250,000) beside the cases' avoided cost, never mixed: 80,000 explains 32%", () => {
    const r = compareSpending(ruwaard, [
      { wijk: "Ruwaard", payer: "gemeente", year: 2021, avoidedCost: 5_000_000 },
      { wijk: "Ruwaard", payer: "gemeente", year: 2021, avoidedCost: 3_000_000 },
      { wijk: "Ruwaard", payer: "zorgverzekeraar", year: 2021, avoidedCost: 1_000_000 },
      { wijk: "Elders", payer: "gemeente", year: 2021, avoidedCost: 7_700_000 },
    ]);
    expect(r.comparisons).toEqual([
      {
        scope: "wijk",
        name: "Ruwaard",
        payer: "gemeente",
        baseYear: 2019,
        years: [
          { year: 2019, observed: 120_000_000, caseAvoidedCost: 0 },
          {
            year: 2021,
            observed: 95_000_000,
            observedChange: -25_000_000,
            caseAvoidedCost: 8_000_000,
            explainedShare: "0.3200", // 80,000 / 250,000
          },
        ],
      },
    ]);
    expect(r.warnings).toEqual([]);
    expect(r.source).toBe("Proeftuin Ruwaard (Oss), as reported");
  });

  it("is written with every amount a two-decimal string and the share as it is, keys in order", () => {
    const r = compareSpending(ruwaard, [{ wijk: "Ruwaard", payer: "gemeente", year: 2021, avoidedCost: 8_000_000 }]);
    const j = spendingComparisonToJson(r);
    expect(j.comparisons[0]?.years).toEqual([
      { year: 2019, observed: "1200000.00", caseAvoidedCost: "0.00" },
      {
        year: 2021,
        observed: "950000.00",
        observedChange: "-250000.00",
        caseAvoidedCost: "80000.00",
        explainedShare: "0.3200",
      },
    ]);
    expect(Object.keys(j.comparisons[0]?.years[1] ?? {})).toEqual([
      "year",
      "observed",
      "observedChange",
      "caseAvoidedCost",
      "explainedShare",
    ]);
    expect(JSON.stringify(Object.keys(j))).toBe(JSON.stringify(Object.keys(r)));
  });

  it("warns, without failing, when a wijk or its years match no case", () => {
    const r = compareSpending(ruwaard, [{ wijk: "Ruwaard", payer: "gemeente", year: 2030, avoidedCost: 100 }], {
      file: "uitgaven.json",
    });
    expect(r.warnings.map((w) => [w.code, w.file, w.path])).toEqual([
      ["spending_years_without_cases", "uitgaven.json", ["spending", 0]],
    ]);
    expect(compareSpending(ruwaard, []).warnings[0]?.message).toMatch(/no case belongs to wijk "Ruwaard"/);
  });

  it("refuses a row without wijk or programme, a second figure for one year, and a bad amount, all at once", () => {
    try {
      parseSpendingFile(
        {
          spending: [
            { payer: "gemeente", year: 2019, amount: "1.00" },
            { wijk: "a", payer: "gemeente", year: 2019, amount: "1,00" },
            { wijk: "a", payer: "gemeente", year: 2019, amount: "2.00" },
          ],
        },
        { file: "s.json" },
      );
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      expect((e as InputError).issues.map((i) => i.path.join("."))).toEqual([
        "spending.0.wijk",
        "spending.1.amount",
        "spending.2.year",
      ]);
    }
  });
});
