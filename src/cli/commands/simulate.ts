import { parseCaseFile } from "../../cases/parseCaseFile.js";
import { readJsonFile } from "../../node/readJsonFile.js";
import { simulate as simulateInWorkers } from "../../node/simulate.js";
import { simulationHtml, simulationMarkdown } from "../../report/scenarios/scenarioReports.js";
import { DISTRIBUTIONS, type Distribution } from "../../scenarios/distributions.js";
import { checkGroupFields, GROUP_FIELDS } from "../../scenarios/groupKey.js";
import { tornado } from "../../scenarios/tornado.js";
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
  // The library's simulation, with its draws on worker threads: the same figures for any number of threads.
  const result = await simulateInWorkers(caseFile.cases, {
    ...base,
    seed,
    draws,
    distribution,
    groupBy: fields,
    samples,
    workers: workersOpt === "auto" ? "auto" : Number(workersOpt),
    ...(io.isTTY ? { onProgress } : {}),
  });
  bar.done();
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
