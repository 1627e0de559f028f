import {
  ADJUSTMENT_COMBINATIONS,
  type AdjustmentCombination,
  checkGroupFields,
  DISTRIBUTIONS,
  type Distribution,
  GROUP_FIELDS,
  InputError,
  isInputError,
  parseSimulationScenario,
  type SimulationAdjustments,
  type SimulationScenario,
  type SimulationYearOptions,
  simulationReport,
  simulationResultToJson,
  tornado,
  tornadoOverYears,
  tornadoResultToJson,
} from "../../index.js";
import { readCases, readJsonFile, simulate as simulateInWorkers, simulationWorkbook } from "../../node/index.js";
import { type CliIO, UsageError } from "../io.js";
import {
  catalogFrom,
  checkPricelistOption,
  emit,
  groupByOption,
  locating,
  oneOf,
  parse,
  sheetOption,
  WELLBY_OPTIONS,
  wellbyOptions,
  withWijkFile,
  workersOption,
  yearOption,
} from "../options.js";
import { count, createProgress } from "../progress.js";
import { continuation, rates } from "../rates.js";

/** @internal */
export const simulateHelp = `rendement simulate CASES.json|CASES.csv|CASES.xlsx|CASES.jsonl [options]

Monte Carlo: prices drawn within each item's range, counterfactual
alternatives drawn by their probabilities. Reports P5, P50 and P95 of net
return and ratio per group, P(net return > 0), the exact point estimates, and
a tornado table of the prices, SROI rates and probabilities that move the
net return most, with switching values per lens. The same seed
gives the same output, bit for bit.

  --draws N                 number of draws (default 10000)
  --seed S                  an integer from 0 to 2^64-1 (default 1)
  --distribution D          triangular (default; mode = the list amount), uniform or pert
  --group-by FIELDS         comma-separated: ${GROUP_FIELDS.join(", ")}
  --pricelist ID[@VERSION]  list to price with (default: the file's, else sociaal-domein)
  --lists DIR               also use the price lists in DIR (repeatable)
  --sheet NAME              Excel input: the sheet to read (default: the first)
  --price-year YEAR         restate all prices in this price year
  --deadweight R            SROI rate, fixed (0.2) or drawn: 0.1:0.2:0.3 (triangular
                            min:mode:max), pert:0.1:0.2:0.3 or uniform:0.1:0.3; global,
                            domain:NAME=R or item:CODE=R (repeatable)
  --displacement R          likewise
  --attribution R           likewise
  --adjustments HOW         multiplicative (default) or additive combination of the rates
  --horizon YEARS           simulate present values over YEARS years (1-100) from the first
                            year with flows: each line's cost in the years its dates cover;
                            without this or the options below, the simulation is of year 1
  --discount-rate R         real discount rate from -0.05 to 0.20, fixed (0.0225, the default
                            with years) or drawn per draw (0.01:0.0225:0.04, pert:…,
                            uniform:0.01:0.04)
  --timing start|mid        flows at the start (default; year 1 undiscounted) or the middle
                            of each year
  --continue SCOPE=YEARS    domain:NAME=YEARS or item:CODE=YEARS: that outcome continues
                            YEARS beyond its last observed year (repeatable); without it,
                            outcomes end with the dates of the case lines
  --drop-off R              share of a continued outcome lost each year, fixed or drawn like
                            the rates; global, domain:NAME=R or item:CODE=R (repeatable)
  --rough-range R           rough items without a range are drawn within ±R of their
                            amount (default 0.3; 0 holds them fixed)
  --wellby VALUE            value the change in life satisfaction (0–10) at VALUE euros
                            per point per person-year: fixed (15000) or drawn per draw
                            (10000:15000:20000, pert:…, uniform:10000:20000); its own line
                            beside the euros, never inside them
  --wellby-instrument ID    the 0–10 life-satisfaction instrument valued (default levenstevredenheid)
  --include-wellbeing       also give a ratio including the WELLBY value, labelled as such
  --scenario FILE           rates, combination, rough range, correlation groups, uncertain
                            probabilities of alternatives, a WELLBY value and the years
                            (horizon, discount rate, timing, continuation, drop-off) from a
                            JSON file (schemas/simulation-scenario.schema.json)
  --samples                 include every sampled price (JSON only)
  --workers N|auto          worker threads for the draws (default auto: one per core, only
                            for big runs); the figures are the same for any number
  --no-tornado              leave out the one-way sensitivity table
  --format json|md|html|text|csv|xlsx
                            output format (default json); csv: the figures table;
                            xlsx an Excel workbook (needs --out), one sheet per table
  --wijken FILE             wijk names by code (CSV or Excel with code;name or
                            WK_CODE;WK_NAAM, or JSON {"wijken": [...]}): reports
                            grouped by wijk show "name (code)"
  --lang nl|en              report language for md, html, text and csv (default nl)
  --out FILE                write to FILE instead of standard output
`;

