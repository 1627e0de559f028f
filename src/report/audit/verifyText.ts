import type { ListProvenance, VersionIndexDifference } from "../../audit/listProvenance.js";
import type { BundleVerification } from "../../audit/verifyBundle.js";
import { formatEuro } from "../../money/formatEuro.js";
import type { Lang } from "../labels.js";

const show = (v: unknown): string => (typeof v === "string" ? v : JSON.stringify(v));
const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** The sentences of the verify report, per language. */
const T = {
  nl: {
    what: (v: BundleVerification) =>
      `bundel van een ${v.kind === "audit" ? "controle" : "berekening"}, geschreven door rendement ${v.rendement}: ${plural(v.checked.lists, "prijslijst", "prijslijsten")}, ${plural(v.checked.cases, "casus", "casussen")}${v.kind === "audit" ? `, ${plural(v.checked.claims, "claim", "claims")}` : ""}`,
    ok: (file: string, what: string) => `OK: ${file} opnieuw uitgevoerd, elk bedrag klopt (${what}).`,
    listsDiffer: (file: string, what: string) =>
      `LIJSTEN WIJKEN AF: ${file} is met de eigen lijsten opnieuw uit te voeren (${what}), maar niet elke lijst is de vertrouwde lijst (zie hieronder).`,
    different: (file: string, what: string, n: number) =>
      `AFWIJKEND: ${file} is niet opnieuw uit te voeren (${what}); ${plural(n, "verschil", "verschillen")}:`,
    bundle: "bundel:     ",
    recomputed: "herberekend:",
    more: (n: number) => `… en nog ${n}`,
    meta: "Controle",
    metaKeys: {
      auditor: "auditor",
      auditDate: "datum",
      scope: "reikwijdte",
      tolerance: "tolerantie",
      maxHorizonMonths: "horizon",
      pricelist: "prijslijst",
      priceYear: "prijspeil",
    } as Record<string, string>,
    months: "maanden",
    lists: "Prijslijsten, vergeleken met de vertrouwde lijsten:",
    origin: (o: string) => (o === "bundled" ? "meegeleverd met rendement" : `uit ${o}`),
    kindOf: (o: string) => (o === "bundled" ? "de officiële lijst" : "de vertrouwde lijst"),
    official: (p: ListProvenance, o: string) =>
      `is ${T.nl.kindOf(o)} (${T.nl.origin(o)}), vingerafdruk ${p.fingerprint}`,
    differs: (p: ListProvenance, o: string, n: number) =>
      `wijkt af van ${T.nl.kindOf(o)} ${p.id}@${p.version} (${T.nl.origin(o)}); ${plural(n, "verschil", "verschillen")}:`,
    field: (path: string, t: unknown, b: unknown) => `${path}: vertrouwd ${show(t)}, in de bundel ${show(b)}`,
    unknownVersion: (p: ListProvenance) =>
      `onbekende versie van de vertrouwde lijst ${p.id} (bekend: ${(p.knownVersions ?? []).join(", ")}); vingerafdruk ${p.fingerprint}`,
    unknown: (p: ListProvenance) =>
      `onbekend: geen vertrouwde lijst ${p.id}@${p.version}${p.note !== undefined ? ` (${p.note})` : ""}; vingerafdruk ${p.fingerprint}: vergelijk die met de vingerafdruk die de gemeente publiceerde`,
    versions: "Versie-index:",
    versionFrom: (d: VersionIndexDifference) =>
      `${d.id}@${d.version}: geldig vanaf ${d.bundle} in de bundel, ${d.trusted} in de vertrouwde lijsten`,
    versionMissing: (d: VersionIndexDifference) =>
      `${d.id}@${d.version} (geldig vanaf ${d.trusted}) ontbreekt in de bundel; die versie had op ${d.wouldApplyOn ?? "?"} gegolden`,
    strictFail: "STRIKT: een lijst wijkt af van een vertrouwde lijst, dus de verificatie faalt.",
    warn: "Let op: de bedragen volgen uit de lijsten in de bundel, niet uit de vertrouwde lijsten. Met --strict faalt de verificatie hierop.",
  },
  en: {
    what: (v: BundleVerification) =>
      `${v.kind} bundle written by rendement ${v.rendement}: ${plural(v.checked.lists, "list", "lists")}, ${plural(v.checked.cases, "case", "cases")}${v.kind === "audit" ? `, ${plural(v.checked.claims, "claim", "claims")}` : ""}`,
    ok: (file: string, what: string) => `OK: ${file} re-performed, every figure matches (${what}).`,
    listsDiffer: (file: string, what: string) =>
      `LISTS DIFFER: ${file} re-performs with its own lists (${what}), but not every list is the trusted one (see below).`,
    different: (file: string, what: string, n: number) =>
      `DIFFERENT: ${file} does not re-perform (${what}); ${plural(n, "difference", "differences")}:`,
    bundle: "bundle:    ",
    recomputed: "recomputed:",
    more: (n: number) => `… and ${n} more`,
    meta: "Audit",
    metaKeys: {
      auditor: "auditor",
      auditDate: "date",
      scope: "scope",
      tolerance: "tolerance",
      maxHorizonMonths: "horizon",
      pricelist: "price list",
      priceYear: "price year",
    } as Record<string, string>,
    months: "months",
    lists: "Price lists, compared with the trusted lists:",
    origin: (o: string) => (o === "bundled" ? "bundled with rendement" : `from ${o}`),
    kindOf: (o: string) => (o === "bundled" ? "the official list" : "the trusted list"),
    official: (p: ListProvenance, o: string) =>
      `is ${T.en.kindOf(o)} (${T.en.origin(o)}), fingerprint ${p.fingerprint}`,
    differs: (p: ListProvenance, o: string, n: number) =>
      `differs from ${T.en.kindOf(o)} ${p.id}@${p.version} (${T.en.origin(o)}); ${plural(n, "difference", "differences")}:`,
    field: (path: string, t: unknown, b: unknown) => `${path}: trusted ${show(t)}, bundle ${show(b)}`,
    unknownVersion: (p: ListProvenance) =>
      `unknown version of the trusted list ${p.id} (known: ${(p.knownVersions ?? []).join(", ")}); fingerprint ${p.fingerprint}`,
    unknown: (p: ListProvenance) =>
      `unknown: no trusted list ${p.id}@${p.version}${p.note !== undefined ? ` (${p.note})` : ""}; fingerprint ${p.fingerprint}: compare it with the fingerprint the municipality published`,
    versions: "Version index:",
    versionFrom: (d: VersionIndexDifference) =>
      `${d.id}@${d.version}: valid from ${d.bundle} in the bundle, ${d.trusted} in the trusted lists`,
    versionMissing: (d: VersionIndexDifference) =>
      `${d.id}@${d.version} (valid from ${d.trusted}) is missing from the bundle; it would have applied on ${d.wouldApplyOn ?? "?"}`,
    strictFail: "STRICT: a list differs from a trusted list, so the verification fails.",
    warn: "Note: the figures follow from the lists in the bundle, not from the trusted lists. With --strict the verification fails on this.",
  },
} as const;

