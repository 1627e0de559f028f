/**
 * The simulation of `rendement` with its draws on worker threads: the same
 * result as the platform-neutral `simulate()`, bit for bit, however the
 * draws are split (draw k always uses stream k of the seed).
 */
import { availableParallelism } from "node:os";
import { isMainThread, parentPort, type Worker, workerData } from "node:worker_threads";
import type { Case } from "../cases/schema.js";
import type { CompiledSimulation } from "../scenarios/compileSimulation.js";
import type { Distribution } from "../scenarios/distributions.js";
import { drawWork } from "../scenarios/runDraws.js";
import { blockBuffers, type ModelBlock, runModelDraws } from "../scenarios/runModelDraws.js";
import {
  drawHere,
  finishSimulation,
  planSimulation,
  type SimulateOptions,
  type SimulationPlan,
} from "../scenarios/simulate.js";
import type { SimulationResult } from "../scenarios/summariseDraws.js";
import { startWorker } from "./startWorker.js";

/** What a worker thread is given: the model's arrays and how to draw. */
interface WorkerTask {
  readonly kind: "rendement-simulate";
  readonly m: CompiledSimulation;
  readonly seed: number | bigint;
  readonly distribution: Distribution;
  readonly samples: boolean;
}

// This module is its own worker (new URL(import.meta.url)), so a bundle needs no extra entry file.
if (!isMainThread && parentPort && (workerData as WorkerTask | undefined)?.kind === "rendement-simulate") {
  const task = workerData as WorkerTask;
  const port = parentPort;
  port.on("message", (msg: { from: number; to: number } | null) => {
    if (msg === null) {
      port.close();
      return;
    }
    const b = runModelDraws(task.m, task.seed, task.distribution, msg.from, msg.to, task.samples);
    port.postMessage(b, blockBuffers(b));
  });
}

/** Work (multiply-adds of all draws) above which `workers: "auto"` uses threads. */
const WORKER_THRESHOLD = 4e8;

/** Options of the Node {@link simulate}: those of the platform-neutral one, and the threads to draw on. */
export interface ParallelSimulateOptions extends SimulateOptions {
  /**
   * Worker threads for the draws: a number, or `"auto"` (the default: one per
   * core, but none for a small simulation, where starting threads costs more
   * than it saves). 1 draws on the calling thread.
   */
  readonly workers?: number | "auto" | undefined;
}

function threadsFor(plan: SimulationPlan, workers: number | "auto" | undefined): number {
  if (workers !== undefined && workers !== "auto") return Math.max(1, Math.floor(workers));
  const work = plan.draws * drawWork(plan.model);
  return work < WORKER_THRESHOLD ? 1 : availableParallelism();
}

/** Runs the draws of `plan` over `workers` threads, in blocks handed out as threads become free. */
async function drawInWorkers(
  plan: SimulationPlan,
  workers: number,
  progress?: (done: number, total: number) => void,
): Promise<ModelBlock[]> {
  const { draws } = plan;
  const step = Math.max(1, Math.ceil(draws / (workers * 8)));
  const queue: { from: number; to: number }[] = [];
  for (let from = 0; from < draws; from += step) queue.push({ from, to: Math.min(draws, from + step) });
  const blocks: ModelBlock[] = [];
  let done = 0;
  // The workers need the arrays only, not the exact results and lists.
  const task: WorkerTask = {
    kind: "rendement-simulate",
    m: { ...plan.model, exact: [], lists: [] },
    seed: plan.seed,
    distribution: plan.distribution,
    samples: plan.samples,
  };
  const threads = Array.from({ length: Math.min(workers, queue.length) }, () =>
    startWorker(new URL((import.meta as { url: string }).url), { workerData: task }),
  );
  const drive = (w: Worker) =>
    new Promise<void>((resolve, reject) => {
      const next = () => {
        const job = queue.shift();
        if (job) w.postMessage(job);
        else {
          w.postMessage(null);
          resolve();
        }
      };
      w.on("message", (b: ModelBlock) => {
        blocks.push(b);
        done += b.to - b.from;
        progress?.(done, draws);
        next();
      });
      w.on("error", reject);
      w.on("exit", (code) =>
        code !== 0 ? reject(new Error(`simulation worker stopped with code ${code}`)) : undefined,
      );
      next();
    });
  try {
    await Promise.all(threads.map(drive));
  } finally {
    await Promise.all(threads.map((w) => w.terminate()));
  }
  return blocks;
}

/**
 * Monte Carlo simulation as the platform-neutral `simulate()` does it, with
 * the draws on worker threads: identical figures for the same seed, whatever
 * the number of threads.
 *
 * @throws InputError for invalid options or cases that cannot be priced.
 *
 * @example
 * ```ts
 * import { bundledCatalog } from "rendement";
 * import { simulate } from "rendement/node";
 * const sim = await simulate(cases, { catalog: bundledCatalog(), seed: 42, draws: 100_000, workers: "auto" });
 * ```
 */
export async function simulate(cases: readonly Case[], options: ParallelSimulateOptions): Promise<SimulationResult> {
  const { workers, ...rest } = options;
  const plan = planSimulation(cases, rest);
  const threads = threadsFor(plan, workers);
  const blocks =
    threads <= 1 ? drawHere(plan, options.onProgress) : await drawInWorkers(plan, threads, options.onProgress);
  return finishSimulation(plan, blocks);
}
