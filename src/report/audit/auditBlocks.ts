/**
 * The audit report as a document of the one report model (headings,
 * paragraphs, lists, tables), rendered to Markdown, HTML, text or CSV by the
 * one renderer of each format, so every format says exactly the same.
 * @internal
 */

import type { AuditedClaim, AuditResult, ClaimStatus, Finding, LineEvidence } from "../../audit/types.js";
import type { LineTrail } from "../../cases/types.js";
import type { Cents } from "../../money/cents.js";
import { ratio, ratioToFixed } from "../../money/ratio.js";
import { derivationText } from "../derivationText.js";
import { amount, maybeAmount } from "../figures.js";
import { issueText } from "../issueText.js";
import { type Lang, t } from "../labels.js";
import {
  type Block,
  type Cell,
  type Column,
  code,
  date,
  decimal,
  heading,
  type Inline,
  integer,
  paragraph,
  type ReportDocument,
  type Row,
  type TableBlock,
  text,
  year,
} from "../model.js";
import { formatDate, inlineText } from "../render/formatInline.js";
import { wijkName } from "../rollupCells.js";

/** @internal An audit word (the audit's words live in the dictionaries of `words/`). */
export const w = t;

/**
 * What an audit report is told beside the result: the wijk of each case, so
 * it names the wijk of every claim (`rendement audit --wijken`).
 */
export interface AuditReportOptions {
  /** The wijk code of each case, by case id; without it the report names no wijk. */
  readonly caseWijken?: ReadonlyMap<string, string> | undefined;
  /** Wijk names by code: a wijk is shown as `name (code)` where its name is known. */
  readonly wijkNames?: ReadonlyMap<string, string> | undefined;
}

/** @internal The wijk of a claim's case for people, or undefined when the report is told no wijken. */
export function claimWijk(caseId: string, o: AuditReportOptions): string | undefined {
  const code = o.caseWijken?.get(caseId);
  return o.caseWijken === undefined ? undefined : code === undefined ? "" : wijkName(code, o.wijkNames);
}

/** @internal The status in an auditor's words. */
export function statusText(status: ClaimStatus, lang: Lang): string {
  return t(`status.${status}`, lang);
}

const s = (v: unknown): string => (typeof v === "string" ? v : JSON.stringify(v));
/** A line's name in the report's language: the item's label where the evidence has it. */
const named = (f: LineEvidence, lang: Lang): string => f.label?.[lang] ?? f.description;
const path = (p: unknown): string =>
  Array.isArray(p)
    ? p.map((x, i) => (typeof x === "number" ? `[${x}]` : i === 0 ? String(x) : `.${String(x)}`)).join("")
    : s(p);

// Paths inside a finding's sentence are marked (with characters no path or list id holds), and shown as
// code by findingInlines.
const OPEN = "\u27e6";
const CLOSE = "\u27e7";
const codePath = (p: unknown): string => `${OPEN}${path(p)}${CLOSE}`;

/** @internal A finding in an auditor's words as inlines: the sentence, with paths as code. */
export function findingInlines(f: Finding, lang: Lang): Inline[] {
  return describeFinding(f, lang)
    .split(new RegExp(`${OPEN}(.*?)${CLOSE}`))
    .map((part, i) => (i % 2 === 1 ? code(part) : part))
    .filter((x) => x !== "");
}

