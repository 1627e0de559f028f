/**
 * Leaf-by-leaf comparison of two JSON values, for `verify`.
 * @internal
 */

/** One figure that does not match: where, what the bundle says, what recomputing gives. */
export interface BundleDifference {
  /** Path inside the bundle, e.g. `outputs.claims[0].recomputedSavings`. */
  readonly path: string;
  /** What the bundle records. */
  readonly expected: unknown;
  /** What recomputation from the bundle's own inputs gives. */
  readonly found: unknown;
}

/** @internal Differences listed before the rest are only counted. */
export const DIFFERENCE_LIMIT = 200;
/** @internal What a side shows where it has nothing. */
export const MISSING = "(missing)";

/** @internal `path` extended by one key or index, as JavaScript would write it. */
export function segment(path: string, key: string | number): string {
  return typeof key === "number"
    ? `${path}[${key}]`
    : /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key)
      ? `${path}.${key}`
      : `${path}[${JSON.stringify(key)}]`;
}

function idsOf(a: readonly unknown[]): string[] | undefined {
  const ids = a.map((x) =>
    x !== null && typeof x === "object" && typeof (x as { id?: unknown }).id === "string"
      ? (x as { id: string }).id
      : undefined,
  );
  return ids.every((x) => x !== undefined) && new Set(ids).size === ids.length ? (ids as string[]) : undefined;
}

/** @internal Whether two different leaves at `path` still say the same (e.g. one amount written two ways). */
export type SameLeaf = (path: string, expected: unknown, found: unknown) => boolean;

/**
 * @internal Every leaf where `expected` and `found` differ; arrays of objects with ids are matched by id.
 * `same` may accept a leaf that differs in writing only.
 */
export function diffValues(
  expected: unknown,
  found: unknown,
  path: string,
  out: BundleDifference[],
  count: { n: number },
  same?: SameLeaf,
): void {
  const push = (d: BundleDifference): void => {
    count.n++;
    if (out.length < DIFFERENCE_LIMIT) out.push(d);
  };
  if (Array.isArray(expected) && Array.isArray(found)) {
    const ei = idsOf(expected);
    const fi = idsOf(found);
    if (ei && fi && (ei.length > 0 || fi.length > 0)) {
      // By id through a map: 20,000 claims compare in linear time.
      const at = new Map(fi.map((id, j) => [id, j]));
      const known = new Set(ei);
      ei.forEach((id, i) => {
        const j = at.get(id);
        if (j === undefined) push({ path: segment(path, i), expected: `id ${id}`, found: MISSING });
        else diffValues(expected[i], found[j], segment(path, i), out, count, same);
      });
      fi.forEach((id) => {
        if (!known.has(id)) push({ path: `${path}[+]`, expected: MISSING, found: `id ${id}` });
      });
      return;
    }
    const n = Math.max(expected.length, found.length);
    for (let i = 0; i < n; i++) {
      if (i >= expected.length) push({ path: segment(path, i), expected: MISSING, found: found[i] });
      else if (i >= found.length) push({ path: segment(path, i), expected: expected[i], found: MISSING });
      else diffValues(expected[i], found[i], segment(path, i), out, count, same);
    }
    return;
  }
  if (
    expected !== null &&
    found !== null &&
    typeof expected === "object" &&
    typeof found === "object" &&
    !Array.isArray(expected) &&
    !Array.isArray(found)
  ) {
    const e = expected as Record<string, unknown>;
    const f = found as Record<string, unknown>;
    for (const k of [...new Set([...Object.keys(e), ...Object.keys(f)])]) {
      if (!(k in f)) push({ path: segment(path, k), expected: e[k], found: MISSING });
      else if (!(k in e)) push({ path: segment(path, k), expected: MISSING, found: f[k] });
      else diffValues(e[k], f[k], segment(path, k), out, count, same);
    }
    return;
  }
  if (expected !== found && !same?.(path, expected, found)) push({ path, expected, found });
}
