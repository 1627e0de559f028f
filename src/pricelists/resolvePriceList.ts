import { InputError } from "../errors/InputError.js";
import { centsToString } from "../money/cents.js";
import { amountToCents } from "../money/parseDecimal.js";
import { mulCentsRound, type Ratio } from "../money/ratio.js";
import { canonicalJson } from "./canonicalJson.js";
import { carriedIndexFactor } from "./carriedIndexFactor.js";
import type { PriceListCatalog, PriceListData } from "./catalog.js";
import { DEFAULT_INDEX, findIndexSeries, seriesYears } from "./indexSeries.js";
import { relativeRange } from "./relativeRange.js";
import { sha256Hex } from "./sha256Hex.js";
import type { DataCoverage, Indexation, PriceListRef, ResolvedPriceItem, ResolvedPriceList } from "./types.js";
import { unknownListIssue } from "./unknownListIssue.js";

/** Options for {@link resolvePriceList}. */
export interface ResolveOptions {
  /**
   * Restate every amount in this price year (prijspeil) with each item's
   * index series. Default: the list's own price year.
   */
  readonly priceYear?: number | undefined;
}

type ItemData = PriceListData["items"][number];

/**
 * Resolves one version of a list: applies its `basedOn` chain (inherit, then
 * override and remove), brings every amount into one price year with the
 * index series (amount × index(target) / index(source), rounded half-up to
 * cents once per item, the factor recorded), and fingerprints the result.
 *
 * @throws {@link InputError} for an unknown list or version, an unknown base,
 * a cycle of bases, or a missing index series or year.
 *
 * @example
 * ```ts
 * const list = resolvePriceList(bundledCatalog(), { id: "sociaal-domein", version: "2024" });
 * list.items.find((i) => i.code === "wonen.huur-corporatie.maand")?.amount;
 * list.fingerprint; // "3f1c…"
 * ```
 */
