/**
 * SROI adjustments as data: deadweight, displacement, attribution and
 * drop-off, each a rate from 0 to 1, set globally, per domain or per item.
 * Precedence: an item's own rate over its domain's over the global one;
 * where none is set the rate is 0 (a default, reported as such).
 * @internal
 */
import type { Issue } from "../errors/issue.js";
import { parseDecimal } from "../money/parseDecimal.js";
import { addRatio, mulRatio, ONE, type Ratio, ratio, ZERO } from "../money/ratio.js";
import { oneMinus } from "./rounding.js";

/** A rate from 0 to 1 (decimal text or number), globally, per domain and per item. */
export interface AdjustmentRates {
  /** The rate for every line that has no domain or item rate of its own, e.g. `"0.25"`; default 0. */
  readonly global?: string | number | undefined;
  /** By domain, e.g. `{ "justitie": "0.3" }`. */
  readonly domains?: Readonly<Record<string, string | number>> | undefined;
  /** By item code, e.g. `{ "justitie.detentie.dag": "0.5" }`. */
  readonly items?: Readonly<Record<string, string | number>> | undefined;
}

/** The SROI adjustments, applied to avoided cost in this order. */
export interface SroiAdjustments {
  /** Share of the outcome that would have happened anyway. */
  readonly deadweight?: AdjustmentRates | undefined;
  /** Share of the outcome that merely moved a cost elsewhere. */
  readonly displacement?: AdjustmentRates | undefined;
  /** Share of the outcome owed to others than the network. */
  readonly attribution?: AdjustmentRates | undefined;
  /** Share of the outcome lost each year after the first (multi-year projection). */
  readonly dropOff?: AdjustmentRates | undefined;
}

/**
 * The SROI adjustments a scenario can set, in the order they apply.
 *
 * @example
 * ```ts
 * ADJUSTMENT_KINDS; // ["deadweight", "displacement", "attribution", "dropOff"]
 * ```
 */
export const ADJUSTMENT_KINDS = ["deadweight", "displacement", "attribution", "dropOff"] as const;
/** One of the SROI adjustments ({@link ADJUSTMENT_KINDS}), a key of {@link SroiAdjustments}. */
export type AdjustmentKind = (typeof ADJUSTMENT_KINDS)[number];

/** @internal Rates parsed into exact ratios, with their text for reporting. */
export interface ResolvedRates {
  readonly global?: { readonly text: string; readonly r: Ratio } | undefined;
  readonly domains: ReadonlyMap<string, { readonly text: string; readonly r: Ratio }>;
  readonly items: ReadonlyMap<string, { readonly text: string; readonly r: Ratio }>;
}

/** @internal A rate from 0 to 1 as an exact ratio, or an issue. */
export function parseRate(
  v: unknown,
  path: readonly (string | number)[],
  issues: Issue[],
  max: Ratio = { n: 1n, d: 1n },
): { text: string; r: Ratio } | undefined {
  const p = typeof v === "string" || typeof v === "number" ? parseDecimal(v) : undefined;
  const r = p && !p.negative ? ratio(p.units, 10n ** BigInt(p.scale)) : undefined;
  if (!r || r.n * max.d > max.n * r.d) {
    const value = JSON.stringify(v) ?? String(v);
    const top = max.n === max.d ? "1" : `${max.n}/${max.d}`;
    issues.push({
      code: "invalid_rate",
      path,
      message: `${value} is not a rate from 0 to ${top}`,
      expected: 'a decimal such as "0.2"',
      params: { rule: "rate_range", value, max: top },
    });
    return undefined;
  }
  return { text: String(v), r };
}

