/**
 * The rules of a case file that span fields (which line form, which side,
 * which dates), written once: the zod schemas report them as issues, and the
 * fast acceptor ({@link acceptCase}) refuses any case they flag.
 * @internal
 */
import type { IssueParams } from "../errors/issue.js";
import { amountProblem, amountToCents, parseDecimal } from "../money/parseDecimal.js";
import type { Case, Line } from "./caseTypes.js";

/** @internal One broken rule: where (relative to the checked value), what, and what was expected. */
export interface RuleIssue {
  readonly path: (string | number)[];
  readonly message: string;
  readonly expected?: string | undefined;
  /** The values the message is made of, and which rule (`rule`), to say it in any language. */
  readonly params: IssueParams;
}

const AD_HOC_ONLY = ["amount", "per", "description", "payer", "domain", "transfer", "cashable", "range"] as const;

/** @internal Which of the five line forms a line has, and what contradicts it. */
export function lineRuleIssues(l: Line): RuleIssue[] {
  const out: RuleIssue[] = [];
  const add = (message: string, path: (string | number)[], expected: string | undefined, params: IssueParams) =>
    out.push(expected ? { message, path, expected, params } : { message, path, params });
  if (l.item !== undefined) {
    for (const k of AD_HOC_ONLY)
      if (l[k] !== undefined)
        add(
          `"${k}" belongs to an ad-hoc line, not an item line`,
          [k],
          "item lines: item with quantity, period or period and rate",
          { rule: "item_line_field", field: k },
        );
    if (l.quantity !== undefined && l.period !== undefined)
      add("give either quantity or period, not both", ["quantity"], undefined, { rule: "quantity_and_period" });
    if (l.quantity === undefined && l.period === undefined)
      add('a line with "item" needs a quantity or a period', [], "quantity, or period {from, through}", {
        rule: "item_needs_quantity",
      });
    if (l.rate !== undefined && l.period === undefined)
      add('"rate" needs a period', ["rate"], undefined, { rule: "rate_needs_period" });
  } else if (l.amount !== undefined) {
    for (const k of ["quantity", "rate"] as const)
      if (l[k] !== undefined)
        add(`"${k}" belongs to a line with "item"`, [k], undefined, { rule: "amount_line_field", field: k });
    if (l.period !== undefined && l.per === undefined)
      add('a recurring ad-hoc line needs "per"', ["per"], '"per": "day", "week", "month" or "year" beside the period', {
        rule: "needs_per",
      });
    if (l.per !== undefined && l.period === undefined)
      add(`"per" needs a period`, ["period"], "period {from, through}", { rule: "per_needs_period", per: l.per });
    for (const k of ["description", "payer", "domain"] as const)
      if (l[k] === undefined)
        add(`an ad-hoc amount line needs "${k}"`, [k], "amount, description, payer and domain", {
          rule: "amount_line_needs",
          field: k,
        });
    if (l.range) out.push(...amountRangeIssues(l.amount, l.range));
  } else {
    add(
      'a line needs "item" (a price item code) or "amount" (an ad-hoc amount)',
      [],
      "item with quantity or period, or amount with description, payer and domain",
      { rule: "line_form" },
    );
  }
  return out;
}

/** An ad-hoc line's range holds its amount, low at most high (problems at `range.low`, `range`). */
function amountRangeIssues(amount: string, range: { low: string; high: string }): RuleIssue[] {
  if (amountProblem(amount) || amountProblem(range.low) || amountProblem(range.high)) return []; // reported by the amounts
  const [a, lo, hi] = [amount, range.low, range.high].map(amountToCents) as [number, number, number];
  if (lo > hi)
    return [
      {
        message: `range low ${range.low} is above its high ${range.high}`,
        path: ["range", "low"],
        expected: "low ≤ high",
        params: { rule: "range_reversed", low: range.low, high: range.high, amount },
      },
    ];
  if (a < lo || a > hi)
    return [
      {
        message: `range ${range.low}–${range.high} does not contain amount ${amount}`,
        path: ["range"],
        expected: "low ≤ amount ≤ high",
        params: { rule: "range_excludes_amount", low: range.low, high: range.high, amount },
      },
    ];
  return [];
}

/** @internal The alternatives' probabilities sum to exactly 1 (nothing when a probability is itself invalid). */
export function probabilitySumIssues(alternatives: readonly { readonly probability: string | number }[]): RuleIssue[] {
  let n = 0n;
  let d = 1n;
  for (const alt of alternatives) {
    const p = parseDecimal(alt.probability);
    if (!p) return []; // reported by the probability schema
    const pd = 10n ** BigInt(p.scale);
    n = n * pd + p.units * d;
    d = d * pd;
  }
  if (n === d) return [];
  return [
    {
      path: ["alternatives"],
      message: `the probabilities sum to ${alternatives.map((x) => String(x.probability)).join(" + ")} = ${formatSum(n, d)}, not exactly 1`,
      expected: "probabilities that sum to exactly 1",
      params: {
        rule: "probability_sum",
        terms: alternatives.map((x) => String(x.probability)).join(" + "),
        sum: formatSum(n, d),
      },
    },
  ];
}