/** @internal A finding in an auditor's words, built from its code and evidence (paths marked, see findingInlines). */
function describeFinding(f: Finding, lang: Lang): string {
  const e = (x: Cents): string => inlineText(amount(x), lang);
  const d = (x: string): string => formatDate(x, lang);
  const nl = lang === "nl";
  switch (f.code) {
    case "savings_above_recomputed":
      return nl
        ? `De geclaimde besparing (${e(f.claimedSavings)}) is ${e(f.difference)} hoger dan de herberekende (${e(f.recomputedSavings)}); tolerantie ${e(f.tolerance)}.`
        : `The claimed savings (${e(f.claimedSavings)}) exceed the recomputed savings (${e(f.recomputedSavings)}) by ${e(f.difference)}; tolerance ${e(f.tolerance)}.`;
    case "savings_below_recomputed":
      return nl
        ? `De geclaimde besparing (${e(f.claimedSavings)}) is ${e(-f.difference)} lager dan de herberekende (${e(f.recomputedSavings)}); tolerantie ${e(f.tolerance)}.`
        : `The claimed savings (${e(f.claimedSavings)}) fall ${e(-f.difference)} short of the recomputed savings (${e(f.recomputedSavings)}); tolerance ${e(f.tolerance)}.`;
    case "spending_not_found":
      return nl
        ? `De uitgave van ${e(f.claimedAmount)} op ${d(f.date)} staat niet bij de inzet van de casus.`
        : `The spending of ${e(f.claimedAmount)} on ${d(f.date)} is not among the case's intervention lines.`;
    case "spending_amount_differs": {
      const costs = f.lines.map((l) => e(l.cost)).join(", ");
      return nl
        ? `Op ${d(f.date)} staat in de casus inzet van ${costs}, niet het geclaimde bedrag van ${e(f.claimedAmount)}.`
        : `On ${d(f.date)} the case records intervention spending of ${costs}, not the claimed ${e(f.claimedAmount)}.`;
    }
    case "duplicate_spending": {
      // A group of many claims names at most a few of them here; the duplicates table lists them all.
      const more = f.moreOthers ?? 0;
      const named = f.others.map((o) => `${o.claim} (${nl ? "casus" : "case"} ${o.caseId})`).join(", ");
      const rest =
        more > 0 ? (nl ? ` en ${more} andere (groep ${s(f.group)})` : ` and ${more} more (group ${s(f.group)})`) : "";
      const others = `${named}${rest}`;
      const line = f.line;
      const what = line
        ? nl
          ? `Inzetregel ${codePath(line.path)} (${e(line.cost)}) is`
          : `Intervention line ${codePath(line.path)} (${e(line.cost)}) is`
        : nl
          ? "Dezelfde uitgave (datum, bedrag, doel) is"
          : "The same spending (date, amount, purpose) is";
      return nl
        ? `${what} ook geclaimd in ${others}. Een uitgave levert maar één keer besparing op; alleen claim ${s(f.first)} telt.`
        : `${what} also claimed in ${others}. Spending earns savings once; only claim ${s(f.first)} counts.`;
    }
    case "counterfactual_without_reason":
      return nl
        ? `Contrafactische regel ${codePath(f.path)} (${named(f, lang)}, ${e(f.cost)}) heeft geen onderbouwing: waarom zou dit zonder interventie zijn gebeurd?`
        : `Counterfactual line ${codePath(f.path)} (${named(f, lang)}, ${e(f.cost)}) gives no reason why it would have happened.`;
    case "counterfactual_horizon_exceeded":
      return nl
        ? `Contrafactische regel ${codePath(f.path)} (${named(f, lang)}, ${e(f.cost)}) ${f.end !== undefined ? `loopt tot ${d(f.end)}` : `beslaat ${s(f.duration)}`}, voorbij de horizon van ${s(f.maxHorizonMonths)} maanden (${d(f.horizonStart)} t/m ${d(f.horizonEnd)}).`
        : `Counterfactual line ${codePath(f.path)} (${named(f, lang)}, ${e(f.cost)}) ${f.end !== undefined ? `runs to ${d(f.end)}` : `covers ${s(f.duration)}`}, beyond the horizon of ${s(f.maxHorizonMonths)} months (${d(f.horizonStart)} through ${d(f.horizonEnd)}).`;
    case "relapsed_within_horizon":
      return nl
        ? `De casus viel terug op ${d(f.relapseDate)} (vervolgmeting ${codePath(f.path)} van ${d(f.checkpointDate)}), binnen de horizon van ${s(f.maxHorizonMonths)} maanden (${d(f.horizonStart)} t/m ${d(f.horizonEnd)}).`
        : `The case relapsed on ${d(f.relapseDate)} (follow-up checkpoint ${codePath(f.path)} of ${d(f.checkpointDate)}), within the horizon of ${s(f.maxHorizonMonths)} months (${d(f.horizonStart)} through ${d(f.horizonEnd)}).`;
    case "pricelist_not_valid_on_date":
      if ("named" in f)
        return nl
          ? `De claim noemt prijslijst ${s(f.named)}${f.namedValidFrom !== undefined ? ` (geldig vanaf ${d(f.namedValidFrom)})` : " (bestaat niet)"}, maar op ${d(f.date)} gold ${f.validOnDate !== undefined ? s(f.validOnDate) : "geen versie"}${f.namedListNetReturn !== undefined ? `; met de genoemde lijst zou het netto rendement ${e(f.namedListNetReturn)} zijn` : ""}.`
          : `The claim names price list ${s(f.named)}${f.namedValidFrom !== undefined ? ` (valid from ${d(f.namedValidFrom)})` : " (which does not exist)"}, but on ${d(f.date)} ${f.validOnDate !== undefined ? `${s(f.validOnDate)} applied` : "no version applied"}${f.namedListNetReturn !== undefined ? `; with the named list the net return would be ${e(f.namedListNetReturn)}` : ""}.`;
      return nl
        ? `Op ${d(f.date)} was geen versie van prijslijst ${s(f.list)} geldig.`
        : `No version of price list ${s(f.list)} was valid on ${d(f.date)}.`;
    case "no_counterfactual":
      return nl
        ? `Casus ${s(f.caseId)} heeft geen contrafactische regels: er is niets dat de uitgave kan hebben voorkomen.`
        : `Case ${s(f.caseId)} has no counterfactual lines: nothing the spending could have avoided.`;
    case "case_not_found":
      return nl
        ? `Casus ${s(f.caseId)} staat niet in het casusbestand.`
        : `Case ${s(f.caseId)} is not in the case file.`;
    case "case_not_priceable": {
      // The problems themselves, not the finding's message (which repeats the sentence in English).
      const why = f.issues.map((i) => `${codePath(i.path)}: ${issueText(i, nl ? "nl" : "en").message}`).join("; ");
      return nl
        ? `De casus kan met ${s(f.pricelist)} niet worden geprijsd: ${why}`
        : `The case cannot be priced with ${s(f.pricelist)}: ${why}`;
    }
  }
}

