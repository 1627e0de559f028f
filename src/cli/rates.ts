import type { AdjustmentRates, Continuation } from "../index.js";
import { UsageError } from "./io.js";

/** @internal Parses repeated `R`, `domain:NAME=R`, `item:CODE=R` into rates (simulate: R may be a distribution). */
export function rates(values: string[] | undefined, name: string): AdjustmentRates | undefined {
  if (!values || values.length === 0) return undefined;
  let global: string | undefined;
  const domains: Record<string, string> = Object.create(null) as Record<string, string>;
  const items: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const v of values) {
    const m = /^(?:(domain|item):([^=]+)=)?(.+)$/.exec(v);
    if (!m) throw new UsageError((m) => m.rateForm(`--${name}`, v));
    const [, kind, key, rate] = m;
    if (kind === undefined && v.includes("=")) throw new UsageError((m) => m.rateForm(`--${name}`, v));
    // Two rates for one scope are ambiguous; the last one must not silently win.
    const taken =
      kind === "domain"
        ? Object.hasOwn(domains, key as string)
        : kind === "item"
          ? Object.hasOwn(items, key as string)
          : global !== undefined;
    if (taken)
      throw new UsageError((m) => m.givenTwice(`--${name}`, kind === undefined ? m.globalRate : `${kind}:${key}`));
    if (kind === "domain") domains[key as string] = rate as string;
    else if (kind === "item") items[key as string] = rate as string;
    else global = rate;
  }
  return {
    ...(global !== undefined ? { global } : {}),
    ...(Object.keys(domains).length > 0 ? { domains } : {}),
    ...(Object.keys(items).length > 0 ? { items } : {}),
  };
}

/** @internal Parses repeated `domain:NAME=YEARS` and `item:CODE=YEARS` into continuation assumptions. */
export function continuation(values: readonly string[]): Continuation[] {
  const seen = new Set<string>();
  return values.map((v) => {
    const m = /^(domain|item):([^=]+)=(\d{1,3})$/.exec(v);
    if (!m) throw new UsageError((msg) => msg.continueForm(v));
    const [, kind, name, years] = m as unknown as [string, "domain" | "item", string, string];
    if (seen.has(`${kind}:${name}`)) throw new UsageError((msg) => msg.givenTwice("--continue", `${kind}:${name}`));
    seen.add(`${kind}:${name}`);
    return { [kind]: name, years: Number(years) };
  });
}
