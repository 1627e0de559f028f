import { ratioString } from "../cases/evaluate.js";
import type { Evaluation } from "../cases/evaluateCases.js";
import { addCents, centsToString } from "../money/cents.js";
import { formatEuro } from "../money/formatEuro.js";
import { amountToCents } from "../money/parseDecimal.js";
import { type Lang, t } from "./labels.js";
import { markdownTable } from "./markdownTable.js";

const FIGS = ["counterfactualCost", "actualCost", "interventionCost", "avoidedCost", "netReturn"] as const;

/**
 * A readable Markdown report of evaluated cases: one row per case with the
 * five figures, a total row that is the exact sum of the rows, and the lists
 * used with their fingerprints.
 *
 * @example
 * ```ts
 * const md = computeMarkdown(evaluateCases(cases, { catalog }), "nl");
 * ```
 */
export function computeMarkdown(ev: Evaluation, lang: Lang = "nl"): string {
  const totals = FIGS.map((f) => ev.cases.reduce((s, c) => addCents(s, amountToCents(c[f])), 0));
  const rows = ev.cases.map((c) => [c.id, c.wijk, ...FIGS.map((f) => formatEuro(c[f], lang)), c.ratio ?? "–"]);
  rows.push([
    `**${t("total", lang)}**`,
    "",
    ...totals.map((x) => `**${formatEuro(centsToString(x), lang)}**`),
    ratioString(totals[3] as number, totals[2] as number) ?? "–",
  ]);
  const out: string[] = [`# ${t("title", lang)}`, ""];
  out.push(
    markdownTable([t("case", lang), t("wijk", lang), ...FIGS.map((f) => t(f, lang)), t("ratio", lang)], rows, [
      "l",
      "l",
      "r",
      "r",
      "r",
      "r",
      "r",
      "r",
    ]),
  );
  out.push("", `## ${t("pricelist", lang)}`, "");
  out.push(
    markdownTable(
      [t("pricelist", lang), t("priceYear", lang), t("fingerprint", lang)],
      ev.lists.map((l) => [
        `${l.id}@${l.version}${l.example ? ` (${t("example", lang)})` : ""}`,
        String(l.priceYear),
        `\`${l.fingerprint}\``,
      ]),
    ),
  );
  const warned = ev.cases.filter((c) => c.warnings.length > 0);
  if (warned.length > 0) {
    out.push("", `## ${t("warnings", lang)}`, "");
    for (const c of warned) for (const w of c.warnings) out.push(`- ${c.id}: ${w.message} (\`${w.code}\`)`);
  }
  return `${out.join("\n")}\n`;
}