/** @internal Parses every rate; problems are pushed to `issues` with paths such as `adjustments.deadweight.items.x`. */
export function resolveAdjustments(
  a: SroiAdjustments | undefined,
  issues: Issue[],
): Record<AdjustmentKind, ResolvedRates> {
  const out = {} as Record<AdjustmentKind, ResolvedRates>;
  for (const kind of ADJUSTMENT_KINDS) {
    const src = a?.[kind];
    const base = ["adjustments", kind];
    const g = src?.global !== undefined ? parseRate(src.global, [...base, "global"], issues) : undefined;
    const map = (rec: Readonly<Record<string, string | number>> | undefined, key: string) => {
      const m = new Map<string, { text: string; r: Ratio }>();
      for (const [k, v] of Object.entries(rec ?? {})) {
        const r = parseRate(v, [...base, key, k], issues);
        if (r) m.set(k, r);
      }
      return m;
    };
    out[kind] = { ...(g ? { global: g } : {}), domains: map(src?.domains, "domains"), items: map(src?.items, "items") };
  }
  return out;
}

/** @internal The rate for a line: item over domain over global over 0. */
export function rateFor(r: ResolvedRates, item: string | undefined, domain: string): Ratio {
  return (
    (item !== undefined ? r.items.get(item)?.r : undefined) ??
    r.domains.get(domain)?.r ??
    r.global?.r ?? { n: 0n, d: 1n }
  );
}

/**
 * How deadweight, displacement and attribution combine into one factor on
 * avoided cost: `multiplicative` (SROI practice, the default)
 * (1 − dw)(1 − dp)(1 − at), or `additive` 1 − dw − dp − at, as some published
 * calculators do. Every result names the one it used.
 */
export type AdjustmentCombination = "multiplicative" | "additive";

/**
 * The ways the adjustments can combine ({@link AdjustmentCombination}), the default first.
 *
 * @example
 * ```ts
 * ADJUSTMENT_COMBINATIONS; // ["multiplicative", "additive"]
 * ```
 */
export const ADJUSTMENT_COMBINATIONS: readonly AdjustmentCombination[] = ["multiplicative", "additive"];

/**
 * @internal A combination other than multiplicative or additive, as an issue (what-if and simulation alike);
 * undefined for one of them or none.
 *
 * @example
 * ```ts
 * combinationIssue("aditive")?.params; // { rule: "combination", value: "aditive", known: "multiplicative, additive" }
 * ```
 */
export function combinationIssue(combine: string | undefined): Issue | undefined {
  if (combine === undefined || (ADJUSTMENT_COMBINATIONS as readonly string[]).includes(combine)) return undefined;
  const known = ADJUSTMENT_COMBINATIONS.join(", ");
  return {
    code: "invalid_option",
    path: ["combine"],
    message: `unknown combination "${combine}"`,
    expected: known,
    params: { rule: "combination", value: combine, known },
  };
}

/**
 * @internal The factor on avoided cost of three rates, exactly. An additive
 * combination above 1 in all would turn a gain into a loss: the caller refuses it.
 *
 * @example
 * ```ts
 * combineRates([ratio(1n, 5n), ratio(0n), ratio(1n, 4n)], "multiplicative"); // 3/5 (0.8 × 0.75)
 * combineRates([ratio(1n, 5n), ratio(0n), ratio(1n, 4n)], "additive");       // 11/20 (1 − 0.2 − 0.25)
 * ```
 */
export function combineRates(rates: readonly [Ratio, Ratio, Ratio], how: AdjustmentCombination): Ratio {
  if (how === "additive") return oneMinus(rates.reduce(addRatio, ZERO));
  return rates.reduce((f, r) => mulRatio(f, oneMinus(r)), ONE);
}

/**
 * @internal A line's factor on avoided cost from its three rates, each the
 * line's item's, else its domain's, else the global one: the one rule the
 * what-if totals and its dated projection share.
 */
export function lineAdjustment(
  rates: Readonly<Record<AdjustmentKind, ResolvedRates>>,
  at: { readonly item: string | undefined; readonly domain: string },
  how: AdjustmentCombination,
): Ratio {
  const three = [rates.deadweight, rates.displacement, rates.attribution].map((x) => rateFor(x, at.item, at.domain));
  return combineRates(three as [Ratio, Ratio, Ratio], how);
}
