/**
 * The SROI rates of a simulation (deadweight, displacement, attribution),
 * each fixed or drawn, and the rate classes of the lines: lines whose three
 * rates come from the same settings share one factor per draw.
 * @internal
 */
import type { LineSet } from "../cases/lineSet.js";
import type { Line } from "../cases/schema.js";
import type { Issue } from "../errors/issue.js";
import type { ResolvedPriceList } from "../pricelists/types.js";
import type { Distribution } from "./distributions.js";
import { type ResolvedUncertainRate, resolveUncertainRate, type UncertainRate } from "./uncertainRate.js";
import { unknownScopeIssue } from "./unknownScope.js";

/** A rate from 0 to 1, fixed or uncertain, globally, per domain and per item. */
export interface UncertainRates {
  /** The rate of every line without a domain or item rate. */
  readonly global?: UncertainRate | undefined;
  /** By domain, e.g. `{ "justitie": "0.1:0.2:0.3" }`. */
  readonly domains?: Readonly<Record<string, UncertainRate>> | undefined;
  /** By item code. */
  readonly items?: Readonly<Record<string, UncertainRate>> | undefined;
}

/**
 * The SROI rates a simulation applies to avoided cost, and the drop-off of outcomes continued beyond the observed
 * years (only with the simulation's years: a horizon, a discount rate or a continuation).
 */
export interface SimulationAdjustments {
  /** Share of the outcome that would have happened anyway. */
  readonly deadweight?: UncertainRates | undefined;
  /** Share of the outcome that merely moved elsewhere. */
  readonly displacement?: UncertainRates | undefined;
  /** Share of the outcome owed to others than the network. */
  readonly attribution?: UncertainRates | undefined;
  /** Share of a continued outcome lost each year (item over domain over global, as a continuation's scope). */
  readonly dropOff?: UncertainRates | undefined;
}

/** @internal The three kinds a simulation applies, in their order. */
export const SIM_RATE_KINDS = ["deadweight", "displacement", "attribution"] as const;

/** @internal One rate setting of the simulation, e.g. deadweight for domain justitie. */
export interface SimRate extends ResolvedUncertainRate {
  /** `deadweight`, `deadweight@domain:justitie`, `attribution@item:CODE`. */
  readonly key: string;
  readonly kind: (typeof SIM_RATE_KINDS)[number] | "dropOff";
  /** `global`, `domain:NAME` or `item:CODE`. */
  readonly scope: string;
}

/** @internal The rates and how lines map onto them. */
export interface CompiledRates {
  readonly rates: readonly SimRate[];
  /** Per class, three rate indices (deadweight, displacement, attribution); −1: rate 0. */
  readonly classRates: readonly (readonly [number, number, number])[];
  /** The class of a line (by its item and domain). */
  classOf(item: string | undefined, domain: string): number;
}

/** @internal Rate indices by scope: the global one, per domain, per item. */
export type ScopedRates = { global?: number; domains: Map<string, number>; items: Map<string, number> };
type Scoped = ScopedRates;

function collect(
  adjustments: SimulationAdjustments | undefined,
  known: { items: ReadonlySet<string>; domains: ReadonlySet<string> },
  issues: Issue[],
  kinds: readonly SimRate["kind"][] = SIM_RATE_KINDS,
): { rates: SimRate[]; scoped: Scoped[] } {
  const rates: SimRate[] = [];
  const add = (kind: SimRate["kind"], scope: string, v: unknown, path: (string | number)[]): number | undefined => {
    const r = resolveUncertainRate(v, path, issues);
    if (!r) return undefined;
    rates.push({ ...r, key: scope === "global" ? kind : `${kind}@${scope}`, kind, scope });
    return rates.length - 1;
  };
  const scoped = kinds.map((kind) => {
    const src = adjustments?.[kind];
    const base = ["adjustments", kind];
    const s: Scoped = { domains: new Map(), items: new Map() };
    const g = src?.global !== undefined ? add(kind, "global", src.global, [...base, "global"]) : undefined;
    if (g !== undefined) s.global = g;
    for (const [which, names, into] of [
      ["domains", known.domains, s.domains],
      ["items", known.items, s.items],
    ] as const)
      for (const [name, v] of Object.entries(src?.[which] ?? {})) {
        const path = [...base, which, name];
        if (!names.has(name)) {
          const kind = which === "items" ? "item" : "domain";
          issues.push(unknownScopeIssue({ kind, name, known: names, path, among: "lists" }));
          continue;
        }
        const i = add(kind, `${which === "items" ? "item" : "domain"}:${name}`, v, path);
        if (i !== undefined) into.set(name, i);
      }
    return s;
  });
  return { rates, scoped };
}

