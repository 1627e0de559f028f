import { parseCaseFile } from "../cases/parseCaseFile.js";
import { InputError } from "../errors/InputError.js";
import { centsToString } from "../money/cents.js";
import { amountToCents, parseDecimal } from "../money/parseDecimal.js";
import { mulCentsRound, ratio } from "../money/ratio.js";
import { fingerprintOf } from "../pricelists/resolvePriceList.js";
import type { ResolvedPriceList } from "../pricelists/types.js";
import { validate } from "../schemas/validate.js";
import { loadInstruments } from "../wellbeing/instruments.js";
import { auditSettings, auditWith } from "./audit.js";
import { type Bundle, bundleSchema } from "./bundleSchema.js";
import { computeWith } from "./computeWith.js";
import { bundleFingerprints, plain } from "./createBundle.js";
import { fixedSource } from "./listSource.js";
import { parseClaimsFile } from "./parseClaimsFile.js";

/** One figure that does not match: where, what the bundle says, what recomputing gives. */
export interface BundleDifference {
  /** Path inside the bundle, e.g. `outputs.claims[0].recomputedSavings`. */
  readonly path: string;
  /** What the bundle records. */
  readonly expected: unknown;
  /** What recomputation from the bundle's own inputs gives. */
  readonly found: unknown;
}

/** The outcome of {@link verifyBundle}. */
export interface BundleVerification {
  /** True when every fingerprint and every recomputed figure matches. */
  readonly ok: boolean;
  readonly kind: "compute" | "audit";
  /** The rendement version that wrote the bundle. */
  readonly rendement: string;
  /** What was checked: lists re-fingerprinted, and the cases and claims recomputed. */
  readonly checked: { readonly lists: number; readonly cases: number; readonly claims: number };
  readonly differences: readonly BundleDifference[];
  /** Differences beyond the first 200 are counted, not listed. */
  readonly moreDifferences: number;
}

const LIMIT = 200;
const MISSING = "(missing)";

