/**
 * The simulation's inner loop. Draw k always uses stream k of the seed, so
 * any split of the draws over workers gives the same figures, bit for bit.
 * Within a draw the stream is read in a fixed order: one uniform per
 * correlation group, the prices (by parameter key), the drawn SROI rates,
 * then one uniform per case with alternatives, then the probabilities of each shared judgement on them.
 * @internal
 */
import type { CompiledSimulation } from "./compileSimulation.js";
import { type Distribution, draw, drawCoded, quantile } from "./distributions.js";
import { createRandom, type Random } from "./random.js";
import type { YearModel } from "./simulationYears.js";
import { drawJudgements } from "./uncertainProbabilities.js";

/** @internal Per draw and group: net return and intervention cost in cents; sampled prices on request. */
export interface DrawBlock {
  readonly from: number;
  readonly to: number;
  /** net[(d − from) × nGroups + g] */
  readonly net: Float64Array;
  /** intervention cost, same layout */
  readonly inter: Float64Array;
  /** samples[(d − from) × nParams + p], cents; present when asked. */
  readonly samples?: Float64Array | undefined;
}

/** @internal A block of draws of the whole model, with the same draws of each cell (in the model's cell order). */
export interface ModelBlock extends DrawBlock {
  /** Per cell of the model: its block of the same draws (one group). */
  readonly cells?: readonly DrawBlock[] | undefined;
}

/** Draws every price of one draw into `delta` (drawn − list price), grouped items at their group's quantile. */
function drawPrices(m: CompiledSimulation, dist: Distribution, r: Random, delta: Float64Array, u: Float64Array): void {
  const { pLow, pMode, pHigh, pGroup } = m;
  for (let g = 0; g < u.length; g++) u[g] = r.next();
  for (let p = 0; p < delta.length; p++) {
    const g = pGroup[p] as number;
    const lo = pLow[p] as number;
    const mo = pMode[p] as number;
    const hi = pHigh[p] as number;
    const price = g >= 0 ? quantile(dist, u[g] as number, lo, mo, hi) : draw(dist, r, lo, mo, hi);
    delta[p] = price - mo;
  }
}

/** The factor of each rate class in one draw; fixed rates use no random numbers. */
function drawFactors(m: CompiledSimulation, r: Random, rate: Float64Array, factor: Float64Array): void {
  const { rLow, rMode, rHigh, rDist, classRates } = m;
  for (let k = 0; k < rate.length; k++) {
    const lo = rLow[k] as number;
    const hi = rHigh[k] as number;
    rate[k] = hi > lo ? drawCoded(rDist[k] as number, r, lo, rMode[k] as number, hi) : lo;
  }
  for (let c = 0; c < factor.length; c++) {
    let f = 1;
    for (let j = 0; j < 3; j++) {
      const i = classRates[3 * c + j] as number;
      if (i < 0) continue;
      f = m.additive ? f - (rate[i] as number) : f * (1 - (rate[i] as number));
    }
    factor[c] = f;
  }
}

/**
 * Adds the drawn alternative of every case with alternatives to `acc`: one uniform per such case, in case order, then
 * (after everything a run without uncertain probabilities draws, so such runs keep their figures) the probabilities of
 * every shared judgement; a case with a judgement chooses by its judgement's drawn probabilities.
 */
