// The inputs of the golden reports (not a test file): the district, plus cases whose names are hostile.
import district from "../../examples/district/cases.json" with { type: "json" };
import { evaluateCases } from "../../src/cases/evaluateCases.js";
import { parseCaseFile } from "../../src/cases/parseCaseFile.js";
import { bundledCatalog } from "../../src/pricelists/bundledCatalog.js";
import { rollupCases } from "../../src/rollup/rollupCases.js";
import { loadInstruments } from "../../src/wellbeing/instruments.js";

/** Names as a user may type them: Markdown link and emphasis, backticks, HTML, an entity, quotes. */
export const HOSTILE_WIJK = "[klik](http://x) *vet*";
export const HOSTILE_ID = "`code` <script>alert('x')</script> &lt; O'Brien";
export const HOSTILE_PROGRAMME = "_onder_ ~doorgestreept~ # kop | pijp";

export function districtCases(withHostile = true) {
  const cases = parseCaseFile(district).cases;
  if (!withHostile) return cases;
  const first = cases[0] as (typeof cases)[number];
  return [...cases, { ...first, id: HOSTILE_ID, wijk: HOSTILE_WIJK, programme: HOSTILE_PROGRAMME }];
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

export function districtRollup(groupBy: Parameters<typeof rollupCases>[1] = ["wijk"]) {
  return rollupCases(districtEvaluation().cases, groupBy);
}
