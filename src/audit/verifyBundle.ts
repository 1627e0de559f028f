import { parseCaseFile } from "../cases/parseCaseFile.js";
import { InputError } from "../errors/InputError.js";
import { centsToString } from "../money/cents.js";
import { amountIssue, amountToCents, parseDecimal } from "../money/parseDecimal.js";
import { mulCentsRound, ratio } from "../money/ratio.js";
import { bundledCatalog } from "../pricelists/bundledCatalog.js";
import type { PriceListCatalog } from "../pricelists/catalog.js";
import { fingerprintOf } from "../pricelists/resolvePriceList.js";
import type { ResolvedPriceList } from "../pricelists/types.js";
import { validate } from "../schemas/validate.js";
import { loadInstruments } from "../wellbeing/instruments.js";
import { auditSettings, auditWith } from "./audit.js";
import { auditResultToJson } from "./auditResultJson.js";
import { type Bundle, bundleSchema } from "./bundleSchema.js";
import { computeWith } from "./computeWith.js";
import { bundleFingerprints, computeOutputsToJson, plain } from "./createBundle.js";
import { type BundleDifference, DIFFERENCE_LIMIT, diffValues, MISSING } from "./diffValues.js";
import {
  type ListProvenance,
  listProvenance,
  type VersionIndexDifference,
  versionIndexDifferences,
} from "./listProvenance.js";
import { fixedSource } from "./listSource.js";
import { parseClaimsFile } from "./parseClaimsFile.js";

export type { BundleDifference } from "./diffValues.js";

/** Options of {@link verifyBundle}. */
export interface VerifyOptions {
  /** File name for error messages. */
  readonly file?: string | undefined;
  /** Lists the auditor trusts besides the official ones, e.g. a municipality's published lists (`--lists DIR`). */
  readonly trusted?: PriceListCatalog | undefined;
  /** The official lists (default: the lists bundled with rendement, `bundledCatalog()`). */
  readonly official?: PriceListCatalog | undefined;
  /** Make any difference from a trusted list fail the verification (`--strict`). */
  readonly strict?: boolean | undefined;
}

