/**
 * Evaluates a fixed set of cases with the audit trail. Run directly it checks
 * the set evaluates; run by timezone.test.ts in a child process with a given
 * TZ, it also writes the results to the file named by RENDEMENT_TZ_PROBE_OUT
 * so the parent can compare them byte for byte across time zones.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { bundledCatalog, evaluateCases, loadInstruments, parseCaseFile } from "../../src/index.js";

const root = join(import.meta.dirname, "..", "..");
const example = (name: string) =>
  parseCaseFile(JSON.parse(readFileSync(join(root, "examples", name), "utf8")), { file: name });

// Periods around daylight-saving changes (EU 2024-03-31 and 2024-10-27, US 2024-03-10 and 2024-11-03),
// year ends and the leap day, where a Date-based calendar would slip a day in some zones.
const edges = parseCaseFile({
  cases: [
    ["2024-03-31", "2024-03-31"],
    ["2024-03-30", "2024-04-01"],
    ["2024-10-26", "2024-10-28"],
    ["2024-03-09", "2024-03-11"],
    ["2024-11-02", "2024-11-04"],
    ["2024-12-31", "2025-01-01"],
    ["2024-02-28", "2024-03-01"],
    ["2024-01-16", "2025-12-31"],
  ].map(([from, through], i) => ({
    id: `tz-${i}`,
    wijk: "WK079601",
    start: "2024-01-16",
    counterfactual: [
      { item: "wonen.huur-corporatie.maand", period: { from, through }, reason: "r" },
      { item: "inkomen.bijstand.uitvoeringskosten.jaar", period: { from, through }, reason: "r" },
      { item: "justitie.detentie.dag", period: { from, through } },
    ],
    actual: [
      {
        item: "ondersteuning.begeleiding.westerveld-basis.uur",
        period: { from, through },
        rate: { quantity: "4", per: "week" },
        intervention: true,
      },
      { item: "zorg.ggz.verpleegdag-paaz", period: { from, through } },
    ],
  })),
});

it("evaluates the probe set (and writes it when asked)", () => {
  const instruments = loadInstruments();
  const catalog = bundledCatalog();
  const out = [
    evaluateCases(example("ns-jaarkaart.json").cases, {
      catalog,
      pricelist: "thuis-in-zuidoost@voorbeeld-2026",
      trail: true,
      instruments,
    }),
    evaluateCases(example("wijk-voorbeelden.json").cases, { catalog, trail: true, instruments }),
    evaluateCases(edges.cases, { catalog, trail: true }),
  ];
  const text = JSON.stringify(out);
  expect(out[2]?.cases.length).toBe(8);
  const file = process.env.RENDEMENT_TZ_PROBE_OUT;
  if (file) writeFileSync(file, JSON.stringify({ offset: new Date(2024, 0, 1).getTimezoneOffset(), results: text }));
});
