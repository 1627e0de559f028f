import type { PmEffect, ProgrammeInfo } from "../cases/caseTypes.js";
import type { SummedFlows } from "../cases/sumFlows.js";
import { FOLLOW_UP_MONTHS } from "../rollup/followUpCounts.js";
import type { RollupRow, RollupTable } from "../rollup/types.js";
import { amountChart, sentence } from "./build.js";
import { amount, euros, isNegative } from "./figures.js";
import { type Lang, t, tf } from "./labels.js";
import {
  type Block,
  type Cell,
  type Column,
  decimal,
  heading,
  integer,
  NONE,
  note,
  type ReportDocument,
  type Row,
  text,
  year,
} from "./model.js";
import { pmEntries } from "./pmBlocks.js";
import {
  dimensionLabel,
  dimensionValue,
  FIGURES,
  payersOf,
  percentValue,
  rowName,
  type WijkNames,
} from "./rollupCells.js";
import { followUpBlocks, rollupPmBlocks } from "./rollupFollowUp.js";
import type { WordKey } from "./words/en.js";
import { yearBlocks } from "./yearFlows.js";

/** Options of the roll-up reports. */
export interface RollupReportOptions {
  /** Report language: Dutch (default) or English. */
  readonly lang?: Lang | undefined;
  /** A heading instead of the default. */
  readonly title?: string | undefined;
  /** Say that the data are synthetic (invented cases). */
  readonly synthetic?: boolean | undefined;
  /** Wijk names by code: the reports show `name (code)` where a name is known. */
  readonly wijkNames?: ReadonlyMap<string, string> | undefined;
  /** The cases' flows summed per year (`sumFlows`): adds the table "Kosten per jaar". */
  readonly byYear?: SummedFlows | undefined;
  /**
   * The evaluated cases (and the case file's programmes) whose PM effects are listed under "Not in
   * euros (PM)" beside the count per group. Without them the report gives the counts and says that
   * the list needs the cases.
   */
  readonly pm?: PmSources | undefined;
}

/** A case as far as its PM effects go (an evaluated result or an input case). */
export interface PmOfCase {
  /** The case's id. */
  readonly id: string;
  /** Its PM effects, if any. */
  readonly pm?: readonly PmEffect[] | undefined;
}

/** Where the PM effects of a roll-up report come from: the cases rolled up, and the case file's programmes. */
export interface PmSources {
  /** The cases (evaluated results or input cases): each effect is listed with the case's id. */
  readonly cases: readonly PmOfCase[];
  /** The case file's programmes: their own effects are listed after the cases'. */
  readonly programmes?: readonly ProgrammeInfo[] | undefined;
}

const col = (lang: Lang, key: WordKey, align: "l" | "r" = "r", explain?: WordKey): Column => ({
  title: t(key, lang),
  align,
  ...(explain ? { explain: t(explain, lang) } : {}),
});

function summary(T: RollupRow, lang: Lang): Block[] {
  const out: Block[] = [
    note(
      "summary",
      ...sentence("summaryCases", lang, {
        cases: integer(T.cases),
        C: amount(T.counterfactualCost),
        A: amount(T.actualCost),
        I: amount(T.interventionCost),
      }),
      " ",
      ...(T.ratio === undefined
        ? sentence("summaryNoInvestment", lang, { N: amount(T.netReturn) })
        : sentence(isNegative(T.netReturn) ? "summaryLoss" : "summaryReturn", lang, {
            B: amount(T.avoidedCost),
            I: amount(T.interventionCost),
            R: decimal(T.ratio),
            N: amount(T.netReturn),
          })),
      " ",
      ...sentence("summarySocietal", lang, { N: amount(T.societal.netReturn) }),
    ),
  ];
  if (T.unexplainedCases > 0)
    out.push(note("warning", ...sentence("summaryUnexplained", lang, { n: integer(T.unexplainedCases) })));
  return out;
}

function groupsTable(table: RollupTable, lang: Lang, names: WijkNames | undefined): Block {
  const dims = table.groupBy;
  const row = (r: RollupRow, total: boolean): Row => ({
    total,
    cells: [
      ...dims.map(
        (d, i): Cell => (total ? (i === 0 ? t("total", lang) : "") : text(dimensionValue(r, d, lang, names))),
      ),
      integer(r.cases),
      ...FIGURES.map((f) => amount(r[f])),
      decimal(r.ratio),
      amount(r.societal.netReturn),
      integer(r.unexplainedCases),
    ],
  });
  return {
    kind: "table",
    name: "groups",
    columns: [
      ...dims.map((d) => ({ title: dimensionLabel(d, lang), align: "l" as const })),
      col(lang, "cases", "r", "explain.cases"),
      ...FIGURES.map((f) => col(lang, f, "r", `explain.${f}`)),
      col(lang, "ratio", "r", "explain.ratio"),
      col(lang, "societalNet", "r", "explain.societalNet"),
      col(lang, "unexplainedCases", "r", "explain.unexplainedCases"),
    ],
    rows: [...table.rows.map((r) => row(r, false)), ...(dims.length > 0 ? [row(table.total, true)] : [])],
  };
}

