/**
 * A JSON-lines case file rolled up on every core: the file is cut into byte
 * ranges at line ends, a worker thread prices and folds each range, and the
 * partial aggregates are merged in file order, which gives the aggregate of
 * one pass to the byte (`mergeAggregates` is exact, associative and
 * commutative).
 */
import { closeSync, createReadStream, readSync } from "node:fs";
import { availableParallelism } from "node:os";
import { isMainThread, parentPort, type Worker, workerData } from "node:worker_threads";
import { createEvaluator, type EvaluatorOptions } from "../cases/createEvaluator.js";
import { parseCasesJsonLines } from "../cases/parseCasesJsonLines.js";
import { isInputError } from "../errors/InputError.js";
import { MoneyOverflowError } from "../money/cents.js";
import type { ResolvedPriceList } from "../pricelists/types.js";
import { createRollup } from "../rollup/createRollup.js";
import { finalizeRollup } from "../rollup/finalizeRollup.js";
import { foldAsync } from "../rollup/foldAsync.js";
import { mergeAggregates } from "../rollup/mergeAggregates.js";
import type { GroupDimension, RollupAggregate, RollupTable } from "../rollup/types.js";
import { readCasesJsonLines } from "./readCasesJsonLines.js";
import { openRegularFile } from "./readFileBytes.js";
import { startWorker } from "./startWorker.js";

/** Options of {@link rollupJsonLinesFile}: how to price, how to group, and on how many threads. */
export interface RollupFileOptions extends Omit<EvaluatorOptions, "trail" | "overrides"> {
  /** Dimensions to group by (default: none, one total). */
  readonly groupBy?: readonly GroupDimension[] | undefined;
  /**
   * Worker threads: a number, or `"auto"` (the default: one per core for a
   * file of 16 MiB or more, none below, where starting threads costs more
   * than it saves). 1 reads the file on the calling thread.
   */
  readonly workers?: number | "auto" | undefined;
  /** Told the number of cases priced so far, now and then (for a progress line). */
  readonly onProgress?: ((cases: number) => void) | undefined;
  /**
   * The old-generation heap of each worker thread, in MiB (default 64). A worker holds only its groups, so
   * the bound keeps memory flat however long the file: without it V8 lets each worker's heap fill with
   * garbage for tens of seconds before collecting. A roll-up whose groups need more (tens of thousands of
   * groups) is done again on the calling thread, which has no such bound: the same result, on one thread.
   */
  readonly workerMemoryMb?: number | undefined;
}

/** What {@link rollupJsonLinesFile} returns. */
export interface FileRollup {
  /** The table: a row per group and the total. */
  readonly table: RollupTable;
  /** The roll-up of every case of the file as a mergeable aggregate (see `Rollup.merge`). */
  readonly aggregate: RollupAggregate;
  /** The list versions that priced the cases, in the order of first use, by `id@version`. */
  readonly lists: ReadonlyMap<string, ResolvedPriceList>;
  /**
   * The threads the file was priced on (1: the calling thread, also when the groups outgrew a worker's
   * `workerMemoryMb`).
   */
  readonly threads: number;
}

/** A worker's job: its byte range of the file and how to price it. */
interface RangeTask {
  readonly kind: "rendement-rollup-lines";
  readonly file: string;
  readonly start: number;
  readonly end: number;
  readonly groupBy: readonly GroupDimension[];
  readonly evaluator: Omit<EvaluatorOptions, "trail" | "overrides">;
}

/** What a worker posts: progress now and then, then its part or the news that its range has a problem. */
type RangeMessage =
  | { readonly progress: number }
  | { readonly aggregate: RollupAggregate; readonly lists: [string, ResolvedPriceList][] }
  | { readonly failed: true };

/** Files from this size up are split over threads by `workers: "auto"`. */
const AUTO_MIN_BYTES = 16 * 1024 * 1024;
const PROGRESS_EVERY = 8192;
/**
 * A worker's young generation, in MiB. A worker's garbage is nearly all short-lived (a case's parse and
 * pricing), so a scavenge finds little alive and costs little however often it runs; V8's default lets the
 * young generation grow to 48 MiB per thread over a long file, which made peak memory grow with the file.
 */
