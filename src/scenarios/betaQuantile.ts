/**
 * The Beta distribution's CDF (the regularised incomplete beta function) and its quantiles, for the tornado's rows of
 * uncertain probabilities. Floating point: log Γ by Lanczos (g = 7, 9 terms; relative error about 1e-15), the
 * incomplete beta by its continued fraction (modified Lentz, to a relative step of 1e-15), the quantile by bisection
 * on ln x to a relative 1e-15. Against SciPy's `beta.cdf` and `beta.ppf` the tests find agreement to 1e-10 or better.
 * @internal
 */

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** @internal log Γ(x) for x > 0 (reflection below ½). */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const y = x - 1;
  let a = LANCZOS[0] as number;
  for (let i = 1; i < LANCZOS.length; i++) a += (LANCZOS[i] as number) / (y + i);
  const t = y + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (y + 0.5) * Math.log(t) - t + Math.log(a);
}

const TINY = 1e-300;

/** The continued fraction of I_x(a, b) (Numerical Recipes §6.4), converging fast for x < (a + 1)/(a + b + 2). */
function fraction(a: number, b: number, x: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  d = 1 / (Math.abs(d) < TINY ? TINY : d);
  let h = d;
  for (let m = 1; m <= 1000; m++) {
    const m2 = 2 * m;
    for (const aa of [
      (m * (b - m) * x) / ((qam + m2) * (a + m2)),
      (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2)),
    ]) {
      d = 1 + aa * d;
      d = 1 / (Math.abs(d) < TINY ? TINY : d);
      c = 1 + aa / c;
      if (Math.abs(c) < TINY) c = TINY;
      h *= d * c;
    }
    if (Math.abs(d * c - 1) < 1e-15) break;
  }
  return h;
}

/**
 * @internal P(X ≤ x) for X ~ Beta(a, b), a, b > 0: the regularised incomplete beta I_x(a, b).
 *
 * @example
 * ```ts
 * betaCdf(0.5, 2, 3); // 0.6875
 * ```
 */
export function betaCdf(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x));
  return x < (a + 1) / (a + b + 2) ? (front * fraction(a, b, x)) / a : 1 - (front * fraction(b, a, 1 - x)) / b;
}

/**
 * @internal The q-quantile of Beta(a, b) (0 < q < 1): bisection on {@link betaCdf} over ln x in the lower half (so
 * that a quantile near 0, as of a tiny a, keeps its relative precision), and by symmetry,
 * 1 − quantile(1 − q; b, a), in the upper half; to a relative 1e-15.
 *
 * @example
 * ```ts
 * betaQuantile(0.05, 12, 8); // 0.41806… (P5 of a probability 0.6 with κ = 20)
 * ```
 */
export function betaQuantile(q: number, a: number, b: number): number {
  if (betaCdf(0.5, a, b) < q) return 1 - lowerQuantile(1 - q, b, a);
  return lowerQuantile(q, a, b);
}

/** The quantile where it lies in (0, ½]. */
function lowerQuantile(q: number, a: number, b: number): number {
  let lo = -745;
  let hi = Math.log(0.5);
  // 64 halvings of ln x from a width of 745: below 1e-16, the spacing of doubles there (a fixed count always ends).
  for (let i = 0; i < 64; i++) {
    const mid = (lo + hi) / 2;
    if (betaCdf(Math.exp(mid), a, b) < q) lo = mid;
    else hi = mid;
  }
  return Math.exp((lo + hi) / 2);
}