function addAlternatives(m: CompiledSimulation, r: Random, delta: Float64Array, acc: Float64Array, x: Scratch): void {
  const { choiceAlt0, altCum, altEntry0, entrySlot, entryParam, entryValue, choiceJudgement, judgeAlt0 } = m;
  const nChoices = choiceAlt0.length - 1;
  for (let j = 0; j < nChoices; j++) x.v[j] = (choiceAlt0[j + 1] as number) > (choiceAlt0[j] as number) ? r.next() : 0;
  if (x.cum.length > 0) drawJudgements(m, r, x.cum);
  for (let j = 0; j < nChoices; j++) {
    const a0 = choiceAlt0[j] as number;
    const a1 = choiceAlt0[j + 1] as number;
    if (a1 <= a0) continue;
    const v = x.v[j] as number;
    const jd = choiceJudgement[j] as number;
    let a = a0;
    if (jd < 0) while (a < a1 - 1 && v >= (altCum[a] as number)) a++;
    else {
      // The judgement's alternatives are this case's, in the same order.
      const c0 = judgeAlt0[jd] as number;
      while (a < a1 - 1 && v >= (x.cum[c0 + a - a0] as number)) a++;
    }
    const e1 = altEntry0[a + 1] as number;
    for (let e = altEntry0[a] as number; e < e1; e++) {
      const p = entryParam[e] as number;
      const y = entryValue[e] as number;
      const s = entrySlot[e] as number;
      acc[s] = (acc[s] as number) + (p < 0 ? y : y * (delta[p] as number));
    }
  }
}

/** Buffers of one block: the choices' uniforms and the judgements' drawn cumulative probabilities. */
interface Scratch {
  readonly v: Float64Array;
  readonly cum: Float64Array;
}

/** The slots of one draw: fixed cents, plus quantity × (drawn − list price) per term, plus the drawn alternatives. */
function fillSlots(m: CompiledSimulation, r: Random, delta: Float64Array, acc: Float64Array, x: Scratch): void {
  const { termSlot, termParam, termQuantity } = m;
  acc.set(m.slotFixed);
  const T = termSlot.length;
  for (let t = 0; t < T; t++) {
    const s = termSlot[t] as number;
    acc[s] = (acc[s] as number) + (termQuantity[t] as number) * (delta[termParam[t] as number] as number);
  }
  addAlternatives(m, r, delta, acc, x);
}

/** The avoided cost of the sink whose slots start at `s`: each rate class's sum times its factor. */
function avoided(factor: Float64Array, acc: Float64Array, s: number): number {
  let b = 0;
  for (let k = 0; k < factor.length; k++) b += (factor[k] as number) * (acc[s + k] as number);
  return b;
}

/** @internal The work of one draw, in multiply-adds (to decide whether threads pay off). */
export function drawWork(m: CompiledSimulation): number {
  // Over several years each slot is read twice more (its year's benefit, then discounted).
  return m.params.length + m.termSlot.length + m.entrySlot.length + m.slotFixed.length * (m.years ? 3 : 1);
}

/** Buffers of the years of one block: the discount factor and the avoided cost of each year, the kept shares. */
interface YearScratch {
  readonly y: YearModel;
  readonly discount: Float64Array;
  readonly benefit: Float64Array;
  readonly keep: Float64Array;
}

/**
 * The draw's discount factor of every year and share kept by each continuation: the discount rate drawn last in
 * the draw's stream (after the judgements), when it is a distribution; a drop-off is one of the drawn rates.
 */
function drawYears(r: Random, rate: Float64Array, x: YearScratch): void {
  const { y } = x;
  const d = y.discount;
  const dr = d.high > d.low ? drawCoded(y.discountDist, r, d.low, d.mode, d.high) : d.low;
  for (let t = 0; t < x.discount.length; t++) x.discount[t] = (1 + dr) ** -(t + 0.5 * y.mid);
  for (let c = 0; c < x.keep.length; c++) {
    const i = y.contRate[c] as number;
    x.keep[c] = i >= 0 ? 1 - (rate[i] as number) : (y.contKeep[c] as number);
  }
}

/**
 * The present values of the sink whose slots start at `s × W × Y`: each year's avoided cost (each year class's sum
 * times its rate class's factor, plus the continued outcomes of its last observed year × the share kept) and
 * intervention cost, discounted. Returns [PV avoided, PV intervention].
 */
