import type { AuditResult } from "../../audit/types.js";
import type { CsvDialect } from "../../csv/csvTable.js";
import { amount, maybeAmount } from "../figures.js";
import { date, type TableBlock, text } from "../model.js";
import { renderCsv } from "../render/renderCsv.js";

/** @internal The audit's claims table as a document table, one row per claim (what the CSV holds). */
export function auditTable(result: AuditResult): TableBlock {
  return {
    kind: "table",
    name: "claims",
    columns: [
      "id",
      "caseId",
      "date",
      "amount",
      "purpose",
      "status",
      "claimedSavings",
      "recomputedSavings",
      "difference",
      "unexplainedSavings",
      "pricelist",
      "fingerprint",
      "findings",
    ].map((title) => ({ title })),
    rows: result.claims.map((c) => ({
      cells: [
        text(c.id),
        text(c.caseId),
        date(c.date),
        amount(c.amount),
        text(c.purpose),
        text(c.status),
        amount(c.claimedSavings),
        maybeAmount(c.recomputedSavings),
        maybeAmount(c.difference),
        amount(c.unexplainedSavings),
        text(c.recomputation ? `${c.recomputation.pricelist.id}@${c.recomputation.pricelist.version}` : ""),
        text(c.recomputation?.pricelist.fingerprint ?? ""),
        text(c.findings.map((f) => f.code).join(" ")),
      ],
    })),
  };
}

/**
 * The audit as CSV, one row per claim (status, claimed and recomputed
 * savings, difference, the part resting on unexplained counterfactual lines,
 * list used and finding codes), safe to open in a spreadsheet: Dutch dialect
 * (`;`, decimal comma) by default, formula injection neutralised.
 *
 * @example
 * ```ts
 * const csv = auditCsv(audit(claims, cases, { catalog: bundledCatalog() }));
 * ```
 */
export function auditCsv(result: AuditResult, options: { dialect?: CsvDialect | undefined } = {}): string {
  return renderCsv(auditTable(result), options.dialect ?? "nl");
}
