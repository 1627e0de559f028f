/**
 * The roll-up aggregate as a file format: partial aggregates written by
 * workers or by other engines are validated with this before they merge.
 */
import * as z from "zod/mini";
import { PAYER_SUMS_FIELDS } from "../cases/foldLines.js";
import { centsToString } from "../money/cents.js";
import { addRatio, type Ratio, ratio, ratioToString, ZERO } from "../money/ratio.js";

const amount = z.string().check(
  z.regex(/^-?\d+\.\d{2}$/, { message: 'expected an amount with two decimals such as "1234.56"' }),
  // Cents are folded as safe integers: a larger amount cannot be added exactly.
  z.refine((s) => !/^-?\d+\.\d{2}$/.test(s) || absBig(BigInt(s.replace(".", ""))) <= MAX_CENTS, {
    message: "the amount is too large to add exactly (at most 90071992547409.91 euros)",
  }),
);
const MAX_CENTS = /* @__PURE__ */ BigInt(Number.MAX_SAFE_INTEGER);
const absBig = (x: bigint): bigint => (x < 0n ? -x : x);
const fraction = z
  .string()
  .check(z.regex(/^-?\d+(\/[1-9]\d*)?$/, { message: 'expected an exact fraction such as "7/5" or "-2"' }));
const count = z.number().check(z.int(), z.gte(0));
const followUpCount = z
  .strictObject({ followedUp: count, held: count })
  .check(z.refine((x) => x.held <= x.followedUp, { message: "more cases held than were followed up" }));
const dimension = z.enum(["wijk", "programme", "month", "quarter", "year", "payer"]);

const groupStateSchema = z.strictObject({
  by: z.partialRecord(dimension, z.string()),
  cases: count,
  unexplainedCases: count,
  unexplainedLines: count,
  counterfactualLines: count,
  payers: z.record(
    z.string().check(z.minLength(1)),
    z.strictObject({
      counterfactualCost: amount,
      actualCost: amount,
      interventionCost: amount,
      societalCounterfactualCost: amount,
      societalActualCost: amount,
      societalInterventionCost: amount,
    }),
  ),
  wellbeing: z.record(
    z.string().check(z.minLength(1)),
    z.strictObject({ deltas: z.record(fraction, count), sumBefore: fraction, sumAfter: fraction, beforeOnly: count }),
  ),
  followUp: z.strictObject({ m6: followUpCount, m12: followUpCount, m24: followUpCount }),
  pm: count,
});

/** Version 1 wrote each payer's sums under short names; version 2 names them in full. */
const V1_NAMES: Readonly<Record<string, string>> = {
  c: "counterfactualCost",
  a: "actualCost",
  i: "interventionCost",
  sc: "societalCounterfactualCost",
  sa: "societalActualCost",
  si: "societalInterventionCost",
};

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x);

function renamePayers(g: unknown): unknown {
  if (!isObject(g) || !isObject(g.payers)) return g;
  const payers: Record<string, unknown> = {};
  for (const [p, x] of Object.entries(g.payers))
    payers[p] = isObject(x) ? Object.fromEntries(Object.entries(x).map(([k, v]) => [V1_NAMES[k] ?? k, v])) : x;
  return { ...g, payers };
}

const NO_FOLLOW_UP = { followedUp: 0, held: 0 };

/** Version 2 counted no follow-up and no PM: read as none. */
function addFollowUp(g: unknown): unknown {
  if (!isObject(g)) return g;
  return { ...g, followUp: { m6: NO_FOLLOW_UP, m12: NO_FOLLOW_UP, m24: NO_FOLLOW_UP }, pm: 0 };
}

function mapGroups(data: Record<string, unknown>, f: (g: unknown) => unknown): unknown {
  const groups = isObject(data.groups)
    ? Object.fromEntries(Object.entries(data.groups).map(([k, g]) => [k, f(g)]))
    : data.groups;
  return { ...data, total: f(data.total), groups };
}

/**
 * @internal An older aggregate read as version 3: version 1's short payer names in full, and
 * versions 1 and 2 (which did not count them) with no follow-up and no PM.
 */
