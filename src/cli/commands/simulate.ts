import { availableParallelism } from "node:os";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { parseCaseFile, tornado } from "../../index.js";
import { readJsonFile } from "../../node/index.js";
import { simulationHtml, simulationMarkdown } from "../../report/scenarios/scenarioReports.js";
import { type CompiledSimulation, compileSimulation } from "../../scenarios/compileSimulation.js";
import { DISTRIBUTIONS, type Distribution } from "../../scenarios/distributions.js";
import { checkGroupFields, GROUP_FIELDS } from "../../scenarios/groupKey.js";
import { type DrawBlock, runDraws } from "../../scenarios/runDraws.js";
import { summariseDraws } from "../../scenarios/summariseDraws.js";
import { type CliIO, UsageError } from "../io.js";
import { catalogFrom, checkPricelistOption, emit, groupByOption, oneOf, parse, yearOption } from "../options.js";
import { count, createProgress } from "../progress.js";

/** @internal */
export const simulateHelp = `rendement simulate CASES.json [options]

Monte Carlo: prices drawn within each item's range, counterfactual
alternatives drawn by their probabilities. Reports P5, P50 and P95 of net
return and ratio per group, P(net return > 0), the exact point estimates, and
a tornado table of the prices that move the net return most. The same seed
gives the same output, bit for bit.

  --draws N                 number of draws (default 10000)
  --seed S                  an integer from 0 to 2^64-1 (default 1)
  --distribution D          triangular (default; mode = the list amount), uniform or pert
  --group-by FIELDS         comma-separated: ${GROUP_FIELDS.join(", ")}
  --pricelist ID[@VERSION]  list to price with (default: the file's, else sociaal-domein)
  --lists DIR               also use the price lists in DIR (repeatable)
  --price-year YEAR         restate all prices in this price year
  --samples                 include every sampled price (JSON only)
  --workers N|auto          worker threads for the draws (default auto: one per core, only
                            for big runs); the figures are the same for any number
  --no-tornado              leave out the one-way sensitivity table
  --format json|md|html     output format (default json)
  --lang nl|en              report language for md and html (default nl)
  --out FILE                write to FILE instead of standard output
`;

const U64 = 1n << 64n;

// A worker thread runs draws from…to of a compiled model. The module starts
// itself as the worker (new URL(import.meta.url)), so the built CLI needs no
// extra entry file; draw k always uses stream k of the seed, so how the draws
// are split never changes a figure.
interface WorkerTask {
  readonly kind: "rendement-simulate";
  readonly m: CompiledSimulation;
  readonly seed: bigint;
  readonly distribution: Distribution;
  readonly samples: boolean;
}
if (!isMainThread && parentPort && (workerData as WorkerTask | undefined)?.kind === "rendement-simulate") {
  const task = workerData as WorkerTask;
  const port = parentPort;
  port.on("message", (msg: { from: number; to: number } | null) => {
    if (msg === null) {
      port.close();
      return;
    }
    const b = runDraws(task.m, task.seed, task.distribution, msg.from, msg.to, task.samples);
    port.postMessage(b, [b.net.buffer, b.inter.buffer, ...(b.samples ? [b.samples.buffer] : [])] as ArrayBuffer[]);
  });
}

/** @internal Work above which draws go to worker threads by default (line-draw multiply-adds). */
const WORKER_THRESHOLD = 4e8;

