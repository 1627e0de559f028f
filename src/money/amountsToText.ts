import { type Cents, centsToString } from "./cents.js";

/** `T` with its amounts `K` (cents) as two-decimal euro strings: the written form of a result's record. */
export type AmountsAsText<T, K extends keyof T> = Omit<T, K> & {
  readonly [P in K]: undefined extends T[P] ? string | undefined : string;
};

/**
 * @internal A copy of `o` with the amounts `keys` (cents) as two-decimal strings; every key keeps its place,
 * so a result is written in its own key order. An absent amount stays absent.
 *
 * @example
 * ```ts
 * amountsToText({ year: 2026, benefit: 150050 }, ["benefit"]); // { year: 2026, benefit: "1500.50" }
 * ```
 */
export function amountsToText<T extends object, K extends keyof T>(o: T, keys: readonly K[]): AmountsAsText<T, K> {
  const out = { ...o } as Record<PropertyKey, unknown>;
  for (const k of keys) if (o[k] !== undefined) out[k] = centsToString(o[k] as Cents);
  return out as AmountsAsText<T, K>;
}
