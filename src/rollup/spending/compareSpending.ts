import type { Issue } from "../../errors/issue.js";
import { type Cents, centsToString } from "../../money/cents.js";
import { parseCents } from "../../money/index.js";
import { ratio, ratioToFixed } from "../../money/ratio.js";
import type { SpendingFile, SpendingRow } from "./spendingSchema.js";

/** Case-based avoided cost that falls in one calendar year, for one wijk or programme and payer (cents). */
export interface AvoidedInYear {
  /** The case's wijk. */
  readonly wijk: string;
  /** The case's programme, if any. */
  readonly programme?: string | undefined;
  /** The payer who avoids the cost. */
  readonly payer: string;
  /** The calendar year the avoided cost falls in. */
  readonly year: number;
  /** Avoided cost in cents (counterfactual − actual other than the intervention). */
  readonly avoidedCost: Cents;
}

/**
 * How a spending comparison holds money: integer {@link Cents} inside ({@link SpendingComparisonResult}),
 * two-decimal euro strings when written ({@link SpendingComparisonResultJson}).
 */
export type SpendingMoney = Cents | string;

/** One year of observed spending beside the base year and beside the cases. */
export interface SpendingYear<M extends SpendingMoney = Cents> {
  /** The calendar year. */
  readonly year: number;
  /** Realised spending that year, e.g. 95000000 cents (`"950000.00"` when written). */
  readonly observed: M;
  /** Observed spending minus the base year's: negative where spending went down. Absent for the base year. */
  readonly observedChange?: M | undefined;
  /** The avoided cost of the cases of this wijk (or programme) and payer that falls in this year. */
  readonly caseAvoidedCost: M;
  /**
   * caseAvoidedCost / the observed decrease, to 4 decimals: the share of the decrease the cases
   * account for. Absent for the base year and where spending did not go down.
   */
  readonly explainedShare?: string | undefined;
}

/** Observed spending of one wijk (or programme) and payer, set beside the case-based avoided cost. */
export interface SpendingComparison<M extends SpendingMoney = Cents> {
  /** Whether the figures are for a wijk or a programme. */
  readonly scope: "wijk" | "programme";
  /** The wijk or programme. */
  readonly name: string;
  /** The payer. */
  readonly payer: string;
  /** The first year given: the base the later years are compared with. */
  readonly baseYear: number;
  /** Every year given, the base year first. */
  readonly years: readonly SpendingYear<M>[];
}

/** The comparison of a spending file with the cases, and what did not match; amounts in cents. */
export interface SpendingComparisonResult<M extends SpendingMoney = Cents> {
  /** Where the observed figures come from, as the file says. */
  readonly source?: string | undefined;
  /** One comparison per wijk (or programme) and payer, in the file's order of first appearance. */
  readonly comparisons: readonly SpendingComparison<M>[];
  /** Rows whose wijk (programme) or years match no case: the comparison is then with nothing. */
  readonly warnings: readonly Issue[];
}

/**
 * Sets observed spending (what the accounts show) beside the avoided cost the cases account for, per
 * wijk (or programme), payer and year, without mixing the two: the observed change from the first year
 * given, the cases' avoided cost in each later year, and the share of the decrease they explain.
 *
 * Proeftuin Ruwaard (Oss) reported its programme's spending going from EUR 1.2 million to 950,000:
 * an observed decrease of 250,000, against which the avoided cost of the documented cases is set.
 *
 * @example
 * ```ts
 * const r = compareSpending(file, [{ wijk: "x", programme: "ruwaard", payer: "gemeente", year: 2021, avoidedCost: 8_000_000 }]);
 * r.comparisons[0].years[1].explainedShare; // "0.3200": the cases explain 32% of the 250,000 decrease
 * r.comparisons[0].years[1].observedChange; // -25000000 (cents)
 * ```
 */
