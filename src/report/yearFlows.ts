/**
 * @internal Per-year flows (`compute --by-year`) as JSON figures, as a CSV
 * table (one row per case × year × payer) and as a small report table of the
 * years summed over all cases. Amounts are integer cents from the engine,
 * shown as euros; nothing is recomputed here.
 */
import { byPayerToJson, type FiguresJson, figuresToJson } from "../cases/caseResultJson.js";
import { figures } from "../cases/evaluate.js";
import type { CaseFlows } from "../cases/flowTypes.js";
import { addPayerSums, emptyPayerSums, type PayerSums } from "../cases/foldLines.js";
import type { SummedFlows } from "../cases/sumFlows.js";
import type { Figures } from "../cases/types.js";
import type { CsvDialect } from "../csv/csvTable.js";
import { amount } from "./figures.js";
import { type Lang, t } from "./labels.js";
import { type Block, heading, integer, note, type Row, type TableBlock, text, year } from "./model.js";
import { renderCsv } from "./render/renderCsv.js";
import { FIGURES } from "./rollupCells.js";

/** One year of a case in the JSON of `compute --by-year`: the five figures as a case result has them. */
export interface YearResult extends Figures {
  /** The calendar year, or the case year (1 from the case's start). */
  readonly year: number;
  /** The figures per payer, payers sorted. */
  readonly byPayer: Readonly<Record<string, Figures>>;
  /** The societal lens (transfers left out), in total and per payer. */
  readonly societal: Figures & {
    /** The societal figures per payer, payers sorted. */
    readonly byPayer: Readonly<Record<string, Figures>>;
  };
}

/** A {@link YearResult} as written to a file: every amount a two-decimal euro string. */
export interface YearResultJson extends FiguresJson {
  /** The calendar year, or the case year. */
  readonly year: number;
  /** Per payer. */
  readonly byPayer: Readonly<Record<string, FiguresJson>>;
  /** The societal lens. */
  readonly societal: FiguresJson & {
    /** The societal figures per payer. */
    readonly byPayer: Readonly<Record<string, FiguresJson>>;
  };
}

/**
 * A year's figures as `compute --by-year` writes them.
 *
 * @example
 * ```ts
 * yearResultToJson(yearResults(flows)[0]).netReturn; // "1234.56"
 * ```
 */
export function yearResultToJson(y: YearResult): YearResultJson {
  const { byPayer, ...societal } = y.societal;
  return {
    year: y.year,
    ...figuresToJson(y),
    byPayer: byPayerToJson(y.byPayer),
    societal: { ...figuresToJson(societal), byPayer: byPayerToJson(byPayer) },
  };
}

const budget = (s: PayerSums): Figures => figures(s.counterfactualCost, s.actualCost, s.interventionCost);
const societal = (s: PayerSums): Figures =>
  figures(s.societalCounterfactualCost, s.societalActualCost, s.societalInterventionCost);

/** @internal Sums added up field by field, exactly. */
function addSums(sums: Iterable<PayerSums>): PayerSums {
  const to = emptyPayerSums();
  for (const s of sums) addPayerSums(to, s);
  return to;
}

/**
 * A case's flows as the `years` of its JSON result: per year the five
 * figures, per payer, and the societal lens.
 *
 * @example
 * ```ts
 * yearResults(createEvaluator({ catalog: bundledCatalog() }).flows(c, "calendar"))[0]?.netReturn; // 123456 (cents)
 * ```
 */
export function yearResults(flows: CaseFlows): YearResult[] {
  return flows.years.map((y) => {
    const total = addSums(y.payers.values());
    const byPayer: Record<string, Figures> = {};
    const socByPayer: Record<string, Figures> = {};
    for (const [payer, s] of y.payers) {
      byPayer[payer] = budget(s);
      socByPayer[payer] = societal(s);
    }
    return { year: y.year, ...budget(total), byPayer, societal: { ...societal(total), byPayer: socByPayer } };
  });
}

const yearTitle = (flows: { readonly basis: string }, lang: Lang) =>
  t(flows.basis === "case" ? "caseYear" : "year", lang);

/** @internal One row per case × year × payer: the five figures and the societal net return. */
export function yearFlowsTable(
  cases: readonly { readonly wijk: string; readonly flows: CaseFlows }[],
  lang: Lang,
): TableBlock {
  const basis = cases[0]?.flows.basis ?? "calendar";
  const rows: Row[] = [];
  for (const { wijk, flows } of cases)
    for (const y of flows.years)
      for (const [payer, s] of y.payers) {
        const f = budget(s);
        rows.push({
          cells: [
            text(flows.id),
            text(wijk),
            integer(y.year),
            text(payer),
            ...FIGURES.map((k) => amount(f[k])),
            amount(societal(s).netReturn),
          ],
        });
      }
  return {
    kind: "table",
    name: "years",
    columns: [
      t("case", lang),
      t("wijk", lang),
      yearTitle({ basis }, lang),
      t("payer", lang).toLowerCase(),
      ...FIGURES.map((k) => t(k, lang)),
      t("societalNet", lang),
    ].map((title) => ({ title })),
    rows,
  };
}

/**
 * Cases' cost per year as CSV (`compute --by-year --format csv`): one row per
 * wijk, year and payer with the five figures and the societal net.
 *
 * @example
 * ```ts
 * const ev = createEvaluator({ catalog: bundledCatalog() });
 * yearFlowsCsv(cases.map((c) => ({ wijk: c.wijk, flows: ev.flows(c, "calendar") })), { dialect: "nl", lang: "nl" });
 * ```
 */
export function yearFlowsCsv(
  cases: readonly { readonly wijk: string; readonly flows: CaseFlows }[],
  options: { dialect: CsvDialect; lang: Lang },
): string {
  return renderCsv(yearFlowsTable(cases, options.lang), options.dialect);
}

/** @internal The report section: the five figures per year over all cases, a total row, and how years are cut. */
export function yearBlocks(summed: SummedFlows, lang: Lang): Block[] {
  const totals = summed.years.map((y) => addSums(y.payers.values()));
  const rows: Row[] = summed.years.map((y, i) => {
    const f = budget(totals[i] as PayerSums);
    return { cells: [year(y.year), ...FIGURES.map((k) => amount(f[k]))] };
  });
  const all = budget(addSums(totals));
  rows.push({ total: true, cells: [t("total", lang), ...FIGURES.map((k) => amount(all[k]))] });
  return [
    heading(2, t("byYear", lang)),
    {
      kind: "table",
      name: "years",
      columns: [
        { title: yearTitle(summed, lang) },
        ...FIGURES.map((k) => ({ title: t(k, lang), align: "r" as const })),
      ],
      rows,
    },
    note("note", t(summed.basis === "case" ? "byYear.case" : "byYear.calendar", lang)),
  ];
}
