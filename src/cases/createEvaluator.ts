import { InputError } from "../errors/InputError.js";
import type { Issue } from "../errors/issue.js";
import type { YearBasis } from "../periods/yearSpans.js";
import type { PriceListCatalog } from "../pricelists/catalog.js";
import { parsePriceListRef } from "../pricelists/parsePriceListRef.js";
import { resolvePriceList } from "../pricelists/resolvePriceList.js";
import { selectVersion } from "../pricelists/selectVersion.js";
import type { PriceListRef, PriceListStamp, ResolvedPriceList } from "../pricelists/types.js";
import { evaluateWellbeing } from "../wellbeing/evaluateWellbeing.js";
import { loadInstruments } from "../wellbeing/instruments.js";
import type { Instrument } from "../wellbeing/schema.js";
import type { WellbeingResult } from "../wellbeing/types.js";
import { type CompiledCases, type CompiledLines, compileAll, compileCases } from "./compileCases.js";
import { type CaseTotals, createEngine, evaluateFlows, evaluateInto, evaluateTotals, foldCase } from "./evaluate.js";
import type { CaseFlows } from "./flowTypes.js";
import type { CaseTotalsBuffer } from "./foldLines.js";
import type { CaseShape, LineSet } from "./lineSet.js";
import { type PriceTable, priceTable } from "./priceTable.js";
import type { Case } from "./schema.js";
import type { CaseResult } from "./types.js";

/** Options of an {@link Evaluator}. */
export interface EvaluatorOptions {
  /** Lists and index series to price with (e.g. `bundledCatalog()`, or merged with a municipality's own). */
  readonly catalog: PriceListCatalog;
  /**
   * The list: `id` (the version is chosen per case: the newest valid on the
   * case's start date) or `id@version` (pinned). A case's own `pricelist`
   * wins over this. Default: `sociaal-domein`.
   */
  readonly pricelist?: string | undefined;
  /** Restate every list in this price year before pricing. */
  readonly priceYear?: number | undefined;
  /** Build the audit trail (`lines`) of every case. Off by default: totals are much faster without. */
  readonly trail?: boolean | undefined;
  /** Wellbeing instruments by id. Default: the bundled ones (`loadInstruments()`). */
  readonly instruments?: ReadonlyMap<string, Instrument> | undefined;
  /** Price overrides in cents by item code, applied after resolution (used by what-if scenarios). @internal */
  readonly overrides?: ReadonlyMap<string, number> | undefined;
}

/**
 * @internal A case folded by the evaluator's engine: its totals in the
 * engine's reused buffer (valid until the evaluator folds the next case), the
 * payer names the buffer's indexes stand for, its wellbeing and the stamp of
 * the list that priced it.
 */
export interface CaseFold {
  readonly totals: CaseTotalsBuffer;
  readonly payers: readonly string[];
  readonly wellbeing: readonly WellbeingResult[];
  readonly stamp: PriceListStamp;
}