export function upgradeAggregate(data: unknown): unknown {
  if (!isObject(data) || data.format !== "rendement-rollup") return data;
  let d: unknown = data;
  if (data.version === 1) d = { ...(mapGroups(data, renamePayers) as object), version: 2 };
  if (isObject(d) && d.version === 2) d = { ...(mapGroups(d, addFollowUp) as object), version: 3 };
  return d;
}

/** A roll-up aggregate as written: `format: "rendement-rollup"`, version 3 (the JSON Schema's source). */
export const rollupAggregateFileSchema = z
  .strictObject({
    format: z.literal("rendement-rollup"),
    version: z.literal(3),
    groupBy: z.array(dimension),
    lists: z.record(
      z.string().check(z.regex(/^[0-9a-f]{64}$/)),
      z.strictObject({
        id: z.string().check(z.minLength(1)),
        version: z.string().check(z.minLength(1)),
        priceYear: z.number().check(z.int()),
      }),
    ),
    total: groupStateSchema,
    groups: z.record(z.string(), groupStateSchema),
  })
  .check(
    z.superRefine((a, ctx) => {
      const add = (path: (string | number)[], message: string, expected?: string) =>
        // Checks of a file the tool writes itself: one kind of problem (a tampered or truncated aggregate).
        ctx.addIssue({
          code: "custom",
          path,
          message,
          params: { rule: "aggregate", ...(expected ? { expected } : {}) },
        });
      // The grouping rules of parseGroupBy: no dimension twice, at most one period.
      if (new Set(a.groupBy).size !== a.groupBy.length)
        add(["groupBy"], "a dimension appears twice in groupBy", "each dimension at most once");
      if (a.groupBy.filter((d) => d === "month" || d === "quarter" || d === "year").length > 1)
        add(["groupBy"], "groupBy has more than one of month, quarter and year", "at most one period");
      if (Object.keys(a.total.by).length > 0)
        add(["total", "by"], "the total belongs to no group: its by must be {}", "{}");
      const byPayer = a.groupBy.includes("payer");
      for (const [key, g] of Object.entries(a.groups)) {
        const expected = JSON.stringify(a.groupBy.map((d) => g.by[d] ?? ""));
        if (key !== expected)
          add(
            ["groups", key],
            `the group key should be ${expected}: the JSON array of the group's values in groupBy order`,
            expected,
          );
        const dims = Object.keys(g.by);
        if (dims.length !== a.groupBy.length || dims.some((d) => !a.groupBy.includes(d as (typeof a.groupBy)[number])))
          add(
            ["groups", key, "by"],
            `the group's dimensions [${dims.join(",")}] are not the aggregate's groupBy [${a.groupBy.join(",")}]`,
            "a value for each groupBy dimension and no other",
          );
        if (byPayer)
          for (const p of Object.keys(g.payers))
            if (p !== g.by.payer)
              add(
                ["groups", key, "payers", p],
                `a group of payer "${g.by.payer ?? ""}" holds money of payer "${p}"`,
                "only the group's own payer",
              );
      }
      for (const [where, g] of [
        ["total", a.total] as const,
        ...Object.entries(a.groups).map(([k, g]) => [k, g] as const),
      ])
        for (const [inst, w] of Object.entries(g.wellbeing))
          for (const [d, n] of Object.entries(w.deltas))
            if (n === 0)
              add(
                [...(where === "total" ? ["total"] : ["groups", where]), "wellbeing", inst, "deltas", d],
                "a delta counted 0 times is not written",
                "a count of at least 1",
              );
      // A tampered or truncated partial would make its groups disagree with its
      // total, and every report of the merge with it: the groups must add up.
      const sums = new Map<string, bigint[]>();
      for (const g of Object.values(a.groups))
        for (const [p, x] of Object.entries(g.payers)) {
          const s = sums.get(p) ?? [0n, 0n, 0n, 0n, 0n, 0n];
          PAYER_SUMS_FIELDS.forEach((k, j) => (s[j] = (s[j] as bigint) + cents(x[k])));
          sums.set(p, s);
        }
      for (const p of new Set([...Object.keys(a.total.payers), ...sums.keys()])) {
        const t = a.total.payers[p];
        const s = sums.get(p) ?? [0n, 0n, 0n, 0n, 0n, 0n];
        PAYER_SUMS_FIELDS.forEach((k, j) => {
          const total = t ? cents(t[k]) : 0n;
          if (total !== s[j])
            add(
              ["total", "payers", p, k],
              `the groups add up to ${euros(s[j] as bigint)} for payer "${p}", the total says ${euros(total)}`,
              "a total that is the sum of the groups",
            );
        });
      }
      // Without payer groups every case is in exactly one group, so counts and wellbeing add up too.
      if (!byPayer) {
        for (const k of ["cases", "unexplainedCases", "unexplainedLines", "counterfactualLines", "pm"] as const) {
          const s = Object.values(a.groups).reduce((x, g) => x + g[k], 0);
          if (s !== a.total[k])
            add(
              ["total", k],
              `the groups add up to ${s}, the total says ${a.total[k]}`,
              "a total that is the sum of the groups",
            );
        }
        for (const m of ["m6", "m12", "m24"] as const)
          for (const k of ["followedUp", "held"] as const) {
            const s = Object.values(a.groups).reduce((x, g) => x + g.followUp[m][k], 0);
            if (s !== a.total.followUp[m][k])
              add(
                ["total", "followUp", m, k],
                `the groups add up to ${s}, the total says ${a.total.followUp[m][k]}`,
                "a total that is the sum of the groups",
              );
          }
        const wb = new Map<string, { deltas: Map<string, number>; before: Ratio; after: Ratio; beforeOnly: number }>();
        for (const g of Object.values(a.groups))
          for (const [inst, w] of Object.entries(g.wellbeing)) {
            const s = wb.get(inst) ?? { deltas: new Map(), before: ZERO, after: ZERO, beforeOnly: 0 };
            for (const [d, n] of Object.entries(w.deltas)) s.deltas.set(canon(d), (s.deltas.get(canon(d)) ?? 0) + n);
            s.before = addRatio(s.before, frac(w.sumBefore));
            s.after = addRatio(s.after, frac(w.sumAfter));
            s.beforeOnly += w.beforeOnly;
            wb.set(inst, s);
          }
        for (const inst of new Set([...Object.keys(a.total.wellbeing), ...wb.keys()])) {
          const t = a.total.wellbeing[inst];
          const s = wb.get(inst);
          const tDeltas = new Map(Object.entries(t?.deltas ?? {}).map(([d, n]) => [canon(d), n] as const));
          const same =
            t !== undefined &&
            s !== undefined &&
            t.beforeOnly === s.beforeOnly &&
            ratioToString(frac(t.sumBefore)) === ratioToString(s.before) &&
            ratioToString(frac(t.sumAfter)) === ratioToString(s.after) &&
            tDeltas.size === s.deltas.size &&
            [...s.deltas].every(([d, n]) => tDeltas.get(d) === n);
          if (!same)
            add(
              ["total", "wellbeing", inst],
              `the groups' wellbeing of "${inst}" does not add up to the total's`,
              "a total that is the sum of the groups",
            );
        }
      }
    }),
  );

/**
 * A roll-up aggregate as read: version 3, or version 2 or 1 (short payer
 * field names), read as version 3 with the same figures and no follow-up or
 * PM counted.
 */
export const rollupAggregateSchema = z.pipe(z.transform(upgradeAggregate), rollupAggregateFileSchema);

function cents(s: string): bigint {
  return /^-?\d+\.\d{2}$/.test(s) ? BigInt(s.replace(".", "")) : 0n;
}

const euros = centsToString;

function frac(s: string): Ratio {
  const m = /^(-?\d+)(?:\/([1-9]\d*))?$/.exec(s);
  return m ? ratio(BigInt(m[1] as string), BigInt(m[2] ?? "1")) : ZERO;
}

function canon(s: string): string {
  return ratioToString(frac(s));
}
