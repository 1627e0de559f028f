/**
 * Draws of a whole model and of its payer-and-lens cells, for the same draw
 * numbers: each cell's draw k uses stream k of the seed as the whole model's
 * does, so the payers' figures of a draw belong to that very draw.
 * @internal
 */
import type { CompiledSimulation } from "./compileSimulation.js";
import type { Distribution } from "./distributions.js";
import { type DrawBlock, runDraws } from "./runDraws.js";

/** @internal A block of draws of the whole model, with the same draws of each cell (in the model's cell order). */
export interface ModelBlock extends DrawBlock {
  /** Per cell of the model: its block of the same draws (one group). */
  readonly cells?: readonly DrawBlock[] | undefined;
}

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
  const block = runDraws(m, seed, dist, from, to, keepSamples);
  if (!m.cells) return block;
  return { ...block, cells: m.cells.map((c) => runDraws(c.model, seed, dist, from, to)) };
}

/** @internal The buffers of a block, to hand over to another thread without copying. */
export function blockBuffers(b: ModelBlock): ArrayBuffer[] {
  const own = [b.net.buffer, b.inter.buffer, ...(b.samples ? [b.samples.buffer] : [])] as ArrayBuffer[];
  return [...own, ...(b.cells ?? []).flatMap(blockBuffers)];
}
