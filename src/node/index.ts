/**
 * rendement for Node: reading price lists, index series and case files from
 * disk. Everything else is in the platform-neutral `rendement` entry.
 *
 * @packageDocumentation
 */
export { loadCatalogDir } from "./loadCatalogDir.js";
export { readJsonFile } from "./readJsonFile.js";
export { readCaseFile } from "./readCaseFile.js";
