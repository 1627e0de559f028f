/**
 * The candidate nearest to a mistyped `input`, for a "did you mean …?" hint;
 * `undefined` when nothing is close enough to be a likely typo. Distance is
 * Damerau–Levenshtein (optimal string alignment: an insertion, deletion,
 * substitution or swap of two neighbours counts one), compared without regard
 * to case. A candidate is close enough within a third of the longer length
 * (at least 1, at most 3 edits); ties go to the candidate listed first, so
 * callers list the likeliest first. An exact match (ignoring case) is returned
 * as is: the caller asked because the exact text was not found.
 *
 * @example
 * ```ts
 * suggest("justitie.detenti.jaar", ["justitie.detentie.jaar", "justitie.detentie.dag"]);
 * // "justitie.detentie.jaar"
 * suggest("grouby", ["group-by", "format"]); // "group-by"
 * suggest("xyz", ["wijk", "payer"]);          // undefined
 * ```
 */
export function suggest(input: string, candidates: Iterable<string>): string | undefined {
  const a = input.toLowerCase();
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const b = candidate.toLowerCase();
    const limit = Math.min(3, Math.max(1, Math.floor(Math.max(a.length, b.length) / 3)));
    // Lengths further apart than the limit cannot be within it: skip the table.
    if (Math.abs(a.length - b.length) > Math.min(limit, bestDistance)) continue;
    const d = editDistance(a, b);
    if (d <= limit && d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** Optimal-string-alignment distance; three rolling rows keep it linear in memory. */
function editDistance(a: string, b: string): number {
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, (prev2[j - 2] as number) + 1);
      row.push(d);
    }
    prev2 = prev;
    prev = row;
  }
  return prev[b.length] as number;
}
