/**
 * The simulation's inner loop. Draw k always uses stream k of the seed, so
 * any split of the draws over workers gives the same figures, bit for bit.
 * @internal
 */
import type { CompiledSimulation } from "./compileSimulation.js";
import { type Distribution, draw } from "./distributions.js";
import { createRandom } from "./random.js";

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
  const {
    pLow,
    pMode,
    pHigh,
    caseGroup,
    caseNet,
    caseI,
    caseLine0,
    caseLine1,
    lineParam,
    lineQNet,
    lineQI,
    caseAlt0,
    altCum,
    altC,
    altLine0,
    altLine1,
  } = m;
  const n = m.nCases;
  for (let d = from; d < to; d++) {
    const r = createRandom(seed, d);
    const row = (d - from) * G;
    for (let p = 0; p < P; p++) {
      const price = draw(dist, r, pLow[p] as number, pMode[p] as number, pHigh[p] as number);
      delta[p] = price - (pMode[p] as number);
      if (samples) samples[(d - from) * P + p] = price;
    }
    for (let c = 0; c < n; c++) {
      let x = caseNet[c] as number;
      let i = caseI[c] as number;
      const l1 = caseLine1[c] as number;
      for (let l = caseLine0[c] as number; l < l1; l++) {
        const dp = delta[lineParam[l] as number] as number;
        x += (lineQNet[l] as number) * dp;
        i += (lineQI[l] as number) * dp;
      }
      const a0 = caseAlt0[c] as number;
      const a1 = caseAlt0[c + 1] as number;
      if (a1 > a0) {
        const u = r.next();
        let a = a0;
        while (a < a1 - 1 && u >= (altCum[a] as number)) a++;
        x += altC[a] as number;
        const e = altLine1[a] as number;
        for (let l = altLine0[a] as number; l < e; l++)
          x += (lineQNet[l] as number) * (delta[lineParam[l] as number] as number);
      }
      const g = row + (caseGroup[c] as number);
      net[g] = (net[g] as number) + x;
      inter[g] = (inter[g] as number) + i;
    }
  }
  return { from, to, net, inter, ...(samples ? { samples } : {}) };
}
