import type { CsvDialect } from "../csv/csvTable.js";
import type { Issue } from "../errors/issue.js";
import type { SpendingComparison, SpendingComparisonResult } from "../rollup/spending/compareSpending.js";
import type { SpendingFile } from "../rollup/spending/spendingSchema.js";
import { amount } from "./figures.js";
import { type Lang, t, tf } from "./labels.js";
import {
  type Block,
  code,
  decimal,
  heading,
  type Inline,
  NONE,
  note,
  paragraph,
  type ReportDocument,
  text,
  year,
} from "./model.js";
import { renderCsv } from "./render/renderCsv.js";
import { renderHtml } from "./render/renderHtml.js";
import { renderMarkdown } from "./render/renderMarkdown.js";
import { renderText } from "./render/renderText.js";
import { sentence } from "./sentence.js";

function yearsTable(c: SpendingComparison, lang: Lang) {
  return {
    kind: "table" as const,
    name: "spending",
    columns: [
      { title: t("year", lang), align: "l" as const },
      { title: t("observed", lang), align: "r" as const },
      { title: t("observedChange", lang), align: "r" as const },
      { title: t("caseAvoided", lang), align: "r" as const },
      { title: t("explainedShare", lang), align: "r" as const },
    ],
    rows: c.years.map((y) => ({
      cells: [
        year(y.year),
        amount(y.observed),
        y.observedChange !== undefined ? amount(y.observedChange) : NONE,
        amount(y.caseAvoidedCost),
        y.explainedShare !== undefined ? percent(y.explainedShare) : NONE,
      ],
    })),
  };
}

/** A share to 4 decimals as a percentage with 1 decimal, e.g. "0.3200" → 32.0 %. */
function percent(share: string): Inline {
  const [w = "0", f = ""] = share.split(".");
  const tenths = BigInt(w) * 1000n + BigInt(`${f}000`.slice(0, 3)) + (Number(f[3] ?? "0") >= 5 ? 1n : 0n);
  return decimal(`${tenths / 10n}.${tenths % 10n}`, " %");
}

function summary(c: SpendingComparison, lang: Lang): Block | undefined {
  const last = c.years[c.years.length - 1];
  if (!last || last.observedChange === undefined) return undefined;
  const values = {
    base: text(String(c.baseYear)),
    year: text(String(last.year)),
    change: amount(Math.abs(last.observedChange)),
    avoided: amount(last.caseAvoidedCost),
  };
  if (last.explainedShare === undefined)
    return paragraph(...sentence("spendingSummaryUp", lang, { ...values, change: amount(last.observedChange) }));
  return paragraph(
    ...sentence("spendingSummary", lang, {
      ...values,
      direction: text(t("down", lang)),
      share: percent(last.explainedShare),
      rest: amount(Math.max(0, -last.observedChange - last.caseAvoidedCost)),
    }),
  );
}

/**
 * @internal Observed spending beside the cases as a report document: per wijk (or programme) and payer
 * the years, the observed change, the cases' avoided cost and the explained share, never added up.
 */
export function spendingDocument(r: SpendingComparisonResult, file: SpendingFile, lang: Lang): ReportDocument {
  const title = t("spendingTitle", lang);
  const blocks: Block[] = [heading(1, text(title))];
  const scope = r.comparisons[0]?.scope ?? "wijk";
  blocks.push(paragraph(...sentence("spendingIntro", lang, { scope: text(t(scope, lang).toLowerCase()) })));
  if (r.source !== undefined) blocks.push(paragraph(...sentence("spendingSource", lang, { source: text(r.source) })));
  for (const c of r.comparisons) {
    blocks.push(heading(2, text(`${t(c.scope, lang)} ${c.name}, ${t("payer", lang).toLowerCase()} ${c.payer}`)));
    const s = summary(c, lang);
    if (s) blocks.push(s);
    blocks.push(yearsTable(c, lang));
  }
  blocks.push(note("note", t("spendingCaveat", lang)));
  if (r.warnings.length > 0) {
    blocks.push(heading(2, text(t("spendingWarnings", lang))));
    for (const w of r.warnings) {
      const { key, values } = spendingWarningWords(w, file, lang);
      blocks.push(
        note("warning", ...sentence(key, lang, { ...values, name: code(values.name), payer: code(values.payer) })),
      );
    }
  }
  return { title, lang, blocks };
}

/** The words of a spending warning: its dictionary sentence and the row's scope, name and payer. */
function spendingWarningWords(
  w: Issue,
  file: SpendingFile,
  lang: Lang,
): { key: "spendingNoYears" | "spendingNoCase"; values: { scope: string; name: string; payer: string } } {
  const row = file.spending[w.path[1] as number];
  return {
    key: w.code === "spending_years_without_cases" ? "spendingNoYears" : "spendingNoCase",
    values: {
      scope: t(row?.wijk !== undefined ? "wijk" : "programme", lang).toLowerCase(),
      name: row?.wijk ?? row?.programme ?? "",
      payer: row?.payer ?? "",
    },
  };
}

/**
 * A spending warning as one line of text in the language (for the command line's standard error).
 *
 * @example
 * ```ts
 * spendingWarningText(result.warnings[0], file, "nl"); // "geen casus hoort bij wijk Elders: …"
 * ```
 */
export function spendingWarningText(w: Issue, file: SpendingFile, lang: Lang): string {
  const { key, values } = spendingWarningWords(w, file, lang);
  return tf(key, lang, values);
}

/** @internal The comparison as Markdown. */
export const spendingMarkdown = (r: SpendingComparisonResult, file: SpendingFile, lang: Lang): string =>
  renderMarkdown(spendingDocument(r, file, lang));

/** @internal The comparison as a self-contained HTML page. */
export const spendingHtml = (r: SpendingComparisonResult, file: SpendingFile, lang: Lang): string =>
  renderHtml(spendingDocument(r, file, lang));

/**
 * The comparison of observed spending and avoided cost in a report format: Markdown, HTML, plain text or CSV.
 *
 * @example
 * ```ts
 * renderSpending(result, file, { format: "text", lang: "en", dialect: "intl" });
 * ```
 */
export function renderSpending(
  r: SpendingComparisonResult,
  file: SpendingFile,
  o: { readonly format: "md" | "html" | "text" | "csv"; readonly lang: Lang; readonly dialect: CsvDialect },
): string {
  if (o.format === "csv") return spendingCsv(r, o.lang, o.dialect);
  const doc = spendingDocument(r, file, o.lang);
  return o.format === "md" ? renderMarkdown(doc) : o.format === "html" ? renderHtml(doc) : renderText(doc);
}

/** @internal The comparison as CSV: one row per wijk (or programme), payer and year. */
export function spendingCsv(r: SpendingComparisonResult, lang: Lang, dialect: CsvDialect = "nl"): string {
  const first = r.comparisons[0];
  const base = yearsTable(first ?? { scope: "wijk", name: "", payer: "", baseYear: 0, years: [] }, lang);
  const rows = r.comparisons.flatMap((c) =>
    yearsTable(c, lang).rows.map((row) => ({ cells: [c.name, c.payer, ...row.cells] })),
  );
  return renderCsv(
    {
      ...base,
      columns: [
        { title: t(first?.scope ?? "wijk", lang), align: "l" },
        { title: t("payer", lang), align: "l" },
        ...base.columns,
      ],
      rows,
    },
    dialect,
  );
}
