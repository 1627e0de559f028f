/**
 * rendement — the maatschappelijk rendement (social return) of neighbourhood
 * social-care work. The platform-neutral core: no file system, no network, no
 * clock; it runs unchanged in Node, browsers and Deno. Reading files lives in
 * `rendement/node`.
 *
 * @packageDocumentation
 */

// werkbudget audit and re-performable bundles
export { type AuditOptions, audit } from "./audit/audit.js";
export { auditResultToJson } from "./audit/auditResultJson.js";
export type { Bundle } from "./audit/bundleSchema.js";
export type { Claim, ClaimInput, ClaimsFile, ClaimsFileInput } from "./audit/claimsSchema.js";
export { type BundleInput, createAuditBundle, createBundle } from "./audit/createBundle.js";
export { type ClaimRowsOptions, parseClaimRows } from "./audit/parseClaimRows.js";
export { parseClaimsCsv } from "./audit/parseClaimsCsv.js";
export { parseClaimsFile } from "./audit/parseClaimsFile.js";
export type {
  AuditedClaim,
  AuditMoney,
  AuditResult,
  AuditResultJson,
  AuditSettings,
  AuditSummary,
  CaseEvidence,
  ClaimOnCase,
  ClaimStatus,
  DuplicateEvidence,
  DuplicateGroup,
  Finding,
  FindingCode,
  FindingEvidence,
  FindingOf,
  HorizonEvidence,
  HorizonExceededEvidence,
  LineEvidence,
  NamedListEvidence,
  NoListEvidence,
  NotPriceableEvidence,
  Recomputation,
  RelapseEvidence,
  SavingsEvidence,
  SpendingAmountEvidence,
  SpendingNotFoundEvidence,
  WithinHorizon,
} from "./audit/types.js";
export { type BundleDifference, type BundleVerification, verifyBundle } from "./audit/verifyBundle.js";
// roll-up per wijk, programme, period and payer; reports and charts
export { type CaseFlowsOptions, caseFlows } from "./cases/caseFlows.js";
export {
  byPayerToJson,
  type CaseResultJson,
  caseResultToJson,
  type FiguresJson,
  type FiguresWithRatioJson,
  figuresToJson,
  type LineTrailJson,
  lineTrailToJson,
} from "./cases/caseResultJson.js";
export type {
  Alternative,
  Alternatives,
  Case,
  CaseFile,
  Line,
  Measurement,
  Period,
  ProbabilityUncertainty,
  Rate,
  RejectedCase,
  WellbeingMeasure,
  WijkName,
} from "./cases/caseTypes.js";
export type { CompiledCases } from "./cases/compileCases.js";
// cases (casussen): counterfactual against actual, exact to the cent
export { createEvaluator, DEFAULT_PRICELIST, type Evaluator, type EvaluatorOptions } from "./cases/createEvaluator.js";
export { casesCsv } from "./cases/csv/casesCsv.js";
export { type CaseRows, type CaseRowsOptions, parseCaseRows } from "./cases/csv/parseCaseRows.js";
export { parseCasesCsv } from "./cases/csv/parseCasesCsv.js";
export { parseCasesCsvStream } from "./cases/csv/parseCasesCsvStream.js";
export type { CaseTotals, PayerSums } from "./cases/evaluate.js";
export { type EvaluateOptions, type Evaluation, evaluateCases } from "./cases/evaluateCases.js";
export type { CaseFlows, YearFlows } from "./cases/flowTypes.js";
export type { CaseTotalsBuffer } from "./cases/foldLines.js";
export { overflowIssue } from "./cases/overflowIssue.js";
export { type ParseCaseOptions, parseCase } from "./cases/parseCase.js";
export { type ParseCaseFileOptions, parseCaseFile } from "./cases/parseCaseFile.js";
export { type JsonLinesOptions, parseCasesJsonLines } from "./cases/parseCasesJsonLines.js";
export { safeEvaluateCases } from "./cases/safeEvaluateCases.js";
export { safeParseCase } from "./cases/safeParseCase.js";
export { safeParseCaseFile } from "./cases/safeParseCaseFile.js";
export type { CaseFileInput, CaseInput, LineInput } from "./cases/schema.js";
export { type SummedFlows, sumFlows } from "./cases/sumFlows.js";
export type { CaseResult, CashableSplit, Figures, FiguresWithRatio, LineTrail, Warning } from "./cases/types.js";
export { MAX_CASES_IN_FILE } from "./cases/validCases.js";
export { parseWijkRows, parseWijkTable, withWijkNames } from "./cases/wijkTable.js";
export { counterfactualChart } from "./charts/counterfactualChart.js";
export { payerMatrixChart } from "./charts/payerMatrixChart.js";
export type { ChartOptions, VegaLiteSpec } from "./charts/types.js";
export { wellbeingChart } from "./charts/wellbeingChart.js";
export type { CsvDialect, CsvOptions } from "./csv/csvTable.js";
export type { TableRow } from "./csv/tableRow.js";
// errors: every problem with its file and path, as data
export { formatIssues } from "./errors/formatIssues.js";
export { InputError, isInputError } from "./errors/InputError.js";
export { formatPath, type Issue, type IssueCode } from "./errors/issue.js";
export type { SafeResult } from "./errors/safeResult.js";
export { suggest } from "./errors/suggest.js";
export {
  isWarningCode,
  type WarningCode,
  type WarningParams,
  type WarningParamsOf,
  warning,
} from "./errors/warning.js";
export type { AmountsAsText } from "./money/amountsToText.js";
// money: one representation (integer cents), named rounding, allocation
export {
  addCents,
  allocateCents,
  type Cents,
  centsToString,
  compareCents,
  divideRounded,
  formatCents,
  formatEuro,
  type MoneyLang,
  MoneyOverflowError,
  multiplyCents,
  parseCents,
  type RoundingMode,
  subtractCents,
  sumCents,
} from "./money/index.js";
export type { YearBasis } from "./periods/yearSpans.js";
// price lists (prijslijsten): versioned, sourced, indexed, fingerprinted
export { bundledCatalog } from "./pricelists/bundledCatalog.js";
export {
  createCatalog,
  type IndexSeriesData,
  mergeCatalogs,
  type PriceListCatalog,
  type PriceListData,
  type SourceFile,
} from "./pricelists/catalog.js";
export {
  type CoverageWarning,
  carriedForwardNote,
  carriedForwardWarning,
  coverageWarnings,
} from "./pricelists/coverageWarnings.js";
export { type ChangedItem, diffPriceLists, type FieldChange, type PriceListDiff } from "./pricelists/diffPriceLists.js";
export { DEFAULT_INDEX } from "./pricelists/indexSeries.js";
export type { ListCorrelationGroup, PriceItem, PriceSource, RelativeRange } from "./pricelists/listTypes.js";
export { parsePriceListRef } from "./pricelists/parsePriceListRef.js";
export { type ResolveOptions, resolvePriceList } from "./pricelists/resolvePriceList.js";
export type { IndexSeriesFile, PriceItemInput, PriceListFile, Unit } from "./pricelists/schema.js";
export { RANGE_RULE_FROM } from "./pricelists/schema.js";
export { latestVersion, selectVersion } from "./pricelists/selectVersion.js";
export type {
  DataCoverage,
  Indexation,
  PriceListRef,
  PriceListStamp,
  ResolvedPriceItem,
  ResolvedPriceList,
} from "./pricelists/types.js";
export type { AuditReportOptions } from "./report/audit/auditBlocks.js";
export { auditCsv } from "./report/audit/auditCsv.js";
export { auditHtml } from "./report/audit/auditHtml.js";
export { auditMarkdown } from "./report/audit/auditMarkdown.js";
export { verifyText } from "./report/audit/verifyText.js";
export { caseResultsCsv } from "./report/caseResultsCsv.js";
// reports of single results
export { computeMarkdown } from "./report/computeMarkdown.js";
export { formatIssuesIn, type IssueText, issueText } from "./report/issueText.js";
export type { Lang } from "./report/labels.js";
export {
  type PriceListSummary,
  priceListCsv,
  priceListDiffMarkdown,
  priceListMarkdown,
  priceListsMarkdown,
} from "./report/pricelistReports.js";
export { type RollupCsvOptions, rollupCsv } from "./report/rollupCsv.js";
export { rollupHtml } from "./report/rollupHtml.js";
export { type PmOfCase, type PmSources, type RollupReportOptions, rollupMarkdown } from "./report/rollupMarkdown.js";
export { projectionCsv } from "./report/scenarios/projectionBlocks.js";
export {
  type ScenarioReportOptions,
  simulationReport,
  whatIfHtml,
  whatIfMarkdown,
} from "./report/scenarios/scenarioReports.js";
export { renderSpending, spendingWarningText } from "./report/spendingReport.js";
export { warningText } from "./report/warningText.js";
export {
  type YearResult,
  type YearResultJson,
  yearFlowsCsv,
  yearResults,
  yearResultToJson,
} from "./report/yearFlows.js";
export { createRollup, type Rollup } from "./rollup/createRollup.js";
export { parseGroupBy } from "./rollup/parseGroupBy.js";
export { parseRollupAggregate } from "./rollup/parseRollupAggregate.js";
export {
  type PayerPositionJson,
  type RollupRowJson,
  type RollupTableJson,
  rollupRowToJson,
  rollupTableToJson,
} from "./rollup/rollupTableJson.js";
export { avoidedByYear } from "./rollup/spending/avoidedByYear.js";
export {
  type AvoidedInYear,
  compareSpending,
  type SpendingComparison,
  type SpendingComparisonResult,
  type SpendingComparisonResultJson,
  type SpendingMoney,
  type SpendingYear,
  spendingComparisonToJson,
} from "./rollup/spending/compareSpending.js";
export { parseSpendingFile } from "./rollup/spending/parseSpendingFile.js";
export { parseSpendingCsv, parseSpendingRows } from "./rollup/spending/parseSpendingRows.js";
export type { SpendingFile, SpendingRow } from "./rollup/spending/spendingSchema.js";
export type {
  FollowUpState,
  GroupDimension,
  GroupState,
  PayerPosition,
  PayerSumsState,
  RollupAggregate,
  RollupRow,
  RollupTable,
  WellbeingState,
  WellbeingSummary,
} from "./rollup/types.js";
// scenarios and uncertainty
export {
  ADJUSTMENT_COMBINATIONS,
  ADJUSTMENT_KINDS,
  type AdjustmentCombination,
  type AdjustmentKind,
  type AdjustmentRates,
  type SroiAdjustments,
} from "./scenarios/adjustments.js";
export type { CertaintyStatement, ProbabilityCertainty, SimulationWarning } from "./scenarios/certainty.js";
export type { SimulationAdjustments, UncertainRates } from "./scenarios/compileRates.js";
export type { CorrelationGroup } from "./scenarios/correlationGroups.js";
export {
  type DiscountedFlows,
  type DiscountedFlowsJson,
  type DiscountedYear,
  type DiscountedYearJson,
  type DiscountTiming,
  discountedFlowsToJson,
  type YearFlow,
} from "./scenarios/discountFlows.js";
export type { Projection, ProjectionYear } from "./scenarios/discountYears.js";
export { DISTRIBUTIONS, type Distribution } from "./scenarios/distributions.js";
export { checkGroupFields, GROUP_FIELDS, type GroupField } from "./scenarios/groupKey.js";
export {
  type LensName,
  type LensReturn,
  type LensReturnJson,
  lensReturnToJson,
  type PayerReturn,
  type PayerReturnJson,
  payerReturnToJson,
  type ScenarioLenses,
  type ScenarioLensesJson,
  scenarioLensesToJson,
} from "./scenarios/lenses.js";
export {
  type AppliedContinuation,
  type Continuation,
  type FlowProjection,
  type FlowProjectionJson,
  flowProjectionToJson,
  type LensProjection,
  type LensProjectionJson,
  type ProjectFlowsInput,
  type ProjectionFlow,
  type ProjectionLens,
  projectFlows,
} from "./scenarios/projectFlows.js";
export { DEFAULT_DISCOUNT_RATE, type ProjectValueInput, projectValue } from "./scenarios/projectValue.js";
export {
  type AdjustedTotalsJson,
  type GroupSimulationJson,
  type ProjectionJson,
  projectionToJson,
  type SimulatedLensJson,
  type SimulatedPayerJson,
  type SimulatedStatsJson,
  type SimulatedWellbyJson,
  type SimulationResultJson,
  simulationResultToJson,
  type TornadoResultJson,
  type TornadoRowJson,
  tornadoResultToJson,
  type WhatIfCaseJson,
  type WhatIfResultJson,
  type WhatIfTotalsJson,
  whatIfResultToJson,
} from "./scenarios/scenarioJson.js";
export { type SimulateOptions, simulate } from "./scenarios/simulate.js";
export { parseSimulationScenario, type SimulationScenario } from "./scenarios/simulationScenario.js";
export type { SimulatedContinuation, SimulationYearOptions } from "./scenarios/simulationYears.js";
export type {
  GroupSimulation,
  SimulatedLens,
  SimulatedLenses,
  SimulatedPayer,
  SimulatedRatioStats,
  SimulatedStats,
  SimulatedWellby,
  SimulationParameter,
  SimulationRate,
  SimulationResult,
  SimulationYears,
} from "./scenarios/summariseDraws.js";
export {
  type TornadoKind,
  type TornadoLens,
  type TornadoOptions,
  type TornadoResult,
  type TornadoRow,
  type TornadoSwitching,
  tornado,
} from "./scenarios/tornado.js";
export { tornadoOverYears } from "./scenarios/tornadoYears.js";
export type { ProbabilityJudgement, ProbabilityOptions } from "./scenarios/uncertainProbabilities.js";
export type { RateDistribution, UncertainRate } from "./scenarios/uncertainRate.js";
export type { WellbyCase, WellbyOptions, WellbyValuation } from "./scenarios/wellby.js";
export {
  type AdjustedTotals,
  type Assumption,
  type WhatIfCase,
  type WhatIfOptions,
  type WhatIfResult,
  type WhatIfScenario,
  type WhatIfTotals,
  type WhatIfWellby,
  whatIf,
} from "./scenarios/whatIf.js";
export type { Label } from "./schemas/label.js";
export type { ReadableStreamLike, ReadResult, TextSource } from "./streams/textLines.js";
// wellbeing (welbevinden)
export { loadInstruments } from "./wellbeing/instruments.js";
export type { Instrument } from "./wellbeing/schema.js";
export type { DimensionResult, WellbeingResult } from "./wellbeing/types.js";
export { valueWellbeing, type WellbeingValuation, type WellbeingValue } from "./wellbeing/valueWellbeing.js";