const U64 = 1n << 64n;

/**
 * What is drawn beyond the lists' ranges: a scenario file, with the options on
 * the command line over it (per setting; a rate option replaces that rate's whole setting).
 */
function drawnOptions(values: Record<string, string | boolean | string[] | undefined>): SimulationScenario {
  const file = values.scenario as string | undefined;
  const base = file !== undefined ? parseSimulationScenario(readJsonFile(file), { file }) : {};
  const adjustments: Record<string, unknown> = { ...base.adjustments };
  for (const [kind, flag] of [
    ["deadweight", "deadweight"],
    ["displacement", "displacement"],
    ["attribution", "attribution"],
    ["dropOff", "drop-off"],
  ] as const) {
    const r = rates(values[flag] as string[] | undefined, flag);
    if (r) adjustments[kind] = r;
  }
  const how = values.adjustments as string | undefined;
  const combine =
    how === undefined
      ? base.combine
      : (oneOf(how, ADJUSTMENT_COMBINATIONS, "adjustments", "multiplicative") as AdjustmentCombination);
  const roughRange = (values["rough-range"] as string | undefined) ?? base.roughRange;
  const { wellby: _w, wellbyInstrument: _i, includeWellbeing: _n, ...rest } = base;
  return {
    ...rest,
    ...yearOptions(values),
    ...wellbyOptions(values as Parameters<typeof wellbyOptions>[0], base),
    ...(Object.keys(adjustments).length > 0 ? { adjustments: adjustments as SimulationAdjustments } : {}),
    ...(combine !== undefined ? { combine } : {}),
    ...(roughRange !== undefined ? { roughRange } : {}),
  };
}

/** The SROI rates alone: the tornado is of year 1, where a drop-off does not apply. */
function sroiRates(a: SimulationAdjustments): SimulationAdjustments {
  const { dropOff: _d, ...rest } = a;
  return rest;
}

/** The years on the command line (each over the scenario file's): horizon, discount rate, timing, continuation. */
function yearOptions(values: Record<string, string | boolean | string[] | undefined>): SimulationYearOptions {
  const horizon = values.horizon as string | undefined;
  if (horizon !== undefined && !/^\d{1,3}$/.test(horizon)) throw new UsageError((m) => m.horizon(horizon));
  const timing = values.timing as string | undefined;
  const rate = values["discount-rate"] as string | undefined;
  const cont = values.continue as string[] | undefined;
  return {
    ...(horizon !== undefined ? { horizon: Number(horizon) } : {}),
    ...(rate !== undefined ? { discountRate: rate } : {}),
    ...(timing !== undefined ? { timing: oneOf(timing, ["start", "mid"] as const, "timing", "start") } : {}),
    ...(cont !== undefined ? { continuation: continuation(cont) } : {}),
  };
}

/** The command-line flag that replaces each setting a scenario file can state (none: only the file states it). */
const FLAG_OF: Readonly<Record<string, string>> = {
  deadweight: "deadweight",
  displacement: "displacement",
  attribution: "attribution",
  combine: "adjustments",
  roughRange: "rough-range",
  wellby: "wellby",
  wellbyInstrument: "wellby-instrument",
  includeWellbeing: "include-wellbeing",
  dropOff: "drop-off",
  horizon: "horizon",
  discountRate: "discount-rate",
  timing: "timing",
  continuation: "continue",
};

/**
 * Runs `work`, naming the scenario file on the problems found in what the file stated (an unknown item in a
 * rate scope, an unknown case id, a group's item): settings the command line replaced are not the file's.
 */