function metaLine(v: BundleVerification, lang: Lang): string | undefined {
  const t = T[lang];
  const parts = Object.entries(v.metadata).map(([k, x]) => {
    const value =
      k === "tolerance" ? formatEuro(String(x), lang) : k === "maxHorizonMonths" ? `${x} ${t.months}` : String(x);
    return `${t.metaKeys[k] ?? k} ${value}`;
  });
  return parts.length > 0 ? `${t.meta}: ${parts.join(", ")}.` : undefined;
}

function listLines(p: ListProvenance, lang: Lang): string[] {
  const t = T[lang];
  const head = `  ${p.id}@${p.version}: `;
  if (p.status === "official") return [head + t.official(p, p.trusted?.origin ?? "bundled")];
  if (p.status === "unknown") return [head + (p.knownVersions ? t.unknownVersion(p) : t.unknown(p))];
  const n = p.differences.length + p.moreDifferences;
  const origin = p.trusted?.origin ?? "bundled";
  return [
    head + t.differs(p, origin, n),
    ...p.differences.map((d) => `    ${t.field(d.path, d.trusted, d.bundle)}`),
    ...(p.trusted ? [`    ${t.field("fingerprint", p.trusted.fingerprint, p.fingerprint)}`] : []),
    ...(p.moreDifferences > 0 ? [`    ${t.more(p.moreDifferences)}`] : []),
  ];
}

/**
 * What `rendement verify` prints: whether the bundle re-performs (with each
 * difference), the audit's metadata, and for every embedded list whether it
 * is the official (or trusted) list, differs from it (each differing field),
 * or is unknown (with the fingerprint to compare with the published one).
 *
 * @example
 * ```ts
 * verifyText(verifyBundle(bundle), "bundel.json", "en");
 * // "OK: bundel.json re-performed, every figure matches (audit bundle …).\n…"
 * ```
 */
export function verifyText(v: BundleVerification, file: string, lang: Lang = "nl"): string {
  const t = T[lang];
  const what = t.what(v);
  const out: string[] = [];
  if (!v.reperformed) {
    out.push(t.different(file, what, v.differences.length + v.moreDifferences));
    for (const d of v.differences)
      out.push(`  ${d.path}`, `    ${t.bundle} ${show(d.expected)}`, `    ${t.recomputed} ${show(d.found)}`);
    if (v.moreDifferences > 0) out.push(`  ${t.more(v.moreDifferences)}`);
  } else out.push(v.listsMatchTrusted ? t.ok(file, what) : t.listsDiffer(file, what));
  const meta = metaLine(v, lang);
  if (meta !== undefined) out.push(meta);
  if (v.lists.length > 0) out.push(t.lists, ...v.lists.flatMap((p) => listLines(p, lang)));
  if (v.versionIndex.length > 0)
    out.push(
      t.versions,
      ...v.versionIndex.map((d) => `  ${d.bundle === "(missing)" ? t.versionMissing(d) : t.versionFrom(d)}`),
    );
  out.push(...v.notes.map((n) => `(${n})`));
  // A bundle that does not re-perform has failed already; the list note is for one that does.
  if (!v.listsMatchTrusted && v.reperformed) out.push(v.strict ? t.strictFail : t.warn);
  return `${out.join("\n")}\n`;
}