/** @internal Runs the draws over `workers` threads, in blocks handed out as threads become free. */
async function drawInWorkers(
  m: CompiledSimulation,
  seed: bigint,
  distribution: Distribution,
  draws: number,
  samples: boolean,
  workers: number,
  progress?: (done: number, total: number) => void,
): Promise<DrawBlock[]> {
  const step = Math.max(1, Math.ceil(draws / (workers * 8)));
  const queue: { from: number; to: number }[] = [];
  for (let from = 0; from < draws; from += step) queue.push({ from, to: Math.min(draws, from + step) });
  const blocks: DrawBlock[] = [];
  let done = 0;
  // The workers need the arrays only, not the exact results and lists.
  const task: WorkerTask = {
    kind: "rendement-simulate",
    m: { ...m, exact: [], lists: [] },
    seed,
    distribution,
    samples,
  };
  const threads = Array.from(
    { length: Math.min(workers, queue.length) },
    () => new Worker(new URL(import.meta.url), { workerData: task }),
  );
  try {
    await Promise.all(
      threads.map(
        (w) =>
          new Promise<void>((resolve, reject) => {
            const next = () => {
              const job = queue.shift();
              if (job) w.postMessage(job);
              else {
                w.postMessage(null);
                resolve();
              }
            };
            w.on("message", (b: DrawBlock) => {
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
          }),
      ),
    );
  } finally {
    await Promise.all(threads.map((w) => w.terminate()));
  }
  return blocks;
}

/** @internal `rendement simulate` */
export async function simulate(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse(args, {
    draws: { type: "string" },
    seed: { type: "string" },
    distribution: { type: "string" },
    "group-by": { type: "string" },
    pricelist: { type: "string" },
    lists: { type: "string", multiple: true },
    "price-year": { type: "string" },
    samples: { type: "boolean" },
    "no-tornado": { type: "boolean" },
    workers: { type: "string" },
    format: { type: "string" },
    lang: { type: "string" },
    out: { type: "string" },
  });
  if (positionals.length !== 1)
    throw new UsageError((m) => m.needsFile("simulate", "rendement simulate CASES.json --draws N --seed S"));
  const draws = values.draws === undefined ? 10_000 : /^[1-9]\d{0,8}$/.test(values.draws) ? Number(values.draws) : NaN;
  if (Number.isNaN(draws)) throw new UsageError((m) => m.draws(String(values.draws)));
  const seed = values.seed === undefined ? 1n : /^\d{1,20}$/.test(values.seed) ? BigInt(values.seed) : -1n;
  if (seed < 0n || seed >= U64) throw new UsageError((m) => m.seed(String(values.seed)));
  const distribution = oneOf(values.distribution, DISTRIBUTIONS, "distribution", "triangular") as Distribution;
  const fields =
    values["group-by"] === undefined ? [] : groupByOption(values["group-by"], checkGroupFields, GROUP_FIELDS);
  const workersOpt = values.workers ?? "auto";
  if (workersOpt !== "auto" && !/^[1-9]\d{0,2}$/.test(workersOpt)) throw new UsageError((m) => m.workers(workersOpt));
  const format = oneOf(values.format, ["json", "md", "html"] as const, "format", "json");
  const lang = oneOf(values.lang, ["nl", "en"] as const, "lang", "nl");
  const priceYear = yearOption(values["price-year"], "price-year");
  const file = positionals[0] as string;
  const catalog = catalogFrom(values.lists);
  checkPricelistOption(catalog, values.pricelist);
  const caseFile = parseCaseFile(readJsonFile(file), { file });
  const pricelist = values.pricelist ?? caseFile.pricelist;
  const base = {
    catalog,
    ...(pricelist !== undefined ? { pricelist } : {}),
    ...(priceYear !== undefined ? { priceYear } : {}),
    file,
  };
  let shown = -1;
  const bar = createProgress(io);
  const onProgress = (done: number, total: number) => {
    const pct = Math.floor((100 * done) / total);
    if (pct === shown) return;
    shown = pct;
    bar.update((msg) => msg.progressDraws(pct, count(done, msg), count(total, msg)), true);
  };
  const samples = values.samples === true;
  // Compile once; the draws run here or in worker threads, with the same figures either way.
  const m = compileSimulation(caseFile.cases, { ...base, groupBy: fields });
  const progress = io.isTTY ? onProgress : undefined;
  let workers = workersOpt === "auto" ? availableParallelism() : Number(workersOpt);
  if (workersOpt === "auto" && draws * (m.lineParam.length + m.nCases) < WORKER_THRESHOLD) workers = 1;
  let blocks: DrawBlock[];
  if (workers > 1) blocks = await drawInWorkers(m, seed, distribution, draws, samples, workers, progress);
  else {
    blocks = [];
    const step = Math.max(1, Math.min(1000, Math.ceil(draws / 20)));
    for (let from = 0; from < draws; from += step) {
      const to = Math.min(draws, from + step);
      blocks.push(runDraws(m, seed, distribution, from, to, samples));
      progress?.(to, draws);
    }
  }
  bar.done();
  const result = summariseDraws(m, blocks, { seed, draws, distribution, groupBy: fields, samples });
  const sensitivity = values["no-tornado"] === true ? undefined : tornado(caseFile.cases, base);
  const text =
    format === "md"
      ? simulationMarkdown(result, sensitivity, lang)
      : format === "html"
        ? simulationHtml(result, sensitivity, lang)
        : JSON.stringify({ ...result, ...(sensitivity ? { sensitivity } : {}) }, null, 2);
  emit(io, text, values.out);
  return 0;
}
