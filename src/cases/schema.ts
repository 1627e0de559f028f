import * as z from "zod/mini";
import type { IssueParams } from "../errors/issue.js";
import { amountProblem, amountToCents, parseDecimal } from "../money/parseDecimal.js";
import {
  amountString,
  identifier,
  isoDate,
  pricelistRef,
  probabilityValue,
  quantityValue,
  refineUnique,
} from "../schemas/common.js";
import type { Case, CaseFile, Line } from "./caseTypes.js";

const periodSchema = z.strictObject({ from: isoDate, through: isoDate }).check(
  z.refine((p) => p.from <= p.through, {
    message: "the period ends before it starts (from is after through)",
    params: { expected: "from on or before through", rule: "period_reversed" },
    path: ["through"],
  }),
  z.describe("dates inclusive at both ends (van … t/m …)"),
);

const perSchema = z.enum(["day", "week", "month", "year"]);

const rateSchema = z
  .strictObject({ quantity: quantityValue, per: perSchema })
  .check(z.describe("e.g. 4 (hours) per week over the period"));

/**
 * One line of a scenario. Exactly one of five forms:
 * `{item, quantity}`, `{item, period}`, `{item, period, rate}`,
 * `{amount, description, payer, domain}` (an amount not on the list) or
 * `{amount, per, period, description, payer, domain}` (an amount that recurs
 * per day, week, month or year over the period).
 */
