/**
 * The q-th quantile of sorted values by linear interpolation between the
 * two nearest ranks (Hyndman and Fan's type 7, the default of R and NumPy):
 * h = (n − 1)·q, x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋ + 1] − x[⌊h⌋]).
 *
 * @param sorted - values in ascending order (not checked); only ranks ⌊h⌋ and ⌊h⌋ + 1 are read
 * @param q - between 0 and 1
 *
 * @example
 * ```ts
 * percentile([1, 2, 3, 4, 5], 0.5);  // 3
 * percentile([1, 2, 3, 4, 5], 0.05); // 1.2
 * ```
 */
export function percentile(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const h = percentileRank(n, q);
  const lo = Math.floor(h);
  const a = sorted[lo] as number;
  if (lo + 1 >= n) return a;
  return a + (h - lo) * ((sorted[lo + 1] as number) - a);
}

/**
 * @internal The (fractional) rank h = (n − 1)·q that {@link percentile} interpolates at.
 *
 * @example
 * ```ts
 * percentileRank(5, 0.05); // 0.2
 * ```
 */
export function percentileRank(n: number, q: number): number {
  return (n - 1) * Math.min(1, Math.max(0, q));
}
