import {
  ADJUSTMENT_COMBINATIONS,
  ADJUSTMENT_KINDS,
  type AdjustmentKind,
  type AdjustmentRates,
  formatPath,
  isInputError,
  projectionCsv,
  whatIf as runWhatIf,
  type SroiAdjustments,
  whatIfHtml,
  whatIfMarkdown,
  whatIfResultToJson,
} from "../../index.js";
import { readCases, whatIfWorkbook } from "../../node/index.js";
import { type CliIO, UsageError } from "../io.js";
import {
  catalogFrom,
  checkPricelistOption,
  emit,
  located,
  oneOf,
  optionProblems,
  parse,
  sheetOption,
  WELLBY_OPTIONS,
  wellbyOptions,
  withWijkFile,
  yearOption,
} from "../options.js";
import { count, createProgress } from "../progress.js";
import { continuation, rates } from "../rates.js";

/** @internal */
export const whatifHelp = `rendement whatif CASES.json|CASES.csv|CASES.xlsx|CASES.jsonl [options]

Prices the same cases under other assumptions and reports the result beside
the base, naming every assumption and whether it was a default. SROI
adjustments apply to avoided cost in this order: deadweight, displacement,
attribution, then drop-off per year and discounting.

  --pricelist ID[@VERSION]  scenario list (the base uses the file's list)
  --base-pricelist ID[@V]   base list (default: the file's, else sociaal-domein)
  --lists DIR               also use the price lists in DIR (repeatable)
  --sheet NAME              Excel input: the sheet to read (default: the first)
  --price-year YEAR         scenario price year
  --set CODE=AMOUNT         override one price in euros (repeatable)
  --deadweight R            a rate from 0 to 1: R (global), domain:NAME=R or item:CODE=R (repeatable)
  --displacement R          likewise
  --attribution R           likewise
  --drop-off R              likewise; share of a continued outcome lost each year
  --adjustments HOW         multiplicative (default) or additive combination of
                            deadweight, displacement and attribution
  --continue SCOPE=YEARS    domain:NAME=YEARS or item:CODE=YEARS: that outcome continues
                            YEARS beyond its last observed year (repeatable); without it,
                            outcomes end with the dates of the case lines
  --discount-rate R         real discount rate from -0.05 to 0.20 (default 0.0225)
  --timing start|mid        flows at the start (default; year 1 undiscounted) or
                            the middle of each year
  --by-year calendar|case   count years as calendar years (default) or since each case's start
  --horizon YEARS           years to project (default: the observed years and continuation)
  --wellby VALUE            value the change in life satisfaction (0–10) at VALUE euros
                            per point per person-year (15000; a distribution such as
                            10000:15000:20000 is valued at its mode, low and high); its own
                            line beside the euros, never inside them
  --wellby-instrument ID    the 0–10 life-satisfaction instrument valued (default levenstevredenheid)
  --include-wellbeing       also give a ratio including the WELLBY value, labelled as such
  --format json|md|html|csv|xlsx
                            output format (default json); csv: the projection per year and
                            lens; xlsx an Excel workbook (needs --out), one sheet per table
  --wijken FILE             wijk names by code (CSV or Excel with code;name or
                            WK_CODE;WK_NAAM, or JSON {"wijken": [...]}): the net
                            return per wijk shows "name (code)"
  --lang nl|en              report language (default nl)
  --out FILE                write to FILE instead of standard output
`;

/** The option a scenario issue's path came from, e.g. `["adjustments", "deadweight", "global"]` → `--deadweight`. */
function optionOf(path: readonly (string | number)[], flag: Record<string, string>): string {
  const [a, b] = path;
  if (a === "adjustments" && typeof b === "string" && Object.hasOwn(flag, b)) return `--${flag[b]}`;
  const named = new Map([
    ["discountRate", "--discount-rate"],
    ["horizon", "--horizon"],
    ["timing", "--timing"],
    ["continuation", "--continue"],
    ["prices", "--set"],
    ["pricelist", "--pricelist"],
    ["priceYear", "--price-year"],
    ["wellby", "--wellby"],
    ["wellbyInstrument", "--wellby-instrument"],
  ]);
  return named.get(String(a)) ?? formatPath(path);
}

/** An issue of the WELLBY options (`wellby.mode`, `wellbyInstrument`). */
const isWellbyIssue = (i: { readonly path: readonly (string | number)[] }): boolean =>
  i.path[0] === "wellby" || i.path[0] === "wellbyInstrument";