function payerBlocks(table: RollupTable, lang: Lang, names: WijkNames | undefined): Block[] {
  const T = table.total;
  const out: Block[] = [
    heading(2, t("payerMatrix", lang)),
    {
      kind: "table",
      name: "payers",
      columns: [
        col(lang, "payer", "l"),
        col(lang, "counterfactualCost", "r", "explain.counterfactualCost"),
        col(lang, "actualCost", "r", "explain.actualCost"),
        col(lang, "invested", "r", "explain.invested"),
        col(lang, "gained", "r", "explain.gained"),
        col(lang, "net", "r", "explain.net"),
      ],
      rows: T.payers.map((p) => ({
        cells: [
          text(p.payer),
          amount(p.counterfactualCost),
          amount(p.actualCost),
          amount(p.invested),
          amount(p.gained),
          amount(p.net),
        ],
      })),
    },
  ];
  if (T.payers.length > 0)
    out.push(
      amountChart(
        t("payerChartTitle", lang),
        [t("invested", lang), t("gained", lang)],
        T.payers.map((p) => ({ label: p.payer, values: [euros(p.invested), euros(p.gained)] })),
        lang,
      ).chart,
    );
  const dims = table.groupBy;
  if (dims.length > 0 && !dims.includes("payer")) {
    const payers = payersOf(table);
    out.push(heading(3, t("payerByGroup", lang)), {
      kind: "table",
      name: "payer-groups",
      columns: [col(lang, "net", "l"), ...payers.map((p) => ({ title: p, align: "r" as const }))],
      rows: table.rows.map((r) => ({
        cells: [
          text(rowName(r, dims, lang, names)),
          ...payers.map((p) => {
            const x = r.payers.find((q) => q.payer === p);
            return x ? amount(x.net) : NONE;
          }),
        ],
      })),
    });
  }
  return out;
}

function wellbeingBlocks(table: RollupTable, lang: Lang, names: WijkNames | undefined): Block[] {
  const T = table.total;
  if (T.wellbeing.length === 0) return [];
  const dims = table.groupBy;
  const rows: Row[] = [];
  for (const r of dims.length > 0 ? [...table.rows, T] : [T])
    for (const w of r.wellbeing)
      rows.push({
        total: r === T && dims.length > 0,
        cells: [
          text(rowName(r, r === T ? [] : dims, lang, names)),
          text(w.instrument),
          integer(w.measured),
          decimal(w.meanBefore),
          decimal(w.meanAfter),
          decimal(w.meanDelta),
          decimal(w.medianDelta),
          decimal(percentValue(w.improved, w.measured), "%"),
          decimal(percentValue(w.unchanged, w.measured), "%"),
          decimal(percentValue(w.worse, w.measured), "%"),
          integer(w.beforeOnly),
        ],
      });
  const chartBars = T.wellbeing
    .filter((w) => w.meanBefore !== undefined && w.meanAfter !== undefined)
    .map((w) => ({ label: w.instrument, values: [w.meanBefore as string, w.meanAfter as string] }));
  return [
    heading(2, t("wellbeing", lang)),
    {
      kind: "table",
      name: "wellbeing",
      columns: [
        { title: "", align: "l" },
        col(lang, "instrument", "l"),
        col(lang, "measured", "r", "explain.measured"),
        col(lang, "before", "r"),
        col(lang, "after", "r"),
        col(lang, "meanDelta", "r", "explain.meanDelta"),
        col(lang, "medianDelta", "r"),
        col(lang, "improved", "r", "explain.improved"),
        col(lang, "unchanged", "r"),
        col(lang, "worse", "r"),
        col(lang, "beforeOnly", "r", "explain.beforeOnly"),
      ],
      rows,
    },
    ...(chartBars.length > 0
      ? [
          {
            kind: "chart" as const,
            title: t("wellbeingChartTitle", lang),
            series: [t("before", lang), t("after", lang)],
            bars: chartBars,
            unit: "score" as const,
          },
        ]
      : []),
  ];
}

