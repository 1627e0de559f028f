import type { CaseResult } from "../cases/types.js";
import { type CsvDialect, csvTable } from "../csv/csvTable.js";
import { type Lang, t } from "./labels.js";
import { FIGURES } from "./rollupCells.js";

/**
 * Evaluated cases as CSV, one row per case: id, wijk, programme, start, the
 * five figures, the ratio, the societal net return, counterfactual lines
 * without a reason, and the list used. Dutch dialect by default; text cells
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
  const lang = options.lang ?? "nl";
  const head = [
    t("case", lang),
    t("wijk", lang),
    t("programme", lang),
    "start",
    ...FIGURES.map((f) => t(f, lang)),
    t("ratio", lang),
    t("societalNet", lang),
    t("unexplained", lang),
    t("pricelist", lang),
  ];
  const rows = results.map((r) => [
    r.id,
    r.wijk,
    r.programme ?? "",
    r.start,
    ...FIGURES.map((f) => r[f]),
    r.ratio ?? "",
    r.societal.netReturn,
    String(r.unexplainedCounterfactualLines),
    `${r.pricelist.id}@${r.pricelist.version}`,
  ]);
  return csvTable(head, rows, { dialect: options.dialect ?? "nl", numeric: [4, 5, 6, 7, 8, 9, 10] });
}
