/**
 * Prices cases with one given resolved list, through the public evaluator:
 * the list is turned into a flat catalog (its items already in the list's
 * price year, so nothing is indexed again) and every result is stamped with
 * the resolved list's own fingerprint. The audit and `verify` both price this
 * way, so a bundle's embedded lists give exactly the figures the live run gave.
 * @internal
 */
import { createEvaluator } from "../cases/createEvaluator.js";
import type { Case } from "../cases/schema.js";
import type { CaseResult } from "../cases/types.js";
import { InputError } from "../errors/InputError.js";
import type { Issue } from "../errors/issue.js";
import { createCatalog, type PriceListCatalog } from "../pricelists/catalog.js";
import type { ResolvedPriceList } from "../pricelists/types.js";
import type { Instrument } from "../wellbeing/schema.js";
import type { CompiledCase } from "./horizon.js";

/** @internal A resolved list as a one-list catalog whose resolution prices exactly like it. */
export function flatCatalog(list: ResolvedPriceList): PriceListCatalog {
  return createCatalog({
    lists: [
      {
        data: {
          id: list.id,
          version: list.version,
          title: list.title,
          publisher: list.publisher,
          priceYear: list.priceYear,
          currency: list.currency,
          validFrom: list.validFrom,
          example: list.example,
          items: list.items.map((i) => ({
            code: i.code,
            // As embedded: a bundle's list may have been tampered with, and the catalog's schema then names the problem.
            label: i.label,
            unit: i.unit,
            amount: i.amount,
            payer: i.payer,
            domain: i.domain,
            source: i.source,
            reliability: i.reliability,
            // The low and high as resolved: a stated relative width (and its reason) is already applied to them.
            ...(i.range ? { range: { low: i.range.low, high: i.range.high } } : {}),
            ...(i.transfer ? { transfer: true } : {}),
            ...(i.cashable !== undefined ? { cashable: i.cashable } : {}),
            index: i.index,
            ...(i.note !== undefined ? { note: i.note } : {}),
          })),
        },
      },
    ],
  });
}

/**
 * @internal Prices a case with `list`: its result and a way to its compiled lines (the lines the
 * result was made from, in the order of its trail; compiled when asked), or the issues that stopped it.
 */
export type Pricer = (c: Case) => {
  result?: CaseResult | undefined;
  compile?: (() => CompiledCase) | undefined;
  issues: readonly Issue[];
};

/** @internal A pricer for one resolved list (trail on); the case's own `pricelist` is ignored. */
export function pricerFor(list: ResolvedPriceList, instruments?: ReadonlyMap<string, Instrument>): Pricer {
  let ev: ReturnType<typeof createEvaluator> | undefined;
  let setupIssues: readonly Issue[] = [];
  try {
    ev = createEvaluator({
      catalog: flatCatalog(list),
      pricelist: `${list.id}@${list.version}`,
      trail: true,
      ...(instruments ? { instruments } : {}),
    });
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    setupIssues = e.issues;
  }
  const stamp = { id: list.id, version: list.version, priceYear: list.priceYear, fingerprint: list.fingerprint };
  return (c) => {
    if (!ev) return { issues: setupIssues };
    const { pricelist: _p, ...rest } = c;
    void _p;
    const e = ev;
    try {
      // One compile: the result and the lines it was made from. The engine's line set is shared, and pricing
      // another case overwrites it; the set counts the cases it compiled, so lines asked for after that are
      // compiled again instead of read stale.
      const { result: r, set, shape } = e.evaluateWithLines(rest as Case);
      const mine = set.caseCount;
      const compile = (): CompiledCase => {
        if (set.caseCount === mine) return { set, shape };
        const again = e.evaluateWithLines(rest as Case);
        return { set: again.set, shape: again.shape };
      };
      return { result: { ...r, pricelist: stamp }, compile, issues: [] };
    } catch (e) {
      if (e instanceof InputError) return { issues: e.issues };
      throw e;
    }
  };
}
