import { D } from "../money/decimal.js";
import type { ResolvedPriceItem, ResolvedPriceList } from "./types.js";

/** One field of an item that differs between two versions. */
export interface FieldChange {
  readonly field: string;
  readonly from: unknown;
  readonly to: unknown;
}

/** An item present in both lists whose content differs. */
export interface ChangedItem {
  readonly code: string;
  readonly from: ResolvedPriceItem;
  readonly to: ResolvedPriceItem;
  /** `to.amount − from.amount`, two decimals. */
  readonly change: string;
  /** The change relative to `from.amount`, as a fraction to 4 decimals (`"0.0818"` = +8.18%); absent when `from` is zero. */
  readonly relativeChange?: string | undefined;
  readonly fields: readonly FieldChange[];
}

/** The difference between two resolved lists. */
export interface PriceListDiff {
  readonly from: {
    readonly id: string;
    readonly version: string;
    readonly priceYear: number;
    readonly fingerprint: string;
  };
  readonly to: {
    readonly id: string;
    readonly version: string;
    readonly priceYear: number;
    readonly fingerprint: string;
  };
  readonly added: readonly ResolvedPriceItem[];
  readonly removed: readonly ResolvedPriceItem[];
  readonly changed: readonly ChangedItem[];
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