/** @internal Uncertain probabilities need a choice: two alternatives or more (one alternative is certain). */
export function uncertaintyIssues(cf: { readonly alternatives: readonly unknown[]; readonly uncertainty?: unknown }) {
  if (cf.uncertainty === undefined || cf.alternatives.length >= 2) return [];
  return [
    {
      path: ["uncertainty"],
      message: "uncertain probabilities need two alternatives or more",
      params: { rule: "uncertainty_one_alternative", count: cf.alternatives.length },
    },
  ] satisfies RuleIssue[];
}

function formatSum(n: bigint, d: bigint): string {
  // d is a power of ten here
  const scale = d.toString().length - 1;
  const s = n.toString().padStart(scale + 1, "0");
  return scale === 0 ? s : `${s.slice(0, -scale)}.${s.slice(-scale)}`.replace(/\.?0+$/, "");
}

/** @internal A follow-up checkpoint's status and relapse date agree. */
export function followUpRuleIssues(f: { date: string; status: string; relapseDate?: string | undefined }): RuleIssue[] {
  const out: RuleIssue[] = [];
  if (f.status === "relapsed" && f.relapseDate === undefined)
    out.push({
      path: ["relapseDate"],
      message: "a relapse needs the date from which the counterfactual's costs run again",
      expected: "relapseDate as YYYY-MM-DD",
      params: { rule: "relapse_needs_date" },
    });
  if (f.status !== "relapsed" && f.relapseDate !== undefined)
    out.push({
      path: ["relapseDate"],
      message: `relapseDate belongs to status "relapsed", not "${f.status}"`,
      expected: "no relapseDate",
      params: { rule: "relapse_status", status: f.status },
    });
  if (f.relapseDate !== undefined && f.relapseDate > f.date)
    out.push({
      path: ["relapseDate"],
      message: `the relapse (${f.relapseDate}) lies after its checkpoint (${f.date})`,
      expected: "on or before the checkpoint",
      params: { rule: "relapse_after_checkpoint", relapse: f.relapseDate, date: f.date },
    });
  return out;
}

/** @internal A case's own rules: its dates, intervention lines only on the actual side, each instrument once. */
export function caseRuleIssues(c: Case): RuleIssue[] {
  const out: RuleIssue[] = [];
  if (c.end !== undefined && c.end < c.start)
    out.push({
      path: ["end"],
      message: `the case ends (${c.end}) before it starts (${c.start})`,
      expected: "end on or after start",
      params: { rule: "end_before_start", end: c.end, start: c.start },
    });
  const cf = Array.isArray(c.counterfactual)
    ? [{ lines: c.counterfactual, base: ["counterfactual"] as (string | number)[] }]
    : c.counterfactual.alternatives.map((a, i) => ({
        lines: a.lines,
        base: ["counterfactual", "alternatives", i, "lines"] as (string | number)[],
      }));
  for (const { lines, base } of cf)
    lines.forEach((l, i) => {
      if (l.intervention)
        out.push({
          path: [...base, i, "intervention"],
          message: "intervention lines belong on the actual side",
          expected: "intervention only in actual",
          params: { rule: "intervention_side" },
        });
    });
  out.push(...followUpDateIssues(c));
  const ids = new Set<string>();
  c.wellbeing?.forEach((w, i) => {
    if (ids.has(w.instrument))
      out.push({
        path: ["wellbeing", i, "instrument"],
        message: `instrument "${w.instrument}" is measured twice in this case`,
        params: { rule: "instrument_twice", instrument: w.instrument },
      });
    ids.add(w.instrument);
  });
  return out;
}

/** Follow-up checkpoints and relapses dated before the case's start. */
function followUpDateIssues(c: Case): RuleIssue[] {
  const out: RuleIssue[] = [];
  c.followUp?.forEach((f, i) => {
    if (f.date < c.start)
      out.push({
        path: ["followUp", i, "date"],
        message: `the follow-up (${f.date}) is dated before the case started (${c.start})`,
        expected: "on or after the start",
        params: { rule: "followup_before_start", date: f.date, start: c.start },
      });
    else if (f.relapseDate !== undefined && f.relapseDate < c.start)
      out.push({
        path: ["followUp", i, "relapseDate"],
        message: `the relapse (${f.relapseDate}) is dated before the case started (${c.start})`,
        expected: "on or after the start",
        params: { rule: "relapse_before_start", date: f.relapseDate, start: c.start },
      });
  });
  return out;
}
