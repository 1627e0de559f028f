import type { Evaluation } from "../cases/evaluateCases.js";
import type { CaseResult } from "../cases/types.js";
import { amount } from "../report/figures.js";
import { t, tf } from "../report/labels.js";
import { decimal, type TableBlock, text } from "../report/model.js";
import { renderHtmlBody } from "../report/render/renderHtml.js";
import { renderText } from "../report/render/renderText.js";
import { FIGURES } from "../report/rollupCells.js";
import { type Displayable, JUPYTER_DISPLAY, type MimeBundle } from "./display.js";

/** Evaluated cases that a notebook displays as a table. */
export interface CasesView extends Displayable {
  /** The results shown, in input order (all of them; the display shows the first `limit`). */
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
      const table: TableBlock = {
        kind: "table",
        name: "cases",
        columns: [
          { title: t("case", lang) },
          { title: t("wijk", lang) },
          ...[...FIGURES, "ratio" as const].map((f) => ({ title: t(f, lang), align: "r" as const })),
        ],
        rows: cases.slice(0, limit).map((c) => ({
          cells: [text(c.id), text(c.wijk), ...FIGURES.map((f) => amount(c[f])), decimal(c.ratio)],
        })),
      };
      const more =
        cases.length > limit
          ? [{ kind: "paragraph" as const, content: [`… ${tf("more", lang, { n: String(cases.length - limit) })}`] }]
          : [];
      const doc = { title: "", lang, blocks: [table, ...more] };
      return { "text/plain": renderText(doc).trimEnd(), "text/html": renderHtmlBody(doc) };
    },
  };
}
