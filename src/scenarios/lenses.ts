/**
 * The one shape of "who pays, who gains" in every scenario (what-if,
 * projection, simulation): a per-payer record {invested, gained, net} and
 * the totals of each lens.
 */

import { mapPayers } from "../cases/caseResultJson.js";
import { ratioString } from "../cases/evaluate.js";
import { amountsToText } from "../money/amountsToText.js";
import { type Cents, centsFromBigint } from "../money/cents.js";

/** What one payer (financier) puts in and gets back, in integer cents. */
export interface PayerReturn {
  /** Intervention cost this payer bears, cents. */
  readonly invested: Cents;
  /** Avoided cost that falls to this payer (after the scenario's SROI adjustments, where it applies them), cents. */
  readonly gained: Cents;
  /** gained − invested, cents: positive where this payer comes out ahead, negative where it bears the cost (wrong pocket). */
  readonly net: Cents;
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
 * // { invested: 100000, gained: 130000, net: 30000, ratio: "1.3000",
 * //   byPayer: { gemeente: { …, net: -60000 }, zvw: { …, net: 90000 } } }
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
    byPayer[name] = payerReturn(i, g);
  }
  const r = ratioString(Number(gained), Number(invested));
  return {
    ...payerReturn(invested, gained),
    ...(r !== undefined ? { ratio: r } : {}),
    byPayer: { ...byPayer },
  };
}

function payerReturn(invested: bigint, gained: bigint): PayerReturn {
  return {
    invested: centsFromBigint(invested),
    gained: centsFromBigint(gained),
    net: centsFromBigint(gained - invested),
  };
}

/** A {@link PayerReturn} as written to a file: two-decimal euro strings. */
export interface PayerReturnJson {
  /** Intervention cost, e.g. `"1000.00"`. */
  readonly invested: string;
  /** Avoided cost. */
  readonly gained: string;
  /** gained − invested. */
  readonly net: string;
}

/** A {@link LensReturn} as written to a file. */
export interface LensReturnJson extends PayerReturnJson {
  /** gained / invested to 4 decimals; absent where nothing was invested. */
  readonly ratio?: string | undefined;
  /** Per payer, payers sorted. */
  readonly byPayer: Readonly<Record<string, PayerReturnJson>>;
}

/** {@link ScenarioLenses} as written to a file. */
export interface ScenarioLensesJson {
  /** The budget lens. */
  readonly budget: LensReturnJson;
  /** The societal lens. */
  readonly societal: LensReturnJson;
}

/**
 * A payer's figures as two-decimal euro strings.
 *
 * @example
 * ```ts
 * payerReturnToJson({ invested: 100000, gained: 40000, net: -60000 }); // { invested: "1000.00", gained: "400.00", net: "-600.00" }
 * ```
 */
export function payerReturnToJson(p: PayerReturn): PayerReturnJson {
  return amountsToText(p, ["invested", "gained", "net"]);
}

/**
 * A lens as written to a file: its totals and payers as strings, keys in their order.
 *
 * @example
 * ```ts
 * lensReturnToJson(lensReturn(new Map([["wmo", { invested: 100, gained: 250 }]]))).net; // "1.50"
 * ```
 */
export function lensReturnToJson(l: LensReturn): LensReturnJson {
  return {
    ...payerReturnToJson(l),
    ...(l.ratio !== undefined ? { ratio: l.ratio } : {}),
    byPayer: mapPayers(l.byPayer, payerReturnToJson),
  };
}

/**
 * Both lenses as written to a file.
 *
 * @example
 * ```ts
 * scenarioLensesToJson(whatIfResult.lenses).societal.net; // e.g. "1250.00"
 * ```
 */
export function scenarioLensesToJson(l: ScenarioLenses): ScenarioLensesJson {
  return { budget: lensReturnToJson(l.budget), societal: lensReturnToJson(l.societal) };
}