const col = (title: string, align: "l" | "r" = "l"): Column => ({ title, align });
/** A key/value table (no header row). */
const kv = (name: string, rows: readonly (readonly [string, Cell])[]): Block => ({
  kind: "table",
  name,
  headless: true,
  columns: [col(""), col("", "r")],
  rows: rows.map(([k, v]) => ({ cells: [k, v] })),
});

/** @internal One row per line of the recomputation: side, path, item, price, quantity, derivation, cost, payer, reason. */
export function lineRows(lines: readonly LineTrail[], lang: Lang, source: (item: string) => string = () => ""): Row[] {
  return lines.map((l) => ({
    cells: [
      `${l.side === "counterfactual" ? w("sideCounterfactual", lang) : w("sideActual", lang)}${l.intervention ? ` (${w("interventionMark", lang)})` : ""}${l.alternative ? ` · ${l.alternative.label ?? `#${l.alternative.index + 1}`} p=${inlineText(decimal(l.alternative.probability), lang)}` : ""}`,
      code(path(l.path)),
      [...(l.item !== undefined ? [code(l.item), ": "] : []), text(l.label?.[lang] ?? l.description)],
      l.unitPrice !== undefined ? amount(l.unitPrice) : "",
      l.quantity !== undefined
        ? [decimal(l.quantity), l.unit !== undefined ? ` ${derivationText(l.unit, lang)}` : ""]
        : "",
      l.derivation !== undefined ? derivationText(l.derivation, lang) : l.date !== undefined ? date(l.date) : "",
      amount(l.cost),
      text(l.payer),
      l.side === "counterfactual" ? text(l.reason ?? w("none", lang)) : text(l.reason ?? ""),
      text(l.item !== undefined ? source(l.item) : ""),
    ],
  }));
}

/** @internal part / whole as a percentage with one decimal, or no value. */
function pct(part: Cents, whole: Cents): Inline {
  return whole === 0 ? "–" : decimal(ratioToFixed(ratio(part * 100, whole), 1), "%");
}

/** @internal The recomputation of a claim: list, lines, the case's figures and the part attributed to the claim. */
export function recomputationBlocks(
  c: AuditedClaim,
  lang: Lang,
  sources: ReadonlyMap<string, string> = new Map(),
): Block[] {
  const r = c.recomputation;
  if (!r) return [paragraph(w("notRecomputed", lang))];
  const rows: [string, Cell][] = [
    [w("C", lang), amount(r.counterfactualCost)],
    [w("A", lang), amount(r.actualCost)],
    [w("I", lang), amount(r.interventionCost)],
    [w("N", lang), amount(r.netReturn)],
  ];
  if (c.recomputedSavings !== null)
    rows.push([
      `${w("attributed", lang)}${r.claimsOnCase.length > 1 ? ` (${w("sharedWith", lang)} ${r.claimsOnCase.join(", ")})` : ""}`,
      amount(c.recomputedSavings),
    ]);
  const list = `${r.pricelist.id}@${r.pricelist.version}`;
  return [
    paragraph(
      `${w("pricedWith", lang)} `,
      code(`${r.pricelist.id}@${r.pricelist.version}`),
      `, ${w("priceYear", lang).toLowerCase()} ${r.pricelist.priceYear}, ${w("fpShort", lang)} `,
      code(r.pricelist.fingerprint),
      ".",
    ),
    {
      kind: "table",
      name: "lines",
      columns: [
        col(w("side", lang)),
        col(w("line", lang)),
        col(w("item", lang)),
        col(w("unitPrice", lang), "r"),
        col(w("quantity", lang), "r"),
        col(w("derivation", lang)),
        col(w("cost", lang), "r"),
        col(w("payer", lang)),
        col(w("reason", lang)),
        col(w("source", lang)),
      ],
      rows: lineRows(r.lines, lang, (item) => sources.get(`${list}\u0000${item}`) ?? ""),
    },
    kv("case-figures", rows),
  ];
}

