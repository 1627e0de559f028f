/**
 * Several percentiles of unsorted values without sorting them: a copy is
 * partitioned (quickselect) until every rank {@link percentile} reads holds
 * the value a full sort would put there, so the figures equal those of
 * `percentile(sorted, q)`. O(n) per rank instead of O(n log n).
 * @internal
 */
import { percentile, percentileRank } from "./percentile.js";

/** Moves the k-th smallest of a[lo … hi] to a[k], smaller ones before it and larger ones after it. */
function select(a: Float64Array, k: number, lo: number, hi: number): void {
  let l = lo;
  let h = hi;
  while (h > l) {
    const pivot = medianOfThree(a[l] as number, a[(l + h) >>> 1] as number, a[h] as number);
    let i = l;
    let j = h;
    while (i <= j) {
      while ((a[i] as number) < pivot) i++;
      while ((a[j] as number) > pivot) j--;
      if (i <= j) {
        const t = a[i] as number;
        a[i] = a[j] as number;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) h = j;
    else if (k >= i) l = i;
    else return;
  }
}

function medianOfThree(x: number, y: number, z: number): number {
  return Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
}

/**
 * @internal The percentiles `qs` of `values` (type 7, as {@link percentile}); `values` is left as it was.
 * Values with NaN are sorted instead (NaN orders last there).
 *
 * @example
 * ```ts
 * percentiles(Float64Array.of(5, 1, 4, 2, 3), [0.05, 0.5]); // [1.2, 3]
 * ```
 */
export function percentiles(values: Float64Array, qs: readonly number[]): number[] {
  const a = Float64Array.from(values);
  const n = a.length;
  if (a.some(Number.isNaN)) a.sort();
  else {
    const ranks = qs.flatMap((q) => {
      const lo = Math.floor(percentileRank(n, q));
      return lo + 1 < n ? [lo, lo + 1] : [lo];
    });
    let from = 0;
    for (const k of [...new Set(ranks)].sort((x, y) => x - y)) {
      select(a, k, from, n - 1);
      from = k + 1;
    }
  }
  return qs.map((q) => percentile(a, q));
}
