/**
 * The tornado rows of a simulation over several years: the discount rate and each drawn drop-off, varied over their
 * distribution's minimum to maximum while every other input keeps its baseline, the net present value evaluated by
 * whatif's projection (exact, rounded as it rounds); the switching value found by bisection, since a present value
 * is not linear in the rate.
 * @internal
 */
import { createEvaluator } from "../cases/createEvaluator.js";
import type { Case } from "../cases/schema.js";
import { InputError } from "../errors/InputError.js";
import type { Issue } from "../errors/issue.js";
import { centsFromBigint } from "../money/cents.js";
import { D } from "../money/decimal.js";
import { type AdjustmentRates, resolveAdjustments, type SroiAdjustments } from "./adjustments.js";
import { SIM_RATE_KINDS, type SimulationAdjustments, type UncertainRates } from "./compileRates.js";
import { datedFlows } from "./datedFlows.js";
import { LENS_NAMES, type LensName } from "./lenses.js";
import { type Continuation, projectFlows } from "./projectFlows.js";
import { checkYears, type SimulationYearOptions } from "./simulationYears.js";
import type { TornadoOptions } from "./tornado.js";
import type { TornadoLens, TornadoResult, TornadoRow } from "./tornadoTypes.js";
import { pointText, type ResolvedUncertainAmount, resolveUncertainRate, type UncertainRate } from "./uncertainRate.js";

/** @internal The tornado method's words on these rows, appended to its method. */
export const TORNADO_YEARS_METHOD =
  "Over several years, the discount rate and each drop-off given as a distribution are rows too: set to their minimum and maximum while every other input keeps its baseline (list prices, rates at their modes, a uniform one at its midpoint), the net present value is whatif's projection over the simulation's years (each year's present value rounded to cents per payer); its switching value is found by bisection to 6 decimals within the input's allowed domain (a discount rate from −0.05 to 0.20, a drop-off from 0 to 1), where the net present value changes sign between the domain's ends. The other rows are of year 1.";

/** An uncertain value's bounds and point as exact decimal text. */
function bounds(
  v: UncertainRate,
  path: string[],
  issues: Issue[],
): ResolvedUncertainAmount["exact"] & { point: string } {
  const r = resolveUncertainRate(v, path, issues);
  const obj =
    typeof v === "object"
      ? v
      : typeof v === "string" && v.includes(":")
        ? (() => {
            const parts = v.split(":").filter((p) => !/^[a-z]/.test(p));
            return r?.distribution === "uniform"
              ? { min: parts[0], mode: parts[0], max: parts[1] }
              : { min: parts[0], mode: parts[1], max: parts[2] };
          })()
        : { min: v, mode: v, max: v };
  const exact = { low: String(obj.min), mode: String(obj.mode ?? obj.min), high: String(obj.max) };
  return { ...exact, point: pointText({ distribution: r?.distribution ?? "triangular", exact }) };
}

/** The SROI rates at their baseline (mode; a uniform one's midpoint), as whatif takes fixed rates. */
function baselineRates(a: SimulationAdjustments | undefined, issues: Issue[]): SroiAdjustments {
  const out: Record<string, AdjustmentRates> = {};
  for (const kind of SIM_RATE_KINDS) {
    const src: UncertainRates | undefined = a?.[kind];
    if (!src) continue;
    const map = (rec: Readonly<Record<string, UncertainRate>> | undefined, scope: string) =>
      Object.fromEntries(
        Object.entries(rec ?? {}).map(([k, v]) => [k, bounds(v, ["adjustments", kind, scope, k], issues).point]),
      );
    out[kind] = {
      ...(src.global !== undefined
        ? { global: bounds(src.global, ["adjustments", kind, "global"], issues).point }
        : {}),
      domains: map(src.domains, "domains"),
      items: map(src.items, "items"),
    };
  }
  return out as SroiAdjustments;
}