export function compareSpending(
  file: SpendingFile,
  avoided: Iterable<AvoidedInYear>,
  options: { readonly file?: string | undefined } = {},
): SpendingComparisonResult {
  const byKey = new Map<string, number>();
  const scopesWithCases = new Set<string>();
  for (const a of avoided) {
    for (const [scope, name] of [["wijk", a.wijk] as const, ["programme", a.programme] as const]) {
      if (name === undefined) continue;
      scopesWithCases.add(key(scope, name));
      const k = key(scope, name, a.payer, a.year);
      byKey.set(k, (byKey.get(k) ?? 0) + a.avoidedCost);
    }
  }
  const groups = new Map<string, { row: SpendingRow; rows: SpendingRow[] }>();
  for (const row of file.spending) {
    const k = key(scopeOf(row), nameOf(row), row.payer);
    const g = groups.get(k);
    if (g) g.rows.push(row);
    else groups.set(k, { row, rows: [row] });
  }
  const warnings: Issue[] = [];
  const comparisons = [...groups.values()].map(({ row, rows }) => {
    const sorted = [...rows].sort((x, y) => x.year - y.year);
    const scope = scopeOf(row);
    const name = nameOf(row);
    const base = parseCents(sorted[0]?.amount ?? "0");
    const years = sorted.map((r, i): SpendingYear => {
      const observed = parseCents(r.amount);
      const cases = byKey.get(key(scope, name, r.payer, r.year)) ?? 0;
      if (i === 0) return { year: r.year, observed, caseAvoidedCost: cases };
      const change = observed - base;
      return {
        year: r.year,
        observed,
        observedChange: change,
        caseAvoidedCost: cases,
        ...(change < 0 ? { explainedShare: ratioToFixed(ratio(cases, -change), 4) } : {}),
      };
    });
    if (!scopesWithCases.has(key(scope, name)))
      warnings.push(noMatch(file, row, `no case belongs to ${scope} "${name}"`, options.file));
    else if (years.every((y) => y.caseAvoidedCost === 0))
      warnings.push({
        ...noMatch(
          file,
          row,
          `no case of ${scope} "${name}" avoids a cost for ${row.payer} in these years`,
          options.file,
        ),
        code: "spending_years_without_cases",
        params: { scope, name, payer: row.payer },
      });
    return { scope, name, payer: row.payer, baseYear: sorted[0]?.year ?? row.year, years };
  });
  return { ...(file.source !== undefined ? { source: file.source } : {}), comparisons, warnings };
}

function scopeOf(r: SpendingRow): "wijk" | "programme" {
  return r.wijk !== undefined ? "wijk" : "programme";
}

function nameOf(r: SpendingRow): string {
  return (r.wijk ?? r.programme) as string;
}

function key(...parts: readonly (string | number)[]): string {
  return JSON.stringify(parts);
}

function noMatch(file: SpendingFile, row: SpendingRow, message: string, name: string | undefined): Issue {
  return {
    code: "spending_without_cases",
    path: ["spending", file.spending.indexOf(row)],
    message: `${message}: the observed spending stands alone`,
    params: { scope: scopeOf(row), name: nameOf(row) },
    ...(name !== undefined ? { file: name } : {}),
  };
}

/** A {@link SpendingComparisonResult} as written to a file (`rendement spending`'s JSON): amounts as two-decimal strings. */
export type SpendingComparisonResultJson = SpendingComparisonResult<string>;

/**
 * A spending comparison as written to a file: every amount a two-decimal euro string (the explained
 * share stays the ratio it is), the keys in the result's order. The one place its cents become text.
 *
 * @example
 * ```ts
 * const r = compareSpending(file, avoided);
 * r.comparisons[0].years[1].observedChange;                               // -25000000 (cents)
 * spendingComparisonToJson(r).comparisons[0].years[1].observedChange;     // "-250000.00"
 * ```
 */
export function spendingComparisonToJson(r: SpendingComparisonResult): SpendingComparisonResultJson {
  return {
    ...r,
    comparisons: r.comparisons.map((c) => ({
      ...c,
      // Key by key, in the order the comparison gives them (the written JSON keeps its bytes).
      years: c.years.map((y) => ({
        year: y.year,
        observed: centsToString(y.observed),
        ...(y.observedChange !== undefined ? { observedChange: centsToString(y.observedChange) } : {}),
        caseAvoidedCost: centsToString(y.caseAvoidedCost),
        ...(y.explainedShare !== undefined ? { explainedShare: y.explainedShare } : {}),
      })),
    })),
  };
}
