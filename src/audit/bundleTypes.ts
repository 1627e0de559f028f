/**
 * The validated shape of a re-performable bundle, as a named interface; the
 * zod schema in `bundleSchema.ts` validates, and a type test holds them equal.
 */
import type { IndexSeriesData } from "../pricelists/listTypes.js";

/** A resolved price list as written into a bundle (further fields are kept as they are). */
export interface BundleList {
  /** The list's id. */
  id: string;
  /** The version label. */
  version: string;
  /** The list's title. */
  title: string;
  /** Who publishes the list. */
  publisher: string;
  /** The year of the list's euros after resolution. */
  priceYear: number;
  /** Always `EUR`. */
  currency: "EUR";
  /** The first date this version applies to. */
  validFrom: string;
  /** True for illustrative lists. */
  example: boolean;
  /** The versions it was resolved from, root first. */
  chain: { id: string; version: string }[];
  /** Every resolved item: code, amount, unit, payer and domain (and further fields). */
  items: { [k: string]: unknown; code: string; amount: string; unit: string; payer: string; domain: string }[];
  /** SHA-256 of the resolved list in canonical JSON. */
  fingerprint: string;
  /** Further fields of the resolved list. */
  [k: string]: unknown;
}

/**
 * A bundle: the inputs, options, resolved lists and outputs of one `compute`
 * or `audit` run with their fingerprints, so that anyone can re-perform every
 * figure (`verifyBundle`).
 */
export interface Bundle {
  /** The JSON Schema the file declares (ignored). */
  $schema?: string | undefined;
  /** Always `rendement-bundle`. */
  format: "rendement-bundle";
  /** The bundle format's version: 2 adds the audit's metadata and the fingerprint of the whole bundle; 1 is still verified. */
  formatVersion: 1 | 2;
  /** Which command wrote it. */
  kind: "compute" | "audit";
  /** The rendement version that wrote it. */
  rendement: string;
  /** The inputs as given. */
  inputs: {
    /** The case file as given. */
    cases: unknown;
    /** The claims (audit bundles), in the JSON claims format. */
    claims?: unknown;
  };
  /** The options of the run. */
  options: {
    /** The list asked for. */
    pricelist?: string | undefined;
    /** The price year every list was restated in. */
    priceYear?: number | undefined;
    /** The audit's tolerance, euros. */
    tolerance?: string | undefined;
    /** The audit's longest horizon, months. */
    maxHorizonMonths?: number | undefined;
    /** Who performed the audit. */
    auditor?: string | undefined;
    /** The date of the audit, `YYYY-MM-DD`. */
    auditDate?: string | undefined;
    /** What the audit covers. */
    scope?: string | undefined;
  };
  /** Every resolved price list used, in full. */
  lists: BundleList[];
  /** The versions known of every list consulted, for choosing a version by date. */
  listVersions: {
    /** The list's id. */
    id: string;
    /** One of its versions. */
    version: string;
    /** The first date that version applies to, `YYYY-MM-DD`. */
    validFrom: string;
  }[];
  /** The index series the lists were restated with. */
  indexSeries: IndexSeriesData[];
  /** Compute bundles: the wellbeing instruments used. */
  instruments?: unknown[] | undefined;
  /** The result: compute `{lists, cases}` or the audit result. */
  outputs: unknown;
  /** SHA-256 fingerprints of each part. */
  fingerprints: {
    /** Of each input, by name. */
    inputs: Record<string, string>;
    /** Of the options. */
    options: string;
    /** Of each resolved list, by `id@version`. */
    lists: Record<string, string>;
    /** Of the index series. */
    indexSeries: string;
    /** Of the instruments (compute bundles). */
    instruments?: string | undefined;
    /** Of the outputs. */
    outputs: string;
    /** Format 2: of every field but the fingerprints (version string, lists in full, version index). */
    bundle?: string | undefined;
  };
}
