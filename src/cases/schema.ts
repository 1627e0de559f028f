import * as z from "zod/mini";
import {
  amountString,
  identifier,
  isoDate,
  pricelistRef,
  probabilityUncertaintySchema,
  probabilityValue,
  quantityValue,
  refineUnique,
} from "../schemas/common.js";
import { acceptCase } from "./acceptCase.js";
import {
  caseRuleIssues,
  followUpRuleIssues,
  lineRuleIssues,
  probabilitySumIssues,
  type RuleIssue,
  uncertaintyIssues,
} from "./caseRules.js";
import type { Case, CaseFile, Line } from "./caseTypes.js";

/** Reports the issues of a cross-field rule through zod, each with its expectation. */
function addRuleIssues(ctx: z.core.$RefinementCtx, issues: readonly RuleIssue[]): void {
  for (const x of issues)
    ctx.addIssue({
      code: "custom",
      message: x.message,
      path: x.path,
      params: { ...x.params, ...(x.expected ? { expected: x.expected } : {}) },
    });
}

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
  .check(z.superRefine((l, ctx) => addRuleIssues(ctx, lineRuleIssues(l as Line))));

// The validated shapes are named interfaces (caseTypes.ts); tests/types hold them equal to these schemas.
export type { Case, CaseFile, Line, WijkName } from "./caseTypes.js";

/** A scenario line as written in a case file (the same shape as {@link Line}: nothing is transformed). */
export type LineInput = Line;

const alternativeSchema = z.strictObject({
  probability: probabilityValue,
  label: z.optional(z.string()),
  lines: z.array(lineSchema),
});

const alternativesSchema = z
  .strictObject({
    alternatives: z.array(alternativeSchema).check(z.minLength(1)),
    uncertainty: z.optional(probabilityUncertaintySchema),
  })
  .check(
    z.superRefine((a, ctx) => addRuleIssues(ctx, [...probabilitySumIssues(a.alternatives), ...uncertaintyIssues(a)])),
  );

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
  .check(z.superRefine((f, ctx) => addRuleIssues(ctx, followUpRuleIssues(f))));

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
  .check(z.superRefine((c, ctx) => addRuleIssues(ctx, caseRuleIssues(c as Case))));

/** A case as written (the same shape as {@link Case}: nothing is transformed). */
export type CaseInput = Case;

/** A wijk's name for its code, as in a case file's `wijken` or a separate wijk table. */
export const wijkNameSchema = z.strictObject({
  code: z.string().check(z.minLength(1), z.describe("the wijk as the cases write it, e.g. WK079601")),
  name: z.string().check(z.minLength(1), z.describe("its name, e.g. Ruwaard")),
});

/** The case file around its cases, whatever checks each case (the schema, or the quick check). */
function caseFileOf(cases: z.ZodMiniType<Case[], unknown>) {
  return z
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
      cases,
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
}

/** A case file: `{ "cases": [...] }`, optionally naming the price list to use. */
export const caseFileSchema = caseFileOf(z.array(caseSchema));

/**
 * @internal The same case file, each case taken as given when the quick check accepts it (and it can carry
 * the brand): the schema would return an equal copy, at ten times the cost (see {@link acceptCase}). A file
 * this refuses is checked again by {@link caseFileSchema}, which decides and explains.
 */
export const acceptedCaseFileSchema = caseFileOf(
  z.array(z.custom<Case>((v) => acceptCase(v) && Object.isExtensible(v))),
);

/** A case file as written (the same shape as {@link CaseFile}). */
export type CaseFileInput = CaseFile;
