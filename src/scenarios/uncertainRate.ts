/**
 * A rate that may be uncertain: a fixed decimal, or a distribution between
 * a minimum and a maximum (triangular or PERT around a mode, or uniform).
 * One parser for the command line's text form and the scenario file's.
 * @internal
 */
import type { Issue } from "../errors/issue.js";
import { parseRate } from "./adjustments.js";
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
  const parsed = typeof v === "string" ? parseRateText(v) : v;
  if (typeof parsed === "string" || typeof parsed === "number") {
    const r = parseRate(parsed, path, issues);
    if (!r) return undefined;
    const x = Number(r.r.n) / Number(r.r.d);
    return { text: r.text, distribution: "triangular", low: x, mode: x, high: x };
  }
  if (typeof parsed !== "object" || parsed === null || !("min" in parsed)) {
    issues.push({
      code: "invalid_rate",
      path,
      message: `${JSON.stringify(v)} is not a rate or a rate distribution`,
      expected: '"0.2", "0.1:0.2:0.3" (triangular min:mode:max), "pert:0.1:0.2:0.3" or "uniform:0.1:0.3"',
    });
    return undefined;
  }
  const d = parsed as RateDistribution;
  if (!DISTRIBUTIONS.includes(d.distribution)) {
    issues.push({
      code: "invalid_distribution",
      path: [...path, "distribution"],
      message: `unknown distribution ${JSON.stringify(d.distribution)}`,
      expected: DISTRIBUTIONS.join(", "),
    });
    return undefined;
  }
  const n0 = issues.length;
  const min = parseRate(d.min, [...path, "min"], issues);
  const max = parseRate(d.max, [...path, "max"], issues);
  const mode = d.distribution === "uniform" ? min : parseRate(d.mode, [...path, "mode"], issues);
  if (issues.length > n0 || !min || !max || !mode) return undefined;
  const f = (x: { r: { n: bigint; d: bigint } }) => Number(x.r.n) / Number(x.r.d);
  const cmp = (a: typeof min, b: typeof min) => a.r.n * b.r.d - b.r.n * a.r.d;
  if (cmp(min, max) > 0) {
    issues.push({
      code: "range_low_above_high",
      path: [...path, "min"],
      message: `the minimum ${min.text} is above the maximum ${max.text}`,
      expected: "min ≤ max",
    });
    return undefined;
  }
  if (cmp(mode, min) < 0 || cmp(mode, max) > 0) {
    issues.push({
      code: "mode_outside_bounds",
      path: [...path, "mode"],
      message: `the mode ${mode.text} lies outside ${min.text} … ${max.text}`,
      expected: "min ≤ mode ≤ max",
    });
    return undefined;
  }
  return { text: describe(d), distribution: d.distribution, low: f(min), mode: f(mode), high: f(max) };
}
