/**
 * Starts a worker thread of rendement with the flags of the process it runs in, less the ones a worker
 * cannot take.
 * @internal
 */
import { Worker, type WorkerOptions } from "node:worker_threads";

/**
 * @internal A worker on `url` with the process's flags: `--input-type` (for a script given on stdin or
 * `-e`) would refuse a file, and Node refuses V8 and process-wide flags in a worker
 * (`node --max-semi-space-size=2 …`, `--expose-gc`): those are named by Node's error and left out.
 *
 * @example
 * ```ts
 * const w = startWorker(new URL(import.meta.url), { workerData: task });
 * ```
 */
export function startWorker(url: URL, options: Omit<WorkerOptions, "execArgv">): Worker {
  const flags = process.execArgv.filter((a) => !a.startsWith("--input-type"));
  try {
    return new Worker(url, { ...options, execArgv: flags });
  } catch (e) {
    if ((e as { code?: unknown }).code !== "ERR_WORKER_INVALID_EXEC_ARGV") throw e;
    // "Initiated Worker with invalid execArgv flags: --a, --b": the worker runs without those.
    const refused = new Set((e as Error).message.replace(/^[^:]*:\s*/, "").split(/,\s*/));
    const kept = flags.filter((a) => !refused.has(a));
    try {
      return new Worker(url, { ...options, execArgv: kept });
    } catch (again) {
      if ((again as { code?: unknown }).code !== "ERR_WORKER_INVALID_EXEC_ARGV") throw again;
      return new Worker(url, { ...options, execArgv: [] });
    }
  }
}
