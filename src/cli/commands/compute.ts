import {
  type CaseFlows,
  type CaseResult,
  caseResultsCsv,
  caseResultToJson,
  computeMarkdown,
  createBundle,
  createEvaluator,
  createRollup,
  type Evaluation,
  evaluateCases,
  isInputError,
  loadInstruments,
  type PmSources,
  type PriceListCatalog,
  parseGroupBy,
  type RollupTable,
  rollupCsv,
  rollupHtml,
  rollupMarkdown,
  rollupTableToJson,
  type SummedFlows,
  sumFlows,
  yearFlowsCsv,
  yearResults,
  yearResultToJson,
} from "../../index.js";
import { caseFileFormat, computeWorkbook, readCases, readWijkFile, rollupJsonLinesFile } from "../../node/index.js";
import { type CliIO, UsageError } from "../io.js";
import { jsonChunks } from "../jsonChunks.js";
import { explainCutOff, listUse } from "../listChoices.js";
import { messagesFor } from "../messages/index.js";
import {
  catalogAndLocal,
  checkPricelistOption,
  emit,
  groupByOption,
  located,
  noteUnusedLists,
  oneOf,
  parse,
  sheetOption,
  withWijkFile,
  workersOption,
  yearOption,
} from "../options.js";
import { count, createProgress } from "../progress.js";

const GROUP_DIMENSIONS = ["wijk", "programme", "month", "quarter", "year", "payer"] as const;

import { RENDEMENT_VERSION } from "../version.js";

/** @internal */
export const computeHelp = `rendement compute CASES.json|CASES.csv|CASES.xlsx|CASES.jsonl [options]

Prices every case: what society would have paid without the intervention
against what it paid with it; with --group-by, rolls the cases up.

  --pricelist ID[@VERSION]  list to price with (default: the file's, else sociaal-domein;
                            without a version, the version valid on each case's start date)
  --lists DIR               also use the price lists in DIR (repeatable)
  --sheet NAME              Excel input: the sheet to read (default: the first)
  --price-year YEAR         restate all prices in this price year (CBS CPI)
  --group-by DIMS           roll up by any of wijk,programme,month|quarter|year,payer
                            (e.g. wijk,programme,quarter)
  --format json|csv|md|html|xlsx
                            output format (default json); html is a self-contained
                            report (grouped by wijk unless --group-by says otherwise);
                            xlsx an Excel workbook (needs --out), one sheet per table
  --lang nl|en              report language (default nl)
  --csv-dialect nl|intl     CSV: nl (";" and decimal comma, default) or intl ("," and ".")
  --csv-table groups|payers|wellbeing
                            CSV of a roll-up: totals per group (default), the payer
                            matrix, or wellbeing per instrument
  --by-year [calendar|case] also the cost per year of every case (calendar years, the
                            default, or case years from each case's start): JSON gives
                            each case its years, CSV one row per case × year × payer,
                            md and html a table per year
  --totals-only             JSON: leave out the priced lines (audit trail) of each case,
                            which JSON output includes by default
  --trail                   (kept for scripts: the trail is included by default)
  --out FILE                write to FILE instead of standard output
  --bundle FILE             also write a re-performable bundle (see rendement verify)
  --workers N|auto          JSON lines: threads to price on (default auto: one per core for
                            a file of 16 MiB or more); the figures are the same for any number
  --wijken FILE             wijk names by code (CSV or Excel with code;name or
                            WK_CODE;WK_NAAM, or JSON {"wijken": [...]}): md and html
                            reports show "name (code)"

Input: a JSON case file, a CSV or Excel workbook with one row per line
(columns in docs/reports.md), or JSON lines (one case per line; streamed, so only the
roll-up is written, not the cases).
`;

/** The lists of the output: each with its validFrom and, where known, how many cases it priced and why it was chosen. */
function lists(
  l: readonly {
    id: string;
    version: string;
    priceYear: number;
    validFrom: string;
    fingerprint: string;
    title?: string | undefined;
    example?: boolean | undefined;
  }[],
  use?: ReturnType<typeof listUse>,
) {
  return l.map((x) => {
    const u = use?.get(`${x.id}@${x.version}`);
    return {
      id: x.id,
      version: x.version,
      priceYear: x.priceYear,
      validFrom: x.validFrom,
      fingerprint: x.fingerprint,
      ...(x.title !== undefined ? { title: x.title } : {}),
      ...(x.example !== undefined ? { example: x.example } : {}),
      ...(u !== undefined ? { cases: u.cases, chosenBy: u.chosenBy } : {}),
    };
  });
}

