import type { CaseResult } from "../cases/types.js";
import { createRollup } from "./createRollup.js";
import { finalizeRollup } from "./finalizeRollup.js";
import type { GroupDimension, RollupTable } from "./types.js";

/**
 * Rolls evaluated cases up into a table in one call: fold, then finish.
 *
 * @example
 * ```ts
 * const ev = evaluateCases(file.cases, { catalog: bundledCatalog(), instruments: loadInstruments() });
 * const table = rollupCases(ev.cases, ["wijk"]);
 * table.rows.map((r) => [r.by.wijk, r.netReturn]);
 * ```
 */
export function rollupCases(results: Iterable<CaseResult>, groupBy: readonly GroupDimension[] = []): RollupTable {
  const r = createRollup(groupBy);
  for (const c of results) r.add(c);
  return finalizeRollup(r.aggregate());
}
