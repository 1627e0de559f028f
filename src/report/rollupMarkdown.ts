import { formatEuro } from "../money/formatEuro.js";
import type { RollupRow, RollupTable } from "../rollup/types.js";
import { type Lang, t } from "./labels.js";
import { markdownTable } from "./markdownTable.js";
import { decimal, dimensionLabel, dimensionValue, FIGURES, payersOf, percent, rowName } from "./rollupCells.js";

/** Options of the roll-up reports. */
export interface RollupReportOptions {
  /** Report language: Dutch (default) or English. */
  readonly lang?: Lang | undefined;
  /** A heading instead of the default. */
  readonly title?: string | undefined;
  /** Say that the data are synthetic (invented cases). */
  readonly synthetic?: boolean | undefined;
}

/**
 * A Markdown report of a roll-up, in Dutch by default: totals per group with
 * the societal lens and the cases with unexplained counterfactual lines, the
 * wrong-pocket matrix (per payer: invested, gained, net), wellbeing before
 * and after per instrument, and the price lists used with their fingerprints.
 * Every cell is escaped, so a `|` in a wijk name cannot break the table.
 *
 * @example
 * ```ts
 * const md = rollupMarkdown(rollupCases(evaluation.cases, ["wijk"]), { lang: "nl" });
 * ```
 */
export function rollupMarkdown(table: RollupTable, options: RollupReportOptions = {}): string {
  const lang = options.lang ?? "nl";
  const eur = (s: string) => formatEuro(s, lang);
  // Markdown renderers pass raw HTML through: user text gets no tags, and no
  // emphasis, code or link syntax either (as entities, so they show as typed).
  const txt = (s: string) =>
    s
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/[*_`[\]~]/g, (c) => `&#${c.charCodeAt(0)};`);
  const out: string[] = [`# ${options.title ?? t("rollupTitle", lang)}`, ""];
  if (options.synthetic) out.push(`> ${t("synthetic", lang)}`, "");
  const dims = table.groupBy;
  const figRow = (r: RollupRow, bold: boolean) => {
    const b = (s: string) => (bold ? `**${s}**` : s);
    return [
      ...(dims.length === 0
        ? []
        : dims.map((d, i) =>
            r === table.total ? (i === 0 ? b(t("total", lang)) : "") : txt(dimensionValue(r, d, lang)),
          )),
      String(r.cases),
      ...FIGURES.map((f) => b(eur(r[f]))),
      decimal(r.ratio, lang),
      eur(r.societal.netReturn),
      String(r.unexplainedCases),
    ];
  };
  const head = [
    ...dims.map((d) => dimensionLabel(d, lang)),
    t("cases", lang),
    ...FIGURES.map((f) => t(f, lang)),
    t("ratio", lang),
    t("societalNet", lang),
    t("unexplainedCases", lang),
  ];
  const align = head.map((_, i) => (i < dims.length ? "l" : "r") as "l" | "r");
  out.push(`## ${t("groups", lang)}`, "");
  out.push(
    markdownTable(
      head,
      [...table.rows.map((r) => figRow(r, false)), ...(dims.length > 0 ? [figRow(table.total, true)] : [])],
      align,
    ),
  );
  if (dims.includes("payer")) out.push("", `_${t("payerNote", lang)}_`);

  out.push("", `## ${t("payerMatrix", lang)}`, "");
  out.push(
    markdownTable(
      [
        t("payer", lang),
        t("counterfactualCost", lang),
        t("actualCost", lang),
        t("invested", lang),
        t("gained", lang),
        t("net", lang),
      ],
      table.total.payers.map((p) => [
        txt(p.payer),
        eur(p.counterfactualCost),
        eur(p.actualCost),
        eur(p.invested),
        eur(p.gained),
        eur(p.net),
      ]),
      ["l", "r", "r", "r", "r", "r"],
    ),
  );
  if (dims.length > 0 && !dims.includes("payer")) {
    const payers = payersOf(table);
    out.push("", `### ${t("payerByGroup", lang)}`, "");
    out.push(
      markdownTable(
        [t("net", lang), ...payers.map(txt)],
        table.rows.map((r) => [
          txt(rowName(r, dims, lang)),
          ...payers.map((p) => {
            const x = r.payers.find((q) => q.payer === p);
            return x ? eur(x.net) : "–";
          }),
        ]),
        ["l", ...payers.map(() => "r" as const)],
      ),
    );
  }

  if (table.total.wellbeing.length > 0) {
    out.push("", `## ${t("wellbeing", lang)}`, "");
    const rows: string[][] = [];
    for (const r of dims.length > 0 ? [...table.rows, table.total] : [table.total])
      for (const w of r.wellbeing)
        rows.push([
          txt(rowName(r, r === table.total ? [] : dims, lang)),
          txt(w.instrument),
          String(w.measured),
          decimal(w.meanBefore, lang),
          decimal(w.meanAfter, lang),
          decimal(w.meanDelta, lang),
          decimal(w.medianDelta, lang),
          percent(w.improved, w.measured, lang),
          percent(w.unchanged, w.measured, lang),
          percent(w.worse, w.measured, lang),
          String(w.beforeOnly),
        ]);
    out.push(
      markdownTable(
        [
          "",
          t("instrument", lang),
          t("measured", lang),
          t("before", lang),
          t("after", lang),
          t("meanDelta", lang),
          t("medianDelta", lang),
          t("improved", lang),
          t("unchanged", lang),
          t("worse", lang),
          t("beforeOnly", lang),
        ],
        rows,
        ["l", "l", "r", "r", "r", "r", "r", "r", "r", "r", "r"],
      ),
    );
  }

  out.push("", `## ${t("listsUsed", lang)}`, "");
  out.push(
    markdownTable(
      [t("pricelist", lang), t("priceYear", lang), t("fingerprint", lang)],
      table.lists.map((l) => [`${l.id}@${l.version}`, String(l.priceYear), `\`${l.fingerprint}\``]),
    ),
  );
  out.push("", `_${t("precision", lang)}_`);
  return `${out.join("\n")}\n`;
}