/** @internal `rendement compute` */
export async function compute(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse(byYearArgs(args), {
    "by-year": { type: "string" },
    pricelist: { type: "string" },
    lists: { type: "string", multiple: true },
    sheet: { type: "string" },
    "price-year": { type: "string" },
    "group-by": { type: "string" },
    format: { type: "string" },
    lang: { type: "string" },
    "csv-dialect": { type: "string" },
    "csv-table": { type: "string" },
    trail: { type: "boolean" },
    "totals-only": { type: "boolean" },
    out: { type: "string" },
    bundle: { type: "string" },
    wijken: { type: "string" },
    workers: { type: "string" },
  });
  if (positionals.length !== 1) throw new UsageError((m) => m.needsFile("compute", "rendement compute CASES.json"));
  const format = oneOf(values.format, ["json", "csv", "md", "html", "xlsx"] as const, "format", "json");
  const lang = oneOf(values.lang, ["nl", "en"] as const, "lang", "nl");
  if (format === "xlsx" && values.out === undefined) throw new UsageError((m) => m.xlsxNeedsOut);
  const dialect = oneOf(values["csv-dialect"], ["nl", "intl"] as const, "csv-dialect", "nl");
  const csvTableKind = oneOf(values["csv-table"], ["groups", "payers", "wellbeing"] as const, "csv-table", "groups");
  const priceYear = yearOption(values["price-year"], "price-year");
  const basis =
    values["by-year"] === undefined
      ? undefined
      : oneOf(values["by-year"], ["calendar", "case"] as const, "by-year", "calendar");
  if (basis !== undefined && (format === "xlsx" || (format === "csv" && values["group-by"] !== undefined)))
    throw new UsageError((m) => m.byYearFormats);
  const groupBy =
    values["group-by"] === undefined ? undefined : groupByOption(values["group-by"], parseGroupBy, GROUP_DIMENSIONS);
  const file = positionals[0] as string;
  const { catalog, local } = catalogAndLocal(values.lists);
  checkPricelistOption(catalog, values.pricelist);
  const progress = createProgress(io);
  const instruments = loadInstruments();
  sheetOption(file, values.sheet);

  // JSON lines: streamed into a roll-up, never held in memory.
  if (caseFileFormat(file) === "jsonl") {
    if (values.bundle !== undefined) throw new UsageError((m) => m.bundleNotJsonLines);
    if (basis !== undefined) throw new UsageError((m) => m.byYearNeedsCases);
    const g = groupBy ?? (format === "html" ? ["wijk" as const] : []);
    const { table, lists: used } = await rollupJsonLinesFile(file, {
      catalog,
      ...(values.pricelist !== undefined ? { pricelist: values.pricelist } : {}),
      ...(priceYear !== undefined ? { priceYear } : {}),
      instruments,
      groupBy: g,
      workers: workersOption(values.workers),
      onProgress: (read) => progress.update((m) => m.progressCases(count(read, m))),
    });
    progress.done();
    const wijkNames = values.wijken !== undefined ? await readWijkFile(values.wijken) : undefined;
    const all = [...used.values()];
    noteUnusedLists(
      io,
      local,
      all.map((l) => `${l.id}@${l.version}`),
    );
    if (format === "xlsx") {
      emit(io, await computeWorkbook({ rollup: table, lang }), values.out);
      return 0;
    }
    emit(
      io,
      report(table, format, { lang, dialect, csvTableKind, synthetic: false, wijkNames }) ??
        JSON.stringify({ lists: lists(all), ...groupsJson(table) }, null, 2),
      values.out,
    );
    return 0;
  }

  // Pricing problems (an unknown item) are named by CSV or sheet row and column too.
  const read = await readCases(file, { sheet: values.sheet });
  // Names beside the cases (--wijken) join the file's own; reports show "name (code)".
  const caseFile = await withWijkFile(read.file, values.wijken);
  const wijkNames = caseFile.wijkNames;
  const pricelist = values.pricelist ?? caseFile.pricelist;
  const names = { option: values.pricelist, file: caseFile.pricelist };
  let ev: Evaluation;
  progress.update((m) => m.progressCases(count(caseFile.cases.length, m)), true);
  try {
    ev = evaluateCases(caseFile.cases, {
      catalog,
      ...(pricelist !== undefined ? { pricelist } : {}),
      ...(priceYear !== undefined ? { priceYear } : {}),
      instruments,
      // Auditors re-perform from JSON, so it carries every line unless asked not to.
      trail: format === "json" ? values["totals-only"] !== true : values.trail === true,
      file,
    });
  } catch (e) {
    progress.done();
    // An item missing because the case starts before a newer edition says so, with that edition's cut-off.
    const explained = isInputError(e)
      ? explainCutOff(e, caseFile.cases, { catalog, names, m: messagesFor(io.lang ?? "en") })
      : e;
    throw located(read, explained);
  }
  progress.done();
  noteUnusedLists(
    io,
    local,
    ev.lists.map((l) => `${l.id}@${l.version}`),
  );
  const g = groupBy ?? (format === "html" ? ["wijk" as const] : undefined);
  let table: RollupTable | undefined;
  if (g !== undefined) {
    const r = createRollup(g);
    for (const c of ev.cases) r.add(c);
    table = r.table();
  }
  const synthetic = caseFile.synthetic === true;
  // Per-year flows from the same engine, list choice and price year as the results above.
  const flowsOf = (b: "calendar" | "case") => {
    const e = createEvaluator({
      catalog,
      ...(pricelist !== undefined ? { pricelist } : {}),
      ...(priceYear !== undefined ? { priceYear } : {}),
      instruments,
    });
    return caseFile.cases.map((c) => e.flows(c, b));
  };
  const flows = basis === undefined ? undefined : flowsOf(basis);
  const byYear = flows && sumFlows(flows, basis);
  let text: string | Iterable<string> | Uint8Array;
  if (format === "xlsx") text = await computeWorkbook({ cases: ev.cases, rollup: table, lang });
  else if (table !== undefined && format !== "json")
    text = report(table, format, {
      lang,
      dialect,
      csvTableKind,
      synthetic,
      byYear,
      wijkNames,
      pm: { cases: ev.cases, programmes: caseFile.programmes },
    }) as string;
  else if (format === "md") text = computeMarkdown(ev, lang, { byYear, wijkNames, programmes: caseFile.programmes });
  else if (format === "csv")
    text = flows
      ? yearFlowsCsv(
          flows.map((f, i) => ({ wijk: (ev.cases[i] as CaseResult).wijk, flows: f })),
          { dialect, lang },
        )
      : caseResultsCsv(ev.cases, { dialect, lang });
  else
    text = jsonChunks(
      {
        lists: lists(ev.lists, listUse(caseFile.cases, ev.cases, names)),
        ...(table ? groupsJson(table) : {}),
        ...(basis !== undefined ? { yearBasis: basis } : {}),
      },
      "cases",
      ev.cases.map((r, i) =>
        flows
          ? { ...caseResultToJson(r), years: yearResults(flows[i] as CaseFlows).map(yearResultToJson) }
          : caseResultToJson(r),
      ),
    );
  if (values.bundle !== undefined)
    writeComputeBundle(io, values.bundle, { cases: caseFile, file, catalog, pricelist: values.pricelist, priceYear });
  emit(io, text, values.out);
  return 0;
}

