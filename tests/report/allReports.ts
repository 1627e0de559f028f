// Every report in every format, in one language (not a test file): the golden files and the
// language checks render the same list.

import { auditDocument } from "../../src/report/audit/auditBlocks.js";
import { auditCsv } from "../../src/report/audit/auditCsv.js";
import { auditHtml } from "../../src/report/audit/auditHtml.js";
import { auditMarkdown } from "../../src/report/audit/auditMarkdown.js";
import { caseResultsCsv } from "../../src/report/caseResultsCsv.js";
import { computeDocument, computeMarkdown } from "../../src/report/computeMarkdown.js";
import type { Lang } from "../../src/report/labels.js";
import { priceListDiffDocument, priceListDocument, priceListTable } from "../../src/report/pricelistReports.js";
import { renderCsv } from "../../src/report/render/renderCsv.js";
import { renderHtml } from "../../src/report/render/renderHtml.js";
import { renderMarkdown } from "../../src/report/render/renderMarkdown.js";
import { renderText } from "../../src/report/render/renderText.js";
import { rollupCsv } from "../../src/report/rollupCsv.js";
import { rollupHtml } from "../../src/report/rollupHtml.js";
import { rollupMarkdown } from "../../src/report/rollupMarkdown.js";
import { rollupDocument } from "../../src/report/rollupReport.js";
import { projectionCsv } from "../../src/report/scenarios/projectionBlocks.js";
import {
  simulationDocument,
  simulationHtml,
  simulationMarkdown,
  simulationReport,
  whatIfDocument,
  whatIfMarkdown,
} from "../../src/report/scenarios/scenarioReports.js";
import { spendingCsv, spendingHtml, spendingMarkdown } from "../../src/report/spendingReport.js";
import { yearFlowsCsv } from "../../src/report/yearFlows.js";
import {
  districtEvaluation,
  districtFlows,
  districtRollup,
  exampleAudit,
  examplePriceLists,
  exampleSimulation,
  exampleSpending,
  exampleWellby,
  exampleWhatIf,
  PROGRAMMES,
  wijkNames,
} from "./reportInputs.js";

let inputs: ReturnType<typeof load> | undefined;
function load() {
  return {
    ev: districtEvaluation(),
    calendarYears: districtFlows("calendar"),
    caseYears: districtFlows("case"),
    byWijk: districtRollup(["wijk"]),
    byMany: districtRollup(["wijk", "programme", "quarter"]),
    byPayer: districtRollup(["payer"]),
    audit: exampleAudit(),
    ...exampleSimulation(),
    whatIf: exampleWhatIf(),
    ...exampleWellby(),
    spending: exampleSpending(),
    ...examplePriceLists(),
  };
}

