import type { Issue } from "../errors/issue.js";
import {
  addRatio,
  mulRatio,
  type Ratio,
  ratio,
  ratioFromNumber,
  ratioToFixed,
  ratioToNumber,
  ZERO,
} from "../money/ratio.js";
import type { Instrument } from "./schema.js";
import type { DimensionResult, WellbeingResult } from "./types.js";

type Measure = { date?: string | undefined; scores: Record<string, number>; narrative?: string | undefined };
type Wellbeing = { instrument: string; before: Measure; after?: Measure | undefined };

function scoreIssue(inst: Instrument, v: number): string | undefined {
  const { min, max, step } = inst.scale;
  if (!Number.isFinite(v) || v < min || v > max) return `score ${v} is outside the ${inst.id} scale ${min}–${max}`;
  if (step !== undefined && !isStepOf(v, min, step))
    return `score ${v} is not a step of ${step} on the ${inst.id} scale`;
  return undefined;
}

/** Whether (v − min) is a whole number of steps, exactly in decimal (0.3 is a step of 0.1 from 0). */
function isStepOf(v: number, min: number, step: number): boolean {
  const q = mulRatio(difference(v, min), invert(ratioFromNumber(step)));
  return q.d === 1n;
}

/** a − b, exact in the decimals as written. */
function difference(a: number, b: number): Ratio {
  const y = ratioFromNumber(b);
  return addRatio(ratioFromNumber(a), ratio(-y.n, y.d));
}

function invert(r: Ratio): Ratio {
  return ratio(r.d, r.n);
}

/**
 * @internal Before/after/delta per dimension. Scores outside an instrument's
 * scale, unknown instruments and unknown dimensions become issues. Deltas are
 * computed in decimal so 7.1 − 6.9 is 0.2, and are signed so that positive
 * is always better.
 */
export function evaluateWellbeing(
  measurements: readonly Wellbeing[],
  instruments: ReadonlyMap<string, Instrument> | undefined,
  issues: Issue[],
): WellbeingResult[] {
  const out: WellbeingResult[] = [];
  measurements.forEach((w, wi) => {
    const inst = instruments?.get(w.instrument);
    if (!inst) {
      issues.push({
        code: "unknown_instrument",
        path: ["wellbeing", wi, "instrument"],
        message: `unknown wellbeing instrument "${w.instrument}"`,
        expected: `one of ${[...(instruments?.keys() ?? [])].sort().join(", ")}`,
        params: { instrument: w.instrument, known: [...(instruments?.keys() ?? [])].sort().join(", ") },
      });
      return;
    }
    const dims = new Set(inst.dimensions.map((d) => d.id));
    let bad = false;
    for (const which of ["before", "after"] as const) {
      const m = w[which];
      if (!m) continue;
      for (const [k, v] of Object.entries(m.scores)) {
        if (!dims.has(k)) {
          bad = true;
          issues.push({
            code: "unknown_dimension",
            path: ["wellbeing", wi, which, "scores", k],
            message: `"${k}" is not a dimension of ${inst.id}`,
            expected: `one of ${[...dims].join(", ")}`,
            params: { dimension: k, instrument: inst.id, known: [...dims].join(", ") },
          });
          continue;
        }
        const p = scoreIssue(inst, v);
        if (p) {
          bad = true;
          issues.push({
            code: "score_out_of_scale",
            path: ["wellbeing", wi, which, "scores", k],
            message: p,
            expected: `a score from ${inst.scale.min} through ${inst.scale.max}`,
            params: {
              ...(inst.scale.step !== undefined && Number.isFinite(v) && v >= inst.scale.min && v <= inst.scale.max
                ? { rule: "step", step: inst.scale.step }
                : {}),
              score: v,
              instrument: inst.id,
              min: inst.scale.min,
              max: inst.scale.max,
            },
          });
        }
      }
    }
    if (bad) return;
    const sign = inst.direction === "higher-is-better" ? 1 : -1;
    const dimensions: DimensionResult[] = [];
    let sum = ZERO;
    let count = 0;
    for (const d of inst.dimensions) {
      // Own keys only: a dimension id such as "constructor" must not find Object.prototype's.
      const b = Object.hasOwn(w.before.scores, d.id) ? w.before.scores[d.id] : undefined;
      if (b === undefined) continue;
      const a = w.after && Object.hasOwn(w.after.scores, d.id) ? w.after.scores[d.id] : undefined;
      if (a === undefined) dimensions.push({ dimension: d.id, before: b });
      else {
        const delta = mulRatio(difference(a, b), ratio(sign));
        sum = addRatio(sum, delta);
        count++;
        dimensions.push({ dimension: d.id, before: b, after: a, delta: ratioToNumber(delta) });
      }
    }
    // The mean to 4 decimals, half away from zero.
    const mean = count > 0 ? Number(ratioToFixed(ratio(sum.n, sum.d * BigInt(count)), 4)) : undefined;
    const narrative = {
      ...(w.before.narrative !== undefined ? { before: w.before.narrative } : {}),
      ...(w.after?.narrative !== undefined ? { after: w.after.narrative } : {}),
    };
    out.push({
      instrument: inst.id,
      ...(w.before.date !== undefined ? { beforeDate: w.before.date } : {}),
      ...(w.after?.date !== undefined ? { afterDate: w.after.date } : {}),
      dimensions,
      ...(mean !== undefined ? { meanDelta: mean } : {}),
      ...(Object.keys(narrative).length > 0 ? { narrative } : {}),
    });
  });
  return out;
}
