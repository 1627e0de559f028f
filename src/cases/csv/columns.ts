/**
 * @internal The columns of the case CSV format (docs/reports.md): one row
 * per scenario line, or per wellbeing dimension, repeating the case's own
 * fields on every row.
 */
export const CASE_COLUMNS = ["id", "wijk", "programme", "start", "end", "pricelist", "notes"] as const;
/** @internal */
export const LINE_COLUMNS = [
  "side",
  "alternative",
  "probability",
  "concentration",
  "uncertaintyReason",
  "item",
  "quantity",
  "from",
  "through",
  "rate",
  "per",
  "amount",
  "description",
  "payer",
  "domain",
  "transfer",
  "cashable",
  "intervention",
  "date",
  "reason",
  "note",
] as const;
/** @internal */
export const WELLBEING_COLUMNS = ["instrument", "dimension", "before", "after", "beforeDate", "afterDate"] as const;
/** @internal Every column, in the order the writer uses. */
export const ALL_COLUMNS: readonly string[] = [...CASE_COLUMNS, ...LINE_COLUMNS, ...WELLBEING_COLUMNS];
/**
 * @internal A counterfactual's uncertain probabilities (`counterfactual.uncertainty`), on the rows of its
 * alternatives: written only when a case has them, so other tables keep their columns.
 */
export const UNCERTAINTY_COLUMNS: readonly string[] = ["concentration", "uncertaintyReason"];

/**
 * @internal The columns the writers use for these cases: every column, less the uncertainty ones where no
 * case states uncertain probabilities.
 *
 * @example
 * ```ts
 * caseColumns(file.cases).includes("concentration"); // true when a case has counterfactual.uncertainty
 * ```
 */
export function caseColumns(
  cases: readonly { counterfactual: unknown[] | { uncertainty?: unknown } }[],
): readonly string[] {
  const uncertain = cases.some((c) => !Array.isArray(c.counterfactual) && c.counterfactual.uncertainty !== undefined);
  return uncertain ? ALL_COLUMNS : ALL_COLUMNS.filter((c) => !UNCERTAINTY_COLUMNS.includes(c));
}
/** @internal Columns that hold decimals (a decimal comma in the Dutch dialect). */
export const DECIMAL_COLUMNS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  "probability",
  "concentration",
  "quantity",
  "rate",
  "amount",
  "before",
  "after",
]);
/** @internal Columns that hold calendar dates (also `d-m-yyyy` in the Dutch dialect). */
export const DATE_COLUMNS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  "start",
  "end",
  "from",
  "through",
  "date",
  "beforeDate",
  "afterDate",
]);
/** @internal */
export const REQUIRED_COLUMNS = ["id", "wijk", "start", "side"] as const;
