import { centsToString } from "../money/cents.js";
import type { CaseResult, Figures, FiguresWithRatio, LineTrail } from "./types.js";

/** {@link Figures} as written to a file: two-decimal euro strings (`"45500.00"`). */
export type FiguresJson = { readonly [K in keyof Figures]: string };

/** {@link FiguresWithRatio} as written to a file. */
export interface FiguresWithRatioJson extends FiguresJson {
  /** B / I to 4 decimals; absent where I is 0. */
  readonly ratio?: string | undefined;
}

/** A {@link LineTrail} as written to a file: its cost and unit price as two-decimal euro strings. */
export interface LineTrailJson extends Omit<LineTrail, "cost" | "unitPrice"> {
  /** The line's cost, e.g. `"3000.00"`. */
  readonly cost: string;
  /** Unit price in euros (two decimals). */
  readonly unitPrice?: string | undefined;
}

/** A {@link CaseResult} as written to a file (`compute`'s JSON and JSON lines): every amount a two-decimal string. */
export interface CaseResultJson
  extends Omit<CaseResult, keyof Figures | "byPayer" | "societal" | "cashable" | "lines">,
    FiguresJson {
  /** Per payer. */
  readonly byPayer: Readonly<Record<string, FiguresJson>>;
  /** The societal lens. */
  readonly societal: FiguresWithRatioJson & {
    /** The societal figures per payer. */
    readonly byPayer: Readonly<Record<string, FiguresJson>>;
  };
  /** The avoided cost by cashability. */
  readonly cashable: {
    /** On items marked cashable, e.g. `"3000.00"`. */
    readonly cashable: string;
    /** On items marked not cashable. */
    readonly nonCashable: string;
    /** On items that do not say. */
    readonly unspecified: string;
  };
  /** The audit trail. */
  readonly lines?: readonly LineTrailJson[] | undefined;
}

/**
 * The five figures as two-decimal euro strings, in their order.
 *
 * @example
 * ```ts
 * figuresToJson({ counterfactualCost: 5000000, actualCost: 450000, interventionCost: 300000,
 *   avoidedCost: 4850000, netReturn: 4550000 }).netReturn; // "45500.00"
 * ```
 */
export function figuresToJson(f: Figures): FiguresJson {
  return {
    counterfactualCost: centsToString(f.counterfactualCost),
    actualCost: centsToString(f.actualCost),
    interventionCost: centsToString(f.interventionCost),
    avoidedCost: centsToString(f.avoidedCost),
    netReturn: centsToString(f.netReturn),
  };
}

/**
 * Figures keyed by payer, as strings; the keys keep their order (payers sorted).
 *
 * @example
 * ```ts
 * byPayerToJson({ wmo: figures }).wmo.netReturn; // e.g. "1200.00"
 * ```
 */
export function byPayerToJson(by: Readonly<Record<string, Figures>>): Record<string, FiguresJson> {
  return mapPayers(by, figuresToJson);
}

/** @internal A payer-keyed record mapped value by value; the keys keep their order. */
export function mapPayers<A, B>(by: Readonly<Record<string, A>>, f: (a: A) => B): Record<string, B> {
  // Built without a prototype, then spread: a payer named `__proto__` stays a key.
  const out: Record<string, B> = Object.create(null);
  for (const [k, v] of Object.entries(by)) out[k] = f(v);
  return { ...out };
}

/**
 * A trail line with its amounts as strings, its keys in their order.
 *
 * @example
 * ```ts
 * lineTrailToJson(result.lines[0]).cost; // "3000.00"
 * ```
 */
export function lineTrailToJson(l: LineTrail): LineTrailJson {
  // Spread then overwrite: the amounts keep their place among the keys, so the written JSON keeps its order.
  const price = l.unitPrice !== undefined ? { unitPrice: centsToString(l.unitPrice) } : {};
  return { ...l, ...price, cost: centsToString(l.cost) } as LineTrailJson;
}

/**
 * A case result as written to a file: every amount a two-decimal euro string, the keys in the result's order.
 * This is the only place a result's cents become text for JSON; reports format cents themselves.
 *
 * @example
 * ```ts
 * const r = evaluateCases({ cases: [myCase] }).cases[0];
 * r.netReturn;                  // 4550000 (cents)
 * caseResultToJson(r).netReturn; // "45500.00"
 * ```
 */
export function caseResultToJson(r: CaseResult): CaseResultJson {
  const { ratio: sr, byPayer: sb, ...societal } = r.societal;
  // Spread then overwrite: every key keeps its place, so the written JSON keeps the result's order.
  return {
    ...r,
    ...figuresToJson(r),
    byPayer: byPayerToJson(r.byPayer),
    societal: { ...figuresToJson(societal), ...(sr !== undefined ? { ratio: sr } : {}), byPayer: byPayerToJson(sb) },
    cashable: {
      cashable: centsToString(r.cashable.cashable),
      nonCashable: centsToString(r.cashable.nonCashable),
      unspecified: centsToString(r.cashable.unspecified),
    },
    ...(r.lines ? { lines: r.lines.map(lineTrailToJson) } : {}),
  } as CaseResultJson;
}
