/**
 * A rate that may be uncertain: a fixed decimal, or a distribution between
 * a minimum and a maximum (triangular or PERT around a mode, or uniform).
 * One parser for the command line's text form and the scenario file's; the
 * same parser reads an uncertain amount (a WELLBY value in euros), with the
 * amount's own check of each bound.
 * @internal
 */
import type { Issue } from "../errors/issue.js";
import { D } from "../money/decimal.js";
import { amountIssue, parseDecimal } from "../money/parseDecimal.js";
import { type Ratio, ratio } from "../money/ratio.js";
import { parseRate } from "./adjustments.js";
import { DISCOUNT_RATE_BOUNDS, parseDiscountRate } from "./discountFlows.js";
import { DISTRIBUTIONS, type Distribution } from "./distributions.js";

/** A rate drawn between `min` and `max` (each from 0 to 1); triangular and PERT peak at `mode`. */
export interface RateDistribution {
  /** How the rate is drawn. */
  readonly distribution: Distribution;
  /** The lowest value, e.g. `"0.1"`. */
  readonly min: string | number;
  /** The most likely value (triangular and PERT; not for uniform). */
  readonly mode?: string | number | undefined;
  /** The highest value. */
  readonly max: string | number;
}

/**
 * A rate from 0 to 1: fixed (`"0.2"`), a distribution object, or its text
 * form `"0.1:0.2:0.3"` (triangular min:mode:max), `"pert:0.1:0.2:0.3"`,
 * `"uniform:0.1:0.3"`.
 */
export type UncertainRate = string | number | RateDistribution;

/** @internal A checked rate: its bounds as floats, its text as given, how it is drawn (fixed when low = high). */
export interface ResolvedUncertainRate {
  readonly text: string;
  readonly distribution: Distribution;
  readonly low: number;
  readonly mode: number;
  readonly high: number;
}

/** @internal A checked uncertain amount: as a rate, with its bounds also as exact decimal text. */
export interface ResolvedUncertainAmount extends ResolvedUncertainRate {
  readonly exact: { readonly low: string; readonly mode: string; readonly high: string };
}

/** @internal How one bound is read: a rate from 0 to 1, or an amount. */
interface Scalar {
  /** The bound as an exact ratio with its text, or an issue pushed. */
  parse(v: unknown, path: readonly (string | number)[], issues: Issue[]): { text: string; r: Ratio } | undefined;
  /** The issue for a value that has no form at all (neither a value nor a distribution of values). */
  formless(value: string, path: readonly (string | number)[]): Issue;
}

const RATE: Scalar = {
  parse: (v, path, issues) => parseRate(v, path, issues),
  formless: (value, path) => ({
    code: "invalid_rate",
    path,
    message: `${value} is not a rate or a rate distribution`,
    expected: '"0.2", "0.1:0.2:0.3" (triangular min:mode:max), "pert:0.1:0.2:0.3" or "uniform:0.1:0.3"',
    params: { rule: "rate_distribution", value },
  }),
};

const AMOUNT: Scalar = {
  parse(v, path, issues) {
    const problem = amountIssue(v);
    const p = problem === undefined ? parseDecimal(v as string | number) : undefined;
    if (!p) {
      const said = problem ?? {
        message: `${JSON.stringify(v)} is not an amount`,
        params: { rule: "amount_not_decimal", value: String(v) },
      };
      issues.push({ code: "invalid_amount", path, ...said, expected: "euros of zero or more, e.g. 15000" });
      return undefined;
    }
    return { text: String(v), r: ratio(p.units, 10n ** BigInt(p.scale)) };
  },
  formless: (value, path) => ({
    code: "invalid_amount",
    path,
    message: `${value} is not an amount or an amount distribution`,
    expected:
      '"15000", "10000:15000:20000" (triangular min:mode:max), "pert:10000:15000:20000" or "uniform:10000:20000"',
    params: { rule: "amount_distribution", value },
  }),
};

const DISCOUNT: Scalar = {
  parse: (v, path, issues) => parseDiscountRate(v, path, issues),
  formless: (value, path) => ({
    code: "invalid_rate",
    path,
    message: `${value} is not a discount rate from ${DISCOUNT_RATE_BOUNDS.low} to ${DISCOUNT_RATE_BOUNDS.high} or a distribution`,
    expected: '"0.0225", "0.01:0.0225:0.04" (triangular min:mode:max), "pert:…" or "uniform:0.01:0.04"',
    params: { rule: "discount", value, ...DISCOUNT_RATE_BOUNDS },
  }),
};

const TEXT_FORM = /^(?:(triangular|pert|uniform):)?([^:]+)(?::([^:]+))?(?::([^:]+))?$/;

/** @internal The text form as a distribution object (a plain decimal stays as it is); undefined if malformed. */
export function parseRateText(text: string): UncertainRate | undefined {
  const m = TEXT_FORM.exec(text);
  if (!m) return undefined;
  const [, dist, a, b, c] = m;
  if (dist === undefined && b === undefined) return a as string;
  if (dist === "uniform")
    return c === undefined && b !== undefined ? { distribution: "uniform", min: a as string, max: b } : undefined;
  if (b === undefined || c === undefined) return undefined;
  return { distribution: (dist ?? "triangular") as Distribution, min: a as string, mode: b, max: c };
}

function describe(r: RateDistribution): string {
  return r.distribution === "uniform"
    ? `uniform:${r.min}:${r.max}`
    : `${r.distribution === "triangular" ? "" : `${r.distribution}:`}${r.min}:${r.mode}:${r.max}`;
}