const GLOSSARY: readonly (readonly [WordKey, WordKey])[] = [
  ["cases", "explain.cases"],
  ["counterfactualCost", "explain.counterfactualCost"],
  ["actualCost", "explain.actualCost"],
  ["interventionCost", "explain.interventionCost"],
  ["avoidedCost", "explain.avoidedCost"],
  ["netReturn", "explain.netReturn"],
  ["ratio", "explain.ratio"],
  ["societalNet", "explain.societalNet"],
  ["unexplainedCases", "explain.unexplainedCases"],
  ["invested", "explain.invested"],
  ["gained", "explain.gained"],
  ["net", "explain.net"],
  ["measured", "explain.measured"],
  ["meanDelta", "explain.meanDelta"],
  ["improved", "explain.improved"],
  ["beforeOnly", "explain.beforeOnly"],
];

/**
 * @internal The glossary of the figure columns (wellbeing terms only where wellbeing is shown, the
 * follow-up terms only where follow-up is).
 */
export function glossary(lang: Lang, withWellbeing: boolean, withFollowUp = false): Block {
  const wb = new Set<WordKey>(["measured", "meanDelta", "improved", "beforeOnly"]);
  const months = { months: FOLLOW_UP_MONTHS.join(", ") };
  return {
    kind: "glossary",
    entries: [
      ...GLOSSARY.filter(([k]) => withWellbeing || !wb.has(k)).map(([k, e]) => ({
        term: t(k, lang),
        explain: t(e, lang),
      })),
      ...(withFollowUp
        ? [
            { term: tf("followedUpAt", lang, months), explain: t("explain.followedUp", lang) },
            { term: tf("heldAt", lang, months), explain: t("explain.held", lang) },
          ]
        : []),
    ],
  };
}

/** @internal The lists table of every report. */
export function listsTable(
  lists: readonly {
    id: string;
    version: string;
    priceYear: number;
    fingerprint: string;
    example?: boolean | undefined;
  }[],
  lang: Lang,
): Block {
  return {
    kind: "table",
    name: "lists",
    columns: [col(lang, "pricelist", "l"), col(lang, "priceYear", "l"), col(lang, "fingerprint", "l")],
    rows: lists.map((l) => ({
      cells: [
        text(`${l.id}@${l.version}${l.example ? ` (${t("example", lang)})` : ""}`),
        year(l.priceYear),
        { kind: "code", text: l.fingerprint },
      ],
    })),
  };
}

/**
 * @internal The roll-up report as a document: a plain-language summary, key
 * figures, totals per group (with the societal lens), the chart of cost
 * without against with, the wrong-pocket matrix and its chart, wellbeing and
 * its chart, follow-up per group (does the avoided cost stay avoided?), the PM
 * effects, the lists used, and a glossary of every column.
 */
export function rollupDocument(table: RollupTable, options: RollupReportOptions = {}): ReportDocument {
  const lang = options.lang ?? "nl";
  const names = options.wijkNames;
  const title = options.title ?? t("rollupTitle", lang);
  const T = table.total;
  const dims = table.groupBy;
  const blocks: Block[] = [heading(1, title)];
  if (options.synthetic) blocks.push(note("warning", t("synthetic", lang)));
  blocks.push(...summary(T, lang));
  blocks.push({
    kind: "figures",
    items: [
      { label: t("cases", lang), value: integer(T.cases) },
      { label: t("counterfactualCost", lang), value: amount(T.counterfactualCost) },
      { label: t("actualCost", lang), value: amount(T.actualCost) },
      { label: t("netReturn", lang), value: amount(T.netReturn) },
      { label: t("ratio", lang), value: decimal(T.ratio) },
    ],
  });
  blocks.push(heading(2, t("groups", lang)), groupsTable(table, lang, names));
  if (dims.includes("payer")) blocks.push(note("note", t("payerNote", lang)));
  const { chart, truncated } = amountChart(
    t("chartTitle", lang),
    [t("counterfactualCost", lang), t("actualCost", lang)],
    (dims.length > 0 ? table.rows : [T]).map((r) => ({
      label: rowName(r, dims, lang, names),
      values: [euros(r.counterfactualCost), euros(r.actualCost)],
    })),
    lang,
  );
  blocks.push(chart);
  if (truncated) blocks.push(note("note", t("chartTopNote", lang).replace("{n}", String(chart.bars.length - 1))));
  blocks.push(...payerBlocks(table, lang, names), ...wellbeingBlocks(table, lang, names));
  blocks.push(
    ...followUpBlocks(table, lang, names),
    ...rollupPmBlocks(table, lang, names, options.pm && pmEntries(options.pm.cases, options.pm.programmes)),
  );
  if (options.byYear) blocks.push(...yearBlocks(options.byYear, lang));
  blocks.push(heading(2, t("listsUsed", lang)), listsTable(table.lists, lang));
  const followedUp = T.followUp.some((f) => f.followedUp > 0);
  blocks.push(heading(2, t("glossary", lang)), glossary(lang, T.wellbeing.length > 0, followedUp));
  blocks.push(note("note", t("precision", lang)));
  return { title, lang, blocks };
}
