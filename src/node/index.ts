/**
 * rendement for Node: reading price lists, index series and case files from
 * disk. Everything else is in the platform-neutral `rendement` entry.
 *
 * @packageDocumentation
 */
export { loadCatalogDir } from "./loadCatalogDir.js";
export { readCaseFile } from "./readCaseFile.js";
export { type CaseFileFormat, type CasesRead, caseFileFormat, type ReadCasesOptions, readCases } from "./readCases.js";
// roll-up and case input (issue 4)
export { readCasesCsvFile } from "./readCasesCsvFile.js";
export { readCasesJsonLines } from "./readCasesJsonLines.js";
export { readJsonFile } from "./readJsonFile.js";
export { readTextFile } from "./readTextFile.js";
export { readWijkFile } from "./readWijkFile.js";
// a JSON-lines file rolled up on every core (issue 9)
export { type FileRollup, type RollupFileOptions, rollupJsonLinesFile } from "./rollupJsonLinesFile.js";
// simulation with its draws on worker threads (issue 9)
export { type ParallelSimulateOptions, simulate } from "./simulate.js";
// Excel in and out (issue 14)
export { casesToXlsx } from "./xlsx/casesToXlsx.js";
export { readCasesXlsx } from "./xlsx/readCasesXlsx.js";
export { readClaimsXlsx } from "./xlsx/readClaimsXlsx.js";
export { readSpendingXlsx } from "./xlsx/readSpendingXlsx.js";
export { type ReadXlsxOptions, readXlsxRows, type XlsxRows } from "./xlsx/readXlsxRows.js";
export { auditWorkbook, computeWorkbook, simulationWorkbook, whatIfWorkbook } from "./xlsx/reportWorkbooks.js";
export { canUseExcel, MissingPackageError } from "./xlsx/sheetJS.js";
export type { XlsxCell, XlsxRow, XlsxSheet } from "./xlsx/types.js";
export { xlsxWorkbook } from "./xlsx/xlsxWorkbook.js";