export const lineSchema = z
  .strictObject({
    item: z.optional(identifier).check(z.describe("a price item code of the list")),
    quantity: z.optional(quantityValue),
    period: z.optional(periodSchema),
    rate: z.optional(rateSchema),
    amount: z
      .optional(amountString)
      .check(z.describe("an amount not on the list (maatwerk, werkbudget spending), euros")),
    range: z
      .optional(z.strictObject({ low: amountString, high: amountString }))
      .check(z.describe("ad-hoc lines only: the lowest and highest plausible amount, drawn by a simulation")),
    per: z
      .optional(perSchema)
      .check(z.describe("ad-hoc lines only: the amount recurs per day, week, month or year over the line's period")),
    description: z.optional(z.string().check(z.minLength(1))),
    payer: z.optional(identifier),
    domain: z.optional(identifier),
    transfer: z
      .optional(z.boolean())
      .check(z.describe("ad-hoc lines only: a payment between parties, left out of the societal total")),
    cashable: z.optional(z.boolean()).check(z.describe("ad-hoc lines only")),
    date: z.optional(isoDate).check(z.describe("when it happened (e.g. the werkbudget spending date)")),
    intervention: z
      .optional(z.boolean())
      .check(z.describe("actual side only: this line is the network's intervention")),
    reason: z
      .optional(z.string().check(z.minLength(1)))
      .check(z.describe("why this would have happened; auditors ask for it on counterfactual lines")),
    note: z.optional(z.string()),
  })
  .check(
    z.superRefine((l, ctx) => {
      const add: Add = (message, path = [], expected, params) =>
        ctx.addIssue({ code: "custom", message, path, params: { ...params, ...(expected ? { expected } : {}) } });
      if (l.item !== undefined) {
        for (const k of ["amount", "per", "description", "payer", "domain", "transfer", "cashable", "range"] as const)
          if (l[k] !== undefined)
            add(
              `"${k}" belongs to an ad-hoc amount line, not to a line with "item"`,
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
          add(
            'a recurring ad-hoc line needs "per": the amount recurs per day, week, month or year over the period',
            ["per"],
            '"per": "day", "week", "month" or "year" beside the period',
            { rule: "needs_per" },
          );
        if (l.per !== undefined && l.period === undefined)
          add(
            `"per" needs a period: over which days does the amount recur per ${l.per}?`,
            ["period"],
            "period {from, through}",
            { rule: "per_needs_period", per: l.per },
          );
        for (const k of ["description", "payer", "domain"] as const)
          if (l[k] === undefined)
            add(`an ad-hoc amount line needs "${k}"`, [k], "amount, description, payer and domain", {
              rule: "amount_line_needs",
              field: k,
            });
        if (l.range) checkAmountRange(l.amount, l.range, add);
      } else {
        add(
          'a line needs "item" (a price item code) or "amount" (an ad-hoc amount)',
          [],
          "{item, quantity} | {item, period} | {item, period, rate} | {amount, description, payer, domain}",
          { rule: "line_form" },
        );
      }
    }),
  );

/** Adds a refinement's issue: its English text, where, what was expected, and its data. */
type Add = (message: string, path?: string[], expected?: string, params?: IssueParams) => void;

/** An ad-hoc line's range holds its amount, low at most high (problems at `range.low`, `range`). */
function checkAmountRange(amount: string, range: { low: string; high: string }, add: Add): void {
  if (amountProblem(amount) || amountProblem(range.low) || amountProblem(range.high)) return; // reported by the amounts
  const [a, lo, hi] = [amount, range.low, range.high].map(amountToCents) as [number, number, number];
  const params = { low: range.low, high: range.high, amount };
  if (lo > hi)
    add(`range low ${range.low} is above its high ${range.high}`, ["range", "low"], "low ≤ high", {
      ...params,
      rule: "range_reversed",
    });
  else if (a < lo || a > hi)
    add(`range ${range.low}–${range.high} does not contain amount ${amount}`, ["range"], "low ≤ amount ≤ high", {
      ...params,
      rule: "range_excludes_amount",
    });
}

// The validated shapes are named interfaces (caseTypes.ts); tests/types hold them equal to these schemas.
export type { Case, CaseFile, Line, WijkName } from "./caseTypes.js";

/** A scenario line as written in a case file (the same shape as {@link Line}: nothing is transformed). */
export type LineInput = Line;

const alternativeSchema = z.strictObject({
  probability: probabilityValue,
  label: z.optional(z.string()),
  lines: z.array(lineSchema),
});

const alternativesSchema = z.strictObject({ alternatives: z.array(alternativeSchema).check(z.minLength(1)) }).check(
  z.superRefine((a, ctx) => {
    let n = 0n;
    let d = 1n;
    for (const alt of a.alternatives) {
      const p = parseDecimal(alt.probability);
      if (!p) return; // reported by the probability schema
      const pd = 10n ** BigInt(p.scale);
      n = n * pd + p.units * d;
      d = d * pd;
    }
    if (n !== d)
      ctx.addIssue({
        code: "custom",
        path: ["alternatives"],
        message: `the probabilities sum to ${a.alternatives.map((x) => String(x.probability)).join(" + ")} = ${formatSum(n, d)}, not exactly 1`,
        params: {
          expected: "probabilities that sum to exactly 1",
          rule: "probability_sum",
          terms: a.alternatives.map((x) => String(x.probability)).join(" + "),
          sum: formatSum(n, d),
        },
      });
  }),
);

function formatSum(n: bigint, d: bigint): string {
  // d is a power of ten here
  const scale = d.toString().length - 1;
  const s = n.toString().padStart(scale + 1, "0");
  return scale === 0 ? s : `${s.slice(0, -scale)}.${s.slice(-scale)}`.replace(/\.?0+$/, "");
}

const measurementSchema = z.strictObject({
  date: z.optional(isoDate),
  scores: z
    .record(z.string().check(z.minLength(1)), z.number())
    .check(z.describe("score per dimension of the instrument")),
  narrative: z.optional(z.string()).check(z.describe("the resident's or professional's toelichting")),
});

/** Wellbeing measured with one instrument, before and (optionally) after. */
export const wellbeingSchema = z.strictObject({
  instrument: identifier,
  before: measurementSchema,
  after: z.optional(measurementSchema),
});

/** An effect that cannot be priced (pro memorie): listed in reports as PM, never as euros. */
export const pmSchema = z.strictObject({
  description: z
    .string()
    .check(z.minLength(1), z.describe("the effect, e.g. regained trust in the neighbourhood team")),
  domain: z.optional(identifier),
  note: z.optional(z.string()).check(z.describe("why it cannot be priced, or what pricing it would need")),
});

const followUpStatus = z
  .union([z.enum(["held", "relapsed", "unknown"]), z.templateLiteral(["x-", z.string().check(z.minLength(1))])])
  .check(
    z.describe("held | relapsed | unknown, or an organisation's own status with an x- prefix (counted as neither)"),
  );

/** One follow-up checkpoint: does the outcome hold? A relapse carries the date its costs run again from. */
export const followUpSchema = z
  .strictObject({
    date: isoDate,
    status: followUpStatus,
    relapseDate: z
      .optional(isoDate)
      .check(z.describe("relapsed only (required there): the day from which the counterfactual's costs run again")),
    note: z.optional(z.string()),
  })
  .check(
    z.superRefine((f, ctx) => {
      if (f.status === "relapsed" && f.relapseDate === undefined)
        ctx.addIssue({
          code: "custom",
          path: ["relapseDate"],
          message: "a relapse needs the date from which the counterfactual's costs run again",
          params: {
            expected: 'relapseDate as YYYY-MM-DD, e.g. {"status": "relapsed", "relapseDate": "2025-03-01"}',
            rule: "relapse_needs_date",
          },
        });
      if (f.status !== "relapsed" && f.relapseDate !== undefined)
        ctx.addIssue({
          code: "custom",
          path: ["relapseDate"],
          message: `relapseDate belongs to a checkpoint with status "relapsed", not "${f.status}"`,
          params: {
            expected: 'status "relapsed" with relapseDate, or no relapseDate',
            rule: "relapse_status",
            status: f.status,
          },
        });
      if (f.relapseDate !== undefined && f.relapseDate > f.date)
        ctx.addIssue({
          code: "custom",
          path: ["relapseDate"],
          message: `the relapse (${f.relapseDate}) lies after the checkpoint that reports it (${f.date})`,
          params: {
            expected: "relapseDate on or before the checkpoint's date",
            rule: "relapse_after_checkpoint",
            relapse: f.relapseDate,
            date: f.date,
          },
        });
    }),
  );

/** Follow-up checkpoints and relapses dated before the case's start, as issues. */
function followUpDateIssues(
  c: Case,
): { path: (string | number)[]; message: string; expected: string; params: IssueParams }[] {
  const out: { path: (string | number)[]; message: string; expected: string; params: IssueParams }[] = [];
  c.followUp?.forEach((f, i) => {
    if (f.date < c.start)
      out.push({
        path: ["followUp", i, "date"],
        message: `the follow-up (${f.date}) is dated before the case started (${c.start})`,
        expected: "a follow-up date on or after the case's start",
        params: { rule: "followup_before_start", date: f.date, start: c.start },
      });
    else if (f.relapseDate !== undefined && f.relapseDate < c.start)
      out.push({
        path: ["followUp", i, "relapseDate"],
        message: `the relapse (${f.relapseDate}) is dated before the case started (${c.start})`,
        expected: "a relapse date on or after the case's start",
        params: { rule: "relapse_before_start", date: f.relapseDate, start: c.start },
      });
  });
  return out;
}

/** A programme's own facts: its effects that cannot be priced. */
export const programmeInfoSchema = z.strictObject({
  name: z.string().check(z.minLength(1), z.describe("the programme as the cases write it")),
  pm: z.optional(z.array(pmSchema)).check(z.describe("effects of the programme that cannot be priced (pro memorie)")),
});

/** One case (casus) as written in a case file. */
export const caseSchema = z
  .strictObject({
    id: z.string().check(z.minLength(1)),
    wijk: z.string().check(z.minLength(1), z.describe("CBS code such as WK079601, or a name")),
    programme: z.optional(z.string().check(z.minLength(1))),
    start: isoDate,
    end: z.optional(isoDate),
    pricelist: z.optional(pricelistRef),
    counterfactual: z.union([z.array(lineSchema), alternativesSchema]),
    actual: z.array(lineSchema),
    wellbeing: z.optional(z.array(wellbeingSchema)),
    followUp: z
      .optional(z.array(followUpSchema))
      .check(z.describe("checkpoints after the intervention: does the outcome hold?")),
    pm: z.optional(z.array(pmSchema)).check(z.describe("effects that cannot be priced (pro memorie), listed as PM")),
    notes: z.optional(z.string()),
  })
  .check(
    z.superRefine((c, ctx) => {
      if (c.end !== undefined && c.end < c.start)
        ctx.addIssue({
          code: "custom",
          path: ["end"],
          message: `the case ends (${c.end}) before it starts (${c.start})`,
          params: { expected: "end on or after start", rule: "end_before_start", end: c.end, start: c.start },
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
            ctx.addIssue({
              code: "custom",
              path: [...base, i, "intervention"],
              message: "intervention lines belong on the actual side",
              params: { expected: "intervention only in actual", rule: "intervention_side" },
            });
        });
      for (const x of followUpDateIssues(c))
        ctx.addIssue({
          code: "custom",
          path: x.path,
          message: x.message,
          params: { ...x.params, expected: x.expected },
        });
      const ids = new Set<string>();
      c.wellbeing?.forEach((w, i) => {
        if (ids.has(w.instrument))
          ctx.addIssue({
            code: "custom",
            path: ["wellbeing", i, "instrument"],
            message: `instrument "${w.instrument}" is measured twice in this case`,
            params: { rule: "instrument_twice", instrument: w.instrument },
          });
        ids.add(w.instrument);
      });
    }),
  );

/** A case as written (the same shape as {@link Case}: nothing is transformed). */
export type CaseInput = Case;

/** A wijk's name for its code, as in a case file's `wijken` or a separate wijk table. */
export const wijkNameSchema = z.strictObject({
  code: z.string().check(z.minLength(1), z.describe("the wijk as the cases write it, e.g. WK079601")),
  name: z.string().check(z.minLength(1), z.describe("its name, e.g. Ruwaard")),
});

/** A case file: `{ "cases": [...] }`, optionally naming the price list to use. */
export const caseFileSchema = z
  .strictObject({
    $schema: z.optional(z.string()),
    pricelist: z
      .optional(pricelistRef)
      .check(z.describe("default list for every case: id (version by date) or id@version")),
    description: z.optional(z.string()),
    synthetic: z.optional(z.boolean()),
    wijken: z
      .optional(z.array(wijkNameSchema))
      .check(
        z.describe("names of the wijken (e.g. from CBS's wijk- en buurtindeling), so reports show names with codes"),
      ),
    programmes: z
      .optional(z.array(programmeInfoSchema))
      .check(z.describe("programmes with effects of their own that cannot be priced (pro memorie)")),
    cases: z.array(caseSchema),
  })
  .check(
    z.superRefine((f, ctx) => {
      refineUnique(ctx, f.cases, (c) => c.id, {
        list: "cases",
        field: "id",
        what: "case id",
        expected: "unique case ids",
      });
      if (f.wijken)
        refineUnique(ctx, f.wijken, (w) => w.code, {
          list: "wijken",
          field: "code",
          what: "wijk code",
          expected: "one name per wijk code",
        });
      if (f.programmes)
        refineUnique(ctx, f.programmes, (p) => p.name, {
          list: "programmes",
          field: "name",
          what: "programme",
          expected: "one entry per programme",
        });
    }),
  );

/** A case file as written (the same shape as {@link CaseFile}). */
export type CaseFileInput = CaseFile;
