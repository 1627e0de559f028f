import type { AuditResult } from "../../audit/types.js";
import { type CsvDialect, csvTable } from "../../csv/csvTable.js";

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
  const head = [
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
  ];
  const rows = result.claims.map((c) => [
    c.id,
    c.caseId,
    c.date,
    c.amount,
    c.purpose,
    c.status,
    c.claimedSavings,
    c.recomputedSavings ?? "",
    c.difference ?? "",
    c.unexplainedSavings,
    c.recomputation ? `${c.recomputation.pricelist.id}@${c.recomputation.pricelist.version}` : "",
    c.recomputation?.pricelist.fingerprint ?? "",
    c.findings.map((f) => f.code).join(" "),
  ]);
  return csvTable(head, rows, { dialect: options.dialect ?? "nl", numeric: [3, 6, 7, 8, 9] });
}
