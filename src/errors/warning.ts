/**
 * The values a warning's text is made from (dates, years, list ids, counts),
 * so a report can say it in any language.
 */
export type WarningParams = Readonly<Record<string, string | number>>;

import type { SIMULATION_WARNINGS_EN } from "./simulationWarningTexts.js";

// One English text per code. The keys are the codes the library can emit; the Dutch dictionary
// (src/report/words/warningsNl.ts) is typed against them, so a code without a Dutch text does not compile.
const EN = {
  actual_after_end: (p: { readonly through: string; readonly end: string }) =>
    `actual line runs to ${p.through}, after the case ended on ${p.end}`,
  period_outside_case: (p: { readonly from: string; readonly start: string }) =>
    `line starts ${p.from}, before the case started on ${p.start}`,
  counterfactual_without_reason: (_: Readonly<Record<string, never>>) =>
    "counterfactual line without a reason: why would this have happened?",
  no_counterfactual: (_: Readonly<Record<string, never>>) => "the case has no counterfactual lines: nothing is avoided",
  counterfactual_cut_at_relapse: (p: {
    readonly relapseDate: string;
    readonly from: string;
    readonly through: string;
    readonly written: string;
  }) =>
    `the case relapsed on ${p.relapseDate}: this line is counted from ${p.from} through ${p.through}, not through ${p.written}`,
  counterfactual_dropped_at_relapse: (p: { readonly relapseDate: string }) =>
    `the case relapsed on ${p.relapseDate}: this line falls on or after the relapse and is not counted as avoided`,
  beyond_index_year: (p: {
    readonly year: number;
    readonly series: string;
    readonly indexYear: number;
    readonly priceYear: number;
  }) =>
    `the case runs into ${p.year}, after the newest level of index ${p.series} (${p.indexYear}): ` +
    (p.priceYear > p.indexYear
      ? `amounts are not indexed past ${p.indexYear} (its level is carried forward)`
      : `amounts stay in ${p.priceYear} euros, not restated for ${p.year}`),
  before_list_valid_from: (p: { readonly start: string; readonly ref: string; readonly validFrom: string }) =>
    `the case starts on ${p.start}, before ${p.ref} is valid (from ${p.validFrom}): ` +
    "it is priced with that list as named, with the amounts of its own date",
  beyond_list_year: (p: {
    readonly year: number;
    readonly list: string;
    readonly listYear: number;
    readonly ref: string;
    readonly priceYear: number;
  }) =>
    `the case runs into ${p.year}, after the newest price year of list ${p.list} (${p.listYear}): ` +
    `it is priced with ${p.ref} in ${p.priceYear} euros`,
  carried_forward: (p: {
    readonly ref: string;
    readonly priceYear: number;
    readonly series: string;
    readonly level: number;
    readonly count: number;
  }) =>
    p.priceYear > p.level
      ? `price year ${p.priceYear} of ${p.ref} lies after the newest level of index ${p.series} (${p.level}): ` +
        `${p.count} amounts are carried at the ${p.level} level, not projected (see each item's indexation.carriedFrom)`
      : `${p.count} amounts of ${p.ref} are priced in a year after the newest level of their index (${p.level}): ` +
        `they are restated from the ${p.level} level, not from their own year (see each item's indexation.carriedFrom)`,
} as const;

// A simulation's warnings have their texts in ./simulationWarning.ts, so that pricing a case does not carry them.
type TextsEn = typeof EN & typeof SIMULATION_WARNINGS_EN;

/** A code of a warning the library can emit, e.g. `beyond_list_year`. */
export type WarningCode = keyof TextsEn;

/** The data a warning of code `C` carries, e.g. `{ through, end }` for `actual_after_end`. */
export type WarningParamsOf<C extends WarningCode> = Parameters<TextsEn[C]>[0];

/** @internal A text per warning code, in one language. */
export type WarningTexts = { readonly [C in WarningCode]: (p: WarningParamsOf<C>) => string };

/** @internal The English texts of the warnings of a case and its lists. */
export const CASE_WARNINGS_EN = EN;

/** @internal The codes of a simulation's warnings (their texts live apart, see above). */
export const SIMULATION_WARNING_CODES: readonly string[] = [
  "nothing_varied",
  "mostly_fixed_rough",
  "rough_range_assumed",
];

/** Something worth a look that does not stop the computation: a code, its data, and where. */
export interface Warning {
  /** A stable code such as `beyond_list_year`; a report says it in its language from `code` and `params`. */
  readonly code: WarningCode;
  /** Path inside the case, e.g. `["counterfactual", 2]`; empty for a warning about a whole list. */
  readonly path: readonly (string | number)[];
  /** The dates, years, list ids and counts the text is made of, e.g. `{ through: "2024-12-31", end: "2024-06-30" }`. */
  readonly params: WarningParams;
  /** The text in English (kept for JSON readers; reports render from `code` and `params`). */
  readonly message: string;
}

/**
 * A warning with its English `message` rendered from its code and data.
 *
 * @example
 * ```ts
 * warning("actual_after_end", ["actual", 1], { through: "2025-01-31", end: "2024-12-31" });
 * // { code: "actual_after_end", path: ["actual", 1], params: {…},
 * //   message: "actual line runs to 2025-01-31, after the case ended on 2024-12-31" }
 * ```
 */
export function warning<C extends keyof typeof EN>(
  code: C,
  path: readonly (string | number)[],
  params: WarningParamsOf<C>,
): Warning {
  return { code, path, params, message: (EN[code] as (p: WarningParamsOf<C>) => string)(params) };
}

/**
 * @internal A warning's text from a dictionary: the text of its code made from
 * its data. Undefined for a code the dictionary lacks (a warning read from
 * JSON written by another version).
 */
export function renderWarning(texts: WarningTexts, code: string, params: WarningParams): string | undefined {
  if (!Object.hasOwn(texts, code)) return undefined;
  return (texts[code as WarningCode] as (p: WarningParams) => string)(params);
}

/**
 * Whether `code` is a code of a warning the library emits.
 *
 * @example
 * ```ts
 * isWarningCode("beyond_list_year"); // true
 * isWarningCode("toString");         // false
 * ```
 */
export function isWarningCode(code: string): code is WarningCode {
  return Object.hasOwn(EN, code) || SIMULATION_WARNING_CODES.includes(code);
}
