import * as z from "zod/mini";
import { amountString, identifier } from "../../schemas/common.js";

/** One figure of realised spending: what a municipality's accounts show for one wijk (or programme), payer and year. */
export interface SpendingRow {
  /** The wijk the spending belongs to (a CBS code or a name, as in the case file). */
  readonly wijk?: string | undefined;
  /** Or the programme it belongs to. */
  readonly programme?: string | undefined;
  /** Who paid (a payer identifier, as in the price lists: `gemeente`, `zorgverzekeraar`, …). */
  readonly payer: string;
  /** The calendar year. */
  readonly year: number;
  /** Euros, as a decimal string. */
  readonly amount: string;
  /** Where the figure comes from or what it covers. */
  readonly note?: string | undefined;
}

/** A file of observed spending: `{ "spending": [...] }` with an optional source. */
export interface SpendingFile {
  /** The JSON Schema the file declares (ignored). */
  readonly $schema?: string | undefined;
  /** What the figures are (free text). */
  readonly description?: string | undefined;
  /** Where they come from: the accounts, a report, a publication. */
  readonly source?: string | undefined;
  /** The figures. */
  readonly spending: readonly SpendingRow[];
}

/** @internal The schema of one spending row (also checked per row of a spending table). */
export const spendingRowSchema = z
  .strictObject({
    wijk: z.optional(z.string().check(z.minLength(1))).check(z.describe("the wijk, as the case file names it")),
    programme: z.optional(z.string().check(z.minLength(1))).check(z.describe("or the programme")),
    payer: identifier.check(z.describe("who paid, e.g. gemeente")),
    year: z.int().check(z.gte(1900), z.lte(2200), z.describe("the calendar year")),
    amount: amountString.check(z.describe("realised spending in that year, euros")),
    note: z.optional(z.string()),
  })
  .check(
    z.superRefine((r, ctx) => {
      if ((r.wijk === undefined) === (r.programme === undefined))
        ctx.addIssue({
          code: "custom",
          path: ["wijk"],
          message: "a spending row names either a wijk or a programme",
          params: { expected: '"wijk" or "programme"', rule: "wijk_or_programme" },
        });
    }),
  );

/** The schema of a spending file (JSON Schema: `schemas/spending.schema.json`). */
export const spendingFileSchema = z
  .strictObject({
    $schema: z.optional(z.string()),
    description: z.optional(z.string()),
    source: z.optional(z.string()),
    spending: z.array(spendingRowSchema),
  })
  .check(
    z.superRefine((f, ctx) => {
      const seen = new Map<string, number>();
      f.spending.forEach((r, i) => {
        const key = JSON.stringify([r.wijk ?? null, r.programme ?? null, r.payer, r.year]);
        const prev = seen.get(key);
        if (prev === undefined) seen.set(key, i);
        else
          ctx.addIssue({
            code: "custom",
            path: ["spending", i, "year"],
            message: `a second figure for ${r.wijk !== undefined ? "wijk" : "programme"} "${r.wijk ?? r.programme}", payer ${r.payer}, ${r.year} (also spending[${prev}])`,
            params: {
              expected: "one figure per wijk or programme, payer and year",
              rule: "second_figure",
              scope: r.wijk !== undefined ? "wijk" : "programme",
              name: String(r.wijk ?? r.programme),
              payer: r.payer,
              year: r.year,
              earlier: `spending[${prev}]`,
            },
          });
      });
    }),
  );
