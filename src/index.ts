/**
 * rendement — the maatschappelijk rendement (social return) of neighbourhood
 * social-care work. The platform-neutral core: no file system, no network, no
 * clock; it runs unchanged in Node, browsers and Deno. Reading files lives in
 * `rendement/node`.
 *
 * @packageDocumentation
 */

// errors: every problem with its file and path, as data
export { formatIssues } from "./errors/formatIssues.js";
export { InputError, isInputError } from "./errors/InputError.js";
export { formatPath, type Issue } from "./errors/issue.js";

// money
export { formatEuro } from "./money/formatEuro.js";

// price lists (prijslijsten): versioned, sourced, indexed, fingerprinted
export { bundledCatalog } from "./pricelists/bundledCatalog.js";
export { createCatalog, mergeCatalogs, type IndexSeriesData, type PriceListCatalog, type PriceListData, type SourceFile } from "./pricelists/catalog.js";
export { diffPriceLists, type ChangedItem, type FieldChange, type PriceListDiff } from "./pricelists/diffPriceLists.js";
export { DEFAULT_INDEX } from "./pricelists/indexSeries.js";
export { parsePriceListRef } from "./pricelists/parsePriceListRef.js";
export { resolvePriceList, type ResolveOptions } from "./pricelists/resolvePriceList.js";
export type { IndexSeriesFile, PriceItemInput, PriceListFile, Unit } from "./pricelists/schema.js";
export { selectVersion } from "./pricelists/selectVersion.js";
export type { Indexation, PriceListRef, PriceListStamp, ResolvedPriceItem, ResolvedPriceList } from "./pricelists/types.js";

// cases (casussen): counterfactual against actual, exact to the cent
export { createEvaluator, DEFAULT_PRICELIST, type Evaluator, type EvaluatorOptions } from "./cases/createEvaluator.js";
export type { CompiledCases } from "./cases/compileCases.js";
export type { CaseTotals, PayerSums } from "./cases/evaluate.js";
export { evaluateCases, type Evaluation } from "./cases/evaluateCases.js";
export { parseCaseFile } from "./cases/parseCaseFile.js";
export type { Case, CaseFile, CaseFileInput, CaseInput, Line, LineInput } from "./cases/schema.js";
export type { CaseResult, CashableSplit, Figures, FiguresWithRatio, LineTrail, Warning } from "./cases/types.js";

// wellbeing (welbevinden)
export { loadInstruments } from "./wellbeing/instruments.js";
export type { Instrument } from "./wellbeing/schema.js";
export type { DimensionResult, WellbeingResult } from "./wellbeing/types.js";
export { valueWellbeing, type WellbeingValuation, type WellbeingValue } from "./wellbeing/valueWellbeing.js";

// roll-up per wijk, programme, period and payer; reports and charts
export { casesToCsv } from "./cases/csv/casesToCsv.js";
export { parseCasesCsv } from "./cases/csv/parseCasesCsv.js";
export { counterfactualChart } from "./charts/counterfactualChart.js";
export { payerMatrixChart } from "./charts/payerMatrixChart.js";
export type { ChartOptions, VegaLiteSpec } from "./charts/types.js";
export { wellbeingChart } from "./charts/wellbeingChart.js";
export { caseResultsCsv } from "./report/caseResultsCsv.js";
export { parseCsv, type CsvRecord } from "./csv/parseCsv.js";
export { rollupCsv, type RollupCsvOptions } from "./report/rollupCsv.js";
export { rollupHtml } from "./report/rollupHtml.js";
export { rollupMarkdown, type RollupReportOptions } from "./report/rollupMarkdown.js";
export { createRollup, type Rollup } from "./rollup/createRollup.js";
export { emptyAggregate } from "./rollup/emptyAggregate.js";
export { finalizeRollup } from "./rollup/finalizeRollup.js";
export { foldAsync, type FoldOptions } from "./rollup/foldAsync.js";
export { foldCase } from "./rollup/foldCase.js";
export { mergeAggregates } from "./rollup/mergeAggregates.js";
export { parseGroupBy } from "./rollup/parseGroupBy.js";
export { parseRollupAggregate } from "./rollup/parseRollupAggregate.js";
export { rollupCases } from "./rollup/rollupCases.js";
export type { GroupDimension, GroupState, PayerPosition, PayerSumsState, RollupAggregate, RollupRow, RollupTable, WellbeingState, WellbeingSummary } from "./rollup/types.js";

// werkbudget audit and re-performable bundles
export { audit, type AuditOptions } from "./audit/audit.js";
export { auditCsv } from "./report/audit/auditCsv.js";
export { auditHtml } from "./report/audit/auditHtml.js";
export { auditMarkdown } from "./report/audit/auditMarkdown.js";
export type { Bundle } from "./audit/bundleSchema.js";
export type { Claim, ClaimInput, ClaimsFile, ClaimsFileInput } from "./audit/claimsSchema.js";
export { createBundle, type BundleInput } from "./audit/createBundle.js";
export { parseClaimsCsv } from "./audit/parseClaimsCsv.js";
export { parseClaimsFile } from "./audit/parseClaimsFile.js";
export type { AuditedClaim, AuditResult, AuditSettings, AuditSummary, ClaimStatus, Finding, FindingCode, Recomputation } from "./audit/types.js";
export { verifyBundle, type BundleDifference, type BundleVerification } from "./audit/verifyBundle.js";

// scenarios and uncertainty
export type { AdjustmentRates, SroiAdjustments } from "./scenarios/adjustments.js";
export type { Projection, ProjectionYear } from "./scenarios/discountYears.js";
export type { Distribution } from "./scenarios/distributions.js";
export type { GroupField } from "./scenarios/groupKey.js";
export { percentile } from "./scenarios/percentile.js";
export { DEFAULT_DISCOUNT_RATE, projectValue, type ProjectValueInput } from "./scenarios/projectValue.js";
export { createRandom, type Random } from "./scenarios/random.js";
export { simulate, type SimulateOptions } from "./scenarios/simulate.js";
export type { GroupSimulation, SimulatedStats, SimulationParameter, SimulationResult } from "./scenarios/summariseDraws.js";
export { tornado, type TornadoResult, type TornadoRow } from "./scenarios/tornado.js";
export { whatIf, type AdjustedTotals, type Assumption, type WhatIfCase, type WhatIfOptions, type WhatIfResult, type WhatIfScenario, type WhatIfTotals } from "./scenarios/whatIf.js";

// reports of single results
export { computeMarkdown } from "./report/computeMarkdown.js";
export { csvTable, type CsvDialect, type CsvOptions } from "./csv/csvTable.js";
export type { Lang } from "./report/labels.js";
