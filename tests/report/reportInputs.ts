// The inputs of the golden reports (not a test file): the district, plus cases whose names are hostile.
import { readFileSync } from "node:fs";
import district from "../../examples/district/cases.json" with { type: "json" };
import { audit } from "../../src/audit/audit.js";
import { parseClaimsCsv } from "../../src/audit/parseClaimsCsv.js";
import { createEvaluator } from "../../src/cases/createEvaluator.js";
import { evaluateCases } from "../../src/cases/evaluateCases.js";
import { parseCaseFile } from "../../src/cases/parseCaseFile.js";
import type { Case } from "../../src/cases/schema.js";
import { sumFlows } from "../../src/cases/sumFlows.js";
import { addMonthsIso } from "../../src/periods/calendarDate.js";
import { bundledCatalog } from "../../src/pricelists/bundledCatalog.js";
import { diffPriceLists } from "../../src/pricelists/diffPriceLists.js";
import { resolvePriceList } from "../../src/pricelists/resolvePriceList.js";
import { rollupCases } from "../../src/rollup/rollupCases.js";
import { avoidedByYear } from "../../src/rollup/spending/avoidedByYear.js";
import { compareSpending } from "../../src/rollup/spending/compareSpending.js";
import { parseSpendingFile } from "../../src/rollup/spending/parseSpendingFile.js";
import { simulate } from "../../src/scenarios/simulate.js";
import { tornado } from "../../src/scenarios/tornado.js";
import { whatIf } from "../../src/scenarios/whatIf.js";
import { loadInstruments } from "../../src/wellbeing/instruments.js";

/** Names as a user may type them: Markdown link and emphasis, backticks, HTML, an entity, quotes. */
export const HOSTILE_WIJK = "[klik](http://x) *vet*";
export const HOSTILE_ID = "`code` <script>alert('x')</script> &lt; O'Brien";
export const HOSTILE_PROGRAMME = "_onder_ ~doorgestreept~ # kop | pijp";
/** A PM effect as a user may type it. */
export const HOSTILE_PM = "*weer* vertrouwen in de <wijk> | `buren`";
/** The programmes of the golden case file: one with an effect that cannot be priced. */
export const PROGRAMMES = [{ name: HOSTILE_PROGRAMME, pm: [{ description: "rust in de straat [1]" }] }];

/**
 * Follow-up on some district cases, so the roll-up reports show it: held at 25 or 13 months, unknown at
 * 7, and a relapse 9 months in reported at 14 (only on cases whose lines are all dated at their
 * start, so no figure changes).
 */
function withFollowUp<C extends Pick<Case, "start" | "counterfactual">>(c: C, i: number): C {
  const at = (n: number) => addMonthsIso(c.start, n);
  // A relapse only where every counterfactual line falls on the start day, so it cuts nothing.
  const atStart =
    Array.isArray(c.counterfactual) &&
    c.counterfactual.every((l) => !("period" in l && l.period) && !("date" in l && l.date));
  if (i % 5 === 3 && !atStart) return c;
  const followUp = [
    [{ date: at(25), status: "held" as const }],
    [{ date: at(13), status: "held" as const, note: "woont er nog" }],
    [{ date: at(7), status: "unknown" as const }],
    [
      { date: at(6), status: "held" as const },
      { date: at(14), status: "relapsed" as const, relapseDate: at(9) },
    ],
    [],
  ][i % 5] as NonNullable<Case["followUp"]>;
  return followUp.length > 0 ? { ...c, followUp } : c;
}

export function districtCases(withHostile = true) {
  const cases = parseCaseFile(district).cases.map(withFollowUp);
  if (!withHostile) return cases;
  const first = cases[0] as (typeof cases)[number];
  return [
    ...cases,
    {
      ...first,
      id: HOSTILE_ID,
      wijk: HOSTILE_WIJK,
      programme: HOSTILE_PROGRAMME,
      pm: [{ description: HOSTILE_PM, domain: "veiligheid", note: "<i>niet</i> te prijzen | geen bron" }],
    },
  ];
}

export const catalog = bundledCatalog();
export const instruments = loadInstruments();

export function districtEvaluation(withHostile = true) {
  return evaluateCases(districtCases(withHostile), { catalog, instruments, pricelist: "sociaal-domein" });
}

