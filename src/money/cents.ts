/**
 * Integer cents: the exact representation of money inside the engine.
 *
 * A `Cents` is a JavaScript integer that is always a *safe* integer
 * (|x| ≤ 2^53 − 1), so every addition is exact; {@link addCents} checks it.
 * Money never travels as a binary fraction: it enters as a decimal string,
 * becomes integer cents here, and leaves as a decimal string.
 * @internal
 */
export type Cents = number;

/** @internal Thrown when a sum of cents would leave the exactly representable range. */
export class MoneyOverflowError extends Error {
  constructor(what: string) {
    super(`${what} exceeds the exactly representable range (±90 trillion euros)`);
    this.name = "MoneyOverflowError";
  }
}

/** @internal Exact addition of cents, refusing to lose precision. */
export function addCents(a: Cents, b: Cents): Cents {
  const s = a + b;
  if (!Number.isSafeInteger(s)) throw new MoneyOverflowError("a total");
  return s;
}

/** @internal Exact sum of cents. */
export function sumCents(values: Iterable<Cents>): Cents {
  let s = 0;
  for (const v of values) s = addCents(s, v);
  return s;
}

/**
 * Cents as a decimal string with two decimals: `123456` → `"1234.56"`,
 * `-5` → `"-0.05"`. Pure string work, no floating point.
 * @internal
 */
export function centsToString(c: Cents | bigint): string {
  if (typeof c === "number" && Number.isSafeInteger(c)) {
    // Integer arithmetic on a safe integer is exact; no bigint needed.
    const abs = c < 0 ? -c : c;
    const cents = abs % 100;
    return `${c < 0 ? "-" : ""}${(abs - cents) / 100}.${cents < 10 ? "0" : ""}${cents}`;
  }
  const neg = c < 0;
  const abs = (neg ? -BigInt(c) : BigInt(c)).toString().padStart(3, "0");
  return `${neg ? "-" : ""}${abs.slice(0, -2)}.${abs.slice(-2)}`;
}
