/**
 * Building blocks shared by every file format's zod schema. The JSON Schemas
 * in `schemas/` are generated from these same definitions.
 * @internal
 */
import * as z from "zod/mini";
import type { IssueParams } from "../errors/issue.js";
import { amountIssue, parseDecimal } from "../money/parseDecimal.js";
import { isIsoDate } from "../periods/calendarDate.js";
import { dateProblem } from "./tableCells.js";

/** @internal The form of an {@link identifier} (its length is checked apart: at most 120). */
export const IDENTIFIER = /^[a-z0-9][a-z0-9.-]*$/;

/** Lowercase identifier: letters, digits, `.` and `-` (codes, payers, domains, ids). */
export const identifier = z
  .string()
  .check(
    z.regex(IDENTIFIER, { message: "expected an identifier: lowercase letters, digits, '.' and '-'" }),
    z.maxLength(120),
  );

/** A version label such as `2024` or `2024.1`. */
export const versionLabel = z
  .string()
  .check(
    z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, { message: 'expected a version label such as "2024" or "2024.1"' }),
    z.maxLength(60),
  );

/** @internal The form of a {@link pricelistRef}. */
export const PRICELIST_REF = /^[a-z0-9][a-z0-9.-]*(@[A-Za-z0-9][A-Za-z0-9._-]*)?$/;

/** A price list as a case or claim names it: `id` (version by date) or `id@version`. */
export const pricelistRef = z.string().check(z.regex(PRICELIST_REF, { message: "expected a list id or id@version" }));

/** A calendar date `YYYY-MM-DD` with no time and no zone. */
export const isoDate = z.string().check(
  z.superRefine((s, ctx) => {
    // One message per field, with the date to write where the text can be read as one.
    if (!isIsoDate(s)) ctx.addIssue({ code: "custom", ...dateIssue(s) });
  }),
  z.meta({ format: "date", pattern: "^\\d{4}-\\d{2}-\\d{2}$" }),
);

function dateIssue(s: string): { message: string; params: { expected: string } } {
  const p = dateProblem(s);
  return { message: p.message, params: { ...p.params, expected: p.expected } };
}

/** Euros as a decimal string with at most two decimals, zero or more. */
export const amountString = z.string().check(
  z.superRefine((s, ctx) => {
    const p = amountIssue(s);
    if (p) ctx.addIssue({ code: "custom", message: p.message, params: { ...p.params, expected: "amount" } });
  }),
  z.meta({
    pattern: "^\\d+(\\.\\d{1,2})?$",
    description: 'euros as a decimal string, at most two decimals, e.g. "1234.56"',
  }),
);

/** @internal What is wrong with a quantity (a non-negative decimal of at most 15 significant digits), if anything. */
export function quantityProblem(v: string | number): { message: string; params: IssueParams } | undefined {
  const p = parseDecimal(v);
  const value = String(v);
  if (!p)
    return {
      message: `"${value}" is not a plain decimal (no exponent, NaN or separators)`,
      params: { rule: "not_decimal", value },
    };
  // "-0" is zero but the integer fast path reads its sign: refuse any minus sign.
  if (p.negative || value.startsWith("-"))
    return {
      message: `quantity ${value} is negative; quantities are zero or more`,
      params: { rule: "quantity_negative", value },
    };
  if (p.units.toString().replace(/^0+/, "").length > 15)
    return {
      message: `quantity ${value} has more than 15 significant digits`,
      params: { rule: "quantity_digits", value },
    };
  return undefined;
}

/** A non-negative decimal quantity, as a string or a number (converted via its decimal text). */
export const quantityValue = z.union([z.string(), z.number()]).check(
  z.superRefine((v, ctx) => {
    const p = quantityProblem(v);
    if (p) ctx.addIssue({ code: "custom", ...p });
  }),
  z.meta({ description: 'a non-negative decimal, e.g. "2.5" or 4' }),
);

/** @internal What is wrong with a probability (a decimal from 0 through 1), if anything. */
export function probabilityProblem(v: string | number): { message: string; params: IssueParams } | undefined {
  const p = parseDecimal(v);
  const value = String(v);
  if (!p || p.negative)
    return { message: `"${value}" is not a decimal from 0 through 1`, params: { rule: "not_probability", value } };
  if (p.units > 10n ** BigInt(p.scale))
    return { message: `probability ${value} is above 1`, params: { rule: "probability_above_one", value } };
  return undefined;
}

/** A probability as a decimal string (or number) from 0 through 1. */
export const probabilityValue = z.union([z.string(), z.number()]).check(
  z.superRefine((v, ctx) => {
    const p = probabilityProblem(v);
    if (p) ctx.addIssue({ code: "custom", ...p });
  }),
);

/** @internal What is wrong with a concentration κ (a decimal above 0), if anything. */
export function concentrationProblem(v: string | number): { message: string; params: IssueParams } | undefined {
  const p = parseDecimal(v);
  if (p && !p.negative && p.units > 0n) return undefined;
  const value = String(v);
  return { message: `concentration ${value} is not a decimal above 0`, params: { rule: "not_concentration", value } };
}

/** How uncertain a case's alternatives' probabilities are: Dirichlet around them, κ cases' worth of evidence. */
export const probabilityUncertaintySchema = z.strictObject({
  concentration: z.union([z.string(), z.number()]).check(
    z.superRefine((v, ctx) => {
      const p = concentrationProblem(v);
      if (p)
        ctx.addIssue({ code: "custom", message: p.message, params: { ...p.params, expected: 'above 0, e.g. "20"' } });
    }),
    z.describe("κ > 0: cases' worth of evidence"),
  ),
  reason: z.string().check(z.minLength(1)),
});

/**
 * The fields of a correlation group, shared by the simulation scenario file and
 * a price list file: a name and the item codes drawn together. Each file adds
 * its own `reason` (optional in a scenario, required in a list).
 */
export const correlationGroupFields = {
  name: z.string().check(z.minLength(1)),
  items: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
};

/** Units a price can be stated in. */
export const unitSchema = z.enum(["hour", "dagdeel", "day", "night", "week", "month", "year", "each"]);

/** Bilingual label. */
export const labelSchema = z.strictObject({
  nl: z.string().check(z.minLength(1)),
  en: z.string().check(z.minLength(1)),
});

/**
 * @internal Reports every repeated key in a list (case ids, claim ids, item
 * codes), naming the earlier place: `duplicate case id "a" (also cases[0])`.
 */
export function refineUnique<T>(
  ctx: z.core.$RefinementCtx,
  items: readonly T[],
  key: (item: T) => string,
  at: { list: string; field: string; what: string; expected: string },
): Set<string> {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const k = key(item);
    const prev = seen.get(k);
    if (prev !== undefined)
      ctx.addIssue({
        code: "custom",
        path: [at.list, i, at.field],
        message: `duplicate ${at.what} "${k}" (also ${at.list}[${prev}])`,
        params: {
          rule: "duplicate",
          what: `${at.list}.${at.field}`,
          value: k,
          earlier: `${at.list}[${prev}]`,
          expected: at.expected,
        },
      });
    else seen.set(k, i);
  });
  return new Set(seen.keys());
}