/**
 * @internal Resolves the rates (problems into `issues`, with paths such as
 * `adjustments.deadweight.domains.justitie.mode`) and refuses an additive
 * combination whose rates can add up to more than 1.
 */
export function compileRates(
  adjustments: SimulationAdjustments | undefined,
  additive: boolean,
  known: { items: ReadonlySet<string>; domains: ReadonlySet<string> },
  issues: Issue[],
): CompiledRates {
  const { rates, scoped } = collect(adjustments, known, issues);
  const classRates: [number, number, number][] = [];
  const classIndex = new Map<string, number>();
  const pick = (s: Scoped, item: string | undefined, domain: string): number =>
    (item !== undefined ? s.items.get(item) : undefined) ?? s.domains.get(domain) ?? s.global ?? -1;
  const classOf = (item: string | undefined, domain: string): number => {
    const idx = scoped.map((s) => pick(s, item, domain)) as [number, number, number];
    const key = idx.join(",");
    let c = classIndex.get(key);
    if (c === undefined) {
      c = classRates.length;
      classRates.push(idx);
      classIndex.set(key, c);
      const top = idx.reduce((sum, i) => sum + (i >= 0 ? (rates[i] as SimRate).high : 0), 0);
      if (additive && top > 1 + 1e-12) {
        const keys = idx
          .filter((i) => i >= 0)
          .map((i) => (rates[i] as SimRate).key)
          .join(" + ");
        issues.push({
          code: "additive_above_one",
          path: ["adjustments"],
          message: `added up, ${keys} can reach ${top}, more than 1: the avoided cost would turn negative`,
          expected: "rates whose highest values add up to at most 1, or --adjustments multiplicative",
          params: { rule: "rates", keys, top },
        });
      }
    }
    return c;
  };
  return { rates, classRates, classOf };
}

/**
 * @internal The drop-off settings of a simulation, each fixed or drawn (checked like the SROI rates, at
 * `adjustments.dropOff…`), with their indices by scope.
 *
 * @example
 * ```ts
 * compileDropOff({ dropOff: { global: "0.1:0.2:0.3" } }, known, []).rates[0]?.key; // "dropOff"
 * ```
 */
export function compileDropOff(
  adjustments: SimulationAdjustments | undefined,
  known: { items: ReadonlySet<string>; domains: ReadonlySet<string> },
  issues: Issue[],
): { rates: SimRate[]; scoped: ScopedRates } {
  const { rates, scoped } = collect(adjustments, known, issues, ["dropOff"]);
  return { rates, scoped: scoped[0] as ScopedRates };
}

/** @internal The domain of a compiled line: its item's, or an ad-hoc line's own. */
export function lineDomain(item: { readonly domain: string } | undefined, source: Line): string {
  return item?.domain ?? (source.domain as string);
}

/**
 * @internal The items and domains a rate may be scoped to: every item of the lists used, their domains and the
 * domains of the compiled lines (an ad-hoc line's own).
 */
export function rateScopes(
  lists: readonly ResolvedPriceList[],
  set: LineSet,
): { items: ReadonlySet<string>; domains: ReadonlySet<string> } {
  return {
    items: new Set(lists.flatMap((l) => l.items.map((i) => i.code))),
    domains: new Set([
      ...lists.flatMap((l) => l.items.map((i) => i.domain)),
      ...Array.from({ length: set.length }, (_, k) => lineDomain(set.item[k]?.item, set.source[k] as Line)),
    ]),
  };
}

/** @internal A distribution's code in the typed arrays: 0 triangular, 1 uniform, 2 PERT. */
export function distributionCode(d: Distribution): number {
  return d === "uniform" ? 1 : d === "pert" ? 2 : 0;
}
