/**
 * A fast, conservative check of one case as JSON.parse returns it: true only
 * when the case schema would accept it unchanged (nothing in a case is
 * transformed), so the caller may skip the schema. Anything unusual (an
 * unknown or undefined field, an organisation's own follow-up status, an
 * object that is not plain) answers false, and the schema then decides and
 * explains. The cross-field rules are the schema's own ({@link lineRuleIssues}
 * and friends), and each field uses the schema's own problem functions
 * behind a quick pattern; a property test holds "accepted ⇒ valid".
 * @internal
 */

import { amountProblem } from "../money/parseDecimal.js";
import { isIsoDate } from "../periods/calendarDate.js";
import {
  concentrationProblem,
  IDENTIFIER,
  PRICELIST_REF,
  probabilityProblem,
  quantityProblem,
} from "../schemas/common.js";
import {
  caseRuleIssues,
  followUpRuleIssues,
  lineRuleIssues,
  probabilitySumIssues,
  uncertaintyIssues,
} from "./caseRules.js";
import type { Case, Line } from "./caseTypes.js";

type Obj = Record<string, unknown>;
type FieldCheck = (v: unknown) => boolean;

/** A plain object whose own keys all have a check, each passing; `required` keys present. */
function shape(v: unknown, fields: Readonly<Record<string, FieldCheck>>, required: readonly string[]): v is Obj {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null) return false;
  for (const k of required) if (!Object.hasOwn(v, k)) return false;
  for (const k of Object.keys(v)) {
    const check = Object.hasOwn(fields, k) ? fields[k] : undefined;
    if (check === undefined || !check((v as Obj)[k])) return false;
  }
  return true;
}

const AMOUNT_QUICK = /^\d{1,13}(\.\d{1,2})?$/;
const QUANTITY_QUICK = /^\d{1,10}(\.\d{1,5})?$/;

const text: FieldCheck = (v) => typeof v === "string";
const nonEmpty: FieldCheck = (v) => typeof v === "string" && v.length > 0;
const bool: FieldCheck = (v) => typeof v === "boolean";
const date: FieldCheck = (v) => typeof v === "string" && isIsoDate(v);
const id: FieldCheck = (v) => typeof v === "string" && v.length <= 120 && IDENTIFIER.test(v);
const amount: FieldCheck = (v) => typeof v === "string" && (AMOUNT_QUICK.test(v) || amountProblem(v) === undefined);
const quantity: FieldCheck = (v) => {
  if (typeof v === "string") return QUANTITY_QUICK.test(v) || quantityProblem(v) === undefined;
  if (typeof v !== "number" || !Number.isFinite(v)) return false;
  // A whole number of at most 15 digits needs no decimal parsing.
  return (Number.isSafeInteger(v) && v >= 0 && v < 1e15) || quantityProblem(v) === undefined;
};
const per: FieldCheck = (v) => v === "day" || v === "week" || v === "month" || v === "year";
const period: FieldCheck = (v) => shape(v, PERIOD, ["from", "through"]) && (v.from as string) <= (v.through as string);
const PERIOD = { from: date, through: date };
const rate: FieldCheck = (v) => shape(v, { quantity, per }, ["quantity", "per"]);
const range: FieldCheck = (v) => shape(v, { low: amount, high: amount }, ["low", "high"]);

const LINE: Record<string, FieldCheck> = {
  item: id,
  quantity,
  period,
  rate,
  amount,
  range,
  per,
  description: nonEmpty,
  payer: id,
  domain: id,
  transfer: bool,
  cashable: bool,
  date,
  intervention: bool,
  reason: nonEmpty,
  note: text,
};
const line: FieldCheck = (v) => shape(v, LINE, []) && lineRuleIssues(v as unknown as Line).length === 0;
const lines: FieldCheck = (v) => Array.isArray(v) && v.every(line);

const probability: FieldCheck = (v) =>
  (typeof v === "string" || (typeof v === "number" && Number.isFinite(v))) && probabilityProblem(v) === undefined;
const alternative: FieldCheck = (v) => shape(v, { probability, label: text, lines }, ["probability", "lines"]);
const concentration: FieldCheck = (v) =>
  (typeof v === "string" || (typeof v === "number" && Number.isFinite(v))) && concentrationProblem(v) === undefined;
const uncertainty: FieldCheck = (v) => shape(v, { concentration, reason: nonEmpty }, ["concentration", "reason"]);
const alternatives: FieldCheck = (v) =>
  shape(v, { alternatives: (a) => Array.isArray(a) && a.length > 0 && a.every(alternative), uncertainty }, [
    "alternatives",
  ]) &&
  probabilitySumIssues(v.alternatives as { probability: string | number }[]).length === 0 &&
  uncertaintyIssues(v as { alternatives: unknown[] }).length === 0;
const counterfactual: FieldCheck = (v) => (Array.isArray(v) ? v.every(line) : alternatives(v));

const FORBIDDEN = new Set(["__proto__", "constructor", "prototype"]);
const score = (v: unknown) => typeof v === "number" && Number.isFinite(v);
const scores: FieldCheck = (v) =>
  typeof v === "object" &&
  v !== null &&
  Object.getPrototypeOf(v) === Object.prototype &&
  Object.entries(v).every(([k, x]) => k.length > 0 && !FORBIDDEN.has(k) && score(x));
const measurement: FieldCheck = (v) => shape(v, { date, scores, narrative: text }, ["scores"]);
const wellbeing: FieldCheck = (v) =>
  Array.isArray(v) &&
  v.every((w) => shape(w, { instrument: id, before: measurement, after: measurement }, ["instrument", "before"]));
const status: FieldCheck = (v) => v === "held" || v === "relapsed" || v === "unknown";
const followUp: FieldCheck = (v) =>
  Array.isArray(v) &&
  v.every(
    (f) =>
      shape(f, { date, status, relapseDate: date, note: text }, ["date", "status"]) &&
      followUpRuleIssues(f as { date: string; status: string }).length === 0,
  );
const pm: FieldCheck = (v) =>
  Array.isArray(v) && v.every((p) => shape(p, { description: nonEmpty, domain: id, note: text }, ["description"]));

const CASE: Record<string, FieldCheck> = {
  id: nonEmpty,
  wijk: nonEmpty,
  programme: nonEmpty,
  start: date,
  end: date,
  pricelist: (v) => typeof v === "string" && PRICELIST_REF.test(v),
  counterfactual,
  actual: lines,
  wellbeing,
  followUp,
  pm,
  notes: text,
};
const REQUIRED = ["id", "wijk", "start", "counterfactual", "actual"];

/**
 * @internal Whether `data` is certainly a valid case (see the module's
 * comment); false means "let the schema decide", not "invalid".
 */
export function acceptCase(data: unknown): data is Case {
  return shape(data, CASE, REQUIRED) && caseRuleIssues(data as unknown as Case).length === 0;
}
