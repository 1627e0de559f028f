import type { ProgrammeInfo } from "../cases/caseTypes.js";
import { ratioString } from "../cases/evaluate.js";
import type { Evaluation } from "../cases/evaluateCases.js";
import type { SummedFlows } from "../cases/sumFlows.js";
import { sumCents } from "../money/cents.js";
import { amount } from "./figures.js";
import { type Lang, t } from "./labels.js";
import { type Block, code, decimal, heading, type ReportDocument, text } from "./model.js";
import { pmBlocks, pmEntries } from "./pmBlocks.js";
import { renderMarkdown } from "./render/renderMarkdown.js";
import { FIGURES, type WijkNames, wijkName } from "./rollupCells.js";
import { listsTable } from "./rollupReport.js";
import { pathText, warningText } from "./warningText.js";
import { yearBlocks } from "./yearFlows.js";

/** Options of {@link computeMarkdown}. */
export interface ComputeReportOptions {
  /** Wijk names by code: the report shows `name (code)` where a name is known. */
  readonly wijkNames?: ReadonlyMap<string, string> | undefined;
  /** The case file's programmes: their PM effects are listed beside the cases' own. */
  readonly programmes?: readonly ProgrammeInfo[] | undefined;
  /** The cases' flows summed per year (`sumFlows`): adds the table "Kosten per jaar". */
  readonly byYear?: SummedFlows | undefined;
}

/**
 * @internal The per-case report as a document: one row per case with the five
 * figures and the ratio, a total row that is the exact sum of the rows, the
 * PM effects (never as euros), the lists used, and the warnings in the report's language.
 */
export function computeDocument(
  ev: Evaluation,
  lang: Lang,
  options: {
    readonly names?: WijkNames | undefined;
    readonly byYear?: SummedFlows | undefined;
    readonly programmes?: readonly ProgrammeInfo[] | undefined;
  } = {},
): ReportDocument {
  const { names, byYear } = options;
  const totals = FIGURES.map((f) => sumCents(ev.cases.map((c) => c[f])));
  const title = t("title", lang);
  const blocks: Block[] = [heading(1, title)];
  blocks.push({
    kind: "table",
    name: "cases",
    columns: [
      { title: t("case", lang) },
      { title: t("wijk", lang) },
      ...FIGURES.map((f) => ({ title: t(f, lang), align: "r" as const })),
      { title: t("ratio", lang), align: "r" },
    ],
    rows: [
      ...ev.cases.map((c) => ({
        cells: [text(c.id), text(wijkName(c.wijk, names)), ...FIGURES.map((f) => amount(c[f])), decimal(c.ratio)],
      })),
      {
        total: true,
        cells: [
          t("total", lang),
          "",
          ...totals.map((x) => amount(x)),
          decimal(ratioString(totals[3] as number, totals[2] as number)),
        ],
      },
    ],
  });
  if (byYear) blocks.push(...yearBlocks(byYear, lang));
  blocks.push(...pmBlocks(pmEntries(ev.cases, options.programmes), lang));
  blocks.push(heading(2, t("pricelist", lang)), listsTable(ev.lists, lang));
  const warned = ev.cases.filter((c) => c.warnings.length > 0);
  if (warned.length > 0)
    blocks.push(heading(2, t("warnings", lang)), {
      kind: "list",
      items: warned.flatMap((c) =>
        c.warnings.map((w) => [
          text(c.id),
          ", ",
          code(pathText(w.path)),
          `: ${warningText(w, lang)} (`,
          code(w.code),
          ")",
        ]),
      ),
    });
  return { title, lang, blocks };
}

/**
 * A readable Markdown report of evaluated cases: one row per case with the
 * five figures, a total row that is the exact sum of the rows, the effects
 * that cannot be priced (PM, never euros), the lists used with their
 * fingerprints, and the warnings. Every text from input is
 * shown as typed; numbers in the language's notation (`11,1111` in Dutch).
 *
 * @example
 * ```ts
 * const md = computeMarkdown(evaluateCases(cases, { catalog }), "nl");
 * ```
 */
export function computeMarkdown(ev: Evaluation, lang: Lang = "nl", options: ComputeReportOptions = {}): string {
  return renderMarkdown(
    computeDocument(ev, lang, { names: options.wijkNames, byYear: options.byYear, programmes: options.programmes }),
  );
}