function segment(path: string, key: string | number): string {
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

/** @internal Every leaf where `expected` and `found` differ; arrays of objects with ids are matched by id. */
export function diffValues(
  expected: unknown,
  found: unknown,
  path: string,
  out: BundleDifference[],
  count: { n: number },
): void {
  const push = (d: BundleDifference): void => {
    count.n++;
    if (out.length < LIMIT) out.push(d);
  };
  if (Array.isArray(expected) && Array.isArray(found)) {
    const ei = idsOf(expected);
    const fi = idsOf(found);
    if (ei && fi && (ei.length > 0 || fi.length > 0)) {
      ei.forEach((id, i) => {
        const j = fi.indexOf(id);
        if (j < 0) push({ path: segment(path, i), expected: `id ${id}`, found: MISSING });
        else diffValues(expected[i], found[j], segment(path, i), out, count);
      });
      fi.forEach((id) => {
        if (!ei.includes(id)) push({ path: `${path}[+]`, expected: MISSING, found: `id ${id}` });
      });
      return;
    }
    const n = Math.max(expected.length, found.length);
    for (let i = 0; i < n; i++) {
      if (i >= expected.length) push({ path: segment(path, i), expected: MISSING, found: found[i] });
      else if (i >= found.length) push({ path: segment(path, i), expected: expected[i], found: MISSING });
      else diffValues(expected[i], found[i], segment(path, i), out, count);
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
      else diffValues(e[k], f[k], segment(path, k), out, count);
    }
    return;
  }
  if (expected !== found) push({ path, expected, found });
}

function levelRatio(text: string | undefined): { n: bigint; d: bigint } | undefined {
  const p = text === undefined ? undefined : parseDecimal(text);
  return p ? { n: p.units, d: 10n ** BigInt(p.scale) } : undefined;
}

/**
 * Re-performs a bundle written by `createBundle` (`rendement compute|audit
 * --bundle`): checks that every embedded resolved list still matches its
 * fingerprint and every indexed amount follows from the embedded index
 * series, recomputes the outputs from the bundle's own inputs, options and
 * embedded lists (never from the lists of the installed version), and
 * compares every fingerprint and figure.
 *
 * @throws {@link InputError} when the file is not a bundle at all.
 *
 * @example
 * ```ts
 * const v = verifyBundle(JSON.parse(text), { file: "bundle.json" });
 * v.ok;           // false
 * v.differences;  // [{ path: "outputs.claims[0].recomputedSavings", expected: "6571.47", found: "6471.47" }, …]
 * ```
 */
export function verifyBundle(data: unknown, options: { file?: string | undefined } = {}): BundleVerification {
  const b: Bundle = validate(bundleSchema, data, options);
  const out: BundleDifference[] = [];
  const count = { n: 0 };
  const push = (d: BundleDifference): void => {
    count.n++;
    if (out.length < LIMIT) out.push(d);
  };
  const lists = b.lists as unknown as ResolvedPriceList[];

  // 1. Each embedded list against its own fingerprint, and each indexed amount against the embedded series.
  lists.forEach((l, i) => {
    const { fingerprint: fp, ...rest } = l;
    const again = fingerprintOf(rest);
    if (again !== fp) push({ path: `lists[${i}].fingerprint`, expected: fp, found: again });
    l.items.forEach((it, j) => {
      const ix = it.indexation;
      if (!ix || !it.original) return;
      const s = b.indexSeries.find((x) => `${x.id}@${x.version}` === ix.series);
      if (!s) {
        push({ path: `lists[${i}].items[${j}].indexation.series`, expected: ix.series, found: MISSING });
        return;
      }
      const from = s.values[String(ix.fromYear)];
      const to = s.values[String(ix.toYear)];
      if (from !== ix.fromLevel)
        push({ path: `lists[${i}].items[${j}].indexation.fromLevel`, expected: ix.fromLevel, found: from ?? MISSING });
      if (to !== ix.toLevel)
        push({ path: `lists[${i}].items[${j}].indexation.toLevel`, expected: ix.toLevel, found: to ?? MISSING });
      const f = levelRatio(from);
      const t = levelRatio(to);
      if (!f || !t || f.n === 0n) return;
      const amount = centsToString(mulCentsRound(amountToCents(it.original.amount), ratio(t.n * f.d, t.d * f.n)));
      if (amount !== it.amount) push({ path: `lists[${i}].items[${j}].amount`, expected: it.amount, found: amount });
    });
  });

  // 2. The recorded fingerprints against the bundle's content.
  const { fingerprints, ...body } = b;
  diffValues(fingerprints, bundleFingerprints(body), "fingerprints", out, count);

  // 3. The outputs, recomputed from the bundle alone.
  const source = fixedSource(lists, b.listVersions);
  let recomputed: unknown;
  let cases = 0;
  let claims = 0;
  try {
    const caseFile = parseCaseFile(b.inputs.cases);
    cases = caseFile.cases.length;
    if (b.kind === "audit") {
      const claimsFile = parseClaimsFile(b.inputs.claims ?? { claims: [] });
      claims = claimsFile.claims.length;
      recomputed = auditWith(claimsFile, caseFile, source, auditSettings(b.options));
    } else {
      const instruments = loadInstruments(
        (b.instruments ?? []).map((data, i) => ({ data, file: `instruments[${i}]` })),
      );
      recomputed = computeWith(caseFile, source, {
        ...(b.options.pricelist !== undefined ? { pricelist: b.options.pricelist } : {}),
        instruments,
      });
    }
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    push({
      path: "outputs",
      expected: "the recorded outputs",
      found: `not recomputable: ${e.issues.map((i) => `${i.file ? `${i.file}: ` : ""}${i.path.join(".")}: ${i.message}`).join("; ")}`,
    });
  }
  if (recomputed !== undefined) diffValues(b.outputs, plain(recomputed), "outputs", out, count);
  return {
    ok: count.n === 0,
    kind: b.kind,
    rendement: b.rendement,
    checked: { lists: lists.length, cases, claims },
    differences: out,
    moreDifferences: count.n - out.length,
  };
}
