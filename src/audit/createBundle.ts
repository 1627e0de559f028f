import { caseResultToJson } from "../cases/caseResultJson.js";
import { parseCaseFile } from "../cases/parseCaseFile.js";
import { centsToString } from "../money/cents.js";
import { canonicalJson } from "../pricelists/canonicalJson.js";
import type { PriceListCatalog } from "../pricelists/catalog.js";
import { sha256Hex } from "../pricelists/sha256Hex.js";
import type { ResolvedPriceList } from "../pricelists/types.js";
import type { Instrument } from "../wellbeing/schema.js";
import { auditSettings, auditWith } from "./audit.js";
import { auditResultToJson } from "./auditResultJson.js";
import type { Bundle } from "./bundleSchema.js";
import type { ClaimsFile } from "./claimsSchema.js";
import { type ComputeOutputs, computeWith } from "./computeWith.js";
import { catalogSource, type ListSource, type ListVersion } from "./listSource.js";
import type { AuditResult } from "./types.js";

/** Input of {@link createBundle}. */
export interface BundleInput {
  /** `compute`: price the cases; `audit`: audit the claims against them. */
  readonly kind: "compute" | "audit";
  /** The case file as parsed JSON (kept in the bundle as given). */
  readonly cases: unknown;
  /** The claims (audit only). */
  readonly claims?: ClaimsFile | undefined;
  /** The lists and index series to price with; the lists used are embedded in the bundle. */
  readonly catalog: PriceListCatalog;
  /** The list id (or `id@version`) where a case or claim names none (default `sociaal-domein`, by date). */
  readonly pricelist?: string | undefined;
  /** Restate every list to this price year before pricing. */
  readonly priceYear?: number | undefined;
  /** Audit only: tolerance in euros (default "0.00"). */
  readonly tolerance?: string | undefined;
  /** Audit only: counterfactual horizon in months (default 12). */
  readonly maxHorizonMonths?: number | undefined;
  /** Audit only: who performed it. */
  readonly auditor?: string | undefined;
  /** Audit only: the date of the audit, `YYYY-MM-DD`. */
  readonly auditDate?: string | undefined;
  /** Audit only: what the audit covers. */
  readonly scope?: string | undefined;
  /** Compute only: wellbeing instruments (e.g. `loadInstruments()`). */
  readonly instruments?: ReadonlyMap<string, Instrument> | undefined;
  /** The rendement version recorded in the bundle. */
  readonly version?: string | undefined;
  /** File name for error messages. */
  readonly file?: string | undefined;
}

/** @internal The format version `createBundle` writes. */
export const BUNDLE_FORMAT_VERSION = 2 as const;

/** @internal SHA-256 of the canonical JSON of a value. */
export function fingerprint(value: unknown): string {
  return sha256Hex(canonicalJson(value));
}

/** @internal A JSON round trip, so the recorded value is exactly what a reader gets back. */
export function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function recording(source: ListSource): { source: ListSource; consulted: Set<string> } {
  const consulted = new Set<string>();
  return {
    consulted,
    source: {
      versions: (id) => {
        consulted.add(id);
        return source.versions(id);
      },
      resolve: (ref) => {
        consulted.add(ref.id);
        return source.resolve(ref);
      },
      used: source.used,
    },
  };
}

/** @internal The fingerprints block of a bundle. */
export function bundleFingerprints(b: Omit<Bundle, "fingerprints">): Bundle["fingerprints"] {
  const inputs = Object.fromEntries(
    Object.entries(b.inputs)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, fingerprint(v)]),
  );
  const outputs = fingerprint(b.outputs);
  return {
    inputs,
    options: fingerprint(b.options),
    lists: Object.fromEntries(b.lists.map((l) => [`${l.id}@${l.version}`, l.fingerprint])),
    indexSeries: fingerprint(b.indexSeries),
    ...(b.instruments !== undefined ? { instruments: fingerprint(b.instruments) } : {}),
    outputs,
    // Format 2 also covers what the parts above leave out: the version string, chain and definedIn, the version index.
    ...(b.formatVersion >= 2 ? { bundle: wholeFingerprint(b, inputs, outputs) } : {}),
  };
}

/**
 * Every field but the fingerprints, with the large parts (inputs, outputs)
 * standing in by their own fingerprints, so they are serialised once.
 */
function wholeFingerprint(b: Omit<Bundle, "fingerprints">, inputs: Record<string, string>, outputs: string): string {
  const { inputs: _i, outputs: _o, ...rest } = b;
  void _i;
  void _o;
  return fingerprint({ ...rest, inputs, outputs });
}

