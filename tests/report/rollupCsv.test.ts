import { describe, expect, it } from "vitest";
import { parseCsv } from "../../src/csv/parseCsv.js";
import { rollupCsv } from "../../src/report/rollupCsv.js";
import { createRollup } from "../../src/rollup/createRollup.js";
import { finalizeRollup } from "../../src/rollup/finalizeRollup.js";
import { result } from "../rollup/fixtures.js";

const r = createRollup(["wijk"]);
// net = C − A = 100 − 300 = −200: a negative amount must stay a number
r.add(
  result({
    id: "a",
    wijk: '=HYPERLINK("http://x";"klik")',
    start: "2024-01-01",
    payers: { "-gemeente": [10000, 30000, 30000] },
    wellbeing: [{ instrument: "rapportcijfer", dimensions: [{ dimension: "cijfer", before: 4, after: 5, delta: 1 }] }],
  }),
);
const table = finalizeRollup(r.aggregate());

describe("rollupCsv", () => {
  it("neutralises formulas in text cells and keeps negative amounts numbers (Dutch dialect)", () => {
    const rows = parseCsv(rollupCsv(table));
    expect(rows[0]?.cells.slice(0, 3)).toEqual(["Wijk", "Casussen", "Zonder interventie"]);
    expect(rows[1]?.cells[0]).toBe('\'=HYPERLINK("http://x";"klik")');
    // C 100, A 300, I 300 → B 100, net −200, ratio 100/300 = 0.3333
    expect(rows[1]?.cells.slice(1, 8)).toEqual(["1", "100,00", "300,00", "300,00", "100,00", "-200,00", "0,3333"]);
    expect(rows[2]?.cells[0]).toBe("Totaal");
  });

  it("writes the payer matrix and the wellbeing in the international dialect", () => {
    const payers = parseCsv(rollupCsv(table, { table: "payers", dialect: "intl", lang: "en" }));
    expect(payers[0]?.cells).toEqual([
      "Neighbourhood",
      "Payer",
      "Without intervention",
      "With intervention",
      "Invested",
      "Gained",
      "Net",
    ]);
    expect(payers[1]?.cells.slice(1)).toEqual(["'-gemeente", "100.00", "300.00", "300.00", "100.00", "-200.00"]);
    const wb = parseCsv(rollupCsv(table, { table: "wellbeing" }));
    expect(wb[1]?.cells.slice(1, 7)).toEqual(["rapportcijfer", "1", "4,00", "5,00", "1,00", "1,00"]);
  });
});