/** Prices cases against a catalog, resolving each list version once. */
export interface Evaluator {
  /** The resolved list a case is priced with. */
  listFor(c: Case, path?: readonly (string | number)[]): ResolvedPriceList;
  /** Evaluates one case; throws {@link InputError} (paths relative to the case) when it cannot be priced. */
  evaluate(c: Case): CaseResult;
  /**
   * The case's exact totals in integer cents only: no strings, no warnings,
   * no wellbeing, no trail. The fast path for roll-ups of a whole city.
   */
  totals(c: Case): CaseTotals;
  /**
   * The case's cost per year (dated cash flows) in integer cents, per payer, side and lens: each
   * line's rounded cost shared over the years it runs by largest remainder, so that the years add up
   * exactly to {@link Evaluator.totals}. Throws like {@link Evaluator.evaluate}.
   *
   * @param basis `calendar` (years 2026, 2027, …; the default) or `case` (years 1, 2, … from the start).
   * @example
   * ```ts
   * const f = ev.flows(c, "calendar");
   * f.years.map((y) => y.payers.get("gemeente")?.counterfactualCost); // [50000000, 50000000, …] cents
   * ```
   */
  flows(c: Case, basis?: YearBasis | undefined): CaseFlows;
  /**
   * Compiles cases once into flat typed arrays for exact evaluation many
   * times (`compiled.totals(i)` equals `totals(cases[i])` to the cent).
   * Every problem in any case is reported now, as one {@link InputError}.
   */
  compile(cases: readonly Case[]): CompiledCases;
  /**
   * The compiled lines of cases (exact quantity, price, payer, side, flags)
   * with the table each case is priced with: what the simulation, tornado
   * and what-if read instead of a trail. Problems are returned, not thrown.
   * @internal
   */
  compileLines(cases: readonly Case[]): CompiledLines;
  /**
   * A case folded into the engine's buffer, with its wellbeing and the list
   * that priced it: what a roll-up adds up, without a result's strings or a
   * totals object. Throws like {@link Evaluator.evaluate}.
   * @internal
   */
  fold(c: Case): CaseFold;
  /**
   * The full result and the compiled lines it was made from (its lines `shape.from … shape.to − 1` of `set`,
   * in the order of its trail), so a caller that needs both compiles the case once. The lines are the engine's
   * own: valid until this evaluator prices another case, which moves `set.caseCount` on. Throws like
   * {@link Evaluator.evaluate}.
   * @internal
   */
  evaluateWithLines(c: Case): { readonly result: CaseResult; readonly set: LineSet; readonly shape: CaseShape };
  /** The resolved lists used so far, by `id@version`. */
  readonly lists: ReadonlyMap<string, ResolvedPriceList>;
}

/**
 * The default list id when neither the caller nor the case names one.
 *
 * @example
 * ```ts
 * createEvaluator({ catalog }); // prices with sociaal-domein, the version valid on each case's start
 * ```
 */
export const DEFAULT_PRICELIST = "sociaal-domein";

/**
 * Creates an evaluator: resolves list versions lazily and caches them (and
 * their price tables) inside the evaluator, so a whole city's cases cost one
 * resolution per version.
 *
 * @example
 * ```ts
 * const ev = createEvaluator({ catalog: bundledCatalog(), pricelist: "thuis-in-zuidoost@voorbeeld-2026" });
 * const r = ev.evaluate(parseCaseFile(json).cases[0]);
 * r.netReturn; // 5784947 (cents: € 57.849,47)
 * ```
 */
