/**
 * Whether the lists embedded in a bundle are the lists they claim to be: each
 * is compared, field by field and item by item, with the trusted list of the
 * same id and version (the lists bundled with rendement, and any the auditor
 * names), and the bundle's version index with the trusted versions.
 * @internal
 */
import { InputError } from "../errors/InputError.js";
import type { PriceListCatalog } from "../pricelists/catalog.js";
import { resolvePriceList } from "../pricelists/resolvePriceList.js";
import type { ResolvedPriceList } from "../pricelists/types.js";
import { diffValues, MISSING } from "./diffValues.js";
import { type ListVersion, latestOn } from "./listSource.js";

/** One field in which an embedded list differs from the trusted list. */
export interface ListFieldDifference {
  /** Path inside the list, e.g. `items[wonen.huisuitzetting.directe-kosten].amount` or `chain[0].version`. */
  readonly path: string;
  /** What the trusted list has. */
  readonly trusted: unknown;
  /** What the bundle has. */
  readonly bundle: unknown;
}

/** How an embedded list compares with the trusted lists. */
export interface ListProvenance {
  /** Index in the bundle's `lists`. */
  readonly index: number;
  readonly id: string;
  readonly version: string;
  /** The fingerprint the bundle records for the list. */
  readonly fingerprint: string;
  /**
   * `official`: the same as the trusted list of this id and version, to the last field;
   * `differs`: a trusted list of this id and version exists and the embedded one is not it;
   * `unknown`: no trusted list of this id and version (a local list: compare its fingerprint with the published one).
   */
  readonly status: "official" | "differs" | "unknown";
  /** The trusted list compared with: `bundled` (shipped with rendement) or the file it was read from. */
  readonly trusted?: { readonly origin: string; readonly fingerprint: string } | undefined;
  /** For `differs`: each field that differs (at most 50; `moreDifferences` counts the rest). */
  readonly differences: readonly ListFieldDifference[];
  readonly moreDifferences: number;
  /** For `unknown`: the versions of this id the trusted lists do have (an unknown version of a known list). */
  readonly knownVersions?: readonly string[] | undefined;
  /** Why the trusted list could not be had, when it could not. */
  readonly note?: string | undefined;
}

/** A difference between the bundle's version index and the trusted versions. */
export interface VersionIndexDifference {
  readonly id: string;
  readonly version: string;
  /** validFrom in the trusted lists, or `(missing)`. */
  readonly trusted: string;
  /** validFrom in the bundle's `listVersions`, or `(missing)`. */
  readonly bundle: string;
  /** For a version the bundle leaves out: the first date in the bundle on which it would have applied. */
  readonly wouldApplyOn?: string | undefined;
}

/** @internal Trusted lists: `official` (bundled), `trusted` (the auditor's own, e.g. `--lists DIR`). */
export interface TrustedLists {
  readonly official: PriceListCatalog;
  readonly trusted?: PriceListCatalog | undefined;
}

const LIST_LIMIT = 50;
const key = (l: { id: string; version: string }): string => `${l.id}@${l.version}`;

function itemDifferences(t: ResolvedPriceList, b: ResolvedPriceList, out: ListFieldDifference[], n: { n: number }) {
  const push = (d: ListFieldDifference): void => {
    n.n++;
    if (out.length < LIST_LIMIT) out.push(d);
  };
  // `coverage` says what the catalog held beside the list (not fingerprinted): it differs between catalogs.
  const { items: ti, fingerprint: _tf, coverage: _tc, ...tRest } = t as ResolvedPriceList & { coverage?: unknown };
  const { items: bi, fingerprint: _bf, coverage: _bc, ...bRest } = b as ResolvedPriceList & { coverage?: unknown };
  void [_tf, _bf, _tc, _bc];
  const diffs: { path: string; expected: unknown; found: unknown }[] = [];
  const count = { n: 0 };
  diffValues(tRest, bRest, "", diffs, count);
  const byCode = new Map(ti.map((i) => [i.code, i]));
  const seen = new Set<string>();
  for (const it of bi) {
    const code = String(it.code);
    const official = byCode.get(code);
    if (seen.has(code)) diffs.push({ path: `items[${code}]`, expected: "one item per code", found: "a second item" });
    else if (!official) diffs.push({ path: `items[${code}]`, expected: MISSING, found: "an item" });
    else diffValues(official, it, `items[${code}]`, diffs, count);
    seen.add(code);
  }
  for (const it of ti)
    if (!seen.has(it.code)) diffs.push({ path: `items[${it.code}]`, expected: "an item", found: MISSING });
  for (const d of diffs) push({ path: d.path.replace(/^\./, ""), trusted: d.expected, bundle: d.found });
  // diffValues keeps its first 200; count what it dropped too.
  n.n += Math.max(0, count.n - diffs.length);
}