/**
 * @internal Checks a rate (fixed, text form or object); problems go to `issues` at `path`
 * (a mode outside its bounds at `path.mode`, a minimum above the maximum at `path.min`).
 *
 * @example
 * ```ts
 * resolveUncertainRate("0.1:0.2:0.3", ["adjustments", "deadweight", "global"], []);
 * // { text: "0.1:0.2:0.3", distribution: "triangular", low: 0.1, mode: 0.2, high: 0.3 }
 * ```
 */
export function resolveUncertainRate(
  v: unknown,
  path: readonly (string | number)[],
  issues: Issue[],
): ResolvedUncertainRate | undefined {
  const r = resolveUncertain(v, path, issues, RATE);
  return r && { text: r.text, distribution: r.distribution, low: r.low, mode: r.mode, high: r.high };
}

/**
 * @internal Checks an amount of euros that may be uncertain (`"15000"`, `"10000:15000:20000"`, …) with the
 * rates' parser; each bound must be an amount of zero or more.
 *
 * @example
 * ```ts
 * resolveUncertainAmount("10000:15000:20000", ["wellby"], []);
 * // { text: "10000:15000:20000", distribution: "triangular", low: 10000, mode: 15000, high: 20000, exact: { … } }
 * ```
 */
export function resolveUncertainAmount(
  v: unknown,
  path: readonly (string | number)[],
  issues: Issue[],
): ResolvedUncertainAmount | undefined {
  return resolveUncertain(v, path, issues, AMOUNT);
}

/**
 * @internal Checks a discount rate that may be uncertain (`"0.0225"`, `"uniform:0.01:0.04"`, …) with the rates'
 * parser; each bound must lie from −0.05 to 0.20 (the what-if's bounds); a mode outside the bounds is refused
 * at `path.mode`.
 *
 * @example
 * ```ts
 * resolveUncertainDiscountRate("uniform:0.01:0.04", ["discountRate"], []);
 * // { text: "uniform:0.01:0.04", distribution: "uniform", low: 0.01, mode: 0.01, high: 0.04, exact: { … } }
 * ```
 */
export function resolveUncertainDiscountRate(
  v: unknown,
  path: readonly (string | number)[],
  issues: Issue[],
): ResolvedUncertainAmount | undefined {
  return resolveUncertain(v, path, issues, DISCOUNT);
}

/**
 * @internal An uncertain value's point value as exact decimal text: a fixed value itself, a triangular or PERT
 * distribution's mode, a uniform one's midpoint (the tornado's baseline too).
 *
 * @example
 * ```ts
 * pointText({ distribution: "uniform", exact: { low: "0.01", mode: "0.01", high: "0.04" } }); // "0.025"
 * ```
 */
export function pointText(r: Pick<ResolvedUncertainAmount, "distribution" | "exact">): string {
  if (r.distribution !== "uniform" || r.exact.low === r.exact.high) return r.exact.mode;
  return D(r.exact.low).plus(r.exact.high).div(2).toFixed();
}

function resolveUncertain(
  v: unknown,
  path: readonly (string | number)[],
  issues: Issue[],
  scalar: Scalar,
): ResolvedUncertainAmount | undefined {
  const parsed = typeof v === "string" ? parseRateText(v) : v;
  if (typeof parsed === "string" || typeof parsed === "number") {
    const r = scalar.parse(parsed, path, issues);
    if (!r) return undefined;
    const x = Number(r.r.n) / Number(r.r.d);
    const t = String(parsed);
    return { text: r.text, distribution: "triangular", low: x, mode: x, high: x, exact: { low: t, mode: t, high: t } };
  }
  if (typeof parsed !== "object" || parsed === null || !("min" in parsed)) {
    issues.push(scalar.formless(JSON.stringify(v) ?? String(v), path));
    return undefined;
  }
  const d = parsed as RateDistribution;
  if (!DISTRIBUTIONS.includes(d.distribution)) {
    issues.push({
      code: "invalid_distribution",
      path: [...path, "distribution"],
      message: `unknown distribution ${JSON.stringify(d.distribution)}`,
      expected: DISTRIBUTIONS.join(", "),
      params: { value: JSON.stringify(d.distribution) ?? String(d.distribution), known: DISTRIBUTIONS.join(", ") },
    });
    return undefined;
  }
  const n0 = issues.length;
  const min = scalar.parse(d.min, [...path, "min"], issues);
  const max = scalar.parse(d.max, [...path, "max"], issues);
  const mode = d.distribution === "uniform" ? min : scalar.parse(d.mode, [...path, "mode"], issues);
  if (issues.length > n0 || !min || !max || !mode) return undefined;
  const f = (x: { r: { n: bigint; d: bigint } }) => Number(x.r.n) / Number(x.r.d);
  const cmp = (a: typeof min, b: typeof min) => a.r.n * b.r.d - b.r.n * a.r.d;
  if (cmp(min, max) > 0) {
    issues.push({
      code: "range_low_above_high",
      path: [...path, "min"],
      message: `the minimum ${min.text} is above the maximum ${max.text}`,
      expected: "min ≤ max",
      params: { min: min.text, max: max.text },
    });
    return undefined;
  }
  if (cmp(mode, min) < 0 || cmp(mode, max) > 0) {
    issues.push({
      code: "mode_outside_bounds",
      path: [...path, "mode"],
      message: `the mode ${mode.text} lies outside ${min.text} … ${max.text}`,
      expected: "min ≤ mode ≤ max",
      params: { mode: mode.text, min: min.text, max: max.text },
    });
    return undefined;
  }
  return {
    text: describe(d),
    distribution: d.distribution,
    low: f(min),
    mode: f(mode),
    high: f(max),
    exact: { low: String(d.min), mode: String(d.distribution === "uniform" ? d.min : d.mode), high: String(d.max) },
  };
}