export const wijkNames = new Map([
  ["WK079601", "Binnenstad"],
  ["WK079604", "Noord"],
  [HOSTILE_WIJK, "<b>Vet</b> & 'zo'"],
]);

/** The district's per-year flows (the same list as {@link districtEvaluation}), per case and summed. */
export function districtFlows(basis: "calendar" | "case") {
  const ev = createEvaluator({ catalog, instruments, pricelist: "sociaal-domein" });
  const cases = districtCases().map((c) => ({ wijk: c.wijk, flows: ev.flows(c, basis) }));
  return {
    cases,
    summed: sumFlows(
      cases.map((c) => c.flows),
      basis,
    ),
  };
}

export function districtRollup(groupBy: Parameters<typeof rollupCases>[1] = ["wijk"]) {
  return rollupCases(districtEvaluation().cases, groupBy);
}

/** The worked audit example of docs/audit.md, plus a claim whose id and purpose are hostile. */
export function exampleAudit() {
  const claims = parseClaimsCsv(
    `${readFileSync("examples/audit/claims.csv", "utf8").trimEnd()}\n"${HOSTILE_ID.replace(/"/g, '""')}";ruwaard-2024-044;2024-10-02;10,00;"${HOSTILE_WIJK}";0,00;\n`,
  );
  const cases = parseCaseFile(JSON.parse(readFileSync("examples/audit/cases.json", "utf8")));
  return audit(claims, cases, { catalog });
}

const wijkCases = () => parseCaseFile(JSON.parse(readFileSync("examples/wijk-voorbeelden.json", "utf8"))).cases;

export function exampleSimulation() {
  const cs = wijkCases();
  const options = { catalog, instruments };
  // Rates drawn, so the tornado has rate rows beside the price and the probability of the overlast case.
  const drawn = {
    adjustments: { deadweight: { global: "0.1:0.2:0.3" }, attribution: { domains: { justitie: "0.25" } } },
  };
  return {
    sim: simulate(cs, { ...options, ...drawn, seed: 42, draws: 200, groupBy: ["wijk"] }),
    tornado: tornado(cs, { ...options, ...drawn }),
  };
}

/** The same cases with a WELLBY value: fixed and included in a ratio (what-if), drawn (simulation). */
export function exampleWellby() {
  const cs = wijkCases();
  return {
    whatIfWellby: whatIf(cs, { catalog, instruments }, { wellby: "15000", includeWellbeing: true }),
    simWellby: simulate(cs, {
      catalog,
      instruments,
      seed: 42,
      draws: 200,
      wellby: "10000:15000:20000",
      includeWellbeing: true,
    }),
  };
}

export function exampleWhatIf() {
  return whatIf(
    wijkCases(),
    { catalog, instruments },
    {
      adjustments: {
        deadweight: { global: "0.2", domains: { inkomen: "0.1" }, items: { "justitie.detentie.dag": "0.5" } },
        dropOff: { global: "0.1" },
      },
      continuation: [{ domain: "zorg", years: 2, reason: "zorg blijft vermeden zolang de woning blijft" }],
      timing: "mid",
      discountRate: "0.03",
    },
  );
}

export function examplePriceLists() {
  const a = resolvePriceList(catalog, { id: "sociaal-domein", version: "2024" });
  const b = resolvePriceList(catalog, { id: "sociaal-domein", version: "2025" });
  return { list: a, diff: diffPriceLists(a, b) };
}

/** The Ruwaard example: observed spending beside three cases, and one spending row no case matches. */
export function exampleSpending() {
  const read = (f: string) => JSON.parse(readFileSync(`examples/${f}`, "utf8")) as unknown;
  const file = parseSpendingFile(read("ruwaard-uitgaven.json"));
  const withStray = {
    ...file,
    spending: [...file.spending, { wijk: "Elders", payer: "gemeente", year: 2021, amount: "10.00" }],
  };
  const cases = parseCaseFile(read("ruwaard-casussen.json")).cases;
  const evaluator = createEvaluator({ catalog, instruments });
  return { file: withStray, result: compareSpending(withStray, avoidedByYear(cases, evaluator)) };
}
