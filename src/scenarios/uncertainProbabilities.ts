/**
 * Uncertain probabilities of counterfactual alternatives. The probabilities p₁…pₙ of a case's alternatives are drawn
 * from Dirichlet(κ·p₁, …, κ·pₙ) (a Beta for two), whose mean is the stated p. For one case alone that changes
 * nothing in distribution (drawing p, then an alternative by p, picks alternative i with probability E[pᵢ] = pᵢ);
 * it matters because an estimate is a *shared judgement*: cases with the same probabilities, κ and reason share
 * one draw of p per draw, and each case then picks its own alternative by its own uniform from those probabilities.
 * In a roll-up the cases then move together, which is what an uncertain shared estimate means.
 * @internal
 */
import type { ProbabilityUncertainty } from "../cases/caseTypes.js";
import type { CaseShape } from "../cases/lineSet.js";
import type { Case } from "../cases/schema.js";
import type { Issue } from "../errors/issue.js";
import { suggest } from "../errors/suggest.js";
import { parseDecimal } from "../money/parseDecimal.js";
import { type Ratio, ratioFromDecimal, ratioToNumber, ratioToString } from "../money/ratio.js";
import { concentrationProblem } from "../schemas/common.js";
import { logGammaDraw } from "./distributions.js";
import type { Random } from "./random.js";

/**
 * Uncertain probabilities given outside the case file: for every case with alternatives (`all`), or per case id
 * (`cases`, over `all`); both over a case file's own `counterfactual.uncertainty`.
 *
 * @example
 * ```ts
 * const probabilities: ProbabilityOptions = {
 *   all: { concentration: "20", reason: "the wijkteam's estimate, about 20 cases seen" },
 *   cases: new Map([["c7", { concentration: "5", reason: "a single interview" }]]),
 * };
 * simulate(cases, { catalog, seed: 1, probabilities });
 * ```
 */
export interface ProbabilityOptions {
  /** For every case with two alternatives or more. */
  readonly all?: ProbabilityUncertainty | undefined;
  /** Per case id (a Map, or a record with a null prototype: the keys are user text). */
  readonly cases?: ReadonlyMap<string, ProbabilityUncertainty> | Readonly<Record<string, ProbabilityUncertainty>>;
}

/** One shared judgement on probabilities, drawn once per draw for all its cases. */
export interface ProbabilityJudgement {
  /** Its code among the varied inputs: `probabilities@` and its first case id. */
  readonly input: string;
  /** The cases that share it, in case-id order. */
  readonly cases: readonly string[];
  /** The stated probabilities (the Dirichlet's mean), as decimal text. */
  readonly probabilities: readonly string[];
  /** κ as given. */
  readonly concentration: string;
  /** Why the probabilities are this uncertain. */
  readonly reason: string;
  /** Where it was stated: the case file, or the options' (scenario's) `all` or `cases`. */
  readonly from: "case" | "all" | "cases";
}

/** @internal The judgements compiled for drawing: plain typed arrays beside the judgements themselves. */
export interface CompiledJudgements {
  readonly judgements: readonly ProbabilityJudgement[];
  /** Per choice (case with alternatives, in case order): its judgement, or −1 (fixed probabilities). */
  readonly choiceJudgement: Int32Array;
  /** Judgement j's Dirichlet parameters are judgeAlpha[judgeAlt0[j]] … judgeAlpha[judgeAlt0[j+1] − 1]. */
  readonly judgeAlt0: Int32Array;
  readonly judgeAlpha: Float64Array;
  /** Cases with two alternatives or more whose probabilities were taken as fixed. */
  readonly fixedProbabilityCases: number;
}

type From = ProbabilityJudgement["from"];

/** The options' per-case table as a Map, whatever form it was given in. */
function caseTable(o: ProbabilityOptions | undefined): ReadonlyMap<string, ProbabilityUncertainty> {
  const c = o?.cases;
  if (!c) return new Map();
  return c instanceof Map ? c : new Map(Object.entries(c as Record<string, ProbabilityUncertainty>));
}

/** A given uncertainty's problems (the case file's are checked by its schema), at `path`. */
function checkGiven(u: ProbabilityUncertainty, path: (string | number)[], issues: Issue[]): boolean {
  const before = issues.length;
  const p = concentrationProblem(u.concentration);
  if (p)
    issues.push({
      code: "invalid_value",
      path: [...path, "concentration"],
      message: p.message,
      expected: 'above 0, e.g. "20"',
      params: p.params,
    });
  if (typeof u.reason !== "string" || u.reason.trim() === "")
    issues.push({
      code: "invalid_value",
      path: [...path, "reason"],
      message: "every uncertain probability needs its reason",
      expected: "a non-empty reason",
      params: { rule: "reason_missing" },
    });
  return issues.length === before;
}