/**
 * Runs a compute or an audit and packs everything needed to re-perform it
 * into one bundle: the inputs, the resolved lists used (in full, with their
 * fingerprints), the versions known of each list, the index series used, the
 * options, the outputs, the rendement version and SHA-256 fingerprints. No
 * timestamps: identical inputs give a byte-identical bundle (write it with
 * `JSON.stringify(bundle, null, 2)`).
 *
 * @throws {@link InputError} for invalid cases, claims or options.
 *
 * @example
 * ```ts
 * const bundle = createBundle({ kind: "audit", cases: casesJson, claims, catalog: bundledCatalog() });
 * verifyBundle(bundle).ok; // true
 * ```
 */
export function createBundle(input: BundleInput): Bundle {
  return bundleWith(input).bundle;
}

/**
 * An audit and its bundle at once: the result in cents (for reports) and the bundle that stores it
 * written ({@link auditResultToJson}), from one run.
 *
 * @throws {@link InputError} for invalid cases, claims or options.
 *
 * @example
 * ```ts
 * const { result, bundle } = createAuditBundle({ cases: casesJson, claims, catalog: bundledCatalog() });
 * result.summary.claimedTotal;                              // 2400000 (cents)
 * (bundle.outputs as AuditResultJson).summary.claimedTotal; // "24000.00"
 * ```
 */
export function createAuditBundle(input: Omit<BundleInput, "kind" | "instruments">): {
  /** The audit, every amount in cents. */
  readonly result: AuditResult;
  /** The bundle, with the result as written. */
  readonly bundle: Bundle;
} {
  const { bundle, outputs } = bundleWith({ ...input, kind: "audit" });
  return { bundle, result: outputs as AuditResult };
}

/** The bundle and the outputs it stores, as computed (cents). */
function bundleWith(input: BundleInput): { bundle: Bundle; outputs: AuditResult | ComputeOutputs } {
  const caseFile = parseCaseFile(input.cases, input.file ? { file: input.file } : {});
  const { source, consulted } = recording(catalogSource(input.catalog, input.priceYear));
  let outputs: AuditResult | ComputeOutputs;
  let options: Bundle["options"];
  let instruments: Instrument[] | undefined;
  if (input.kind === "audit") {
    const settings = auditSettings(input);
    // The options as the bundle has always recorded them: the tolerance in euros, written.
    options = { ...settings, tolerance: centsToString(settings.tolerance) };
    outputs = auditWith(input.claims ?? { claims: [] }, caseFile, source, settings);
  } else {
    options = {
      ...(input.pricelist !== undefined ? { pricelist: input.pricelist } : {}),
      ...(input.priceYear !== undefined ? { priceYear: input.priceYear } : {}),
    };
    const used = new Set(caseFile.cases.flatMap((c) => (c.wellbeing ?? []).map((w) => w.instrument)));
    instruments = [...used].sort().flatMap((id) => {
      const i = input.instruments?.get(id);
      return i ? [i] : [];
    });
    const map = new Map(instruments.map((i) => [i.id, i]));
    outputs = computeWith(caseFile, source, {
      ...(input.pricelist !== undefined ? { pricelist: input.pricelist } : {}),
      instruments: map,
      ...(input.file ? { file: input.file } : {}),
    });
  }
  const lists: ResolvedPriceList[] = [...source.used.values()].sort((a, b) =>
    `${a.id}@${a.version}`.localeCompare(`${b.id}@${b.version}`),
  );
  const listVersions: ListVersion[] = [...consulted]
    .sort()
    .flatMap((id) =>
      [...input.catalog.lists.filter((e) => e.list.id === id)]
        .map((e) => ({ id, version: e.list.version, validFrom: e.list.validFrom }))
        .sort((a, b) => (a.validFrom < b.validFrom ? -1 : 1)),
    );
  const seriesUsed = new Set<string>();
  for (const l of lists) for (const it of l.items) if (it.indexation) seriesUsed.add(it.indexation.series);
  const indexSeries = input.catalog.indexSeries
    .filter((e) => seriesUsed.has(`${e.series.id}@${e.series.version}`))
    .map((e) => e.series);
  const body = plain({
    format: "rendement-bundle" as const,
    formatVersion: BUNDLE_FORMAT_VERSION,
    kind: input.kind,
    rendement: input.version ?? "0.0.0-dev",
    inputs: { cases: input.cases, ...(input.kind === "audit" ? { claims: input.claims ?? { claims: [] } } : {}) },
    options,
    lists,
    listVersions,
    indexSeries,
    ...(instruments !== undefined ? { instruments } : {}),
    // Stored as written: amounts as two-decimal strings, as bundles have always held them.
    outputs: "settings" in outputs ? auditResultToJson(outputs) : computeOutputsToJson(outputs),
  }) as unknown as Omit<Bundle, "fingerprints">;
  return { bundle: { ...body, fingerprints: bundleFingerprints(body) }, outputs };
}

/** @internal A compute bundle's outputs as stored: each case result written ({@link caseResultToJson}). */
export function computeOutputsToJson(o: ComputeOutputs): unknown {
  return { ...o, cases: o.cases.map(caseResultToJson) };
}
