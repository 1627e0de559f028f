import { type FiguresWithRatioJson, figuresToJson } from "../cases/caseResultJson.js";
import type { FiguresWithRatio } from "../cases/types.js";
import { centsToString } from "../money/cents.js";
import type { PayerPosition, RollupRow, RollupTable } from "./types.js";

/** A {@link PayerPosition} as written to a file: its amounts as two-decimal euro strings. */
export type PayerPositionJson = {
  /** The payer's id, e.g. `gemeente`. */
  readonly payer: string;
} & {
  readonly [K in Exclude<keyof PayerPosition, "payer">]: string;
};

/** A {@link RollupRow} as written to a file (`compute --group-by`'s JSON): every amount a two-decimal string. */
export interface RollupRowJson
  extends Omit<RollupRow, keyof FiguresWithRatio | "societal" | "payers">,
    FiguresWithRatioJson {
  /** The societal lens. */
  readonly societal: FiguresWithRatioJson;
  /** The wrong-pocket matrix. */
  readonly payers: readonly PayerPositionJson[];
}

/** A {@link RollupTable} as written to a file. */
export interface RollupTableJson extends Omit<RollupTable, "rows" | "total"> {
  /** One row per group. */
  readonly rows: readonly RollupRowJson[];
  /** The grand total. */
  readonly total: RollupRowJson;
}

function withRatio(f: FiguresWithRatio): FiguresWithRatioJson {
  return { ...figuresToJson(f), ...(f.ratio !== undefined ? { ratio: f.ratio } : {}) };
}

/**
 * A finished group as written to a file, its keys in the row's order.
 *
 * @example
 * ```ts
 * rollupRowToJson(table.total).netReturn; // "45500.00"
 * ```
 */
export function rollupRowToJson(r: RollupRow): RollupRowJson {
  return {
    ...r,
    ...withRatio(r),
    societal: withRatio(r.societal),
    payers: r.payers.map((p) => ({
      payer: p.payer,
      counterfactualCost: centsToString(p.counterfactualCost),
      actualCost: centsToString(p.actualCost),
      invested: centsToString(p.invested),
      gained: centsToString(p.gained),
      net: centsToString(p.net),
    })),
  };
}

/**
 * A finished roll-up as written to a file: every amount a two-decimal euro string. The table itself holds cents.
 *
 * @example
 * ```ts
 * const t = rollupCases(results, ["wijk"]);
 * t.total.netReturn;                     // 4550000 (cents)
 * rollupTableToJson(t).total.netReturn;  // "45500.00"
 * ```
 */
export function rollupTableToJson(t: RollupTable): RollupTableJson {
  return { ...t, rows: t.rows.map(rollupRowToJson), total: rollupRowToJson(t.total) };
}