function presentValues(factor: Float64Array, acc: Float64Array, s: number, x: YearScratch): [number, number] {
  const { y, benefit, discount, keep } = x;
  const Y = y.nYears;
  const K = y.nClasses;
  const base0 = s * (K + 1) * Y;
  benefit.fill(0);
  for (let c = 0; c < K; c++) {
    const f = factor[y.classRate[c] as number] as number;
    const base = base0 + c * Y;
    for (let t = 0; t < Y; t++) benefit[t] = (benefit[t] as number) + f * (acc[base + t] as number);
    const sc = y.classScope[c] as number;
    if (sc < 0) continue;
    const from = y.contFrom[sc] as number;
    if (from >= Y) continue;
    const b = f * (acc[base + from] as number);
    const k = keep[sc] as number;
    let g = 1;
    for (let t = from + 1; t <= from + (y.contYears[sc] as number) && t < Y; t++) {
      g *= k;
      benefit[t] = (benefit[t] as number) + b * g;
    }
  }
  let pvB = 0;
  let pvI = 0;
  const inter = base0 + K * Y;
  for (let t = 0; t < Y; t++) {
    pvB += (discount[t] as number) * (benefit[t] as number);
    pvI += (discount[t] as number) * (acc[inter + t] as number);
  }
  return [pvB, pvI];
}

/**
 * @internal Runs draws `from` … `to − 1` of the model: every group and every payer-and-lens cell in one pass.
 *
 * @example
 * ```ts
 * const b = runDraws(plan.model, 42, "triangular", 0, 100);
 * b.net[0 * plan.model.nGroups + 0]; // draw 0, group 0, net cents
 * b.cells?.[0]?.net; // the first cell's net return per draw
 * ```
 */
export function runDraws(
  m: CompiledSimulation,
  seed: number | bigint,
  dist: Distribution,
  from: number,
  to: number,
  keepSamples = false,
): ModelBlock {
  const G = m.nGroups;
  const P = m.params.length;
  const K = m.nClasses;
  const W = K + 1;
  const count = to - from;
  const net = new Float64Array(count * G);
  const inter = new Float64Array(count * G);
  const cells = m.cells.map(() => ({ from, to, net: new Float64Array(count), inter: new Float64Array(count) }));
  const samples = keepSamples ? new Float64Array(count * P) : undefined;
  const delta = new Float64Array(P);
  const u = new Float64Array(m.correlationGroups.length);
  const rate = new Float64Array(m.rates.length);
  const factor = new Float64Array(K);
  const acc = new Float64Array(m.slotFixed.length);
  const scratch = { v: new Float64Array(m.choiceAlt0.length - 1), cum: new Float64Array(m.judgeAlpha.length) };
  const { pMode } = m;
  const years = m.years && {
    y: m.years,
    discount: new Float64Array(m.years.nYears),
    benefit: new Float64Array(m.years.nYears),
    keep: new Float64Array(m.years.contFrom.length),
  };
  for (let d = from; d < to; d++) {
    const r = createRandom(seed, d);
    const row = d - from;
    drawPrices(m, dist, r, delta, u);
    if (samples) for (let p = 0; p < P; p++) samples[row * P + p] = (delta[p] as number) + (pMode[p] as number);
    drawFactors(m, r, rate, factor);
    fillSlots(m, r, delta, acc, scratch);
    if (years) {
      drawYears(r, rate, years);
      for (let g = 0; g < G; g++) {
        const [b, i] = presentValues(factor, acc, g, years);
        net[row * G + g] = b - i;
        inter[row * G + g] = i;
      }
      for (let c = 0; c < cells.length; c++) {
        const [b, i] = presentValues(factor, acc, G + c, years);
        const cell = cells[c] as DrawBlock;
        cell.net[row] = b - i;
        cell.inter[row] = i;
      }
      continue;
    }
    for (let g = 0; g < G; g++) {
      const i = acc[g * W + K] as number;
      net[row * G + g] = avoided(factor, acc, g * W) - i;
      inter[row * G + g] = i;
    }
    for (let c = 0; c < cells.length; c++) {
      const s = (G + c) * W;
      const cell = cells[c] as DrawBlock;
      const i = acc[s + K] as number;
      cell.net[row] = avoided(factor, acc, s) - i;
      cell.inter[row] = i;
    }
  }
  return { from, to, net, inter, ...(samples ? { samples } : {}), cells };
}