export function createEvaluator(options: EvaluatorOptions): Evaluator {
  const tables = new Map<string, PriceTable>();
  const lists = new Map<string, ResolvedPriceList>();
  const fallback = parsePriceListRef(options.pricelist ?? DEFAULT_PRICELIST);
  if (!fallback)
    throw new InputError([
      {
        code: "invalid_pricelist_ref",
        path: [],
        message: `"${options.pricelist}" is not a list id or id@version`,
        params: { value: String(options.pricelist) },
      },
    ]);
  // A list named by the caller that the catalog lacks is the caller's problem, said once, not once per case.
  if (options.pricelist !== undefined) {
    const known = options.catalog.lists.filter((e) => e.list.id === fallback.id);
    if (
      known.length === 0 ||
      (fallback.version !== undefined && !known.some((e) => e.list.version === fallback.version))
    )
      throw new InputError([
        {
          code: "unknown_pricelist",
          path: ["pricelist"],
          message:
            known.length === 0
              ? `no price list with id "${fallback.id}"`
              : `price list "${fallback.id}" has no version "${fallback.version}"`,
          expected:
            known.length === 0
              ? `one of ${[...new Set(options.catalog.lists.map((e) => e.list.id))].sort().join(", ")}`
              : `one of ${known.map((e) => e.list.version).join(", ")}`,
          params:
            known.length === 0
              ? { id: fallback.id, known: [...new Set(options.catalog.lists.map((e) => e.list.id))].sort().join(", ") }
              : {
                  rule: "version",
                  id: fallback.id,
                  version: String(fallback.version),
                  known: known.map((e) => e.list.version).join(", "),
                },
        },
      ]);
  }

  const refFor = (c: Case): PriceListRef => {
    const named = c.pricelist !== undefined ? parsePriceListRef(c.pricelist) : undefined;
    const r = named ?? fallback;
    return r.version !== undefined ? { id: r.id, version: r.version } : selectVersion(options.catalog, r.id, c.start);
  };
  // Tables by list and version; for lists chosen by date, also by start date,
  // so that a whole city's cases cost one lookup each, without building keys.
  const byDate = new Map<string, Map<string, PriceTable>>();
  let pinned: PriceTable | undefined;
  const load = (ref: PriceListRef): PriceTable => {
    const key = `${ref.id}@${ref.version}`;
    let t = tables.get(key);
    if (!t) {
      let list: ResolvedPriceList;
      try {
        list = resolvePriceList(
          options.catalog,
          ref,
          options.priceYear !== undefined ? { priceYear: options.priceYear } : {},
        );
      } catch (e) {
        // A problem of the list itself (e.g. no index level for --price-year) belongs to the list's file, not to a case.
        // An unknown list or version stays the case's problem (it named or dated it).
        if (!(e instanceof InputError)) throw e;
        const entry = options.catalog.lists.find((x) => x.list.id === ref.id && x.list.version === ref.version);
        if (!entry) throw e;
        const file = entry.file ?? `price list ${key}`;
        throw new InputError(e.issues.map((i) => (i.file !== undefined ? i : { ...i, file })));
      }
      t = priceTable(list, options.overrides);
      tables.set(key, t);
      lists.set(key, list);
    }
    return t;
  };
  const tableFor = (c: Case, path: readonly (string | number)[]): PriceTable => {
    try {
      if (c.pricelist === undefined) {
        if (fallback.version !== undefined) return (pinned ??= load({ id: fallback.id, version: fallback.version }));
        let m = byDate.get(fallback.id);
        if (!m) byDate.set(fallback.id, (m = new Map()));
        let t = m.get(c.start);
        if (!t) m.set(c.start, (t = load(refFor(c))));
        return t;
      }
      return load(refFor(c));
    } catch (e) {
      if (e instanceof InputError)
        throw new InputError(
          e.issues.map((i) =>
            i.file !== undefined
              ? i
              : { ...i, path: [...path, c.pricelist !== undefined ? "pricelist" : "start", ...i.path] },
          ),
        );
      throw e;
    }
  };
  // One stamp per list version, not one per case.
  const stamps = new WeakMap<PriceTable, PriceListStamp>();
  const stampOf = (t: PriceTable): PriceListStamp => {
    const known = stamps.get(t);
    if (known) return known;
    const l = t.list;
    const st = { id: l.id, version: l.version, priceYear: l.priceYear, fingerprint: l.fingerprint };
    stamps.set(t, st);
    return st;
  };
  const opts = { trail: options.trail ?? false, instruments: options.instruments ?? loadInstruments() };
  // The compiled lines and the kernel's scratch space, owned by this evaluator and reused for every case.
  const engine = createEngine();
  // One way every per-case entry runs: issues collected while it works, thrown together at its end.
  const checked = <T>(work: (issues: Issue[]) => T): T => {
    const issues: Issue[] = [];
    const r = work(issues);
    if (issues.length > 0) throw new InputError(issues);
    return r;
  };
  const evaluate = (c: Case): CaseResult =>
    checked((issues) => evaluateInto(c, tableFor(c, []), { opts, issues, engine }));
  return {
    listFor: (c, path = []) => tableFor(c, path).list,
    evaluate,
    evaluateWithLines(c) {
      const result = evaluate(c);
      return { result, set: engine.lines, shape: engine.shape as CaseShape };
    },
    totals: (c) => checked((issues) => evaluateTotals(c, tableFor(c, []), issues, engine)),
    flows: (c, basis = "calendar") => checked((issues) => evaluateFlows(c, tableFor(c, []), issues, engine, basis)),
    fold: (c) =>
      checked((issues) => {
        const table = tableFor(c, []);
        foldCase(c, table, issues, engine);
        const wellbeing = evaluateWellbeing(c.wellbeing ?? [], opts.instruments, issues);
        return { totals: engine.folder, payers: engine.lines.payers, wellbeing, stamp: stampOf(table) };
      }),
    compile: (cases) => compileCases(cases, (c) => tableFor(c, [])),
    compileLines: (cases) => compileAll(cases, (c) => tableFor(c, [])),
    lists,
  };
}
