import type { ListCorrelationGroup } from "./listTypes.js";
import type { Unit } from "./schema.js";

/** A reference to one version of a list: `{ id, version }`. */
export interface PriceListRef {
  /** The list's id, e.g. `sociaal-domein`. */
  readonly id: string;
  /** The version label, e.g. `2024`. */
  readonly version: string;
}

/** How an amount was restated from one price year to another. */
export interface Indexation {
  /** Index series used, as `id@version`. */
  readonly series: string;
  /** The price year the source's figure is in, e.g. `2017`. */
  readonly fromYear: number;
  /** The price year it was restated to: the list's, e.g. `2025`. */
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
  /** The item's stable code, e.g. `detentie.dag`; lines name it in `item`. */
  readonly code: string;
  /** Its name for reports. */
  readonly label: {
    /** In Dutch, e.g. `Dag in detentie`. */
    readonly nl: string;
    /** In English, e.g. `Day in detention`. */
    readonly en: string;
  };
  /** What one unit is (`hour`, `day`, `each`, …): a line's quantity counts these. */
  readonly unit: Unit;
  /** Euros per unit in the list's price year, two decimals. */
  readonly amount: string;
  /** Who pays this cost, a payer id such as `justitie` or `gemeente`. */
  readonly payer: string;
  /** The policy domain it belongs to, e.g. `veiligheid`; what-if adjustments can be scoped to a domain. */
  readonly domain: string;
  /** The public source of the figure. */
  readonly source: {
    /** The source's title. */
    readonly title: string;
    /** Who published it. */
    readonly publisher?: string | undefined;
    /** Where it can be read. */
    readonly url?: string | undefined;
    /** The year of the figure (its euros, before any restatement). */
    readonly year: number;
  };
  /** `solid` for a published tariff or cost price; `rough` for an estimate, which then has a `range`. */
  readonly reliability: "solid" | "rough";
  /**
   * Low and high amounts in the list's price year: the source's own range, or
   * amount × (1 ± relative) with the stated reason (the item's relativeRange
   * or the list's defaultRange).
   */
  readonly range?:
    | {
        /** The low amount, euros as a decimal string with two decimals, e.g. `"120.50"`. */
        readonly low: string;
        /** The high amount, euros as a decimal string with two decimals. */
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
  /** The list's note on the item (how it was derived, what it covers), when there is one. */
  readonly note?: string | undefined;
  /** The figure as the source gives it, when it was restated to another price year. */
  readonly original?: {
    /** Euros per unit in the source's year, as a decimal string. */
    readonly amount: string;
    /** The source's price year. */
    readonly priceYear: number;
    /** The source's own range in that year, when it has one. */
    readonly range?:
      | {
          /** The low amount, euros as a decimal string. */
          readonly low: string;
          /** The high amount, euros as a decimal string. */
          readonly high: string;
        }
      | undefined;
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
  /** The list's id, e.g. `sociaal-domein`. */
  readonly id: string;
  /** The version label, e.g. `2026`. */
  readonly version: string;
  /** The list's title. */
  readonly title: string;
  /** Who publishes the list. */
  readonly publisher: string;
  /** The year whose euros every amount is in, e.g. `2026` (after any restatement). */
  readonly priceYear: number;
  /** Always `EUR`. */
  readonly currency: "EUR";
  /** The first date this version applies to, `YYYY-MM-DD`: a case starting on or after it is priced with it by default. */
  readonly validFrom: string;
  /** True for an illustrative list whose figures are not a public tariff; reports say so. */
  readonly example: boolean;
  /** This list and the lists it is based on, nearest first. */
  readonly chain: readonly PriceListRef[];
  /** When the whole list was restated to another price year: how. */
  readonly restatedFrom?:
    | {
        /** The list's own price year, before restatement. */
        readonly priceYear: number;
        /** The index series used, as `id@version`. */
        readonly series: string;
      }
    | undefined;
  /** Items sorted by code. */
  readonly items: readonly ResolvedPriceItem[];
  /**
   * Items drawn together in a simulation, with why (the list's own groups, or
   * those of the nearest list it is based on that states any); absent when none.
   */
  readonly correlationGroups?: readonly ListCorrelationGroup[] | undefined;
  /** SHA-256 (hex) of the canonical serialisation of the resolved content. */
  readonly fingerprint: string;
  /** How far the catalog's lists and index reach (not part of the fingerprint: it describes the catalog). */
  readonly coverage?: DataCoverage | undefined;
}

/** What every result says about the list it used. */
export interface PriceListStamp {
  /** The list's id, e.g. `sociaal-domein`. */
  readonly id: string;
  /** The version that priced the result, e.g. `2024`. */
  readonly version: string;
  /** The year of the euros in the result. */
  readonly priceYear: number;
  /** SHA-256 (hex) of the resolved list's content: equal fingerprints mean equal prices. */
  readonly fingerprint: string;
}
