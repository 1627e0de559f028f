import * as z from "zod/mini";
import { amountToCents } from "../money/parseDecimal.js";
import {
  amountString,
  correlationGroupFields,
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
    title: z.string().check(z.minLength(1)),
    publisher: z.optional(z.string().check(z.minLength(1))),
    url: z
      .optional(z.url({ protocol: /^https?$/, message: "expected a web address starting with http:// or https://" }))
      .check(z.describe("where the source can be read; required in the bundled lists whenever the source is public")),
    year: z.number().check(z.int(), z.gte(1900), z.lte(2200)),
  })
  .check(z.describe("the public source of a figure: title, publisher and/or url, and the year of the figure"));

/**
 * The date from which a list's `rough` items must carry a range (their own,
 * or the list's `defaultRange`). Editions valid before it were published
 * before the rule and stay as published: a correction is a new version.
 *
 * @example
 * ```ts
 * list.validFrom >= RANGE_RULE_FROM; // true: every rough item needs a range
 * ```
 */
export const RANGE_RULE_FROM = "2026-01-01";

/** A relative width such as "0.25" (±25%): more than 0, less than 1. */
const relativeWidth = z.string().check(
  z.superRefine((s, ctx) => {
    if (!/^0\.\d{1,4}$/.test(s) || !/[1-9]/.test(s))
      ctx.addIssue({
        code: "custom",
        message: `"${s}" is not a relative width: expected a fraction above 0 and below 1 with at most 4 decimals`,
        params: { expected: 'e.g. "0.25" for ±25%', rule: "relative_width", value: s },
      });
  }),
);

/** A stated relative range: amount × (1 ± relative), and why that width. */
export const relativeRangeSchema = z
  .strictObject({
    relative: relativeWidth.check(
      z.describe("half-width as a fraction of the amount: low = amount × (1 − r), high = × (1 + r)"),
    ),
    reason: z.string().check(z.minLength(10), z.describe("why this width: what makes the figure uncertain")),
  })
  .check(z.describe("a default relative range with its reason, for rough figures whose source gives no range"));

/** One priced thing (prijsregel). */
export const priceItemSchema = z
  .strictObject({
    code: identifier.check(z.describe("stable code, e.g. detentie.dag")),
    label: labelSchema,
    unit: unitSchema,
    amount: amountString.check(z.describe("euros per unit, in the list's price year (or the item's own priceYear)")),
    priceYear: z
      .optional(z.number().check(z.int(), z.gte(1900), z.lte(2200)))
      .check(
        z.describe(
          "the year of this figure's euros when it differs from the list's; resolution indexes it to the list's price year",
        ),
      ),
    payer: identifier,
    domain: identifier,
    source: sourceSchema,
    reliability: z.enum(["solid", "rough"]),
    range: z
      .optional(z.strictObject({ low: amountString, high: amountString }))
      .check(z.describe("the source's own low and high figures, in the item's price year; must contain the amount")),
    relativeRange: z
      .optional(relativeRangeSchema)
      .check(z.describe("a stated relative range for this item when its source gives none (instead of range)")),
    transfer: z.optional(z.boolean()),
    cashable: z.optional(z.boolean()),
    index: z
      .optional(identifier)
      .check(
        z.describe(
          "the index series this item follows (must be in the catalog, e.g. wml or huurverhoging); CPI by default",
        ),
      ),
    note: z.optional(z.string()),
  })
  .check(
    z.superRefine((item, ctx) => {
      if (item.range && item.relativeRange)
        ctx.addIssue({
          code: "custom",
          path: ["relativeRange"],
          message: "an item has either the source's range or a relative range, not both",
          params: { expected: "range or relativeRange", rule: "range_and_relative" },
        });
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
            params: {
              expected: "low ≤ amount ≤ high",
              rule: "range_excludes_amount",
              low: item.range.low,
              high: item.range.high,
              amount: item.amount,
            },
          });
      } catch {
        // the amount strings themselves are reported by their own schemas
      }
    }),
  );

