/**
 * Every code an {@link Issue} can carry: a closed list, so a tool can switch on
 * it (and its compiler says when a case is missing). The codes are stable
 * across versions; the English `message` beside them is not.
 *
 * The first group passes through from schema validation (a field of the wrong
 * type, a value outside what the field accepts); the others come from checks
 * the schemas cannot make.
 *
 * @example
 * ```ts
 * function hint(code: IssueCode): string {
 *   switch (code) {
 *     case "unknown_item":
 *       return "check the item code against the price list";
 *     case "inexact_number":
 *       return "write the number as a string";
 *     default:
 *       return "see the message";
 *   }
 * }
 * ```
 */
export type IssueCode =
  // Schema validation (zod's own codes, passed through).
  /** A field has the wrong JSON type, or a required field is missing (then `message` says "missing required field"). */
  | "invalid_type"
  /** A number or text is above its maximum (value, length or count). */
  | "too_big"
  /** A number or text is below its minimum (value, length or count). */
  | "too_small"
  /** A text does not have the required form (a pattern such as an id or a version). */
  | "invalid_format"
  /** A number is not a multiple of what the field requires. */
  | "not_multiple_of"
  /** A value matches none of the accepted forms of a field that takes several. */
  | "invalid_union"
  /** A key of a keyed table is not acceptable. */
  | "invalid_key"
  /** An element of a collection is not acceptable. */
  | "invalid_element"
  /** A value is not one of the allowed values, or fails a check of its own (a date that does not exist, an amount with three decimals, a negative quantity, …). */
  | "invalid_value"
  /** A field that the format does not have (often a typo of one it does have). */
  | "unknown_field"
  // Reading files and text.
  /** A file or folder cannot be read (missing, a folder, a device, no permission, too large). */
  | "unreadable_file"
  /** A folder of price lists cannot be walked (a broken link, a loop, too many entries). */
  | "unreadable_folder"
  /** A file with nothing to read (no header row). */
  | "empty_file"
  /** Text that is not valid JSON; `path` is empty and `message` gives line and column. */
  | "invalid_json"
  /** A JSON number with more digits than a double keeps: write it as a string. */
  | "inexact_number"
  /** A key that could reach an object's prototype (`__proto__`, `constructor`, `prototype`). */
  | "forbidden_key"
  /** Data that contains itself (possible only in objects built by a program). */
  | "cyclic_data"
  /** Data nested deeper than any file of this tool needs (64 levels). */
  | "too_deep"
  /** More cases in one document than the limit (100,000): use JSON lines. */
  | "too_many_cases"
  /** A text encoding other than UTF-8, UTF-16 with BOM or Windows-1252. */
  | "unknown_encoding"
  /** A CSV field that opens a quote and never closes it. */
  | "unclosed_quote"
  /** A CSV row with more or fewer cells than the header. */
  | "wrong_column_count"
  /** A CSV header names a column the format does not have. */
  | "unknown_column"
  /** A CSV header names one column twice. */
  | "duplicate_column"
  /** A CSV header lacks a required column. */
  | "missing_column"
  /** A CSV cell filled in on a row where its column has no meaning (a score on a line row, an alternative on an actual row). */
  | "misplaced_value"
  /** Case rows that score one instrument's dimension twice for one case. */
  | "duplicate_score"
  /** Counterfactual rows of one case of which some name an alternative and some do not. */
  | "mixed_counterfactual"
  /** A required cell is empty. */
  | "missing_value"
  /** A cell that is not a number in the file's dialect. */
  | "invalid_number"
  /** A number that reads two ways (`1.250`: one and a quarter, or twelve hundred and fifty); `expected` shows how to write it. */
  | "ambiguous_number"
  /** A date that does not exist or is not written as `YYYY-MM-DD` (or `D-M-YYYY` in the Dutch dialect). */
  | "invalid_date"
  /** A file that is not an Excel (.xlsx) workbook. */
  | "invalid_workbook"
  /** An Excel 97-2003 (.xls) or encrypted workbook: save it as .xlsx. */
  | "unsupported_workbook"
  /** A workbook without sheets. */
  | "empty_workbook"
  /** A sheet name the workbook does not have. */
  | "unknown_sheet"
  /** A wijk code named twice in one wijk table. */
  | "duplicate"
  /** Two tables give one key different values (a wijk with two names). */
  | "conflicting_value"
  // Cases.
  /** A case object that is not a case (no `start`, no counterfactual list). */
  | "invalid_case"
  /** A line that is neither a priced item nor an ad-hoc amount with a payer. */
  | "invalid_line"
  /** A quantity that is negative, not a decimal, or has more than 15 significant digits. */
  | "invalid_quantity"
  /** A probability outside 0 through 1, or alternatives whose probabilities do not add up to 1. */
  | "invalid_probability"
  /** An item code the case's price list does not have; `expected` suggests the nearest code. */
  | "unknown_item"
  /** A line with a period whose item is priced per unit other than time, and no `rate`. */
  | "rate_required"
  /** An amount that does not fit exact cent arithmetic (beyond what the money module can hold). */
  | "amount_overflow"
  /** A decimal amount in euros that is not valid (more than two decimals, not a number, out of range). */
  | "invalid_amount"
  // Price lists and indexes.
  /** A text that is not a list reference `id` or `id@version`. */
  | "invalid_pricelist_ref"
  /** A list id or version the catalog does not have. */
  | "unknown_pricelist"
  /** No version of the list is valid on the case's start date. */
  | "no_valid_version"
  /** A list's `basedOn` chain leads back to itself. */
  | "pricelist_cycle"
  /** A list is based on a list the catalog does not have. */
  | "unknown_base"
  /** A list removes an item code its base does not have. */
  | "unknown_removed_code"
  /** A list or index series that names an index series the catalog does not have. */
  | "unknown_index_series"
  /** An index series has no value for a year a price must be restated from or to. */
  | "index_year_missing"
  /** One list id and version entered twice in a catalog. */
  | "duplicate_list"
  /** One index series id entered twice in a catalog. */
  | "duplicate_series"
  /** Two versions of one list valid from the same date: which one prices a case would be a guess. */
  | "ambiguous_valid_from"
  /** A price year (the year whose euros amounts are restated to) that is not a whole year from 1900 through 2200. */
  | "invalid_price_year"
  // Wellbeing.
  /** A wellbeing instrument that is not known (neither bundled nor given). */
  | "unknown_instrument"
  /** One instrument id entered twice. */
  | "duplicate_instrument"
  /** A wellbeing score for a dimension the instrument does not have. */
  | "unknown_dimension"
  /** A wellbeing score outside the instrument's scale. */
  | "score_out_of_scale"
  /** Wellbeing that cannot be valued in euros: not a 0–10 life-satisfaction instrument, another instrument than measured, or no after score. */
  | "wellbeing_not_valuable"
  // Roll-ups and spending.
  /** A text that is not a roll-up grouping (`wijk`, `programme`, `worker`, `month`, `quarter`, …). */
  | "invalid_group_by"
  /** A roll-up aggregate that is not one this version reads. */
  | "invalid_aggregate"
  /** Two roll-up aggregates grouped differently, which cannot be merged. */
  | "incompatible_aggregates"
  /** A row of observed spending that no case's wijk or programme matches. */
  | "spending_without_cases"
  /** A row of observed spending whose wijk or programme has cases, none of which avoids a cost for its payer in its years. */
  | "spending_years_without_cases"
  // Scenarios and options.
  /** A library or command option with a value it does not accept. */
  | "invalid_option"
  /** A rate (a discount rate, an adjustment such as deadweight) outside its allowed range. */
  | "invalid_rate"
  /** A horizon (years of projection) that is not a whole number in range. */
  | "invalid_horizon"
  /** A discounting timing other than `start` or `mid`. */
  | "invalid_timing"
  /** A continuation assumption that names neither a domain nor an item, or both. */
  | "invalid_continuation"
  /** Two continuation assumptions for one domain or item. */
  | "duplicate_continuation"
  /** A projection with no dated flows at all. */
  | "no_flows"
  /** An adjustment scoped to a price domain (such as `justitie`) that no list used and no line has. */
  | "unknown_domain"
  /** A number of simulation draws that is not a whole number in range. */
  | "invalid_draws"
  /** A distribution name the simulation does not have. */
  | "invalid_distribution"
  /** A random seed that is not a whole number in range. */
  | "invalid_seed"
  /** A simulation whose draws × figures would exceed what fits in memory; `expected` says how to make it smaller. */
  | "simulation_too_large"
  /** A distribution (or an ad-hoc line's range) whose minimum is above its maximum. */
  | "range_low_above_high"
  /** A triangular or PERT mode outside its minimum and maximum. */
  | "mode_outside_bounds"
  /** Additive SROI rates whose highest values add up to more than 1 (a saving would turn into a cost). */
  | "additive_above_one"
  /** Correlation groups with PERT prices, which have no closed-form inverse CDF to draw a shared quantile. */
  | "groups_need_inverse_cdf"
  /** Two correlation groups with one name. */
  | "duplicate_group"
  /** A correlation group naming an item whose price is not drawn. */
  | "fixed_item_in_group"
  /** An item named in two correlation groups. */
  | "item_in_two_groups"
  /** Uncertain probabilities given for a case id that no case has. */
  | "unknown_case"
  /** Uncertain probabilities given for a case whose counterfactual has no alternatives to choose between. */
  | "no_alternatives";