/** Refuses `cases` keys that are not case ids (with the nearest id), and ids of cases without a choice. */
function checkCaseKeys(table: ReadonlyMap<string, ProbabilityUncertainty>, cases: readonly Case[], issues: Issue[]) {
  const byId = new Map(cases.map((c) => [c.id, c]));
  for (const [id, u] of table) {
    const path = ["probabilities", "cases", id];
    const c = byId.get(id);
    if (!c) {
      const near = suggest(id, byId.keys());
      issues.push({
        code: "unknown_case",
        path,
        message: `no case has id "${id}"${near ? ` (did you mean "${near}"?)` : ""}`,
        expected: "the id of a case with alternatives",
        params: { id, ...(near ? { near } : {}) },
      });
    } else if (Array.isArray(c.counterfactual) || c.counterfactual.alternatives.length < 2)
      issues.push({
        code: "no_alternatives",
        path,
        message: `case "${id}" has no alternatives to be uncertain about (its counterfactual is certain)`,
        expected: "a case whose counterfactual has two alternatives or more",
        params: { id },
      });
    else checkGiven(u, path, issues);
  }
}

/** κ as exact decimal text (so "20", 20 and "20.0" are one judgement). */
function canonical(k: string | number): string {
  const p = parseDecimal(k) as { units: bigint; scale: number };
  return ratioToString(ratioFromDecimal(p.units, p.scale));
}

/**
 * @internal Which cases' probabilities are drawn, grouped into shared judgements (same stated probabilities, κ and
 * reason), in case order; problems of the options go into `issues`.
 *
 * @example
 * ```ts
 * const j = compileJudgements(cases, shapes, { all: { concentration: 20, reason: "estimate" } }, issues);
 * j.judgements[0]?.cases; // every case with the same probabilities
 * ```
 */
export function compileJudgements(
  cases: readonly Case[],
  shapes: readonly (CaseShape | undefined)[],
  options: ProbabilityOptions | undefined,
  issues: Issue[],
): CompiledJudgements {
  const table = caseTable(options);
  checkCaseKeys(table, cases, issues);
  const all = options?.all !== undefined && checkGiven(options.all, ["probabilities", "all"], issues);
  const found = new Map<
    string,
    { j: number; cases: string[]; u: ProbabilityUncertainty; w: readonly Ratio[]; from: From }
  >();
  const choice: number[] = [];
  let fixed = 0;
  cases.forEach((c, ci) => {
    if (Array.isArray(c.counterfactual)) return;
    const w = (shapes[ci] as CaseShape | undefined)?.weights ?? [];
    const own = table.get(c.id);
    const [u, from]: [ProbabilityUncertainty | undefined, From] = own
      ? [own, "cases"]
      : all && options?.all
        ? [options.all, "all"]
        : [c.counterfactual.uncertainty, "case"];
    if (!u || w.length < 2 || concentrationProblem(u.concentration)) {
      if (w.length >= 2) fixed++;
      choice.push(-1);
      return;
    }
    const key = JSON.stringify([w.map(ratioToString), canonical(u.concentration), u.reason]);
    const e = found.get(key) ?? { j: found.size, cases: [], u, w, from };
    found.set(key, e);
    e.cases.push(c.id);
    choice.push(e.j);
  });
  const list = [...found.values()];
  const alt0 = [0];
  const alpha: number[] = [];
  for (const e of list) {
    const k = Number(e.u.concentration);
    for (const p of e.w) alpha.push(k * ratioToNumber(p));
    alt0.push(alpha.length);
  }
  return {
    judgements: list.map((e) => ({
      input: `probabilities@${e.cases[0]}`,
      cases: e.cases,
      probabilities: e.w.map((p) => String(ratioToNumber(p))),
      concentration: String(e.u.concentration),
      reason: e.u.reason,
      from: e.from,
    })),
    choiceJudgement: Int32Array.from(choice),
    judgeAlt0: Int32Array.from(alt0),
    judgeAlpha: Float64Array.from(alpha),
    fixedProbabilityCases: fixed,
  };
}

/**
 * @internal Draws every judgement's probabilities, as cumulative sums into `cum` (same layout as judgeAlpha; the last
 * of each exactly 1), in judgement order: Dirichlet by normalised gamma draws, taken in logs so that tiny κ·p do not
 * underflow; an alternative stated at 0 stays at 0 and uses no random numbers.
 */
export function drawJudgements(m: CompiledJudgements, r: Random, cum: Float64Array): void {
  const { judgeAlt0, judgeAlpha } = m;
  for (let j = 0; j + 1 < judgeAlt0.length; j++) {
    const a0 = judgeAlt0[j] as number;
    const a1 = judgeAlt0[j + 1] as number;
    let top = Number.NEGATIVE_INFINITY;
    for (let a = a0; a < a1; a++) {
      const alpha = judgeAlpha[a] as number;
      const l = alpha > 0 ? logGammaDraw(alpha, r) : Number.NEGATIVE_INFINITY;
      cum[a] = l;
      if (l > top) top = l;
    }
    let sum = 0;
    for (let a = a0; a < a1; a++) {
      const x = Math.exp((cum[a] as number) - top);
      cum[a] = x;
      sum += x;
    }
    let run = 0;
    for (let a = a0; a < a1; a++) {
      run += (cum[a] as number) / sum;
      cum[a] = a === a1 - 1 ? 1 : run;
    }
  }
}