const WORKER_YOUNG_MB = 6;
/** See {@link RollupFileOptions.workerMemoryMb}: 64 MiB holds about 30,000 groups (some 1.8 kB each). */
const WORKER_OLD_MB = 64;

// This module is its own worker (new URL(import.meta.url)), so a bundle needs no extra entry file.
if (!isMainThread && parentPort && (workerData as RangeTask | undefined)?.kind === "rendement-rollup-lines")
  void foldRange(workerData as RangeTask, parentPort);

/** In a worker: prices and folds one byte range; stops at the first problem (the caller re-reads to name them all). */
async function foldRange(task: RangeTask, port: NonNullable<typeof parentPort>): Promise<void> {
  const post = (m: RangeMessage) => port.postMessage(m);
  const evaluator = createEvaluator(task.evaluator);
  const rollup = createRollup(task.groupBy);
  let n = 0;
  try {
    const bytes = createReadStream(task.file, { start: task.start, end: task.end - 1 });
    for await (const c of parseCasesJsonLines(bytes)) {
      rollup.addCase(c, evaluator);
      if (++n % PROGRESS_EVERY === 0) post({ progress: PROGRESS_EVERY });
    }
  } catch (e) {
    if (!isInputError(e) && !(e instanceof MoneyOverflowError)) throw e;
    post({ failed: true });
    return;
  }
  post({ progress: n % PROGRESS_EVERY });
  post({ aggregate: rollup.aggregate(), lists: [...evaluator.lists] });
}

/**
 * Rolls up a JSON-lines case file (one case per line) by the given
 * dimensions, pricing on one worker thread per core for a large file. The
 * aggregate is the one a single pass gives, to the byte. Memory stays flat
 * in the number of cases: each thread holds its groups, never the cases.
 * When any line is invalid or any case cannot be priced, the file is read
 * again on the calling thread so that every problem is named by its line, and
 * an `InputError` lists them all; no partial aggregate is returned.
 *
 * @throws InputError for an unreadable file, invalid lines or cases that cannot be priced.
 *
 * @example
 * ```ts
 * import { bundledCatalog } from "rendement";
 * import { rollupJsonLinesFile } from "rendement/node";
 * const { table, lists } = await rollupJsonLinesFile("cases.jsonl", {
 *   catalog: bundledCatalog(),
 *   groupBy: ["wijk"],
 * });
 * console.log(table.total.netReturn, [...lists.keys()]);
 * ```
 */
export async function rollupJsonLinesFile(file: string, options: RollupFileOptions): Promise<FileRollup> {
  const { groupBy = [], workers, onProgress, workerMemoryMb = WORKER_OLD_MB, ...evaluator } = options;
  if (!(Number.isFinite(workerMemoryMb) && workerMemoryMb > 0))
    throw new RangeError(`workerMemoryMb must be a number of MiB above 0, not ${String(workerMemoryMb)}`);
  const { fd, size } = openRegularFile(file);
  let ranges: { start: number; end: number }[];
  try {
    ranges = lineRanges(fd, size, threadsFor(size, workers));
  } finally {
    closeSync(fd);
  }
  if (ranges.length > 1) {
    const parts = await foldRanges(
      ranges,
      { kind: "rendement-rollup-lines", file, start: 0, end: 0, groupBy, evaluator },
      { onProgress, memoryMb: workerMemoryMb },
    );
    if (parts !== undefined) return withTable(mergeParts(parts), ranges.length);
  }
  return withTable(await foldHere(file, groupBy, evaluator, onProgress), 1);
}

function withTable(r: Pick<FileRollup, "aggregate" | "lists">, threads: number): FileRollup {
  return { table: finalizeRollup(r.aggregate), ...r, threads };
}

function threadsFor(size: number, workers: number | "auto" | undefined): number {
  if (workers !== undefined && workers !== "auto") return Math.max(1, Math.floor(workers));
  return size < AUTO_MIN_BYTES ? 1 : availableParallelism();
}

/**
 * `count` ranges of about equal size, each from a line's start to a line's
 * end. A range after the first starts at the newline before its first line,
 * so that its first line read is empty (skipped): a byte order mark is only
 * ever taken off the file's own start, as a single pass does.
 */
