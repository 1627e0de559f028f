import { lineTrailToJson } from "../cases/caseResultJson.js";
import { type Cents, centsToString } from "../money/cents.js";
import type {
  AuditedClaim,
  AuditResult,
  AuditResultJson,
  DuplicateGroup,
  Finding,
  LineEvidence,
  Recomputation,
} from "./types.js";

const euros = centsToString;
const maybe = (c: Cents | null): string | null => (c === null ? null : euros(c));

function lineEvidenceToJson<T extends LineEvidence>(l: T): Omit<T, "cost"> & LineEvidence<string> {
  return { ...l, cost: euros(l.cost) };
}

/**
 * A finding as written: its amounts as two-decimal strings, every key in its place.
 * Typed per code, so an amount of any code's evidence cannot be left in cents (or written twice).
 */
function findingToJson(f: Finding): Finding<string> {
  switch (f.code) {
    case "savings_above_recomputed":
    case "savings_below_recomputed":
      return {
        ...f,
        claimedSavings: euros(f.claimedSavings),
        recomputedSavings: euros(f.recomputedSavings),
        difference: euros(f.difference),
        tolerance: euros(f.tolerance),
        caseNetReturn: euros(f.caseNetReturn),
      };
    case "spending_not_found":
      return {
        ...f,
        claimedAmount: euros(f.claimedAmount),
        interventionLines: f.interventionLines.map(lineEvidenceToJson),
      };
    case "spending_amount_differs":
      return { ...f, claimedAmount: euros(f.claimedAmount), lines: f.lines.map(lineEvidenceToJson) };
    case "duplicate_spending": {
      const { line, ...rest } = f;
      return line ? { ...f, line: lineEvidenceToJson(line) } : rest;
    }
    case "counterfactual_without_reason":
      return { ...f, cost: euros(f.cost) };
    case "counterfactual_horizon_exceeded":
      return { ...f, cost: euros(f.cost) };
    case "pricelist_not_valid_on_date": {
      if (!("named" in f)) return f;
      const { namedListNetReturn: n, ...rest } = f;
      return n === undefined ? rest : { ...f, namedListNetReturn: euros(n) };
    }
    // No amounts in their evidence.
    case "relapsed_within_horizon":
    case "no_counterfactual":
    case "case_not_found":
    case "case_not_priceable":
      return f;
  }
}

function recomputationToJson(r: Recomputation): Recomputation<string> {
  return {
    pricelist: r.pricelist,
    counterfactualCost: euros(r.counterfactualCost),
    actualCost: euros(r.actualCost),
    interventionCost: euros(r.interventionCost),
    netReturn: euros(r.netReturn),
    unexplainedCounterfactualCost: euros(r.unexplainedCounterfactualCost),
    claimsOnCase: r.claimsOnCase,
    lines: r.lines.map(lineTrailToJson),
  };
}

/** A claim as written; the keys in the order the audit gives them (the JSON output keeps its bytes). */
function claimToJson(c: AuditedClaim): AuditedClaim<string> {
  const h = c.withinHorizon;
  return {
    id: c.id,
    caseId: c.caseId,
    date: c.date,
    amount: euros(c.amount),
    purpose: c.purpose,
    status: c.status,
    claimedSavings: euros(c.claimedSavings),
    recomputedSavings: maybe(c.recomputedSavings),
    difference: maybe(c.difference),
    unexplainedSavings: euros(c.unexplainedSavings),
    ...(c.recomputation ? { recomputation: recomputationToJson(c.recomputation) } : {}),
    ...(h
      ? {
          withinHorizon: {
            ...h,
            beyondHorizon: euros(h.beyondHorizon),
            netReturn: euros(h.netReturn),
            recomputedSavings: euros(h.recomputedSavings),
            difference: euros(h.difference),
          },
        }
      : {}),
    ...(c.pm !== undefined ? { pm: c.pm } : {}),
    findings: c.findings.map(findingToJson),
  };
}

function duplicateToJson(g: DuplicateGroup): DuplicateGroup<string> {
  const { line, spending, ...rest } = g;
  return {
    ...rest,
    ...(line ? { line: lineEvidenceToJson(line) } : {}),
    ...(spending ? { spending: { ...spending, amount: euros(spending.amount) } } : {}),
  };
}

/**
 * An audit result as written to a file (`rendement audit`'s JSON, a bundle's outputs): every amount a
 * two-decimal euro string, the keys in the result's order. This is the only place an audit's cents become
 * text; reports format the cents themselves.
 *
 * @example
 * ```ts
 * const r = audit(parseClaimsFile(claimsJson), parseCaseFile(casesJson), { catalog: bundledCatalog() });
 * r.summary.claimedTotal;                     // 2400000 (cents)
 * auditResultToJson(r).summary.claimedTotal;  // "24000.00"
 * JSON.stringify(auditResultToJson(r), null, 2); // what `rendement audit --format json` writes
 * ```
 */
export function auditResultToJson(r: AuditResult): AuditResultJson {
  const sm = r.summary;
  return {
    ...r,
    settings: { ...r.settings, tolerance: euros(r.settings.tolerance) },
    claims: r.claims.map(claimToJson),
    summary: {
      ...sm,
      claimedTotal: euros(sm.claimedTotal),
      confirmedTotal: euros(sm.confirmedTotal),
      recomputedTotal: euros(sm.recomputedTotal),
      overclaimedExcess: euros(sm.overclaimedExcess),
      underclaimedShortfall: euros(sm.underclaimedShortfall),
      unverifiableTotal: euros(sm.unverifiableTotal),
      unexplainedTotal: euros(sm.unexplainedTotal),
    },
    duplicates: r.duplicates.map(duplicateToJson),
  };
}