interface Varied {
  readonly input: string;
  readonly low: string;
  readonly mode: string;
  readonly high: string;
  readonly min: string;
  readonly max: string;
  readonly cases: number;
  /** The net present value per lens, in cents, with the input at x. */
  at(x: string): Record<LensName, bigint>;
}

/** A continuation's drop-off setting: its scope's in adjustments.dropOff, else the global one (as the simulation). */
function settingOf(c: Continuation, d: UncertainRates | undefined): string | undefined {
  if (c.dropOff !== undefined || !d) return undefined;
  if (c.item !== undefined && d.items && Object.hasOwn(d.items, c.item)) return `dropOff@item:${c.item}`;
  if (c.domain !== undefined && d.domains && Object.hasOwn(d.domains, c.domain)) return `dropOff@domain:${c.domain}`;
  return d.global !== undefined ? "dropOff" : undefined;
}

function settingValue(key: string, d: UncertainRates): UncertainRate {
  const [, scope] = key.split("@");
  if (scope === undefined) return d.global as UncertainRate;
  const [kind, name] = [scope.slice(0, scope.indexOf(":")), scope.slice(scope.indexOf(":") + 1)];
  return (kind === "item" ? d.items?.[name] : d.domains?.[name]) as UncertainRate;
}

/**
 * The rows of the discount rate and of each drawn drop-off over the simulation's years, added to a tornado and
 * sorted in with its rows by swing; its method says how. The tornado as it was when neither is drawn.
 *
 * @throws {@link InputError} for invalid years or rates.
 *
 * @example
 * ```ts
 * const o = { catalog, horizon: 3, discountRate: "uniform:0:0.04" };
 * const t = tornadoOverYears(cases, o, tornado(cases, { catalog }));
 * t.rows.find((r) => r.input === "discountRate")?.lenses.budget.switching; // { none: "outsideDomain" } or a value
 * ```
 */
export function tornadoOverYears(
  cases: readonly Case[],
  options: TornadoOptions & SimulationYearOptions,
  tr: TornadoResult,
): TornadoResult {
  const issues: Issue[] = [];
  const years = checkYears(options, issues);
  const sroi = baselineRates(options.adjustments, issues);
  const dropOff = options.adjustments?.dropOff;
  if (issues.length > 0 || !years) throw new InputError(issues);
  const lines = createEvaluator({
    catalog: options.catalog,
    ...(options.pricelist !== undefined ? { pricelist: options.pricelist } : {}),
    ...(options.priceYear !== undefined ? { priceYear: options.priceYear } : {}),
  }).compileLines(cases);
  if (lines.issues.length > 0) throw new InputError([...lines.issues]);
  const given = options.continuation ?? [];
  const splitItems = new Set(given.flatMap((c) => (c.item !== undefined ? [c.item] : [])));
  const rates = resolveAdjustments(sroi, issues);
  const flows = datedFlows(cases, lines, {
    rates,
    combine: options.combine ?? "multiplicative",
    basis: "calendar",
    splitItems,
  });
  const settings = given.map((c) => settingOf(c, dropOff));
  const point = new Map(
    [...new Set(settings.flatMap((k) => (k ? [k] : [])))].map((k) => [
      k,
      bounds(settingValue(k, dropOff as UncertainRates), ["adjustments", "dropOff"], issues),
    ]),
  );
  const npv = (rate: string, drops: ReadonlyMap<string, string>): Record<LensName, bigint> => {
    const p = projectFlows({
      flows,
      discountRate: rate,
      timing: years.timing,
      continuation: given.map((c, i) => {
        const k = settings[i];
        return k ? { ...c, dropOff: drops.get(k) ?? (point.get(k)?.point as string) } : c;
      }),
      ...(years.horizon !== undefined ? { horizon: years.horizon } : {}),
      firstYear: cases.reduce((m, c) => Math.min(m, Number(c.start.slice(0, 4))), 9999),
    });
    return { budget: BigInt(p.budget.netPresentValue), societal: BigInt(p.societal.netPresentValue) };
  };
  const d = years.discount.exact;
  const varied: Varied[] = [];
  if (years.discount.high > years.discount.low)
    varied.push({
      input: "discountRate",
      ...{ low: d.low, mode: pointText(years.discount), high: d.high },
      min: "-0.05",
      max: "0.20",
      cases: cases.length,
      at: (x) => npv(x, new Map()),
    });
  const rate = pointText(years.discount);
  for (const [key, b] of point)
    if (b.low !== b.high)
      varied.push({
        input: key,
        ...{ low: b.low, mode: b.point, high: b.high },
        min: "0",
        max: "1",
        cases: cases.length,
        at: (x) => npv(rate, new Map([[key, x]])),
      });
  if (varied.length === 0) return tr;
  const base = npv(rate, new Map());
  const rows = [...tr.rows];
  for (const v of varied) {
    const row = yearRow(v, base);
    const at = rows.findIndex((r) => r.swing < row.swing);
    rows.splice(at < 0 ? rows.length : at, 0, row);
  }
  return { ...tr, rows, method: `${tr.method} ${TORNADO_YEARS_METHOD}` };
}

