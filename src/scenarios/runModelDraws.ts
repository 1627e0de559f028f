/**
 * Draws of a whole model and of its payer-and-lens cells (one pass), for the same draw
 * numbers: each cell's draw k uses stream k of the seed as the whole model's
 * does, so the payers' figures of a draw belong to that very draw.
 * @internal
 */
import type { CompiledSimulation } from "./compileSimulation.js";
import type { Distribution } from "./distributions.js";
import { type ModelBlock, runDraws } from "./runDraws.js";

export type { ModelBlock };

/**
 * @internal Runs draws `from` … `to − 1` of the model and of each of its cells.
 *
 * @example
 * ```ts
 * const b = runModelDraws(plan.model, 42, "triangular", 0, 100);
 * b.cells?.[0]?.net; // the first cell's net return per draw
 * ```
 */
export function runModelDraws(
  m: CompiledSimulation,
  seed: number | bigint,
  dist: Distribution,
  from: number,
  to: number,
  keepSamples = false,
): ModelBlock {
  return runDraws(m, seed, dist, from, to, keepSamples);
}

/** @internal The buffers of a block, to hand over to another thread without copying. */
export function blockBuffers(b: ModelBlock): ArrayBuffer[] {
  const own = [b.net.buffer, b.inter.buffer, ...(b.samples ? [b.samples.buffer] : [])] as ArrayBuffer[];
  return [...own, ...(b.cells ?? []).flatMap(blockBuffers)];
}
