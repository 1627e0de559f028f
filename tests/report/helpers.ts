// Shared by the report tests (not a test file): the district evaluated once, plus one hostile case.
import district from "../../examples/district/cases.json" with { type: "json" };
import { evaluateCases } from "../../src/cases/evaluateCases.js";
import { parseCaseFile } from "../../src/cases/parseCaseFile.js";
import { bundledCatalog } from "../../src/pricelists/bundledCatalog.js";
import { loadInstruments } from "../../src/wellbeing/instruments.js";

export const XSS = `<img src=x onerror="alert('wijk')">&amp;`;

export function districtResults(withHostile = false) {
  const cases = parseCaseFile(district).cases;
  const extra = withHostile
    ? [{ ...cases[0]!, id: `<script>alert(1)</script>`, wijk: XSS, programme: "=cmd|' /C calc'!A0" }]
    : [];
  return evaluateCases([...cases, ...extra], {
    catalog: bundledCatalog(),
    instruments: loadInstruments(),
    pricelist: "sociaal-domein",
  }).cases;
}