const abs = (x: bigint): bigint => (x < 0n ? -x : x);

function yearRow(v: Varied, base: Record<LensName, bigint>): TornadoRow {
  const lo = v.at(v.low);
  const hi = v.at(v.high);
  const lens = (l: LensName): TornadoLens => ({
    netAtLow: centsFromBigint(lo[l]),
    netAtMode: centsFromBigint(base[l]),
    netAtHigh: centsFromBigint(hi[l]),
    swing: centsFromBigint(abs(hi[l] - lo[l])),
    switching: switching(v, l, lo[l] === hi[l]),
  });
  const lenses = { budget: lens("budget"), societal: lens("societal") };
  const swing = LENS_NAMES.map((l) => abs(hi[l] - lo[l]))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .at(-1) as bigint;
  return {
    kind: "years",
    input: v.input,
    range: "distribution",
    unit: "fraction",
    low: v.low,
    mode: v.mode,
    high: v.high,
    domain: { min: v.min, max: v.max },
    cases: v.cases,
    lenses,
    lensesAgree: JSON.stringify(lenses.budget) === JSON.stringify(lenses.societal),
    swing: centsFromBigint(swing),
  };
}

/** Millionths of a decimal text (the inputs have at most 6 decimals here), and back. */
const micros = (x: string): number => Math.round(Number(x) * 1e6);
const decimalOf = (m: number): string => {
  const sign = m < 0 ? "-" : "";
  const a = Math.abs(m);
  return `${sign}${Math.floor(a / 1e6)}.${String(a % 1e6).padStart(6, "0")}`;
};

/** Where the net present value of lens `l` changes sign within the domain, by bisection to 6 decimals. */
function switching(v: Varied, l: LensName, constant: boolean): TornadoRow["lenses"]["budget"]["switching"] {
  let a = micros(v.min);
  let b = micros(v.max);
  const fa = v.at(decimalOf(a))[l];
  const fb = v.at(decimalOf(b))[l];
  if (constant && fa === fb) return { none: "constant" };
  if (fa === 0n) return found(a, v);
  if (fa < 0n === fb < 0n && fb !== 0n) return { none: "outsideDomain" };
  while (b - a > 1) {
    const m = Math.floor((a + b) / 2);
    const fm = v.at(decimalOf(m))[l];
    if (fm === 0n || fm < 0n !== fa < 0n) b = m;
    else a = m;
  }
  return found(b, v);
}

function found(m: number, v: Varied): TornadoRow["lenses"]["budget"]["switching"] {
  const x = decimalOf(m);
  return {
    value: D(x).toFixed(4),
    withinRange: m >= micros(v.low) && m <= micros(v.high),
  };
}
