/**
 * The one shape of "who pays, who gains" in every scenario (what-if,
 * projection, simulation): a per-payer record {invested, gained, net} and
 * the totals of each lens.
 */
import { ratioString } from "../cases/evaluate.js";
import { centsToString } from "../money/cents.js";

/** What one payer (financier) puts in and gets back, in euros (two decimals). */
export interface PayerReturn {
  /** Intervention cost this payer bears. */
  readonly invested: string;
  /** Avoided cost that falls to this payer (after the scenario's SROI adjustments, where it applies them). */
  readonly gained: string;
  /** gained − invested: positive where this payer comes out ahead, negative where it bears the cost (wrong pocket). */
  readonly net: string;
}

/** One lens of a scenario: its totals and the same per payer. */
export interface LensReturn extends PayerReturn {
  /** gained / invested to 4 decimals, rounded half-up; absent where nothing was invested. */
  readonly ratio?: string | undefined;
  /** The same figures per payer, payers sorted. */
  readonly byPayer: Readonly<Record<string, PayerReturn>>;
}

/**
 * The two lenses: the budget lens (every euro a payer pays or saves) and the
 * societal (MKBA) lens, where transfers such as bijstand are left out because
 * what one party stops paying another stops receiving.
 */
export interface ScenarioLenses {
  /** Every line, transfers included: what each budget holder pays and saves. */
  readonly budget: LensReturn;
  /** Transfers left out: what society as a whole gains. */
  readonly societal: LensReturn;
}

/** The names of the two lenses, in the order reports show them. */
export const LENS_NAMES = ["budget", "societal"] as const;

/** A lens: `budget` (every euro a payer pays or saves) or `societal` (transfers left out). */
export type LensName = (typeof LENS_NAMES)[number];

/** Cents of one payer in one lens: intervention cost and avoided cost. */
export interface PayerCents {
  /** Intervention cost, cents. */
  readonly invested: number | bigint;
  /** Avoided cost, cents. */
  readonly gained: number | bigint;
}

/**
 * A lens from cents per payer: the total is the exact sum of the payers, the
 * ratio gained / invested to 4 decimals (half-up).
 *
 * @example
 * ```ts
 * lensReturn(new Map([["gemeente", { invested: 100000, gained: 40000 }], ["zvw", { invested: 0, gained: 90000 }]]));
 * // { invested: "1000.00", gained: "1300.00", net: "300.00", ratio: "1.3000",
 * //   byPayer: { gemeente: { …, net: "-600.00" }, zvw: { …, net: "900.00" } } }
 * ```
 */
export function lensReturn(payers: ReadonlyMap<string, PayerCents>): LensReturn {
  let invested = 0n;
  let gained = 0n;
  const byPayer: Record<string, PayerReturn> = Object.create(null);
  for (const name of [...payers.keys()].sort()) {
    const p = payers.get(name) as PayerCents;
    const i = BigInt(p.invested);
    const g = BigInt(p.gained);
    invested += i;
    gained += g;
    byPayer[name] = { invested: centsToString(i), gained: centsToString(g), net: centsToString(g - i) };
  }
  const r = ratioString(Number(gained), Number(invested));
  return {
    invested: centsToString(invested),
    gained: centsToString(gained),
    net: centsToString(gained - invested),
    ...(r !== undefined ? { ratio: r } : {}),
    byPayer: { ...byPayer },
  };
}