/** The outcome of {@link verifyBundle}. */
export interface BundleVerification {
  /** True when the bundle re-performs and, under `strict`, no list differs from a trusted one. */
  readonly ok: boolean;
  /** True when every fingerprint and every recomputed figure matches. */
  readonly reperformed: boolean;
  /**
   * True when no embedded list differs from the trusted list of its id and
   * version, none is an unknown version of a trusted list, and the version
   * index agrees with the trusted versions. Unknown (local) lists do not count.
   */
  readonly listsMatchTrusted: boolean;
  /** Whether `strict` was asked for. */
  readonly strict: boolean;
  /** What the bundle holds: a computation of cases, or an audit of claims. */
  readonly kind: "compute" | "audit";
  /** The bundle's format version. */
  readonly formatVersion: number;
  /** The rendement version that wrote the bundle. */
  readonly rendement: string;
  /** The audit's settings and metadata as the bundle records them (tolerance, horizon, auditor, date, scope). */
  readonly metadata: Readonly<Record<string, string | number>>;
  /** Each embedded list: the official list, different from it, or unknown. */
  readonly lists: readonly ListProvenance[];
  /** Where the bundle's version index disagrees with the trusted versions. */
  readonly versionIndex: readonly VersionIndexDifference[];
  /** What this verification could not check (e.g. a format 1 bundle has no fingerprint over the whole). */
  readonly notes: readonly string[];
  /** What was checked: lists re-fingerprinted, and the cases and claims recomputed. */
  readonly checked: {
    /** Embedded lists whose fingerprint was recomputed. */
    readonly lists: number;
    /** Cases recomputed. */
    readonly cases: number;
    /** Claims re-audited (0 for a compute bundle). */
    readonly claims: number;
  };
  /** Where the bundle's recorded figures or fingerprints differ from recomputation, the first 200. */
  readonly differences: readonly BundleDifference[];
  /** Differences beyond the first 200 are counted, not listed. */
  readonly moreDifferences: number;
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
export function verifyBundle(data: unknown, options: VerifyOptions = {}): BundleVerification {
  const b: Bundle = validate(bundleSchema, data, options.file !== undefined ? { file: options.file } : {});
  const out: BundleDifference[] = [];
  const count = { n: 0 };
  const push = (d: BundleDifference): void => {
    count.n++;
    if (out.length < DIFFERENCE_LIMIT) out.push(d);
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
      // A year after the series' newest level uses that level (carriedFrom), as resolution did.
      const level = (year: number): string | undefined =>
        s.values[String(year)] ??
        (ix.carriedFrom !== undefined && year > ix.carriedFrom ? s.values[String(ix.carriedFrom)] : undefined);
      const from = level(ix.fromYear);
      const to = level(ix.toYear);
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

  structureDifferences(b, push);

  // 2. The recorded fingerprints against the bundle's content.
  const { fingerprints, ...body } = b;
  diffValues(fingerprints, bundleFingerprints(body), "fingerprints", out, count);
  if (b.formatVersion >= 2 && fingerprints.bundle === undefined)
    push({ path: "fingerprints.bundle", expected: "the fingerprint of the whole bundle (format 2)", found: MISSING });

  // 3. The outputs, recomputed from the bundle alone.
  const source = fixedSource(lists, b.listVersions);
  let recomputed: unknown;
  let cases = 0;
  let claims = 0;
  const dates: string[] = [];
  try {
    const caseFile = parseCaseFile(b.inputs.cases);
    cases = caseFile.cases.length;
    for (const c of caseFile.cases) dates.push(c.start);
    if (b.kind === "audit") {
      const claimsFile = parseClaimsFile(b.inputs.claims ?? { claims: [] });
      claims = claimsFile.claims.length;
      dates.length = 0;
      for (const c of claimsFile.claims) dates.push(c.date);
      // Like with like: the recomputed result written as the bundle stores it (amounts as two-decimal text).
      recomputed = auditResultToJson(auditWith(claimsFile, caseFile, source, auditSettings(b.options)));
    } else {
      const instruments = loadInstruments(
        (b.instruments ?? []).map((data, i) => ({ data, file: `instruments[${i}]` })),
      );
      recomputed = computeOutputsToJson(
        computeWith(caseFile, source, {
          ...(b.options.pricelist !== undefined ? { pricelist: b.options.pricelist } : {}),
          instruments,
        }),
      );
    }
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    push({
      path: "outputs",
      expected: "the recorded outputs",
      found: `not recomputable: ${e.issues.map((i) => `${i.file ? `${i.file}: ` : ""}${i.path.join(".")}: ${i.message}`).join("; ")}`,
    });
  }
  if (recomputed !== undefined) diffValues(b.outputs, plain(recomputed), "outputs", out, count, sameEcho);

  // 4. The embedded lists and version index against the trusted lists.
  const trusted = { official: options.official ?? bundledCatalog(), trusted: options.trusted };
  const provenance = listProvenance(lists, trusted, b.options.priceYear);
  const versionIndex = versionIndexDifferences(b.listVersions, trusted, dates);
  const listsMatchTrusted =
    versionIndex.length === 0 &&
    provenance.every((p) => p.status === "official" || (p.status === "unknown" && p.knownVersions === undefined));
  const reperformed = count.n === 0;
  const strict = options.strict === true;
  return {
    ok: reperformed && (!strict || listsMatchTrusted),
    reperformed,
    listsMatchTrusted,
    strict,
    kind: b.kind,
    formatVersion: b.formatVersion,
    rendement: b.rendement,
    metadata: metadataOf(b.options),
    checked: { lists: lists.length, cases, claims },
    lists: provenance,
    versionIndex,
    notes:
      b.formatVersion < 2
        ? [
            "format 1: the rendement version, each list's chain and definedIn, and the version index are not covered by a fingerprint; the comparison with the trusted lists covers the lists",
          ]
        : [],
    differences: out,
    moreDifferences: count.n - out.length,
  };
}

/**
 * A claim's amount and claimed savings, echoed in the outputs: bundles written before results held cents
 * echoed them as the claims file wrote them (`"1500"`), now they are written with two decimals
 * (`"1500.00"`). The same amount either way; the claims themselves are held by the inputs' fingerprint.
 */
const ECHOED =
  /^outputs\.(claims\[\d+\]\.(amount|findings\[\d+\]\.(claimedAmount|claimedSavings))|duplicates\[\d+\]\.spending\.amount)$/;

function sameEcho(path: string, expected: unknown, found: unknown): boolean {
  if (typeof expected !== "string" || typeof found !== "string" || !ECHOED.test(path)) return false;
  if (amountIssue(expected) !== undefined || amountIssue(found) !== undefined) return false;
  return amountToCents(expected) === amountToCents(found);
}

function metadataOf(o: Bundle["options"]): Record<string, string | number> {
  const m: Record<string, string | number> = {};
  for (const k of [
    "auditor",
    "auditDate",
    "scope",
    "tolerance",
    "maxHorizonMonths",
    "pricelist",
    "priceYear",
  ] as const) {
    const v = o[k];
    if (v !== undefined) m[k] = v;
  }
  return m;
}

/** What no fingerprint catches by itself: a list embedded twice, an item code twice, a version index at odds with the lists. */
function structureDifferences(b: Bundle, push: (d: BundleDifference) => void): void {
  const firstAt = new Map<string, number>();
  b.lists.forEach((l, i) => {
    const k = `${l.id}@${l.version}`;
    const first = firstAt.get(k);
    if (first !== undefined)
      push({ path: `lists[${i}]`, expected: "each list once", found: `${k} again (also lists[${first}])` });
    else firstAt.set(k, i);
    const codes = new Set<string>();
    l.items.forEach((it, j) => {
      if (codes.has(it.code))
        push({ path: `lists[${i}].items[${j}].code`, expected: "each item code once", found: `${it.code} again` });
      codes.add(it.code);
    });
  });
  const index = new Map<string, string>();
  b.listVersions.forEach((v, i) => {
    const k = `${v.id}@${v.version}`;
    if (index.has(k)) push({ path: `listVersions[${i}]`, expected: "each version once", found: `${k} again` });
    else index.set(k, v.validFrom);
  });
  b.lists.forEach((l, i) => {
    const v = index.get(`${l.id}@${l.version}`);
    if (v !== l.validFrom)
      push({
        path: `listVersions[${l.id}@${l.version}].validFrom`,
        expected: `${l.validFrom} (lists[${i}].validFrom)`,
        found: v ?? MISSING,
      });
  });
}
