import type { AuditResult } from "../../audit/types.js";
import type { CsvDialect } from "../../csv/csvTable.js";
import { amount, maybeAmount } from "../figures.js";
import { type Lang, t } from "../labels.js";
import { date, type TableBlock, text } from "../model.js";
import { renderCsv } from "../render/renderCsv.js";
import { type AuditReportOptions, claimWijk, statusText } from "./auditBlocks.js";

/** @internal The audit's CSV table: one row per claim. */
export function auditCsvTable(result: AuditResult, lang: Lang, options: AuditReportOptions = {}): TableBlock {
  const named = options.caseWijken !== undefined;
  const keys = [
    "claim",
    "case",
    ...(named ? (["wijk"] as const) : []),
    "spendingDate",
    "amountSpent",
    "purpose",
    "status",
    "claimed",
    "recomputed",
    "difference",
    "unexplainedSavings",
    "pricelist",
    "fingerprint",
    "findingCodes",
  ] as const;
  return {
    kind: "table",
    name: "claims",
    columns: keys.map((k) => ({ title: t(k, lang) })),
    rows: result.claims.map((c) => ({
      cells: [
        text(c.id),
        text(c.caseId),
        ...(named ? [text(claimWijk(c.caseId, options) ?? "")] : []),
        date(c.date),
        amount(c.amount),
        text(c.purpose),
        statusText(c.status, lang),
        amount(c.claimedSavings),
        maybeAmount(c.recomputedSavings),
        maybeAmount(c.difference),
        amount(c.unexplainedSavings),
        c.recomputation ? `${c.recomputation.pricelist.id}@${c.recomputation.pricelist.version}` : "",
        c.recomputation?.pricelist.fingerprint ?? "",
        c.findings.map((f) => f.code).join(" "),
      ],
    })),
  };
}

/**
 * The audit as CSV, one row per claim (status, claimed and recomputed
 * savings, difference, the part resting on unexplained counterfactual lines,
 * list used and finding codes; with `caseWijken`, the wijk of the claim's
 * case after the case), safe to open in a spreadsheet: Dutch dialect
 * (`;`, decimal comma) and Dutch words by default, formula injection
 * neutralised.
 *
 * @example
 * ```ts
 * const csv = auditCsv(audit(claims, cases, { catalog: bundledCatalog() }), { lang: "en", dialect: "intl" });
 * ```
 */
export function auditCsv(
  result: AuditResult,
  options: { dialect?: CsvDialect | undefined; lang?: Lang | undefined } & AuditReportOptions = {},
): string {
  return renderCsv(auditCsvTable(result, options.lang ?? "nl", options), options.dialect ?? "nl");
}
