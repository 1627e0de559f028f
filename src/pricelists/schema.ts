import * as z from "zod";
import { amountToCents } from "../money/parseDecimal.js";
import {
  amountString,
  identifier,
  isoDate,
  labelSchema,
  refineUnique,
  unitSchema,
  versionLabel,
} from "../schemas/common.js";
import type { IndexSeriesData, PriceItem, PriceListData } from "./listTypes.js";

/** Where a price comes from. */
export const sourceSchema = z
  .strictObject({
    title: z.string().min(1),
    publisher: z.string().min(1).optional(),
    url: z.string().url().optional(),
    year: z.number().int().min(1900).max(2200),
  })
  .describe("the public source of a figure: title, publisher and/or url, and the year of the figure");

/** One priced thing (prijsregel). */
export const priceItemSchema = z
  .strictObject({
    code: identifier.describe("stable code, e.g. detentie.dag"),
    label: labelSchema,
    unit: unitSchema,
    amount: amountString.describe("euros per unit, in the list's price year (or the item's own priceYear)"),
    priceYear: z
      .number()
      .int()
      .min(1900)
      .max(2200)
      .optional()
      .describe(
        "the year of this figure's euros when it differs from the list's; resolution indexes it to the list's price year",
      ),
    payer: identifier,
    domain: identifier,
    source: sourceSchema,
    reliability: z.enum(["solid", "rough"]),
    range: z.strictObject({ low: amountString, high: amountString }).optional(),
    transfer: z.boolean().optional(),
    cashable: z.boolean().optional(),
    index: identifier.optional().describe("the index series this item follows; CPI by default"),
    note: z.string().optional(),
  })
  .superRefine((item, ctx) => {
    if (!item.range) return;
    try {
      const lo = amountToCents(item.range.low);
      const hi = amountToCents(item.range.high);
      const a = amountToCents(item.amount);
      if (lo > a || a > hi)
        ctx.addIssue({
          code: "custom",
          path: ["range"],
          message: `range ${item.range.low}–${item.range.high} does not contain amount ${item.amount}`,
          params: { expected: "low ≤ amount ≤ high" },
        });
    } catch {
      // the amount strings themselves are reported by their own schemas
    }
  });

/** A price list file (prijslijst), as stored in `pricelists/<id>/<version>.json`. */
export const priceListFileSchema = z
  .strictObject({
    $schema: z.string().optional(),
    id: identifier,
    version: versionLabel,
    title: z.string().min(1),
    publisher: z.string().min(1),
    priceYear: z.number().int().min(1900).max(2200),
    currency: z.literal("EUR"),
    validFrom: isoDate,
    example: z.boolean().optional().describe("true for illustrative lists whose figures are not a public tariff"),
    description: z.string().optional(),
    basedOn: z.strictObject({ id: identifier, version: versionLabel }).optional(),
    removed: z.array(identifier).optional(),
    items: z.array(priceItemSchema),
  })
  .superRefine((list, ctx) => {
    const seen = refineUnique(ctx, list.items, (item) => item.code, {
      list: "items",
      field: "code",
      what: "code",
      expected: "codes unique within a file",
    });
    if (list.removed && !list.basedOn)
      ctx.addIssue({
        code: "custom",
        path: ["removed"],
        message: '"removed" needs "basedOn": only inherited items can be removed',
      });
    list.removed?.forEach((code, i) => {
      if (seen.has(code))
        ctx.addIssue({
          code: "custom",
          path: ["removed", i],
          message: `"${code}" is both removed and defined in this file`,
        });
    });
  });

// The validated shapes are named interfaces (listTypes.ts); tests/types holds them equal to these schemas.
export type { IndexSeriesData, PriceItem, PriceListData, PriceSource, Unit } from "./listTypes.js";
/** A price-list file as written (the same shape as {@link PriceListData}). */
export type PriceListFile = PriceListData;
/** A price item as written (the same shape as {@link PriceItem}). */
export type PriceItemInput = PriceItem;

/** An index series file (e.g. CBS CPI), yearly levels with a base year. */
export const indexSeriesFileSchema = z
  .strictObject({
    $schema: z.string().optional(),
    id: identifier,
    version: versionLabel,
    title: z.string().min(1),
    publisher: z.string().min(1),
    baseYear: z.number().int(),
    source: sourceSchema,
    note: z.string().optional(),
    values: z.record(
      z.string().regex(/^\d{4}$/, { message: 'expected a year such as "2024"' }),
      z.string().regex(/^\d+(\.\d+)?$/, { message: 'expected a decimal index level such as "121.49"' }),
    ),
  })
  .superRefine((s, ctx) => {
    if (s.values[String(s.baseYear)] === undefined)
      ctx.addIssue({ code: "custom", path: ["values"], message: `the base year ${s.baseYear} has no value` });
  });

/** An index series file as written (the same shape as {@link IndexSeriesData}). */
export type IndexSeriesFile = IndexSeriesData;