function lineRanges(fd: number, size: number, count: number): { start: number; end: number }[] {
  const cuts = [0];
  for (let k = 1; k < count; k++) {
    const nl = nextNewline(fd, Math.floor((k * size) / count), size);
    if (nl < 0) break;
    if (nl > (cuts.at(-1) as number)) cuts.push(nl);
  }
  cuts.push(size);
  const ranges: { start: number; end: number }[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) ranges.push({ start: cuts[k] as number, end: cuts[k + 1] as number });
  return ranges;
}

/** The offset of the first newline at or after `from`, or -1. */
function nextNewline(fd: number, from: number, size: number): number {
  const buf = Buffer.allocUnsafe(64 * 1024);
  for (let at = from; at < size; at += buf.length) {
    const got = readSync(fd, buf, 0, buf.length, at);
    const i = buf.subarray(0, got).indexOf(10);
    if (i >= 0) return at + i;
    if (got === 0) break;
  }
  return -1;
}

type Part = Extract<RangeMessage, { aggregate: RollupAggregate }>;

/**
 * Runs one worker per range; the parts in range order, or undefined when a range has a problem or a
 * worker ran out of its memory (the caller then does the file on its own thread).
 */
async function foldRanges(
  ranges: readonly { start: number; end: number }[],
  base: RangeTask,
  options: { onProgress: ((cases: number) => void) | undefined; memoryMb: number },
): Promise<Part[] | undefined> {
  const { onProgress, memoryMb } = options;
  let done = 0;
  const threads = ranges.map((r) =>
    startWorker(new URL((import.meta as { url: string }).url), {
      workerData: { ...base, start: r.start, end: r.end } satisfies RangeTask,
      resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB, maxOldGenerationSizeMb: memoryMb },
    }),
  );
  const run = (w: Worker) =>
    new Promise<Part | undefined>((resolve, reject) => {
      w.on("message", (m: RangeMessage) => {
        if ("progress" in m) {
          done += m.progress;
          if (m.progress > 0) onProgress?.(done);
        } else resolve("failed" in m ? undefined : m);
      });
      // Out of its bounded heap (very many groups): not a failure of the file, so the calling thread redoes it.
      w.on("error", (e: Error & { code?: string }) =>
        e.code === "ERR_WORKER_OUT_OF_MEMORY" ? resolve(undefined) : reject(e),
      );
      w.on("exit", (code) => (code !== 0 ? reject(new Error(`roll-up worker stopped with code ${code}`)) : undefined));
    });
  try {
    // The first range with a problem ends the others: the file is read again here to name every problem.
    const parts = await new Promise<(Part | undefined)[]>((resolve, reject) => {
      const out: (Part | undefined)[] = [];
      let left = threads.length;
      threads.forEach((w, k) =>
        run(w).then((p) => {
          out[k] = p;
          if (p === undefined) resolve(out);
          else if (--left === 0) resolve(out);
        }, reject),
      );
    });
    return parts.length === threads.length && parts.every((p) => p !== undefined) ? (parts as Part[]) : undefined;
  } finally {
    await Promise.all(threads.map((w) => w.terminate()));
  }
}

function mergeParts(parts: readonly Part[]): Pick<FileRollup, "aggregate" | "lists"> {
  const lists = new Map<string, ResolvedPriceList>();
  for (const p of parts) for (const [key, list] of p.lists) if (!lists.has(key)) lists.set(key, list);
  const [first, ...rest] = parts.map((p) => p.aggregate) as [RollupAggregate, ...RollupAggregate[]];
  return { aggregate: mergeAggregates(first, ...rest), lists };
}

/** One pass on this thread; a case that cannot be priced is named by its line, like an invalid line. */
async function foldHere(
  file: string,
  groupBy: readonly GroupDimension[],
  options: Omit<EvaluatorOptions, "trail" | "overrides">,
  onProgress: ((cases: number) => void) | undefined,
): Promise<Pick<FileRollup, "aggregate" | "lists">> {
  const evaluator = createEvaluator(options);
  let line = 0;
  let read = 0;
  const onLine = (n: number): void => {
    line = n;
    if (++read % 1024 === 0) onProgress?.(read);
  };
  const aggregate = await foldAsync(readCasesJsonLines(file, { onLine }), {
    groupBy,
    evaluator,
    file,
    path: () => ["line", line],
  });
  onProgress?.(read);
  return { aggregate, lists: evaluator.lists };
}