/**
 * The values an issue's text is made from (the item code, the list id, the
 * limit, the suggestion, …), so a report can say it in any language. Codes
 * with more than one kind of message carry the kind as `rule`.
 */
export type IssueParams = Readonly<Record<string, string | number>>;

/**
 * A single problem found in a user's input: what was wrong, where, and what
 * was expected. Issues are data; formatting them for people lives in
 * {@link formatIssues}.
 *
 * @example
 * ```ts
 * const issue: Issue = {
 *   code: "unknown_item",
 *   file: "cases.json",
 *   path: ["cases", 3, "actual", 1, "item"],
 *   message: "unknown price item \"detentie.jaar\"",
 *   expected: "a code of price list sociaal-domein@2024",
 *   params: { item: "detentie.jaar", list: "sociaal-domein@2024" },
 * };
 * ```
 */
export interface Issue {
  /** A stable, machine-readable code such as `invalid_type` or `unknown_item`: one of {@link IssueCode}. */
  readonly code: IssueCode;
  /** The JSON path inside the input, e.g. `["cases", 3, "actual", 1, "item"]`. */
  readonly path: readonly (string | number)[];
  /** What is wrong, in English. */
  readonly message: string;
  /** What was expected, where that can be said. */
  readonly expected?: string | undefined;
  /** The values `message` and `expected` are made from, e.g. `{ item: "detentie.jaar", list: "sociaal-domein@2024" }`. */
  readonly params?: IssueParams | undefined;
  /** The file the input came from, where known. */
  readonly file?: string | undefined;
}

/**
 * A path as written in JSON, e.g. `cases[3].actual[1].item`.
 *
 * @example
 * ```ts
 * formatPath(["cases", 3, "actual", 1, "item"]); // "cases[3].actual[1].item"
 * formatPath([]);                                 // "(root)"
 * ```
 */
export function formatPath(path: readonly (string | number)[]): string {
  let out = "";
  for (const seg of path) {
    if (typeof seg === "number") out += `[${seg}]`;
    else if (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(seg)) out += out === "" ? seg : `.${seg}`;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out === "" ? "(root)" : out;
}
