import { describe, expect, it } from "vitest";
import { loadInstruments } from "../../src/wellbeing/instruments.js";
import type { WellbeingResult } from "../../src/wellbeing/types.js";
import { valueWellbeing } from "../../src/wellbeing/valueWellbeing.js";

const instruments = loadInstruments();
const life = (before: number, after?: number): WellbeingResult => ({
  instrument: "levenstevredenheid",
  dimensions: [{ dimension: "tevredenheid", before, ...(after !== undefined ? { after, delta: after - before } : {}) }],
});

describe("valueWellbeing", () => {
  it("values a life-satisfaction change only at the caller's value per point per person-year", () => {
    // 5 → 7 = +2 points × € 15.000 × 1 person-year = € 30.000,00
    expect(valueWellbeing(life(5, 7), instruments.get("levenstevredenheid")!, { valuePerPoint: "15000" })).toEqual({
      instrument: "levenstevredenheid",
      delta: "2",
      valuePerPoint: "15000",
      personYears: "1",
      value: 3000000,
    });
    // 6 → 5 = −1 × 13.000,50 × 0.5 = −6.500,25
    expect(
      valueWellbeing(life(6, 5), instruments.get("levenstevredenheid")!, {
        valuePerPoint: "13000.50",
        personYears: "0.5",
      }).value,
    ).toBe(-650025);
  });

  it("refuses every other scale: a rapportcijfer or ZRM change is not a WELLBY", () => {
    const cijfer: WellbeingResult = {
      instrument: "rapportcijfer",
      dimensions: [{ dimension: "cijfer", before: 4, after: 7, delta: 3 }],
    };
    expect(() => valueWellbeing(cijfer, instruments.get("rapportcijfer")!, { valuePerPoint: "15000" })).toThrow(
      /not a 0–10 life-satisfaction scale/,
    );
  });

  it("refuses a measurement without an after score and a value that is not an amount", () => {
    expect(() => valueWellbeing(life(5), instruments.get("levenstevredenheid")!, { valuePerPoint: "15000" })).toThrow(
      /no after score/,
    );
    expect(() => valueWellbeing(life(5, 6), instruments.get("levenstevredenheid")!, { valuePerPoint: "1e4" })).toThrow(
      /not a plain decimal/,
    );
  });
});