/** The roll-up as compute's JSON writes it: its amounts as two-decimal euro strings. */
function groupsJson(table: RollupTable): Record<string, unknown> {
  const t = rollupTableToJson(table);
  return { groupBy: t.groupBy, groups: t.rows, total: t.total };
}

/**
 * `--by-year` takes an optional value: `--by-year`, `--by-year case` and `--by-year=case` all work
 * (a bare `--by-year` means calendar years).
 */
function byYearArgs(args: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === "--") {
      out.push(...args.slice(i));
      break;
    }
    if (a !== "--by-year") out.push(a);
    else if (args[i + 1] === "calendar" || args[i + 1] === "case") out.push(`--by-year=${args[++i]}`);
    else out.push("--by-year=calendar");
  }
  return out;
}

function report(
  table: RollupTable,
  format: "json" | "csv" | "md" | "html" | "xlsx",
  o: {
    lang: "nl" | "en";
    dialect: "nl" | "intl";
    csvTableKind: "groups" | "payers" | "wellbeing";
    synthetic: boolean;
    byYear?: SummedFlows | undefined;
    wijkNames: ReadonlyMap<string, string> | undefined;
    /** The cases and programmes with PM effects; absent for JSON lines (the roll-up keeps only their number). */
    pm?: PmSources | undefined;
  },
): string | undefined {
  const opts = { lang: o.lang, synthetic: o.synthetic, byYear: o.byYear, wijkNames: o.wijkNames, pm: o.pm };
  if (format === "md") return rollupMarkdown(table, opts);
  if (format === "html") return rollupHtml(table, opts);
  if (format === "csv") return rollupCsv(table, { dialect: o.dialect, lang: o.lang, table: o.csvTableKind });
  return undefined;
}

/** @internal `rendement compute … --bundle FILE`: writes a re-performable compute bundle. */
export function writeComputeBundle(
  io: CliIO,
  out: string,
  o: {
    cases: unknown;
    file: string;
    catalog: PriceListCatalog;
    pricelist?: string | undefined;
    priceYear?: number | undefined;
  },
): void {
  const bundle = createBundle({
    kind: "compute",
    cases: o.cases,
    catalog: o.catalog,
    ...(o.pricelist !== undefined ? { pricelist: o.pricelist } : {}),
    ...(o.priceYear !== undefined ? { priceYear: o.priceYear } : {}),
    instruments: loadInstruments(),
    version: RENDEMENT_VERSION,
    file: o.file,
  });
  io.writeFile(out, `${JSON.stringify(bundle, null, 2)}\n`);
  io.stderr(`${messagesFor(io.lang ?? "en").bundleWritten(out)}\n`);
}