async function namingScenario<T>(
  file: string | undefined,
  values: Record<string, unknown>,
  work: () => T | Promise<T>,
): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (file === undefined || !isInputError(e)) throw e;
    const stated = (path: readonly (string | number)[]): boolean => {
      const [a, b] = path;
      const setting = String(a === "adjustments" ? b : a);
      if (!["adjustments", "correlationGroups", "probabilities", ...Object.keys(FLAG_OF)].includes(String(a)))
        return false;
      const flag = Object.hasOwn(FLAG_OF, setting) ? FLAG_OF[setting] : undefined;
      return flag === undefined || values[flag] === undefined;
    };
    throw new InputError(e.issues.map((i) => (i.file === undefined && stated(i.path) ? { ...i, file } : i)));
  }
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
    deadweight: { type: "string", multiple: true },
    displacement: { type: "string", multiple: true },
    attribution: { type: "string", multiple: true },
    "drop-off": { type: "string", multiple: true },
    adjustments: { type: "string" },
    horizon: { type: "string" },
    "discount-rate": { type: "string" },
    timing: { type: "string" },
    continue: { type: "string", multiple: true },
    "rough-range": { type: "string" },
    scenario: { type: "string" },
    "no-tornado": { type: "boolean" },
    ...WELLBY_OPTIONS,
    workers: { type: "string" },
    wijken: { type: "string" },
    format: { type: "string" },
    lang: { type: "string" },
    out: { type: "string" },
    sheet: { type: "string" },
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
  const workers = workersOption(values.workers);
  const format = oneOf(values.format, ["json", "md", "html", "text", "csv", "xlsx"] as const, "format", "json");
  if (format === "xlsx" && values.out === undefined) throw new UsageError((m) => m.xlsxNeedsOut);
  const lang = oneOf(values.lang, ["nl", "en"] as const, "lang", "nl");
  const priceYear = yearOption(values["price-year"], "price-year");
  const file = positionals[0] as string;
  const catalog = catalogFrom(values.lists);
  checkPricelistOption(catalog, values.pricelist);
  const read = await readCases(file, { sheet: sheetOption(file, values.sheet) });
  const caseFile = await withWijkFile(read.file, values.wijken);
  const drawn = drawnOptions(values);
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
  const scenario = values.scenario;
  const result = await locating(read, () =>
    namingScenario(scenario, values, () =>
      simulateInWorkers(caseFile.cases, {
        ...base,
        seed,
        draws,
        distribution,
        groupBy: fields,
        samples,
        ...drawn,
        workers,
        programmes: caseFile.programmes,
        ...(io.isTTY ? { onProgress } : {}),
      }),
    ),
  );
  bar.done();
  // The tornado varies what the simulation draws: the prices with a range (assumed for rough items), the rates
  // given as distributions, the alternatives' probabilities; under the same rates and combination.
  // Over several years, the drawn discount rate and drop-offs get rows of their own (present values).
  const sensitivity =
    values["no-tornado"] === true
      ? undefined
      : await locating(read, () =>
          namingScenario(scenario, values, () => {
            const o = {
              ...base,
              ...(drawn.adjustments !== undefined ? { adjustments: sroiRates(drawn.adjustments) } : {}),
              ...(drawn.combine !== undefined ? { combine: drawn.combine } : {}),
              ...(drawn.roughRange !== undefined ? { roughRange: drawn.roughRange } : {}),
              ...(drawn.probabilities !== undefined ? { probabilities: drawn.probabilities } : {}),
            };
            const t = tornado(caseFile.cases, o);
            if (!result.years) return t;
            const { horizon, discountRate, timing, continuation } = drawn;
            const years = { horizon, discountRate, timing, continuation, adjustments: drawn.adjustments };
            return tornadoOverYears(caseFile.cases, { ...o, ...years }, t);
          }),
        );
  const text =
    format === "json"
      ? JSON.stringify(
          {
            ...simulationResultToJson(result),
            ...(sensitivity ? { sensitivity: tornadoResultToJson(sensitivity) } : {}),
          },
          null,
          2,
        )
      : format === "xlsx"
        ? await simulationWorkbook(result, sensitivity, lang, { wijkNames: caseFile.wijkNames })
        : simulationReport(result, sensitivity, format, lang, { wijkNames: caseFile.wijkNames });
  emit(io, text, values.out);
  return 0;
}
