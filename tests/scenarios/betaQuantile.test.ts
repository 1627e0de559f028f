// The Beta CDF and quantiles behind the tornado's rows of uncertain probabilities: against SciPy's values
// (scipy.stats.beta 1.17, printed once and held here), closed forms and the binomial identity.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { betaCdf, betaQuantile, logGamma } from "../../src/scenarios/betaQuantile.js";

const SCIPY_PPF: [number, number, number, number][] = [
  [12, 8, 0.05, 0.4180644748141918],
  [12, 8, 0.95, 0.7702790806738374],
  [0.3, 2.7, 0.05, 1.3573001113911972e-5],
  [0.3, 2.7, 0.95, 0.4379202419758183],
  [2, 3, 0.5, 0.3857275681323895],
  [0.05, 0.95, 0.95, 0.38136977512413445],
  [150, 50, 0.05, 0.6983597066196237],
  [1000, 1, 0.05, 0.9970087504549047],
  [0.5, 0.5, 0.3, 0.2061073738537634],
  [6, 4, 0.5, 0.6069151671893704],
];
const SCIPY_CDF: [number, number, number, number][] = [
  [12, 8, 0.5, 0.1796417236328125],
  [0.3, 2.7, 0.01, 0.3609656004113012],
  [150, 50, 0.7, 0.05533016548578204],
  [0.05, 0.95, 0.5, 0.9633188222537894],
  [30.5, 0.7, 0.99, 0.5754788154180597],
];

/** C(n, k) as a float, exactly for the small n used here. */
function choose(n: number, k: number): number {
  let c = 1;
  for (let i = 1; i <= k; i++) c = (c * (n - k + i)) / i;
  return c;
}

describe("Beta distribution", () => {
  it("log Γ agrees with factorials and Γ(½) = √π", () => {
    let f = 1;
    for (let n = 1; n < 25; n++) {
      f *= n;
      expect(logGamma(n + 1)).toBeCloseTo(Math.log(f), 10);
    }
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 13);
  });

  it("matches SciPy's beta.cdf and beta.ppf to 1e-10", () => {
    for (const [a, b, x, want] of SCIPY_CDF) expect(Math.abs(betaCdf(x, a, b) - want)).toBeLessThan(1e-10);
    for (const [a, b, q, want] of SCIPY_PPF) expect(Math.abs(betaQuantile(q, a, b) - want)).toBeLessThan(1e-10);
  });

  it("I_x(a, b) of whole a, b is P(Binomial(a + b − 1, x) ≥ a)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 30 }),
        fc.double({ min: 0.001, max: 0.999, noNaN: true }),
        (a, b, x) => {
          const n = a + b - 1;
          let p = 0;
          for (let k = a; k <= n; k++) p += choose(n, k) * x ** k * (1 - x) ** (n - k);
          expect(Math.abs(betaCdf(x, a, b) - p)).toBeLessThan(1e-10);
        },
      ),
      { numRuns: 300, seed: 3 },
    );
  });

  it("inverts the CDF, and has the closed forms of Beta(a, 1) and Beta(1, b)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.05, max: 200, noNaN: true }),
        fc.double({ min: 0.05, max: 200, noNaN: true }),
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        (a, b, q) => {
          // Inverted in the lower half, where x keeps its relative precision; the upper half is its mirror (a
          // quantile within 1e-16 of 1, as of Beta(8.6, 0.05), is 1 in doubles: its CDF cannot be checked there).
          const x = betaQuantile(q, a, b);
          if (x <= 0.5) expect(Math.abs(betaCdf(x, a, b) - q)).toBeLessThan(1e-9);
          expect(Math.abs(x + betaQuantile(1 - q, b, a) - 1)).toBeLessThan(1e-15);
          expect(Math.abs(betaQuantile(q, a, 1) - q ** (1 / a))).toBeLessThan(1e-11);
          expect(Math.abs(betaQuantile(q, 1, b) - (1 - (1 - q) ** (1 / b)))).toBeLessThan(1e-11);
          expect(Math.abs(betaCdf(0.3, a, b) + betaCdf(0.7, b, a) - 1)).toBeLessThan(1e-12);
        },
      ),
      { numRuns: 300, seed: 5 },
    );
  });
});
