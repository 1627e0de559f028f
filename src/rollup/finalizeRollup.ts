import type { Figures, FiguresWithRatio } from "../cases/types.js";
import { addCents } from "../money/cents.js";
import { addRatio, mulRatio, type Ratio, ratio, ratioToFixed, ZERO } from "../money/ratio.js";
import type { PriceListStamp } from "../pricelists/types.js";
import { FOLLOW_UP_KEYS, FOLLOW_UP_MONTHS } from "./followUpCounts.js";
import { centsOf, parseRatio } from "./state.js";
import type { GroupState, PayerPosition, RollupAggregate, RollupRow, RollupTable, WellbeingSummary } from "./types.js";

/** Decimals of wellbeing means and medians. */
const SCORE_PLACES = 2;
/** Decimals of ratios and shares. */
const RATIO_PLACES = 4;

function figures(c: number, a: number, i: number): FiguresWithRatio {
  const b = c - a + i;
  const f: Figures = {
    counterfactualCost: c,
    actualCost: a,
    interventionCost: i,
    avoidedCost: addCents(b, 0),
    netReturn: addCents(c, -a),
  };
  return i === 0 ? f : { ...f, ratio: ratioToFixed(ratio(b, i), RATIO_PLACES) };
}

function cmp(x: Ratio, y: Ratio): number {
  const l = x.n * y.d;
  const r = y.n * x.d;
  return l < r ? -1 : l > r ? 1 : 0;
}

function wellbeingSummary(instrument: string, w: GroupState["wellbeing"][string]): WellbeingSummary {
  const entries = Object.entries(w.deltas)
    .map(([k, n]) => [parseRatio(k), n] as const)
    .sort((a, b) => cmp(a[0], b[0]));
  let measured = 0;
  let improved = 0;
  let unchanged = 0;
  let worse = 0;
  let sum = ZERO;
  for (const [d, n] of entries) {
    measured += n;
    if (d.n > 0n) improved += n;
    else if (d.n < 0n) worse += n;
    else unchanged += n;
    sum = addRatio(sum, mulRatio(d, ratio(n)));
  }
  const base = { instrument, measured, beforeOnly: w.beforeOnly, improved, unchanged, worse };
  if (measured === 0) return base;
  // The median: the middle case, or the mean of the two middle cases.
  const at = (idx: number): Ratio => {
    let seen = 0;
    for (const [d, n] of entries) {
      seen += n;
      if (idx < seen) return d;
    }
    throw new RangeError("median index out of range");
  };
  const median =
    measured % 2 === 1
      ? at((measured - 1) / 2)
      : mulRatio(addRatio(at(measured / 2 - 1), at(measured / 2)), ratio(1, 2));
  const per = (q: Ratio): string => ratioToFixed(mulRatio(q, ratio(1, measured)), SCORE_PLACES);
  const share = (n: number): string => ratioToFixed(ratio(n, measured), RATIO_PLACES);
  return {
    ...base,
    meanBefore: per(parseRatio(w.sumBefore)),
    meanAfter: per(parseRatio(w.sumAfter)),
    meanDelta: per(sum),
    medianDelta: ratioToFixed(median, SCORE_PLACES),
    shareImproved: share(improved),
    shareUnchanged: share(unchanged),
    shareWorse: share(worse),
  };
}

/** @internal Finishes one group's state into a row. */
export function finalizeGroup(s: GroupState): RollupRow {
  let C = 0,
    A = 0,
    I = 0,
    SC = 0,
    SA = 0,
    SI = 0;
  const payers: PayerPosition[] = [];
  for (const [payer, x] of Object.entries(s.payers)) {
    const c = centsOf(x.counterfactualCost),
      a = centsOf(x.actualCost),
      i = centsOf(x.interventionCost);
    C = addCents(C, c);
    A = addCents(A, a);
    I = addCents(I, i);
    SC = addCents(SC, centsOf(x.societalCounterfactualCost));
    SA = addCents(SA, centsOf(x.societalActualCost));
    SI = addCents(SI, centsOf(x.societalInterventionCost));
    const gained = addCents(addCents(c, -a), i);
    payers.push({
      payer,
      counterfactualCost: c,
      actualCost: a,
      invested: i,
      gained,
      net: addCents(c, -a),
    });
  }
  return {
    by: s.by,
    cases: s.cases,
    unexplainedCases: s.unexplainedCases,
    unexplainedLines: s.unexplainedLines,
    counterfactualLines: s.counterfactualLines,
    ...figures(C, A, I),
    societal: figures(SC, SA, SI),
    payers,
    wellbeing: Object.entries(s.wellbeing).map(([k, w]) => wellbeingSummary(k, w)),
    followUp: FOLLOW_UP_KEYS.map((k, j) => {
      const { followedUp, held } = s.followUp[k];
      const months = FOLLOW_UP_MONTHS[j] as number;
      return followedUp === 0
        ? { months, followedUp, held }
        : { months, followedUp, held, shareHeld: ratioToFixed(ratio(held, followedUp), RATIO_PLACES) };
    }),
    pm: s.pm,
  };
}

/**
 * Finishes an aggregate into a table: per group the number of cases, Σ
 * counterfactual, Σ actual, Σ intervention, Σ avoided, Σ net and the ratio
 * ΣB/ΣI (4 decimals, half-up), the societal lens beside the budget lens, the
 * wrong-pocket matrix (per payer: invested, gained, net), cases with
 * unexplained counterfactual lines, wellbeing per instrument (mean and
 * median delta to 2 decimals; shares to 4), follow-up at 6, 12 and 24 months
 * (cases followed up, cases that held and the share held, 4 decimals; see
 * {@link FollowUpState}) and the number of PM effects. Every amount is an exact sum, so
 * group rows add up to the total to the cent (except case counts and
 * wellbeing when grouped by payer, where a case is in each of its payers'
 * groups).
 *
 * @example
 * ```ts
 * const table = finalizeRollup(aggregate);
 * table.rows[0].by.wijk;   // "WK079601"
 * table.total.netReturn;   // 12345678 (cents)
 * ```
 */
export function finalizeRollup(aggregate: RollupAggregate): RollupTable {
  const lists: PriceListStamp[] = Object.entries(aggregate.lists)
    .map(([fingerprint, l]) => ({ id: l.id, version: l.version, priceYear: l.priceYear, fingerprint }))
    .sort((a, b) => {
      const x = `${a.id}@${a.version}@${a.priceYear}@${a.fingerprint}`;
      const y = `${b.id}@${b.version}@${b.priceYear}@${b.fingerprint}`;
      return x < y ? -1 : x > y ? 1 : 0;
    });
  return {
    groupBy: aggregate.groupBy,
    lists,
    rows: Object.values(aggregate.groups).map(finalizeGroup),
    total: finalizeGroup(aggregate.total),
  };
}