/** @internal The blocks of one claim: status, figures, recomputation, findings. */
export function claimBlocks(
  c: AuditedClaim,
  lang: Lang,
  sources: ReadonlyMap<string, string> = new Map(),
  options: AuditReportOptions = {},
): Block[] {
  const head = heading(2, `${w("claim", lang)} `, text(c.id), " — ", text(statusText(c.status, lang), true));
  const wijk = claimWijk(c.caseId, options);
  return [
    { ...head, tone: c.status },
    kv("claim", [
      [w("case", lang), text(c.caseId)],
      ...(wijk !== undefined ? [[w("wijk", lang), text(wijk)] as [string, Cell]] : []),
      [w("spendingDate", lang), date(c.date)],
      [w("amountSpent", lang), amount(c.amount)],
      [w("purpose", lang), text(c.purpose)],
      [w("claimed", lang), amount(c.claimedSavings)],
      [w("recomputed", lang), maybeAmount(c.recomputedSavings)],
      [w("difference", lang), maybeAmount(c.difference)],
      ...withinRows(c, lang),
      ...(c.pm !== undefined && c.pm.length > 0
        ? [[t("pmCount", lang), text(c.pm.map((p) => `${p.description} (PM)`).join("; "))] as [string, Cell]]
        : []),
      [w("status", lang), statusText(c.status, lang)],
    ]),
    heading(3, w("recomputation", lang)),
    ...recomputationBlocks(c, lang, sources),
    heading(3, w("findings", lang)),
    c.findings.length === 0
      ? paragraph(w("noFindings", lang))
      : { kind: "list", items: c.findings.map((f) => [...findingInlines(f, lang), " (", code(f.code), ")"]) },
  ];
}

/** @internal The summary: claims by status and the totals claimed, confirmed and recomputed. */
export function summaryBlocks(r: AuditResult, lang: Lang, options: AuditReportOptions = {}): Block[] {
  const sm = r.summary;
  const wijk = (c: AuditedClaim): Cell[] => {
    const x = claimWijk(c.caseId, options);
    return x === undefined ? [] : [text(x)];
  };
  return [
    heading(2, w("auditSummary", lang)),
    kv("summary", [
      [w("claims", lang), integer(sm.claims)],
      ...(Object.keys(sm.byStatus) as ClaimStatus[]).map(
        (k) => [`— ${statusText(k, lang)}`, integer(sm.byStatus[k])] as [string, Cell],
      ),
      [w("claimedTotal", lang), amount(sm.claimedTotal)],
      [w("confirmedTotal", lang), amount(sm.confirmedTotal)],
      [w("recomputedTotal", lang), amount(sm.recomputedTotal)],
      [w("overclaimedExcess", lang), amount(sm.overclaimedExcess)],
      [w("underclaimedShortfall", lang), amount(sm.underclaimedShortfall)],
      [w("unverifiableTotal", lang), amount(sm.unverifiableTotal)],
      [
        w("unexplainedTotal", lang),
        [amount(sm.unexplainedTotal), " (", pct(sm.unexplainedTotal, sm.claimedTotal), ` ${w("share", lang)})`],
      ],
    ]),
    {
      kind: "table",
      name: "claims",
      columns: [
        col(w("claim", lang)),
        col(w("case", lang)),
        ...(options.caseWijken !== undefined ? [col(w("wijk", lang))] : []),
        col(w("claimed", lang), "r"),
        col(w("recomputed", lang), "r"),
        col(w("status", lang)),
      ],
      rows: r.claims.map((c) => ({
        tone: c.status,
        cells: [
          text(c.id),
          text(c.caseId),
          ...wijk(c),
          amount(c.claimedSavings),
          maybeAmount(c.recomputedSavings),
          statusText(c.status, lang),
        ],
      })),
    },
  ];
}

