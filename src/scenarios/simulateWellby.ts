/**
 * The WELLBY line of a simulation: the value per point drawn once per draw,
 * times the cases' measured points. Its own stream (draw k: stream k of a
 * seed derived from the simulation's), so it leaves every other draw as it
 * was and is the same however the draws are split over workers.
 * @internal
 */
import { ratioString } from "../cases/evaluate.js";
import { draw } from "./distributions.js";
import { createRandom } from "./random.js";
import type { ModelBlock } from "./runModelDraws.js";
import { centStats, fixed4, type SimulatedWellby, stats } from "./summariseDraws.js";
import type { ResolvedWellby, WellbyValuation } from "./wellby.js";

/** "WELLBY" in ASCII: the WELLBY stream's seed is the simulation's, XOR this. */
const WELLBY_SALT = 0x57454c4c4259n;

/**
 * @internal The value per point of draw k: stream k of the WELLBY seed, one draw of its distribution.
 *
 * @example
 * ```ts
 * wellbyDraw(resolved, 42n, 0); // the same value on every run and in every worker split
 * ```
 */
export function wellbyDraw(w: ResolvedWellby, seed: number | bigint, k: number): number {
  const v = w.value;
  if (!(v.high > v.low)) return v.mode;
  return draw(v.distribution, createRandom(BigInt(seed) ^ WELLBY_SALT, k), v.low, v.mode, v.high);
}

/**
 * @internal The WELLBY line of a simulation from its blocks (covering draws 0 … draws − 1 in any order and
 * split) and its valuation at the point value.
 *
 * @example
 * ```ts
 * simulatedWellby(plan.wellby, valuation, { seed: 42, draws: 1000, groups: plan.model.nGroups }, blocks);
 * ```
 */
export function simulatedWellby(
  w: ResolvedWellby,
  valuation: WellbyValuation,
  run: { seed: number | bigint; draws: number; groups: number; exact: { avoided: number; intervention: number } },
  blocks: readonly ModelBlock[],
): SimulatedWellby {
  const N = run.draws;
  const G = run.groups;
  const points = Number(valuation.points);
  const value = new Float64Array(N);
  for (let k = 0; k < N; k++) value[k] = points * wellbyDraw(w, run.seed, k) * 100;
  const out: SimulatedWellby = { ...valuation, simulated: centStats(stats(value)) };
  if (!w.include) return out;
  const exact = ratioString(run.exact.avoided + valuation.value, run.exact.intervention);
  const ratio = new Float64Array(N);
  let zero = N === 0;
  for (const b of blocks)
    for (let d = b.from; d < b.to; d++) {
      // Summed over groups in the total row's order, so the avoided cost is the very total the report shows.
      let net = 0;
      let inter = 0;
      for (let g = 0; g < G; g++) {
        net += b.net[(d - b.from) * G + g] as number;
        inter += b.inter[(d - b.from) * G + g] as number;
      }
      if (inter === 0) zero = true;
      ratio[d] = (net + inter + (value[d] as number)) / inter;
    }
  return {
    ...out,
    ...(exact !== undefined ? { exactRatioIncludingWellbeing: exact } : {}),
    ...(zero ? {} : { ratioIncludingWellbeing: fixed4(stats(ratio)) }),
  };
}
