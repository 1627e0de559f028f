import type { Evaluation } from "../cases/evaluateCases.js";
import type { CaseResult } from "../cases/types.js";
import { formatEuro } from "../money/formatEuro.js";
import { escapeHtml } from "../report/escapeHtml.js";
import { t } from "../report/labels.js";
import { markdownTable } from "../report/markdownTable.js";
import { decimal, FIGURES } from "../report/rollupCells.js";
import { type Displayable, JUPYTER_DISPLAY, type MimeBundle } from "./display.js";

/** Evaluated cases that a notebook displays as a table. */
export interface CasesView extends Displayable {
  readonly cases: readonly CaseResult[];
}

/**
 * Wraps evaluated cases for a notebook: one row per case with the five
 * figures and the ratio, as HTML (every value escaped) and plain text.
 *
 * @example
 * ```ts
 * casesView(evaluateCases(file.cases, { catalog: bundledCatalog() }));
 * ```
 */
export function casesView(
  input: Evaluation | readonly CaseResult[],
  options: { lang?: "nl" | "en" | undefined; limit?: number | undefined } = {},
): CasesView {
  const lang = options.lang ?? "nl";
  const cases = "cases" in input ? input.cases : input;
  const limit = options.limit ?? 200;
  return {
    cases,
    [JUPYTER_DISPLAY](): MimeBundle {
      const shown = cases.slice(0, limit);
      const head = [t("case", lang), t("wijk", lang), ...FIGURES.map((f) => t(f, lang)), t("ratio", lang)];
      const rows = shown.map((c) => [
        c.id,
        c.wijk,
        ...FIGURES.map((f) => formatEuro(c[f], lang)),
        decimal(c.ratio, lang),
      ]);
      const more = cases.length > limit ? `\n… ${cases.length - limit} more` : "";
      const html = `<table><thead><tr>${head.map((h) => `<th>${escapeHtml(h)}</th>`).join("")}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((x, i) => `<td${i > 1 ? ' style="text-align:right"' : ""}>${escapeHtml(x)}</td>`).join("")}</tr>`).join("")}</tbody></table>${more ? `<p>${escapeHtml(more)}</p>` : ""}`;
      return { "text/plain": markdownTable(head, rows) + more, "text/html": html };
    },
  };
}