/** @internal `rendement whatif` */
export async function whatif(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse(args, {
    pricelist: { type: "string" },
    "base-pricelist": { type: "string" },
    lists: { type: "string", multiple: true },
    "price-year": { type: "string" },
    set: { type: "string", multiple: true },
    deadweight: { type: "string", multiple: true },
    displacement: { type: "string", multiple: true },
    attribution: { type: "string", multiple: true },
    "drop-off": { type: "string", multiple: true },
    adjustments: { type: "string" },
    "discount-rate": { type: "string" },
    timing: { type: "string" },
    "by-year": { type: "string" },
    continue: { type: "string", multiple: true },
    horizon: { type: "string" },
    ...WELLBY_OPTIONS,
    wijken: { type: "string" },
    format: { type: "string" },
    lang: { type: "string" },
    out: { type: "string" },
    sheet: { type: "string" },
  });
  if (positionals.length !== 1)
    throw new UsageError((m) => m.needsFile("whatif", "rendement whatif CASES.json --deadweight 0.2"));
  const format = oneOf(values.format, ["json", "md", "html", "csv", "xlsx"] as const, "format", "json");
  if (format === "xlsx" && values.out === undefined) throw new UsageError((m) => m.xlsxNeedsOut);
  const timing = oneOf(values.timing, ["start", "mid"] as const, "timing", "start");
  const basis = oneOf(values["by-year"], ["calendar", "case"] as const, "by-year", "calendar");
  const lang = oneOf(values.lang, ["nl", "en"] as const, "lang", "nl");
  const priceYear = yearOption(values["price-year"], "price-year");
  const prices: Record<string, string> = Object.create(null) as Record<string, string>; // no prototype: a code such as __proto__ stays a key
  for (const s of values.set ?? []) {
    const m = /^([^=]+)=(.+)$/.exec(s);
    if (!m) throw new UsageError((m) => m.setForm(s));
    if (Object.hasOwn(prices, m[1] as string)) throw new UsageError((msg) => msg.givenTwice("--set", m[1] as string));
    prices[m[1] as string] = m[2] as string;
  }
  const adjustments: Record<string, AdjustmentRates> = {};
  const flag: Record<AdjustmentKind, string> = {
    deadweight: "deadweight",
    displacement: "displacement",
    attribution: "attribution",
    dropOff: "drop-off",
  };
  for (const k of ADJUSTMENT_KINDS) {
    const r = rates((values as Record<string, string[] | undefined>)[flag[k]], flag[k]);
    if (r) adjustments[k] = r;
  }
  let horizon: number | undefined;
  if (values.horizon !== undefined) {
    if (!/^\d{1,3}$/.test(values.horizon)) throw new UsageError((m) => m.horizon(String(values.horizon)));
    horizon = Number(values.horizon);
  }
  const wellby = wellbyOptions(values);
  const file = positionals[0] as string;
  const catalog = catalogFrom(values.lists);
  checkPricelistOption(catalog, values.pricelist);
  checkPricelistOption(catalog, values["base-pricelist"], "--base-pricelist");
  const read = await readCases(file, { sheet: sheetOption(file, values.sheet) });
  const caseFile = await withWijkFile(read.file, values.wijken);
  const basePricelist = values["base-pricelist"] ?? caseFile.pricelist;
  let result: ReturnType<typeof runWhatIf>;
  // A sign of life on a terminal while base and scenario are priced (never in a pipe or a file).
  const progress = createProgress(io);
  progress.update((m) => m.progressWhatIf(count(caseFile.cases.length, m)), true);
  try {
    result = runWhatIf(
      caseFile.cases,
      {
        catalog,
        ...(basePricelist !== undefined ? { pricelist: basePricelist } : {}),
        file,
        programmes: caseFile.programmes,
      },
      {
        ...(values.pricelist !== undefined ? { pricelist: values.pricelist } : {}),
        ...(priceYear !== undefined ? { priceYear } : {}),
        ...(Object.keys(prices).length > 0 ? { prices } : {}),
        adjustments: adjustments as SroiAdjustments,
        ...(values.adjustments !== undefined
          ? { combine: oneOf(values.adjustments, ADJUSTMENT_COMBINATIONS, "adjustments", "multiplicative") }
          : {}),
        ...(values["discount-rate"] !== undefined ? { discountRate: values["discount-rate"] } : {}),
        ...(horizon !== undefined ? { horizon } : {}),
        ...(values.timing !== undefined ? { timing } : {}),
        ...(values["by-year"] !== undefined ? { basis } : {}),
        ...(values.continue !== undefined ? { continuation: continuation(values.continue) } : {}),
        ...wellby,
      },
    );
  } catch (e) {
    progress.done();
    // The case file's problems carry its name; the others are in option values: wrong usage, exit 2. A WELLBY
    // value is invalid input (exit 1) with its path, as in simulate, where it may come from a scenario file.
    if (isInputError(e) && e.issues.every((i) => i.file === undefined) && !e.issues.every(isWellbyIssue))
      throw optionProblems(e.issues, (path) => optionOf(path, flag));
    throw located(read, e);
  }
  progress.done();
  const shown = { wijkNames: caseFile.wijkNames };
  const text =
    format === "xlsx"
      ? await whatIfWorkbook(result, lang, shown)
      : format === "md"
        ? whatIfMarkdown(result, lang, shown)
        : format === "html"
          ? whatIfHtml(result, lang, shown)
          : format === "csv"
            ? projectionCsv(result.projection, lang)
            : JSON.stringify(whatIfResultToJson(result), null, 2);
  emit(io, text, values.out);
  return 0;
}
