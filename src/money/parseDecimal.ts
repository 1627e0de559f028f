/**
 * Strict parsing of decimal text: the only way numbers from users enter the
 * engine. No exponents, no `NaN`, no `Infinity`, no thousands separators.
 * @internal
 */

/** A parsed non-negative decimal as an exact integer over a power of ten. */
export interface ParsedDecimal {
  /** Digits without the point, as a bigint (exact for any length). */
  readonly units: bigint;
  /** Number of decimals: the value is `units / 10^scale`. */
  readonly scale: number;
  readonly negative: boolean;
}

const DECIMAL_RE = /^(-)?(\d+)(?:\.(\d+))?$/;

/**
 * Parses `"12.5"`, `"0.35"`, `"3000"`; numbers are converted through their
 * shortest decimal text (so `0.1` is `"0.1"`, never 0.1000000000000000055…).
 * Returns `undefined` for anything else (`"1e3"`, `"NaN"`, `" 1"`, `".5"`).
 */
export function parseDecimal(input: string | number): ParsedDecimal | undefined {
  let text: string;
  if (typeof input === "number") {
    if (!Number.isFinite(input)) return undefined;
    text = String(input);
    if (/e/i.test(text)) return undefined;
  } else {
    text = input;
  }
  const m = DECIMAL_RE.exec(text);
  if (!m) return undefined;
  const frac = m[3] ?? "";
  const units = BigInt((m[2] ?? "") + frac);
  return { units, scale: frac.length, negative: m[1] === "-" && units !== 0n };
}

/** Why a value is not an acceptable amount of euros: the kind of problem, to say in any language. */
export type AmountRule =
  | "amount_not_text"
  | "amount_not_decimal"
  | "amount_decimals"
  | "amount_negative"
  | "amount_too_large";

const AMOUNT_TEXT: Readonly<Record<AmountRule, (v: string) => string>> = {
  amount_not_text: () => 'expected a decimal string such as "1234.56"',
  amount_not_decimal: (v) => `"${v}" is not a plain decimal (no exponent, NaN or separators), e.g. "1234.56"`,
  amount_decimals: (v) => `"${v}" has more than two decimals; amounts are in euros and cents`,
  amount_negative: (v) => `"${v}" is negative; amounts must be zero or more`,
  amount_too_large: (v) => `"${v}" is too large; amounts are at most 90071992547409.91 euros`,
};

/**
 * The kind of problem of a value that should be an amount of euros, or `undefined` when it is one.
 *
 * @example
 * ```ts
 * amountRule("12.345"); // "amount_decimals"
 * amountRule("12.34");  // undefined
 * ```
 */
export function amountRule(input: unknown, opts: { allowNegative?: boolean | undefined } = {}): AmountRule | undefined {
  if (typeof input !== "string" && typeof input !== "number") return "amount_not_text";
  const p = parseDecimal(input);
  if (!p) return "amount_not_decimal";
  if (p.scale > 2) return "amount_decimals";
  // "-0.00" too: it is zero, but a minus sign has no place in an amount that must be zero or more.
  if ((p.negative || String(input).startsWith("-")) && !opts.allowNegative) return "amount_negative";
  // Money is exact in integer cents up to 2^53 − 1 cents; beyond that nothing could be added up exactly.
  if (p.units * 10n ** BigInt(2 - p.scale) > BigInt(Number.MAX_SAFE_INTEGER)) return "amount_too_large";
  return undefined;
}

/** Why a piece of text is not an acceptable amount of euros, or `undefined` when it is. */
export function amountProblem(input: unknown, opts: { allowNegative?: boolean | undefined } = {}): string | undefined {
  const rule = amountRule(input, opts);
  return rule && AMOUNT_TEXT[rule](String(input));
}

/**
 * The problem of a value that should be an amount of euros, with the data to
 * say it in another language (`rule`, `value`), or `undefined` when it is one.
 *
 * @example
 * ```ts
 * amountIssue("-1"); // { message: '"-1" is negative; …', params: { rule: "amount_negative", value: "-1" } }
 * ```
 */
export function amountIssue(
  input: unknown,
  opts: { allowNegative?: boolean | undefined } = {},
): { message: string; params: { rule: AmountRule; value: string } } | undefined {
  const rule = amountRule(input, opts);
  return rule && { message: AMOUNT_TEXT[rule](String(input)), params: { rule, value: String(input) } };
}

/**
 * Converts an amount (a decimal with at most two decimals) to integer cents.
 * Public as `parseCents`.
 * @throws RangeError when the text is not a valid amount or is too large.
 *
 * @example
 * ```ts
 * amountToCents("1234.5"); // 123450
 * ```
 */
export function amountToCents(input: string): number {
  const p = parseDecimal(input);
  if (!p || p.scale > 2) throw new RangeError(`invalid amount: ${String(input)}`);
  const cents = p.units * 10n ** BigInt(2 - p.scale);
  const n = Number(p.negative ? -cents : cents);
  if (!Number.isSafeInteger(n)) throw new RangeError(`amount too large: ${String(input)}`);
  return n;
}

/**
 * @internal Cents of an amount already validated (at most two decimals, no
 * sign), by integer arithmetic on its digits: the engine's hot path, with no
 * regular expression and no bigint. Large amounts take the exact path;
 * anything but digits and one point gives NaN (unvalidated input never
 * becomes a figure).
 */
export function validatedAmountCents(s: string): number {
  let n = 0;
  let scale = -1;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    if (ch === 46 && scale < 0 && i > 0) scale = 0;
    else if (ch < 48 || ch > 57) return Number.NaN;
    else {
      n = n * 10 + (ch - 48);
      if (scale >= 0) scale++;
    }
  }
  if (s.length === 0 || scale > 2 || scale === 0) return Number.NaN;
  const cents = scale < 0 ? n * 100 : scale === 1 ? n * 10 : n;
  return Number.isSafeInteger(cents) ? cents : amountToCents(s);
}
