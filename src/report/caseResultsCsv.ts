import type { CaseResult } from "../cases/types.js";
import type { CsvDialect } from "../csv/csvTable.js";
import { amount } from "./figures.js";
import { type Lang, t } from "./labels.js";
import { date, decimal, integer, type TableBlock, text } from "./model.js";
import { renderCsv } from "./render/renderCsv.js";
import { FIGURES } from "./rollupCells.js";

/** @internal Evaluated cases as a document table, one row per case. */
export function caseResultsTable(results: readonly CaseResult[], lang: Lang): TableBlock {
  return {
    kind: "table",
    name: "cases",
    columns: [
      t("case", lang),
      t("wijk", lang),
      t("programme", lang),
      t("start", lang).toLowerCase(),
      ...FIGURES.map((f) => t(f, lang)),
      t("ratio", lang),
      t("societalNet", lang),
      t("unexplained", lang),
      t("pricelist", lang),
      t("pmCount", lang),
    ].map((title) => ({ title })),
    rows: results.map((r) => ({
      cells: [
        text(r.id),
        text(r.wijk),
        text(r.programme ?? ""),
        date(r.start),
        ...FIGURES.map((f) => amount(r[f])),
        decimal(r.ratio),
        amount(r.societal.netReturn),
        integer(r.unexplainedCounterfactualLines),
        text(`${r.pricelist.id}@${r.pricelist.version}`),
        // PM effects by name only: they are never amounts.
        text((r.pm ?? []).map((p) => p.description).join(" | ")),
      ],
    })),
  };
}

/**
 * Evaluated cases as CSV, one row per case: id, wijk, programme, start, the
 * five figures, the ratio, the societal net return, counterfactual lines
 * without a reason, the list used, and the case's PM effects by name (never euros). Dutch dialect by default; text cells
 * neutralised against formula injection.
 *
 * @example
 * ```ts
 * const csv = caseResultsCsv(evaluation.cases, { dialect: "nl" });
 * ```
 */
export function caseResultsCsv(
  results: readonly CaseResult[],
  options: { dialect?: CsvDialect | undefined; lang?: Lang | undefined } = {},
): string {
  return renderCsv(caseResultsTable(results, options.lang ?? "nl"), options.dialect ?? "nl");
}
