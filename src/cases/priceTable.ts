import { amountToCents } from "../money/parseDecimal.js";
import type { ResolvedPriceItem, ResolvedPriceList } from "../pricelists/types.js";

/** @internal An item ready for pricing: amount in integer cents. */
export interface PricedItem {
  readonly item: ResolvedPriceItem;
  readonly cents: number;
  readonly payer: string;
  readonly transfer: boolean;
  /** 1 cashable, 0 not cashable, -1 unspecified. */
  readonly cashable: 1 | 0 | -1;
  /** Whether the unit follows from a period alone (day, night, week, month, year). */
  readonly periodUnit: boolean;
  /** Its place in the table's list (0, 1, …): where a line set keeps the payer index it gave this item. */
  readonly ordinal: number;
}

/** @internal A resolved list indexed by code, built once and reused for many cases. */
export interface PriceTable {
  readonly list: ResolvedPriceList;
  readonly items: ReadonlyMap<string, PricedItem>;
}

/** @internal */
export function priceTable(list: ResolvedPriceList, overrides?: ReadonlyMap<string, number>): PriceTable {
  const items = new Map<string, PricedItem>();
  let ordinal = 0;
  for (const item of list.items)
    items.set(item.code, {
      ordinal: ordinal++,
      item,
      cents: overrides?.get(item.code) ?? amountToCents(item.amount),
      payer: item.payer,
      transfer: item.transfer,
      cashable: item.cashable === undefined ? -1 : item.cashable ? 1 : 0,
      periodUnit: item.unit !== "hour" && item.unit !== "dagdeel" && item.unit !== "each",
    });
  return { list, items };
}
