/**
 * The roll-up aggregate as a file format: partial aggregates written by
 * workers or by other engines are validated with this before they merge.
 */
import { z } from "zod";

const amount = z.string().regex(/^-?\d+\.\d{2}$/, { message: "expected an amount with two decimals such as \"1234.56\"" });
const fraction = z.string().regex(/^-?\d+(\/[1-9]\d*)?$/, { message: "expected an exact fraction such as \"7/5\" or \"-2\"" });
const count = z.number().int().min(0);
const dimension = z.enum(["wijk", "programme", "month", "quarter", "year", "payer"]);

const groupStateSchema = z.strictObject({
  by: z.partialRecord(dimension, z.string()),
  cases: count,
  unexplainedCases: count,
  unexplainedLines: count,
  counterfactualLines: count,
  payers: z.record(z.string().min(1), z.strictObject({ c: amount, a: amount, i: amount, sc: amount, sa: amount, si: amount })),
  wellbeing: z.record(
    z.string().min(1),
    z.strictObject({ deltas: z.record(fraction, count), sumBefore: fraction, sumAfter: fraction, beforeOnly: count }),
  ),
});

/** A roll-up aggregate (`format: "rendement-rollup"`, version 1). */
export const rollupAggregateSchema = z
  .strictObject({
    format: z.literal("rendement-rollup"),
    version: z.literal(1),
    groupBy: z.array(dimension),
    lists: z.record(z.string().regex(/^[0-9a-f]{64}$/), z.strictObject({ id: z.string().min(1), version: z.string().min(1), priceYear: z.number().int() })),
    total: groupStateSchema,
    groups: z.record(z.string(), groupStateSchema),
  })
  .superRefine((a, ctx) => {
    for (const [key, g] of Object.entries(a.groups)) {
      const expected = JSON.stringify(a.groupBy.map((d) => g.by[d] ?? ""));
      if (key !== expected) ctx.addIssue({ code: "custom", path: ["groups", key], message: `the group key should be ${expected}: the JSON array of the group's values in groupBy order`, params: { expected } });
    }
  });