/** @internal The audit's settings and metadata as rows: what, its value (typed), and its unit where it has one. */
export function settingsRows(r: AuditResult, lang: Lang): (readonly [string, Inline, string])[] {
  const m = r.settings;
  return [
    [w("tolerance", lang), amount(m.tolerance), ""],
    [w("horizon", lang), integer(m.maxHorizonMonths), w("monthsAfter", lang)],
    ...(m.auditor !== undefined ? [[w("auditor", lang), text(m.auditor), ""] as const] : []),
    ...(m.auditDate !== undefined ? [[w("auditDate", lang), date(m.auditDate), ""] as const] : []),
    ...(m.scope !== undefined ? [[w("auditScope", lang), text(m.scope), ""] as const] : []),
  ];
}

/** @internal The table of the price lists an audit used: id, price year, valid from, fingerprint. */
export function auditListsTable(r: AuditResult, lang: Lang): TableBlock {
  return {
    kind: "table",
    name: "lists",
    columns: [
      col(w("pricelist", lang)),
      col(w("priceYear", lang), "r"),
      col(w("validFrom", lang)),
      col(w("auditFingerprint", lang)),
    ],
    rows: r.lists.map((l) => ({
      cells: [
        text(`${l.id}@${l.version}${l.example ? ` (${w("exampleList", lang)})` : ""}`),
        year(l.priceYear),
        date(l.validFrom),
        code(l.fingerprint),
      ],
    })),
  };
}

/** @internal The settings and the lists used. */
export function settingsBlocks(r: AuditResult, lang: Lang): Block[] {
  return [
    heading(2, w("settings", lang)),
    {
      kind: "list",
      items: settingsRows(r, lang).map(([what, value, unit]) => [`${what}: `, value, ...(unit ? [` ${unit}`] : [])]),
    },
    auditListsTable(r, lang),
  ];
}

/** @internal The whole audit report as a document: title, summary, settings, then every claim. */
export function auditDocument(r: AuditResult, lang: Lang, options: AuditReportOptions = {}): ReportDocument {
  const title = w("auditTitle", lang);
  const sources = sourceIndex(r);
  return {
    title,
    lang,
    blocks: [
      heading(1, title),
      ...summaryBlocks(r, lang, options),
      ...settingsBlocks(r, lang),
      ...duplicateBlocks(r, lang),
      ...r.claims.flatMap((c) => claimBlocks(c, lang, sources, options)),
    ],
  };
}

/** The figure within the policy horizon beside the full one, for a claim whose counterfactual runs past it. */
function withinRows(c: AuditedClaim, lang: Lang): [string, Cell][] {
  const h = c.withinHorizon;
  if (!h) return [];
  return [
    [
      `${w("beyondHorizon", lang)} (${w("horizonAfter", lang)} ${formatDate(h.through, lang)})`,
      amount(h.beyondHorizon),
    ],
    [
      `${w("withinHorizon", lang)} (${w("horizonThrough", lang)} ${formatDate(h.through, lang)})`,
      amount(h.recomputedSavings),
    ],
    [w("differenceWithin", lang), amount(h.difference)],
  ];
}

/** Spending claimed more than once, one row per group (not one finding per pair of claims). */
function duplicateBlocks(r: AuditResult, lang: Lang): Block[] {
  // Results written before duplicate groups existed have none.
  const groups = r.duplicates ?? [];
  if (groups.length === 0) return [];
  return [
    heading(2, w("duplicates", lang)),
    {
      kind: "table",
      name: "duplicates",
      columns: [
        col(w("group", lang)),
        col(w("duplicateSpending", lang)),
        col(w("keptBy", lang)),
        col(w("claimCount", lang), "r"),
        col(w("claims", lang)),
      ],
      rows: groups.map((g) => ({
        cells: [
          text(g.id),
          g.spending
            ? [date(g.spending.date), ", ", amount(g.spending.amount), ", ", text(g.spending.purpose)]
            : [`${w("case", lang)} `, text(g.line?.caseId ?? ""), " ", code(path(g.line?.path))],
          text(g.first),
          integer(g.claims.length),
          text(g.claims.map((c) => c.claim).join(", ")),
        ],
      })),
    },
  ];
}

/** The source of each priced item, by list and code, as the line tables show it. */
function sourceIndex(r: AuditResult): Map<string, string> {
  const m = new Map<string, string>();
  for (const s0 of r.sources ?? [])
    m.set(`${s0.list}\u0000${s0.item}`, `${s0.title} (${s0.year})${s0.url !== undefined ? `, ${s0.url}` : ""}`);
  return m;
}