/** @internal Each embedded list against the trusted list of the same id and version. */
export function listProvenance(
  lists: readonly ResolvedPriceList[],
  trusted: TrustedLists,
  priceYear: number | undefined,
): ListProvenance[] {
  const all = mergedOrOfficial(trusted);
  const official = new Set(trusted.official.lists.map((e) => key(e.list)));
  const files = new Map(all.lists.map((e) => [key(e.list), e.file]));
  return lists.map((l, index) => {
    const base = { index, id: l.id, version: l.version, fingerprint: l.fingerprint };
    if (!files.has(key(l))) {
      const known = all.lists.filter((e) => e.list.id === l.id).map((e) => e.list.version);
      return {
        ...base,
        status: "unknown" as const,
        differences: [],
        moreDifferences: 0,
        ...(known.length > 0 ? { knownVersions: known.sort() } : {}),
      };
    }
    let t: ResolvedPriceList;
    try {
      t = resolvePriceList(all, { id: l.id, version: l.version }, priceYear !== undefined ? { priceYear } : {});
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      const note = e.issues.map((i) => i.message).join("; ");
      return { ...base, status: "unknown" as const, differences: [], moreDifferences: 0, note };
    }
    const origin = official.has(key(l)) ? "bundled" : (files.get(key(l)) ?? "trusted");
    const differences: ListFieldDifference[] = [];
    const n = { n: 0 };
    itemDifferences(t, l, differences, n);
    return {
      ...base,
      status: n.n === 0 ? ("official" as const) : ("differs" as const),
      trusted: { origin, fingerprint: t.fingerprint },
      differences,
      moreDifferences: n.n - differences.length,
    };
  });
}

function mergedOrOfficial(t: TrustedLists): PriceListCatalog {
  // The same id@version in both is refused when the auditor's lists are loaded (mergeCatalogs); here they are joined.
  return t.trusted
    ? {
        lists: [...t.official.lists, ...t.trusted.lists],
        indexSeries: [...t.official.indexSeries, ...t.trusted.indexSeries],
      }
    : t.official;
}

/**
 * @internal The bundle's version index against the trusted versions: a
 * version whose validFrom differs, and a trusted version the bundle leaves out
 * that would have applied on one of `dates` (the claims' spending dates or the
 * cases' starts), so that a different version would have priced.
 */
export function versionIndexDifferences(
  versions: readonly ListVersion[],
  trusted: TrustedLists,
  dates: readonly string[],
): VersionIndexDifference[] {
  const all = mergedOrOfficial(trusted);
  const out: VersionIndexDifference[] = [];
  const ids = [...new Set(versions.map((v) => v.id))];
  for (const id of ids) {
    const theirs = versions.filter((v) => v.id === id);
    const ours = all.lists
      .filter((e) => e.list.id === id)
      .map((e) => ({ id, version: e.list.version, validFrom: e.list.validFrom }));
    if (ours.length === 0) continue;
    for (const v of theirs) {
      const t = ours.find((o) => o.version === v.version);
      if (t && t.validFrom !== v.validFrom)
        out.push({ id, version: v.version, trusted: t.validFrom, bundle: v.validFrom });
    }
    for (const o of ours) {
      if (theirs.some((v) => v.version === o.version)) continue;
      const withIt = [...theirs, o];
      const on = [...dates]
        .sort()
        .find((d) => latestOn(withIt, d)?.version === o.version && latestOn(theirs, d)?.version !== o.version);
      if (on !== undefined)
        out.push({ id, version: o.version, trusted: o.validFrom, bundle: MISSING, wouldApplyOn: on });
    }
  }
  return out;
}
