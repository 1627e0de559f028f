/** Hand-built list and cases for the audit tests; every figure is worked out by hand in the tests. */

import { parseCaseFile } from "../../src/cases/parseCaseFile.js";
import type { CaseFileInput } from "../../src/cases/schema.js";
import { createCatalog } from "../../src/pricelists/catalog.js";

const src = { title: "test", year: 2024 };
const item = (code: string, unit: string, amount: string) => ({
  code,
  label: { nl: code, en: code },
  unit,
  amount,
  payer: "gemeente",
  domain: "wonen",
  source: src,
  reliability: "solid",
});

/** test-lijst@2023 (valid from 2023-01-01): uitzetting 7000.00; @2024 (from 2024-01-01): uitzetting 7500.00, plus nieuw.item. */
export const catalog = createCatalog({
  lists: [
    {
      data: {
        id: "test-lijst",
        version: "2023",
        title: "T 2023",
        publisher: "t",
        priceYear: 2023,
        currency: "EUR",
        validFrom: "2023-01-01",
        items: [
          item("uitzetting", "each", "7000.00"),
          item("opvang.dag", "day", "100.00"),
          item("begeleiding.uur", "hour", "60.00"),
        ],
      },
    },
    {
      data: {
        id: "test-lijst",
        version: "2024",
        title: "T 2024",
        publisher: "t",
        priceYear: 2024,
        currency: "EUR",
        validFrom: "2024-01-01",
        items: [
          item("uitzetting", "each", "7500.00"),
          item("opvang.dag", "day", "100.00"),
          item("begeleiding.uur", "hour", "60.00"),
          item("nieuw.item", "each", "10.00"),
        ],
      },
    },
  ],
});

/**
 * c1, priced with test-lijst@2024:
 *   C = uitzetting 1 × 7500.00 + opvang 30 days (1–30 June) × 100.00 = 10500.00
 *   A = werkbudget 1500.00 (2024-03-05) + begeleiding 10 h × 60.00 = 2100.00, all intervention
 *   N = C − A = 8400.00
 */
export function c1(over: Record<string, unknown> = {}): CaseFileInput["cases"][number] {
  return {
    id: "c1",
    wijk: "Ruwaard",
    start: "2024-03-01",
    counterfactual: [
      { item: "uitzetting", quantity: "1", reason: "vonnis tot ontruiming" },
      {
        item: "opvang.dag",
        period: { from: "2024-06-01", through: "2024-06-30" },
        reason: "na ontruiming naar de opvang",
      },
    ],
    actual: [
      {
        amount: "1500.00",
        description: "huurachterstand",
        payer: "gemeente.werkbudget",
        domain: "wonen",
        date: "2024-03-05",
        intervention: true,
      },
      { item: "begeleiding.uur", quantity: "10", intervention: true },
    ],
    ...over,
  } as CaseFileInput["cases"][number];
}

export function caseFile(cases: CaseFileInput["cases"]) {
  return parseCaseFile({ pricelist: "test-lijst", cases });
}

export function claim(over: Record<string, string> = {}) {
  return {
    id: "k1",
    caseId: "c1",
    date: "2024-03-05",
    amount: "1500.00",
    purpose: "huurachterstand",
    claimedSavings: "8400.00",
    ...over,
  };
}
