/**
 * The validated shapes of price-list and index-series files, as named
 * interfaces; the zod schemas in `schema.ts` validate, and a type test holds
 * them equal.
 */
import type { Label } from "../schemas/label.js";

/** The unit an item is priced per. */
export type Unit = "hour" | "dagdeel" | "day" | "night" | "week" | "month" | "year" | "each";

/** The public source of a figure. */
export interface PriceSource {
  /** The source's title. */
  title: string;
  /** Who published it. */
  publisher?: string | undefined;
  /** Where it can be read. */
  url?: string | undefined;
  /** The year of the figure. */
  year: number;
}

/** A stated relative range: amount × (1 ± relative), and why that width. */
export interface RelativeRange {
  /** The half-width as a fraction of the amount, e.g. `"0.25"` for ±25%. */
  relative: string;
  /** Why that width: what makes the figure uncertain. */
  reason: string;
}

/** One priced item of a list. */
export interface PriceItem {
  /** A stable code, e.g. `detentie.dag`. */
  code: string;
  /** Its name in Dutch and English. */
  label: Label;
  /** What one unit is. */
  unit: Unit;
  /** Euros per unit as a decimal string, in the list's price year (or the item's own `priceYear`). */
  amount: string;
  /** The year of this figure's euros when it differs from the list's; resolution indexes it. */
  priceYear?: number | undefined;
  /** Who pays (a payer id, e.g. `justitie`). */
  payer: string;
  /** The domain (a domain id, e.g. `veiligheid`). */
  domain: string;
  /** The public source of the figure. */
  source: PriceSource;
  /** How firm the figure is. */
  reliability: "solid" | "rough";
  /** The source's own low and high figures around the amount, euros as decimal strings; it contains the amount. */
  range?:
    | {
        /** The low figure, euros as a decimal string, e.g. `"95.00"`. */
        low: string;
        /** The high figure, euros as a decimal string. */
        high: string;
      }
    | undefined;
  /** A stated relative range when the source gives none: amount × (1 ± relative), with the reason for that width. */
  relativeRange?: RelativeRange | undefined;
  /** A payment between parties, left out of the societal total. */
  transfer?: boolean | undefined;
  /** Whether the amount is cash a payer actually saves or spends. */
  cashable?: boolean | undefined;
  /** The index series this item follows; the CPI by default. */
  index?: string | undefined;
  /** A free note. */
  note?: string | undefined;
}

/** Items of a list drawn together in a simulation, and why they share a cause. */
export interface ListCorrelationGroup {
  /** A name for the group, e.g. `dji-kostprijzen`. */
  name: string;
  /** Codes of the list's items (here or inherited), each in one group at most. */
  items: string[];
  /** Why these prices move together, e.g. the cost study they share. */
  reason: string;
}

/** A validated price-list file: one version of a list. */
export interface PriceListData {
  /** The JSON Schema the file declares (ignored). */
  $schema?: string | undefined;
  /** The list's id, e.g. `sociaal-domein`. */
  id: string;
  /** The version label, e.g. `2024`. */
  version: string;
  /** The list's title. */
  title: string;
  /** Who publishes the list. */
  publisher: string;
  /** The year of the list's euros. */
  priceYear: number;
  /** Always `EUR`. */
  currency: "EUR";
  /** The first date this version applies to, `YYYY-MM-DD`. */
  validFrom: string;
  /** True for illustrative lists whose figures are not a public tariff. */
  example?: boolean | undefined;
  /** What the list covers. */
  description?: string | undefined;
  /** The list version this one extends: its items are inherited. */
  basedOn?:
    | {
        /** The base list's id. */
        id: string;
        /** The base list's version. */
        version: string;
      }
    | undefined;
  /** Codes of inherited items this version drops. */
  removed?: string[] | undefined;
  /** The items this file defines (or overrides). */
  items: PriceItem[];
  /** The relative range of every rough item (here or inherited) that has no range of its own. */
  defaultRange?: RelativeRange | undefined;
  /** Items drawn together in a simulation (they replace the groups of the lists this one is based on). */
  correlationGroups?: ListCorrelationGroup[] | undefined;
}

/** A validated index series file (e.g. the CBS consumer price index). */
export interface IndexSeriesData {
  /** The JSON Schema the file declares (ignored). */
  $schema?: string | undefined;
  /** The series' id, e.g. `cbs-cpi`. */
  id: string;
  /** The version label. */
  version: string;
  /** The series' title. */
  title: string;
  /** Who publishes it. */
  publisher: string;
  /** The year whose level is the base. */
  baseYear: number;
  /** The public source. */
  source: PriceSource;
  /** The first date this version applies to, `YYYY-MM-DD`; a list keeps the levels valid on its own validFrom. */
  validFrom?: string | undefined;
  /** A free note. */
  note?: string | undefined;
  /** The index level per year, e.g. `{ "2024": "121.49" }`. */
  values: Record<string, string>;
}
