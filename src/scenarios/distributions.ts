/**
 * Drawing a price within its range. Floating point by design: a simulation
 * reports statistics, never a point estimate.
 * @internal
 */
import type { Random } from "./random.js";

/** How a price is drawn within its `range`. */
export type Distribution = "triangular" | "uniform" | "pert";

/**
 * The distributions a price (or a rate) can be drawn from, the default first.
 *
 * @example
 * ```ts
 * DISTRIBUTIONS; // ["triangular", "uniform", "pert"]
 * ```
 */
export const DISTRIBUTIONS: readonly Distribution[] = ["triangular", "uniform", "pert"];

/**
 * @internal Inverse CDF of the triangular distribution (low, mode, high) at u:
 * exact formulas with one square root, which IEEE 754 rounds correctly, so
 * the draw is the same on every engine.
 */
export function triangular(u: number, low: number, mode: number, high: number): number {
  const w = high - low;
  if (w <= 0) return low;
  const fc = (mode - low) / w;
  return u < fc ? low + Math.sqrt(u * w * (mode - low)) : high - Math.sqrt((1 - u) * w * (high - mode));
}

/** @internal A standard normal by the polar method (consumes pairs of uniforms). */
function normal(r: Random): number {
  for (;;) {
    const x = 2 * r.next() - 1;
    const y = 2 * r.next() - 1;
    const s = x * x + y * y;
    if (s > 0 && s < 1) return x * Math.sqrt((-2 * Math.log(s)) / s);
  }
}

/** @internal Gamma(shape ≥ 1, 1) by Marsaglia and Tsang (2000). */
function gamma(shape: number, r: Random): number {
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normal(r);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = r.next();
    if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

/**
 * @internal The logarithm of a Gamma(shape, 1) draw, for any shape > 0: below 1 by Marsaglia and Tsang's boost,
 * Gamma(shape + 1) · U^(1/shape), kept in logs so that a tiny shape does not underflow to 0.
 */
export function logGammaDraw(shape: number, r: Random): number {
  if (shape >= 1) return Math.log(gamma(shape, r));
  const g = gamma(shape + 1, r);
  return Math.log(g) + Math.log(r.next()) / shape;
}

/**
 * @internal A PERT draw: low + (high − low) × Beta(α, β) with
 * α = 1 + 4(mode − low)/(high − low), β = 1 + 4(high − mode)/(high − low);
 * the mean is (low + 4·mode + high)/6. Uses log, so the last bit may differ
 * between JavaScript engines (it is the same on every run of one engine).
 */
export function pert(r: Random, low: number, mode: number, high: number): number {
  const w = high - low;
  if (w <= 0) return low;
  const a = 1 + (4 * (mode - low)) / w;
  const b = 1 + (4 * (high - mode)) / w;
  const x = gamma(a, r);
  const y = gamma(b, r);
  return low + (w * x) / (x + y);
}

/** @internal One draw of the given distribution. */
export function draw(dist: Distribution, r: Random, low: number, mode: number, high: number): number {
  if (dist === "uniform") return low + r.next() * (high - low);
  if (dist === "pert") return pert(r, low, mode, high);
  return triangular(r.next(), low, mode, high);
}

/** @internal A draw by distribution code (0 triangular, 1 uniform, 2 PERT), as the rates are stored. */
export function drawCoded(code: number, r: Random, low: number, mode: number, high: number): number {
  return draw(code === 1 ? "uniform" : code === 2 ? "pert" : "triangular", r, low, mode, high);
}

/**
 * @internal The value at quantile u of a triangular or uniform distribution:
 * what a correlation group puts each of its items through (PERT has no
 * closed-form inverse, so grouped items are refused with it).
 */
export function quantile(dist: Distribution, u: number, low: number, mode: number, high: number): number {
  return dist === "uniform" ? low + u * (high - low) : triangular(u, low, mode, high);
}
