import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCaseFile } from "../../src/cases/parseCaseFile.js";
import { centsToString } from "../../src/money/cents.js";
import { bundledCatalog } from "../../src/pricelists/bundledCatalog.js";
import { projectValue } from "../../src/scenarios/projectValue.js";
import {
  projectionToJson,
  simulationResultToJson,
  tornadoResultToJson,
  whatIfResultToJson,
} from "../../src/scenarios/scenarioJson.js";
import { simulate } from "../../src/scenarios/simulate.js";
import { tornado } from "../../src/scenarios/tornado.js";
import { whatIf } from "../../src/scenarios/whatIf.js";

const FILE = "examples/district/cases.json";
const cases = parseCaseFile(JSON.parse(readFileSync(FILE, "utf8")) as unknown, { file: FILE }).cases;

const AMOUNT = /^-?\d+\.\d\d$/;

/**
 * The written form is the result itself with its amounts as text: the same keys in the same order at every
 * level, every amount (a safe integer of cents) written as its two-decimal string, everything else unchanged.
 * Returns the number of amounts seen, so a test can tell that it checked something.
 */
function sameButText(result: unknown, json: unknown, path = "$"): number {
  if (typeof result === "number" && typeof json === "string" && AMOUNT.test(json)) {
    expect(Number.isSafeInteger(result), `${path}: cents are a safe integer`).toBe(true);
    expect(json, path).toBe(centsToString(result));
    return 1;
  }
  if (Array.isArray(result) && Array.isArray(json)) {
    expect(json.length, path).toBe(result.length);
    return result.reduce((n: number, r, i) => n + sameButText(r, json[i], `${path}[${i}]`), 0);
  }
  if (result !== null && typeof result === "object" && json !== null && typeof json === "object") {
    expect(Object.keys(json), `${path}: keys in order`).toEqual(Object.keys(result));
    return Object.keys(result).reduce(
      (n, k) =>
        n + sameButText((result as Record<string, unknown>)[k], (json as Record<string, unknown>)[k], `${path}.${k}`),
      0,
    );
  }
  // A number left a number must be a count or a year, never an amount the serialiser forgot.
  if (typeof result === "number")
    expect(COUNTS.has(path.replace(/.*[.\]]/, "")), `${path} is not an amount`).toBe(true);
  expect(json, path).toEqual(result);
  return 0;
}

const COUNTS = new Set([
  "casesValued",
  "casesWithoutChange",
  "beforeOnly",
  "otherScalesOnly",
  "notMeasured",

  "alternative",
  "count",
  "fixedCases",
  "fixedAdHocLines",
  "varied",
  "fromYear",
  "draws",
  "cases",
  "positiveDraws",
  "year",
  "label",
  "firstYear",
  "years",
  "lastObservedYear",
  "horizon",
  "priceYear",
]);

describe("scenario results hold cents; *ToJson writes them as text", () => {
  const catalog = bundledCatalog();

  it("whatIf: every amount, in the totals, cases, lenses and projection", () => {
    const w = whatIf(
      cases,
      { catalog },
      {
        adjustments: { deadweight: { global: "0.2" }, attribution: { global: "0.25" } },
        continuation: [{ domain: "justitie", years: 2 }],
        horizon: 4,
        wellby: "10000:15000:20000",
      },
    );
    expect(typeof w.scenario.totals.adjustedAvoidedCost).toBe("number");
    expect(typeof w.projection.budget.years[0]?.benefitPresentValue).toBe("number");
    expect(sameButText(w, whatIfResultToJson(w))).toBeGreaterThan(50);
  });

  it("simulate and its tornado: exact figures, percentiles, payers and price ranges", () => {
    const o = { catalog, draws: 200, seed: 3, groupBy: ["wijk" as const], samples: true, wellby: "10000:15000:20000" };
    const s = simulate(cases, o);
    expect(typeof s.total.netReturn.p50).toBe("number");
    const { samples, ...json } = simulationResultToJson(s);
    const { samples: cents, ...rest } = s;
    expect(sameButText(rest, json)).toBeGreaterThan(30);
    // Samples stay JSON numbers (euros, for plotting), each exactly its whole cents / 100.
    for (const [k, v] of Object.entries(cents ?? {})) expect(samples?.[k]).toEqual(v.map((c) => c / 100));
    const t = tornado(cases, { catalog });
    expect(sameButText(t, tornadoResultToJson(t))).toBeGreaterThan(4);
  });

  it("projectValue: its years and totals", () => {
    const p = projectValue({ avoidedCost: "1000.00", interventionCost: "1500.00", dropOff: "0.2", horizon: 3 });
    expect(p.presentValue).toBe(239454);
    expect(sameButText(p, projectionToJson(p))).toBe(12);
  });

  it("holds for any SROI rates and horizon (what-if) and any seed (simulation)", () => {
    const rate = fc.integer({ min: 0, max: 100 }).map((n) => (n / 100).toFixed(2));
    fc.assert(
      fc.property(rate, rate, fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 1000 }), (d, a, h, seed) => {
        const w = whatIf(
          cases,
          { catalog },
          { adjustments: { deadweight: { global: d }, attribution: { global: a } }, horizon: h },
        );
        sameButText(w, whatIfResultToJson(w));
        const s = simulate(cases, { catalog, draws: 20, seed });
        sameButText(s, simulationResultToJson(s));
      }),
      { numRuns: 20 },
    );
  });
});