/** Every report × format in one language, as [golden file name, content]. */
export function allReports(lang: Lang): [string, string][] {
  inputs ??= load();
  const x = inputs;
  const dialect = lang === "nl" ? "nl" : "intl";
  const o = { lang, wijkNames, synthetic: true };
  // The cases' and programmes' PM effects beside the counts (the other roll-ups give counts only).
  const withPm = { ...o, pm: { cases: x.ev.cases, programmes: PROGRAMMES } };
  return [
    [`compute/cases.${lang}.md`, computeMarkdown(x.ev, lang, { wijkNames, programmes: PROGRAMMES })],
    [
      `compute/cases.${lang}.txt`,
      renderText(computeDocument(x.ev, lang, { names: wijkNames, programmes: PROGRAMMES })),
    ],
    [`compute/cases.${lang}.csv`, caseResultsCsv(x.ev.cases, { lang, dialect })],
    [`compute/by-year.${lang}.md`, computeMarkdown(x.ev, lang, { wijkNames, byYear: x.calendarYears.summed })],
    [
      `compute/by-case-year.${lang}.txt`,
      renderText(computeDocument(x.ev, lang, { names: wijkNames, byYear: x.caseYears.summed })),
    ],
    // The first cases and the hostile one: one row per case × year × payer.
    [
      `compute/by-year.${lang}.csv`,
      yearFlowsCsv([...x.calendarYears.cases.slice(0, 6), ...x.calendarYears.cases.slice(-1)], { lang, dialect }),
    ],
    [`rollup/wijk-by-year.${lang}.html`, rollupHtml(x.byWijk, { ...o, byYear: x.caseYears.summed })],
    [`rollup/wijk.${lang}.md`, rollupMarkdown(x.byWijk, withPm)],
    [`rollup/wijk.${lang}.html`, rollupHtml(x.byWijk, withPm)],
    [`rollup/wijk.${lang}.txt`, renderText(rollupDocument(x.byWijk, withPm))],
    ...(["groups", "payers", "wellbeing"] as const).map((table): [string, string] => [
      `rollup/wijk-${table}.${lang}.csv`,
      rollupCsv(x.byWijk, { lang, table, dialect }),
    ]),
    [`rollup/wijk-programme-quarter.${lang}.md`, rollupMarkdown(x.byMany, { lang })],
    [`rollup/wijk-programme-quarter.${lang}.html`, rollupHtml(x.byMany, { lang })],
    [`rollup/payer.${lang}.md`, rollupMarkdown(x.byPayer, { lang })],
    [`audit/audit.${lang}.md`, auditMarkdown(x.audit, lang)],
    [`audit/audit.${lang}.html`, auditHtml(x.audit, lang)],
    [`audit/audit.${lang}.txt`, renderText(auditDocument(x.audit, lang))],
    [`audit/audit.${lang}.csv`, auditCsv(x.audit, { lang, dialect })],
    [`simulation/simulation.${lang}.md`, simulationMarkdown(x.sim, x.tornado, lang)],
    [`simulation/simulation.${lang}.html`, simulationHtml(x.sim, x.tornado, lang)],
    [`simulation/simulation.${lang}.txt`, renderText(simulationDocument(x.sim, x.tornado, lang))],
    [`simulation/wellby.${lang}.md`, simulationMarkdown(x.simWellby, undefined, lang)],
    [`simulation/wellby.${lang}.html`, simulationHtml(x.simWellby, undefined, lang)],
    [`simulation/wellby.${lang}.txt`, simulationReport(x.simWellby, undefined, "text", lang)],
    [`simulation/wellby.${lang}.csv`, simulationReport(x.simWellby, undefined, "csv", lang)],
    [`whatif/whatif.${lang}.md`, whatIfMarkdown(x.whatIf, lang, { wijkNames })],
    [`whatif/whatif.${lang}.html`, renderHtml(whatIfDocument(x.whatIf, lang))],
    [`whatif/whatif.${lang}.txt`, renderText(whatIfDocument(x.whatIf, lang))],
    [`whatif/projection.${lang}.csv`, projectionCsv(x.whatIf.projection, lang, dialect)],
    [`whatif/wellby.${lang}.md`, whatIfMarkdown(x.whatIfWellby, lang)],
    [`whatif/wellby.${lang}.html`, renderHtml(whatIfDocument(x.whatIfWellby, lang))],
    [`whatif/wellby.${lang}.txt`, renderText(whatIfDocument(x.whatIfWellby, lang))],
    [`spending/ruwaard.${lang}.md`, spendingMarkdown(x.spending.result, x.spending.file, lang)],
    [`spending/ruwaard.${lang}.html`, spendingHtml(x.spending.result, x.spending.file, lang)],
    [`spending/ruwaard.${lang}.csv`, spendingCsv(x.spending.result, lang, dialect)],
    [`pricelist/show.${lang}.md`, renderMarkdown(priceListDocument(x.list, lang))],
    [`pricelist/show.${lang}.txt`, renderText(priceListDocument(x.list, lang))],
    [`pricelist/show.${lang}.csv`, renderCsv(priceListTable(x.list, lang), dialect)],
    [`pricelist/diff.${lang}.md`, renderMarkdown(priceListDiffDocument(x.diff, lang))],
    [`pricelist/diff.${lang}.html`, renderHtml(priceListDiffDocument(x.diff, lang))],
  ];
}
