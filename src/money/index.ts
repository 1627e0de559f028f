/**
 * The money module: one representation of an amount, integer cents (safe
 * integers; bigint past 2^53 where sums need it), with parsing, formatting,
 * exact arithmetic, named rounding and allocation. Everything else in
 * rendement holds money through these functions.
 */
export { allocateCents } from "./allocateCents.js";
export {
  addCents,
  type Cents,
  centsFromBigint,
  centsToString,
  compareCents,
  MoneyOverflowError,
  subtractCents,
  sumCents,
} from "./cents.js";
export { formatCents, formatEuro, type MoneyLang } from "./formatEuro.js";
export { multiplyCents, multiplyCentsBig } from "./multiplyCents.js";
export { amountToCents as parseCents } from "./parseDecimal.js";
export { divideRounded, divideRoundedSafe, type RoundingMode } from "./rounding.js";
