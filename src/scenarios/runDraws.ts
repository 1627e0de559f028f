/**
 * The simulation's inner loop. Draw k always uses stream k of the seed, so
 * any split of the draws over workers gives the same figures, bit for bit.
 * Within a draw the stream is read in a fixed order: one uniform per
 * correlation group, the prices (by parameter key), the drawn SROI rates,
 * then one uniform per case with alternatives.
 * @internal
 */
import type { CompiledSimulation } from "./compileSimulation.js";
import { type Distribution, draw, drawCoded, quantile } from "./distributions.js";
import { createRandom, type Random } from "./random.js";

/** @internal Per draw and group: net return and intervention cost in cents; sampled prices on request. */
export interface DrawBlock {
  readonly from: number;
  readonly to: number;
  /** net[(d − from) × nGroups + g] */
  readonly net: Float64Array;
  /** intervention cost, same layout */
  readonly inter: Float64Array;
  /** samples[(d − from) × nParams + p], cents; present when asked. */
  readonly samples?: Float64Array | undefined;
}

/** Draws every price of one draw into `delta` (drawn − list price), grouped items at their group's quantile. */
function drawPrices(m: CompiledSimulation, dist: Distribution, r: Random, delta: Float64Array, u: Float64Array): void {
  const { pLow, pMode, pHigh, pGroup } = m;
  for (let g = 0; g < u.length; g++) u[g] = r.next();
  for (let p = 0; p < delta.length; p++) {
    const g = pGroup[p] as number;
    const lo = pLow[p] as number;
    const mo = pMode[p] as number;
    const hi = pHigh[p] as number;
    const price = g >= 0 ? quantile(dist, u[g] as number, lo, mo, hi) : draw(dist, r, lo, mo, hi);
    delta[p] = price - mo;
  }
}

/** The factor of each rate class in one draw; fixed rates use no random numbers. */
function drawFactors(m: CompiledSimulation, r: Random, rate: Float64Array, factor: Float64Array): void {
  const { rLow, rMode, rHigh, rDist, classRates } = m;
  for (let k = 0; k < rate.length; k++) {
    const lo = rLow[k] as number;
    const hi = rHigh[k] as number;
    rate[k] = hi > lo ? drawCoded(rDist[k] as number, r, lo, rMode[k] as number, hi) : lo;
  }
  for (let c = 0; c < factor.length; c++) {
    let f = 1;
    for (let j = 0; j < 3; j++) {
      const i = classRates[3 * c + j] as number;
      if (i < 0) continue;
      f = m.additive ? f - (rate[i] as number) : f * (1 - (rate[i] as number));
    }
    factor[c] = f;
  }
}

/** Avoided cost of fixed entries f0 … f1−1 (per class) in one draw. */
function fixedAvoided(m: CompiledSimulation, factor: Float64Array, f0: number, f1: number): number {
  let b = 0;
  for (let e = f0; e < f1; e++) b += (factor[m.fixClass[e] as number] as number) * (m.fixB[e] as number);
  return b;
}

/** @internal Runs draws `from` … `to − 1`. */
export function runDraws(
  m: CompiledSimulation,
  seed: number | bigint,
  dist: Distribution,
  from: number,
  to: number,
  keepSamples = false,
): DrawBlock {
  const G = m.nGroups;
  const P = m.params.length;
  const count = to - from;
  const net = new Float64Array(count * G);
  const inter = new Float64Array(count * G);
  const samples = keepSamples ? new Float64Array(count * P) : undefined;
  const delta = new Float64Array(P);
  const u = new Float64Array(m.correlationGroups.length);
  const rate = new Float64Array(m.rates.length);
  const factor = new Float64Array(m.nClasses);
  const { pMode, caseGroup, caseI, caseFix0, caseFix1, caseLine0, caseLine1, lineParam, lineClass, lineQB, lineQI } = m;
  const { caseAlt0, altCum, altFix0, altFix1, altLine0, altLine1 } = m;
  const n = m.nCases;
  for (let d = from; d < to; d++) {
    const r = createRandom(seed, d);
    const row = (d - from) * G;
    drawPrices(m, dist, r, delta, u);
    if (samples) for (let p = 0; p < P; p++) samples[(d - from) * P + p] = (delta[p] as number) + (pMode[p] as number);
    drawFactors(m, r, rate, factor);
    for (let c = 0; c < n; c++) {
      let b = fixedAvoided(m, factor, caseFix0[c] as number, caseFix1[c] as number);
      let i = caseI[c] as number;
      const l1 = caseLine1[c] as number;
      for (let l = caseLine0[c] as number; l < l1; l++) {
        const dp = delta[lineParam[l] as number] as number;
        b += (factor[lineClass[l] as number] as number) * (lineQB[l] as number) * dp;
        i += (lineQI[l] as number) * dp;
      }
      const a0 = caseAlt0[c] as number;
      const a1 = caseAlt0[c + 1] as number;
      if (a1 > a0) {
        const v = r.next();
        let a = a0;
        while (a < a1 - 1 && v >= (altCum[a] as number)) a++;
        b += fixedAvoided(m, factor, altFix0[a] as number, altFix1[a] as number);
        const e = altLine1[a] as number;
        for (let l = altLine0[a] as number; l < e; l++)
          b +=
            (factor[lineClass[l] as number] as number) *
            (lineQB[l] as number) *
            (delta[lineParam[l] as number] as number);
      }
      const g = row + (caseGroup[c] as number);
      net[g] = (net[g] as number) + b - i;
      inter[g] = (inter[g] as number) + i;
    }
  }
  return { from, to, net, inter, ...(samples ? { samples } : {}) };
}