/** A price list file (prijslijst), as stored in `pricelists/<id>/<version>.json`. */
export const priceListFileSchema = z
  .strictObject({
    $schema: z.optional(z.string()),
    id: identifier,
    version: versionLabel,
    title: z.string().check(z.minLength(1)),
    publisher: z.string().check(z.minLength(1)),
    priceYear: z.number().check(z.int(), z.gte(1900), z.lte(2200)),
    currency: z.literal("EUR"),
    validFrom: isoDate,
    example: z
      .optional(z.boolean())
      .check(z.describe("true for illustrative lists whose figures are not a public tariff")),
    description: z.optional(z.string()),
    basedOn: z.optional(z.strictObject({ id: identifier, version: versionLabel })),
    removed: z.optional(z.array(identifier)),
    defaultRange: z
      .optional(relativeRangeSchema)
      .check(z.describe("the relative range of every rough item (here or inherited) that has no range of its own")),
    items: z.array(priceItemSchema),
    correlationGroups: z
      .optional(
        z.array(
          z.strictObject({
            ...correlationGroupFields,
            reason: z.string().check(z.minLength(1), z.describe("why these prices move together")),
          }),
        ),
      )
      .check(z.describe("items drawn together: in each draw at the same quantile of their ranges")),
  })
  .check(
    z.superRefine((list, ctx) => {
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
          params: { rule: "removed_needs_base" },
        });
      if (list.validFrom >= RANGE_RULE_FROM && !list.defaultRange)
        list.items.forEach((item, i) => {
          if (item.reliability === "rough" && !item.range && !item.relativeRange)
            ctx.addIssue({
              code: "custom",
              path: ["items", i, "range"],
              message: `rough item ${item.code} has no range, and the list has no defaultRange`,
              params: {
                expected:
                  'the source\'s range {low, high}, a relativeRange {relative, reason}, or a list "defaultRange"',
                rule: "rough_needs_range",
                item: item.code,
              },
            });
        });
      list.removed?.forEach((code, i) => {
        if (seen.has(code))
          ctx.addIssue({
            code: "custom",
            path: ["removed", i],
            message: `"${code}" is both removed and defined in this file`,
            params: { rule: "removed_and_defined", item: code },
          });
      });
    }),
  );

// The validated shapes are named interfaces (listTypes.ts); tests/types holds them equal to these schemas.
export type { IndexSeriesData, PriceItem, PriceListData, PriceSource, Unit } from "./listTypes.js";
/** A price-list file as written (the same shape as {@link PriceListData}). */
export type PriceListFile = PriceListData;
/** A price item as written (the same shape as {@link PriceItem}). */
export type PriceItemInput = PriceItem;

/** An index series file (e.g. CBS CPI), yearly levels with a base year. */
export const indexSeriesFileSchema = z
  .strictObject({
    $schema: z.optional(z.string()),
    id: identifier,
    version: versionLabel,
    title: z.string().check(z.minLength(1)),
    publisher: z.string().check(z.minLength(1)),
    baseYear: z.number().check(z.int()),
    validFrom: z
      .optional(isoDate)
      .check(
        z.describe(
          "lists valid on or after this date are indexed with this version (absent: from the start); older editions keep the series they were published with",
        ),
      ),
    source: sourceSchema,
    note: z.optional(z.string()),
    values: z.record(
      z.string().check(z.regex(/^\d{4}$/, { message: 'expected a year such as "2024"' })),
      z.string().check(z.regex(/^\d+(\.\d+)?$/, { message: 'expected a decimal index level such as "121.43"' })),
    ),
  })
  .check(
    z.superRefine((s, ctx) => {
      if (s.values[String(s.baseYear)] === undefined)
        ctx.addIssue({
          code: "custom",
          path: ["values"],
          message: `the base year ${s.baseYear} has no value`,
          params: { rule: "base_year", year: s.baseYear },
        });
    }),
  );

/** An index series file as written (the same shape as {@link IndexSeriesData}). */
export type IndexSeriesFile = IndexSeriesData;
