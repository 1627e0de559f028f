import { D } from "../money/decimal.js";
import type { PriceListStamp, ResolvedPriceItem, ResolvedPriceList } from "./types.js";

/** One field of an item that differs between two versions. */
export interface FieldChange {
  /** The field of {@link ResolvedPriceItem} that differs, e.g. `amount`, `source` or `range`. */
  readonly field: string;
  /** Its value in the older list (`undefined` when it had none), as in the resolved item. */
  readonly from: unknown;
  /** Its value in the newer list (`undefined` when it has none). */
  readonly to: unknown;
}

/** An item present in both lists whose content differs. */
export interface ChangedItem {
  /** The item's code, e.g. `detentie.dag`. */
  readonly code: string;
  /** The item as the older list has it. */
  readonly from: ResolvedPriceItem;
  /** The item as the newer list has it. */
  readonly to: ResolvedPriceItem;
  /** `to.amount − from.amount`, two decimals. */
  readonly change: string;
  /** The change relative to `from.amount`, as a fraction to 4 decimals (`"0.0818"` = +8.18%); absent when `from` is zero. */
  readonly relativeChange?: string | undefined;
  /** Every compared field that differs, in a fixed order (amount first). */
  readonly fields: readonly FieldChange[];
}

/** The difference between two resolved lists. */
export interface PriceListDiff {
  /** The older list (`a`). */
  readonly from: PriceListStamp;
  /** The newer list (`b`). */
  readonly to: PriceListStamp;
  /** Items only the newer list has, sorted by code. */
  readonly added: readonly ResolvedPriceItem[];
  /** Items only the older list has, sorted by code. */
  readonly removed: readonly ResolvedPriceItem[];
  /** Items in both whose content differs, sorted by code. */
  readonly changed: readonly ChangedItem[];
  /** How many items are in both and equal. */
  readonly unchanged: number;
}

const COMPARED: readonly (keyof ResolvedPriceItem)[] = [
  "amount",
  "unit",
  "payer",
  "domain",
  "label",
  "source",
  "reliability",
  "range",
  "transfer",
  "cashable",
  "index",
  "note",
  "original",
];

/**
 * Items added, removed and changed from list `a` to list `b`, with the
 * absolute and relative change of each changed amount. Compare lists in the
 * same price year to see real change rather than indexation.
 *
 * @example
 * ```ts
 * const d = diffPriceLists(resolvePriceList(c, { id: "sociaal-domein", version: "2018" }),
 *                          resolvePriceList(c, { id: "sociaal-domein", version: "2024" }));
 * d.changed.map((x) => `${x.code}: ${x.change}`);
 * ```
 */
export function diffPriceLists(a: ResolvedPriceList, b: ResolvedPriceList): PriceListDiff {
  const before = new Map(a.items.map((i) => [i.code, i]));
  const after = new Map(b.items.map((i) => [i.code, i]));
  const added = b.items.filter((i) => !before.has(i.code));
  const removed = a.items.filter((i) => !after.has(i.code));
  const changed: ChangedItem[] = [];
  let unchanged = 0;
  for (const from of a.items) {
    const to = after.get(from.code);
    if (!to) continue;
    const fields = COMPARED.filter((f) => JSON.stringify(from[f]) !== JSON.stringify(to[f])).map((f) => ({
      field: f,
      from: from[f],
      to: to[f],
    }));
    if (fields.length === 0) {
      unchanged++;
      continue;
    }
    const x = new D(from.amount);
    const y = new D(to.amount);
    changed.push({
      code: from.code,
      from,
      to,
      change: y.minus(x).toFixed(2),
      ...(x.isZero() ? {} : { relativeChange: y.minus(x).div(x).toFixed(4) }),
      fields,
    });
  }
  const stamp = (l: ResolvedPriceList) => ({
    id: l.id,
    version: l.version,
    priceYear: l.priceYear,
    fingerprint: l.fingerprint,
  });
  return { from: stamp(a), to: stamp(b), added, removed, changed, unchanged };
}