export function resolvePriceList(
  catalog: PriceListCatalog,
  ref: PriceListRef,
  options: ResolveOptions = {},
): ResolvedPriceList {
  const byKey = new Map<string, { list: PriceListData; file?: string | undefined }>();
  for (const e of catalog.lists) byKey.set(`${e.list.id}@${e.list.version}`, e);

  const root = byKey.get(`${ref.id}@${ref.version}`);
  if (!root) throw new InputError([unknownListIssue(catalog, ref.id, ref.version)]);

  // Walk the chain of bases, root first, refusing cycles and unknown bases.
  const chain: { list: PriceListData; file?: string | undefined }[] = [root];
  const visited = new Set([`${ref.id}@${ref.version}`]);
  for (let cur = root; cur.list.basedOn; ) {
    const b = cur.list.basedOn;
    const key = `${b.id}@${b.version}`;
    const f = cur.file ? { file: cur.file } : {};
    if (visited.has(key))
      throw new InputError([
        {
          code: "pricelist_cycle",
          path: ["basedOn"],
          message: `basedOn cycle: ${[...visited, key].join(" → ")}`,
          expected: "a chain of bases that ends",
          params: { chain: [...visited, key].join(" → ") },
          ...f,
        },
      ]);
    const base = byKey.get(key);
    if (!base)
      throw new InputError([
        {
          code: "unknown_base",
          path: ["basedOn"],
          message: `based on ${key}, which is not in the catalog`,
          expected: "a list id@version that exists",
          params: { base: key },
          ...f,
        },
      ]);
    visited.add(key);
    chain.push(base);
    cur = base;
  }

  // Apply from the deepest base up: inherit, then remove, then add/override.
  const items = new Map<string, { item: ItemData; from: PriceListData; file?: string | undefined }>();
  for (const { list, file } of [...chain].reverse()) {
    (list.removed ?? []).forEach((code, i) => {
      // Removing a code the base does not have is almost always a typo: say so.
      if (!items.delete(code))
        throw new InputError([
          {
            code: "unknown_removed_code",
            path: ["removed", i],
            message: `"${code}" is removed but ${list.basedOn ? `${list.basedOn.id}@${list.basedOn.version}` : "the base"} has no such item`,
            expected: "a code of the base list",
            params: { item: code, ...(list.basedOn ? { base: `${list.basedOn.id}@${list.basedOn.version}` } : {}) },
            ...(file ? { file } : {}),
          },
        ]);
    });
    for (const item of list.items) items.set(item.code, file ? { item, from: list, file } : { item, from: list });
  }

  const target = options.priceYear ?? root.list.priceYear;
  const asOf = root.list.validFrom;
  if (options.priceYear !== undefined) {
    // A price year before the index starts is a problem of the request, said once, not per item.
    // One after its newest level is carried forward from that level, recorded per item and in `coverage`.
    const series = findIndexSeries(catalog, DEFAULT_INDEX, asOf);
    if (series && target < seriesYears(series).first) {
      const { first, last } = seriesYears(series);
      throw new InputError([
        {
          code: "index_year_missing",
          path: ["priceYear"],
          message: `cannot restate in price year ${target}: index series ${series.id}@${series.version} has no level for it`,
          expected: `a price year from ${first} on (levels through ${last}, later years carried forward)`,
          params: { rule: "price_year", year: target, series: `${series.id}@${series.version}`, first, last },
        },
      ]);
    }
  }
  const defaultRange = chain.find(({ list }) => list.defaultRange)?.list.defaultRange;
  const resolved: ResolvedPriceItem[] = [];
  const factors = new Map<string, { factor: Ratio; record: Indexation }>();
  for (const code of [...items.keys()].sort()) {
    const { item, from, file } = items.get(code) as { item: ItemData; from: PriceListData; file?: string | undefined };
    const year = item.priceYear ?? from.priceYear;
    const seriesId = item.index ?? DEFAULT_INDEX;
    let amount = item.amount;
    let range: { low: string; high: string } | undefined = item.range;
    let extra: Pick<ResolvedPriceItem, "original" | "indexation"> = {};
    if (year !== target) {
      const key = `${seriesId} ${year}`;
      let fx = factors.get(key);
      if (!fx) {
        const series = findIndexSeries(catalog, seriesId, asOf);
        const where = ["items", from.items.indexOf(item), item.index ? "index" : "priceYear"];
        if (!series)
          throw new InputError([
            {
              code: "unknown_index_series",
              path: where,
              message: `item ${code} follows index series "${seriesId}", which is not in the catalog`,
              expected: "an index series id in the catalog",
              params: { item: code, series: seriesId },
              ...(file ? { file } : {}),
            },
          ]);
        try {
          fx = carriedIndexFactor(series, year, target, where);
        } catch (e) {
          if (e instanceof InputError && file) throw new InputError(e.issues.map((i) => ({ ...i, file })));
          throw e;
        }
        factors.set(key, fx);
      }
      const f = fx.factor;
      const restate = (a: string): string => centsToString(mulCentsRound(amountToCents(a), f));
      amount = restate(item.amount);
      range = item.range && { low: restate(item.range.low), high: restate(item.range.high) };
      extra = {
        original: { amount: item.amount, priceYear: year, ...(item.range ? { range: item.range } : {}) },
        indexation: fx.record,
      };
    } else {
      amount = centsToString(amountToCents(item.amount));
      range = item.range && {
        low: centsToString(amountToCents(item.range.low)),
        high: centsToString(amountToCents(item.range.high)),
      };
    }
    const relative = item.range
      ? undefined
      : (item.relativeRange ?? (item.reliability === "rough" ? defaultRange : undefined));
    const fullRange = relative ? relativeRange(amount, relative) : range;
    resolved.push({
      code,
      label: { nl: item.label.nl, en: item.label.en },
      unit: item.unit,
      amount,
      payer: item.payer,
      domain: item.domain,
      source: item.source,
      reliability: item.reliability,
      ...(fullRange ? { range: fullRange } : {}),
      transfer: item.transfer ?? false,
      ...(item.cashable !== undefined ? { cashable: item.cashable } : {}),
      index: seriesId,
      ...(item.note !== undefined ? { note: item.note } : {}),
      ...extra,
      definedIn: { id: from.id, version: from.version },
    });
  }

  // The nearest list that states groups gives them all: a version restates its base's judgement whole.
  // They are checked against the items where they are used, by the simulation (not on the pricing path).
  const correlationGroups = chain.find(({ list }) => list.correlationGroups)?.list.correlationGroups;
  const body = {
    id: root.list.id,
    version: root.list.version,
    title: root.list.title,
    publisher: root.list.publisher,
    priceYear: target,
    currency: "EUR" as const,
    validFrom: root.list.validFrom,
    example: root.list.example ?? false,
    chain: chain.map(({ list }) => ({ id: list.id, version: list.version })),
    ...(target !== root.list.priceYear
      ? { restatedFrom: { priceYear: root.list.priceYear, series: DEFAULT_INDEX } }
      : {}),
    items: resolved,
    ...(correlationGroups ? { correlationGroups } : {}),
  };
  return { ...body, fingerprint: fingerprintOf(body), coverage: coverageOf(catalog, root.list, asOf) };
}

/**
 * @internal The SHA-256 of a resolved list's content. Where an item was
 * defined and which chain led to it are left out, so equal content gives an
 * equal fingerprint whatever the inheritance path.
 */
export function fingerprintOf(list: Omit<ResolvedPriceList, "fingerprint" | "coverage">): string {
  const { chain: _chain, coverage: _coverage, items, ...rest } = list as ResolvedPriceList;
  void _chain;
  void _coverage;
  return sha256Hex(canonicalJson({ ...rest, items: items.map(({ definedIn: _d, ...i }) => i) }));
}

/** What the catalog holds beyond this list: the newest price year of its id and the newest default-index year. */
function coverageOf(catalog: PriceListCatalog, list: PriceListData, asOf: string): DataCoverage {
  let newest = list.priceYear;
  for (const e of catalog.lists) if (e.list.id === list.id && e.list.priceYear > newest) newest = e.list.priceYear;
  const series = findIndexSeries(catalog, DEFAULT_INDEX, asOf);
  return {
    newestListPriceYear: newest,
    ...(series ? { indexSeries: `${series.id}@${series.version}`, newestIndexYear: seriesYears(series).last } : {}),
  };
}
