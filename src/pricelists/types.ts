import type { Unit } from "./schema.js";

/** A reference to one version of a list: `{ id, version }`. */
export interface PriceListRef {
  readonly id: string;
  readonly version: string;
}

/** How an amount was restated from one price year to another. */
export interface Indexation {
  /** Index series used, as `id@version`. */
  readonly series: string;
  readonly fromYear: number;
  readonly toYear: number;
  /** Index level of the source year, as in the series file. */
  readonly fromLevel: string;
  /** Index level of the target year, as in the series file. */
  readonly toLevel: string;
  /** toLevel / fromLevel, to 8 decimals (the computation uses the exact quotient). */
  readonly factor: string;
  /**
   * When a year lies after the series' newest level: that newest year, whose
   * level was used instead (carried forward, not projected).
   */
  readonly carriedFrom?: number | undefined;
}

/** How far the catalog's data reaches, for warnings about dates beyond it. */
export interface DataCoverage {
  /** The newest price year of any version of this list id in the catalog. */
  readonly newestListPriceYear: number;
  /** The default index series the list was resolved with, as `id@version`. */
  readonly indexSeries?: string | undefined;
  /** The newest year with a level in that series. */
  readonly newestIndexYear?: number | undefined;
}

/** One item of a resolved list: inherited, overridden and indexed into the list's price year. */
export interface ResolvedPriceItem {
  readonly code: string;
  readonly label: { readonly nl: string; readonly en: string };
  readonly unit: Unit;
  /** Euros per unit in the list's price year, two decimals. */
  readonly amount: string;
  readonly payer: string;
  readonly domain: string;
  readonly source: {
    readonly title: string;
    readonly publisher?: string | undefined;
    readonly url?: string | undefined;
    readonly year: number;
  };
  readonly reliability: "solid" | "rough";
  /**
   * Low and high amounts in the list's price year: the source's own range, or
   * amount × (1 ± relative) with the stated reason (the item's relativeRange
   * or the list's defaultRange).
   */
  readonly range?:
    | {
        readonly low: string;
        readonly high: string;
        /** The relative half-width, when the range is a stated default rather than the source's. */
        readonly relative?: string | undefined;
        /** Why that width. */
        readonly reason?: string | undefined;
      }
    | undefined;
  /** A payment between parties (e.g. a benefit): counted for the payer's budget, left out of the societal total. */
  readonly transfer: boolean;
  /** Whether avoiding this cost frees money in a budget (rather than capacity); absent where the list does not say. */
  readonly cashable?: boolean | undefined;
  /** The index series the item follows (default `cbs-cpi`). */
  readonly index: string;
  readonly note?: string | undefined;
  /** The figure as the source gives it, when it was restated to another price year. */
  readonly original?: {
    readonly amount: string;
    readonly priceYear: number;
    readonly range?: { readonly low: string; readonly high: string } | undefined;
  };
  /** How the amount was restated, when it was. */
  readonly indexation?: Indexation | undefined;
  /** The list file that defined this item (differs from the list itself for inherited items). */
  readonly definedIn: PriceListRef;
}

/**
 * A price list with its inheritance applied, every amount in one price year:
 * what a case is priced with. Plain, serialisable data; `fingerprint`
 * identifies its content.
 */
export interface ResolvedPriceList {
  readonly id: string;
  readonly version: string;
  readonly title: string;
  readonly publisher: string;
  readonly priceYear: number;
  readonly currency: "EUR";
  readonly validFrom: string;
  readonly example: boolean;
  /** This list and the lists it is based on, nearest first. */
  readonly chain: readonly PriceListRef[];
  /** When the whole list was restated to another price year: how. */
  readonly restatedFrom?: { readonly priceYear: number; readonly series: string } | undefined;
  /** Items sorted by code. */
  readonly items: readonly ResolvedPriceItem[];
  /** SHA-256 (hex) of the canonical serialisation of the resolved content. */
  readonly fingerprint: string;
  /** How far the catalog's lists and index reach (not part of the fingerprint: it describes the catalog). */
  readonly coverage?: DataCoverage | undefined;
}

/** What every result says about the list it used. */
export interface PriceListStamp {
  readonly id: string;
  readonly version: string;
  readonly priceYear: number;
  readonly fingerprint: string;
}
