/**
 * The audit report as a small document model (headings, paragraphs, lists,
 * tables), rendered to Markdown or HTML, so both say exactly the same.
 * @internal
 */

import type { AuditedClaim, AuditResult, ClaimStatus, Finding } from "../../audit/types.js";
import type { LineTrail } from "../../cases/types.js";
import { formatEuro } from "../../money/formatEuro.js";
import { amountToCents } from "../../money/parseDecimal.js";
import { ratio, ratioToFixed } from "../../money/ratio.js";
import { derivationText } from "../derivationText.js";
import { dictionary, type Lang } from "../labels.js";

/** @internal A piece of text; `strong` text is emphasised, `code` shown as code. */
export type Inline = string | { readonly strong: string } | { readonly code: string };
/** @internal */
export type Block =
  | { readonly h: 1 | 2 | 3; readonly text: readonly Inline[]; readonly status?: ClaimStatus | undefined }
  | { readonly p: readonly Inline[] }
  | { readonly ul: readonly (readonly Inline[])[] }
  | {
      readonly table: {
        readonly head: readonly string[];
        readonly rows: readonly (readonly string[])[];
        readonly align: readonly ("l" | "r")[];
      };
    };

const W = {
  title: { nl: "Controle werkbudget", en: "Werkbudget audit" },
  settings: { nl: "Uitgangspunten", en: "Settings" },
  tolerance: { nl: "Tolerantie voor bevestigen", en: "Tolerance for confirming" },
  horizon: { nl: "Maximale horizon contrafactisch", en: "Maximum counterfactual horizon" },
  months: { nl: "maanden na de uitgave", en: "months after the spending" },
  lists: { nl: "Gebruikte prijslijsten", en: "Price lists used" },
  list: { nl: "Prijslijst", en: "Price list" },
  priceYear: { nl: "Prijspeil", en: "Price year" },
  validFrom: { nl: "Geldig vanaf", en: "Valid from" },
  fingerprint: { nl: "Vingerafdruk (SHA-256)", en: "Fingerprint (SHA-256)" },
  summary: { nl: "Samenvatting", en: "Summary" },
  claims: { nl: "Aantal claims", en: "Number of claims" },
  claimedTotal: { nl: "Geclaimde besparing, totaal", en: "Claimed savings, total" },
  confirmedTotal: { nl: "waarvan bevestigd", en: "of which confirmed" },
  recomputedTotal: {
    nl: "Herberekende besparing (controleerbare claims)",
    en: "Recomputed savings (verifiable claims)",
  },
  overclaimedExcess: { nl: "Te veel geclaimd", en: "Claimed in excess" },
  underclaimedShortfall: { nl: "Te weinig geclaimd", en: "Claimed short" },
  unverifiableTotal: { nl: "Geclaimd maar niet controleerbaar", en: "Claimed but unverifiable" },
  unexplainedTotal: {
    nl: "Geclaimd op contrafactische regels zonder onderbouwing",
    en: "Claimed on counterfactual lines without a reason",
  },
  share: { nl: "van het geclaimde totaal", en: "of the claimed total" },
  claim: { nl: "Claim", en: "Claim" },
  case: { nl: "Casus", en: "Case" },
  date: { nl: "Datum uitgave", en: "Spending date" },
  amount: { nl: "Bedrag uitgave", en: "Amount spent" },
  purpose: { nl: "Doel", en: "Purpose" },
  claimed: { nl: "Geclaimde besparing", en: "Claimed savings" },
  recomputed: { nl: "Herberekende besparing", en: "Recomputed savings" },
  difference: { nl: "Verschil (geclaimd − herberekend)", en: "Difference (claimed − recomputed)" },
  recomputation: { nl: "Herberekening", en: "Recomputation" },
  pricedWith: { nl: "Geprijsd met", en: "Priced with" },
  side: { nl: "Kant", en: "Side" },
  line: { nl: "Regel", en: "Line" },
  item: { nl: "Post", en: "Item" },
  unitPrice: { nl: "Prijs per eenheid", en: "Unit price" },
  quantity: { nl: "Hoeveelheid", en: "Quantity" },
  derivation: { nl: "Afleiding", en: "Derivation" },
  cost: { nl: "Kosten", en: "Cost" },
  payer: { nl: "Financier", en: "Payer" },
  reason: { nl: "Onderbouwing", en: "Reason" },
  counterfactual: { nl: "zonder interventie", en: "without intervention" },
  actual: { nl: "met interventie", en: "with intervention" },
  interventionMark: { nl: "inzet", en: "intervention" },
  none: { nl: "— geen —", en: "— none —" },
  C: { nl: "Kosten zonder interventie (C)", en: "Cost without intervention (C)" },
  A: { nl: "Kosten met interventie (A)", en: "Cost with intervention (A)" },
  I: { nl: "waarvan inzet (I)", en: "of which intervention (I)" },
  N: { nl: "Netto rendement van de casus (C − A)", en: "Net return of the case (C − A)" },
  attributed: { nl: "Toegerekend aan deze claim", en: "Attributed to this claim" },
  sharedWith: { nl: "gedeeld met de claims", en: "shared among claims" },
  findings: { nl: "Bevindingen", en: "Findings" },
  noFindings: { nl: "Geen bevindingen.", en: "No findings." },
  notRecomputed: { nl: "De casus kon niet worden herberekend.", en: "The case could not be recomputed." },
  example: { nl: "voorbeeldlijst", en: "example list" },
  status: { nl: "Status", en: "Status" },
  fpShort: { nl: "vingerafdruk", en: "fingerprint" },
} as const;

/** @internal */
export const w = dictionary(W);

/** @internal The status in an auditor's words. */
export const STATUS: Record<ClaimStatus, { nl: string; en: string }> = {
  confirmed: { nl: "bevestigd", en: "confirmed" },
  overclaimed: { nl: "te hoog geclaimd", en: "overclaimed" },
  underclaimed: { nl: "te laag geclaimd", en: "underclaimed" },
  unverifiable: { nl: "niet controleerbaar", en: "unverifiable" },
};

const s = (v: unknown): string => (typeof v === "string" ? v : JSON.stringify(v));
/** A line's name in the report's language: the item's label where the evidence has it. */
const named = (f: Finding, lang: Lang): string =>
  s((f.label as { nl: string; en: string } | undefined)?.[lang] ?? f.description);
const path = (p: unknown): string =>
  Array.isArray(p)
    ? p.map((x, i) => (typeof x === "number" ? `[${x}]` : i === 0 ? String(x) : `.${String(x)}`)).join("")
    : s(p);

/** @internal A finding in an auditor's words, built from its code and evidence. */
export function describeFinding(f: Finding, lang: Lang): string {
  const e = (x: unknown): string => (typeof x === "string" && /^-?\d+\.\d\d$/.test(x) ? formatEuro(x, lang) : s(x));
  const nl = lang === "nl";
  switch (f.code) {
    case "savings_above_recomputed":
      return nl
        ? `De geclaimde besparing (${e(f.claimedSavings)}) is ${e(f.difference)} hoger dan de herberekende (${e(f.recomputedSavings)}); tolerantie ${e(f.tolerance)}.`
        : `The claimed savings (${e(f.claimedSavings)}) exceed the recomputed savings (${e(f.recomputedSavings)}) by ${e(f.difference)}; tolerance ${e(f.tolerance)}.`;
    case "savings_below_recomputed":
      return nl
        ? `De geclaimde besparing (${e(f.claimedSavings)}) is ${e(String(f.difference).replace(/^-/, ""))} lager dan de herberekende (${e(f.recomputedSavings)}); tolerantie ${e(f.tolerance)}.`
        : `The claimed savings (${e(f.claimedSavings)}) fall ${e(String(f.difference).replace(/^-/, ""))} short of the recomputed savings (${e(f.recomputedSavings)}); tolerance ${e(f.tolerance)}.`;
    case "spending_not_found":
      return nl
        ? `De uitgave van ${e(f.claimedAmount)} op ${s(f.date)} staat niet bij de inzet van de casus.`
        : `The spending of ${e(f.claimedAmount)} on ${s(f.date)} is not among the case's intervention lines.`;
    case "spending_amount_differs": {
      const costs = (f.lines as { cost: string }[]).map((l) => e(l.cost)).join(", ");
      return nl
        ? `Op ${s(f.date)} staat in de casus inzet van ${costs}, niet het geclaimde bedrag van ${e(f.claimedAmount)}.`
        : `On ${s(f.date)} the case records intervention spending of ${costs}, not the claimed ${e(f.claimedAmount)}.`;
    }
    case "duplicate_spending": {
      const others = (f.others as { claim: string; caseId: string }[])
        .map((o) => `${o.claim} (${nl ? "casus" : "case"} ${o.caseId})`)
        .join(", ");
      const line = f.line as { path: unknown; cost: string } | undefined;
      const what = line
        ? nl
          ? `Inzetregel ${path(line.path)} (${e(line.cost)}) is`
          : `Intervention line ${path(line.path)} (${e(line.cost)}) is`
        : nl
          ? "Dezelfde uitgave (datum, bedrag, doel) is"
          : "The same spending (date, amount, purpose) is";
      return nl
        ? `${what} ook geclaimd in ${others}. Een uitgave levert maar één keer besparing op; alleen claim ${s(f.first)} telt.`
        : `${what} also claimed in ${others}. Spending earns savings once; only claim ${s(f.first)} counts.`;
    }
    case "counterfactual_without_reason":
      return nl
        ? `Contrafactische regel ${path(f.path)} (${named(f, lang)}, ${e(f.cost)}) heeft geen onderbouwing: waarom zou dit zonder interventie zijn gebeurd?`
        : `Counterfactual line ${path(f.path)} (${named(f, lang)}, ${e(f.cost)}) gives no reason why it would have happened.`;
    case "counterfactual_horizon_exceeded":
      return nl
        ? `Contrafactische regel ${path(f.path)} (${named(f, lang)}, ${e(f.cost)}) ${f.end !== undefined ? `loopt tot ${s(f.end)}` : `beslaat ${s(f.duration)}`}, voorbij de horizon van ${s(f.maxHorizonMonths)} maanden (${s(f.horizonStart)} t/m ${s(f.horizonEnd)}).`
        : `Counterfactual line ${path(f.path)} (${named(f, lang)}, ${e(f.cost)}) ${f.end !== undefined ? `runs to ${s(f.end)}` : `covers ${s(f.duration)}`}, beyond the horizon of ${s(f.maxHorizonMonths)} months (${s(f.horizonStart)} through ${s(f.horizonEnd)}).`;
    case "pricelist_not_valid_on_date":
      if (f.named !== undefined)
        return nl
          ? `De claim noemt prijslijst ${s(f.named)}${f.namedValidFrom !== undefined ? ` (geldig vanaf ${s(f.namedValidFrom)})` : " (bestaat niet)"}, maar op ${s(f.date)} gold ${f.validOnDate !== undefined ? s(f.validOnDate) : "geen versie"}${f.namedListNetReturn !== undefined ? `; met de genoemde lijst zou het netto rendement ${e(f.namedListNetReturn)} zijn` : ""}.`
          : `The claim names price list ${s(f.named)}${f.namedValidFrom !== undefined ? ` (valid from ${s(f.namedValidFrom)})` : " (which does not exist)"}, but on ${s(f.date)} ${f.validOnDate !== undefined ? `${s(f.validOnDate)} applied` : "no version applied"}${f.namedListNetReturn !== undefined ? `; with the named list the net return would be ${e(f.namedListNetReturn)}` : ""}.`;
      return nl
        ? `Op ${s(f.date)} was geen versie van prijslijst ${s(f.list)} geldig.`
        : `No version of price list ${s(f.list)} was valid on ${s(f.date)}.`;
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
      const why = Array.isArray(f.issues)
        ? (f.issues as { path: unknown; message: string }[]).map((i) => `${path(i.path)}: ${i.message}`).join("; ")
        : f.message;
      return nl
        ? `De casus kan met ${s(f.pricelist)} niet worden geprijsd: ${why}`
        : `The case cannot be priced with ${s(f.pricelist)}: ${why}`;
    }
    default:
      return f.message;
  }
}

function lineRows(lines: readonly LineTrail[], lang: Lang): string[][] {
  return lines.map((l) => [
    `${l.side === "counterfactual" ? w("counterfactual", lang) : w("actual", lang)}${l.intervention ? ` (${w("interventionMark", lang)})` : ""}${l.alternative ? ` · ${l.alternative.label ?? `#${l.alternative.index + 1}`} p=${l.alternative.probability}` : ""}`,
    path(l.path),
    `${l.item !== undefined ? `${l.item}: ` : ""}${l.label?.[lang] ?? l.description}`,
    l.unitPrice !== undefined ? formatEuro(l.unitPrice, lang) : "",
    l.quantity !== undefined ? `${l.quantity}${l.unit !== undefined ? ` ${derivationText(l.unit, lang)}` : ""}` : "",
    l.derivation !== undefined ? derivationText(l.derivation, lang) : (l.date ?? ""),
    formatEuro(l.cost, lang),
    l.payer,
    l.side === "counterfactual" ? (l.reason ?? w("none", lang)) : (l.reason ?? ""),
  ]);
}

function pct(part: string, whole: string, lang: Lang): string {
  const w0 = amountToCents(whole);
  const p = w0 === 0 ? "–" : `${ratioToFixed(ratio(amountToCents(part) * 100, w0), 1)}%`;
  return lang === "nl" ? p.replace(".", ",") : p;
}

function claimBlocks(c: AuditedClaim, lang: Lang): Block[] {
  const out: Block[] = [
    { h: 2, text: [`${w("claim", lang)} ${c.id} — `, { strong: STATUS[c.status][lang] }], status: c.status },
  ];
  out.push({
    table: {
      head: ["", ""],
      align: ["l", "r"],
      rows: [
        [w("case", lang), c.caseId],
        [w("date", lang), c.date],
        [w("amount", lang), formatEuro(c.amount, lang)],
        [w("purpose", lang), c.purpose],
        [w("claimed", lang), formatEuro(c.claimedSavings, lang)],
        [w("recomputed", lang), c.recomputedSavings === null ? "–" : formatEuro(c.recomputedSavings, lang)],
        [w("difference", lang), c.difference === null ? "–" : formatEuro(c.difference, lang)],
        [w("status", lang), STATUS[c.status][lang]],
      ],
    },
  });
  out.push({ h: 3, text: [w("recomputation", lang)] });
  const r = c.recomputation;
  if (!r) out.push({ p: [w("notRecomputed", lang)] });
  else {
    out.push({
      p: [
        `${w("pricedWith", lang)} `,
        { code: `${r.pricelist.id}@${r.pricelist.version}` },
        `, ${w("priceYear", lang).toLowerCase()} ${r.pricelist.priceYear}, ${w("fpShort", lang)} `,
        { code: r.pricelist.fingerprint },
        ".",
      ],
    });
    out.push({
      table: {
        head: [
          w("side", lang),
          w("line", lang),
          w("item", lang),
          w("unitPrice", lang),
          w("quantity", lang),
          w("derivation", lang),
          w("cost", lang),
          w("payer", lang),
          w("reason", lang),
        ],
        rows: lineRows(r.lines, lang),
        align: ["l", "l", "l", "r", "r", "l", "r", "l", "l"],
      },
    });
    const rows: string[][] = [
      [w("C", lang), formatEuro(r.counterfactualCost, lang)],
      [w("A", lang), formatEuro(r.actualCost, lang)],
      [w("I", lang), formatEuro(r.interventionCost, lang)],
      [w("N", lang), formatEuro(r.netReturn, lang)],
    ];
    if (c.recomputedSavings !== null)
      rows.push([
        `${w("attributed", lang)}${r.claimsOnCase.length > 1 ? ` (${w("sharedWith", lang)} ${r.claimsOnCase.join(", ")})` : ""}`,
        formatEuro(c.recomputedSavings, lang),
      ]);
    out.push({ table: { head: ["", ""], rows, align: ["l", "r"] } });
  }
  out.push({ h: 3, text: [w("findings", lang)] });
  if (c.findings.length === 0) out.push({ p: [w("noFindings", lang)] });
  else out.push({ ul: c.findings.map((f) => [describeFinding(f, lang), " (", { code: f.code }, ")"]) });
  return out;
}

/** @internal The whole report as blocks. */
export function auditBlocks(r: AuditResult, lang: Lang): Block[] {
  const sm = r.summary;
  const out: Block[] = [
    { h: 1, text: [w("title", lang)] },
    { h: 2, text: [w("summary", lang)] },
  ];
  out.push({
    table: {
      head: ["", ""],
      align: ["l", "r"],
      rows: [
        [w("claims", lang), String(sm.claims)],
        ...(Object.keys(sm.byStatus) as ClaimStatus[]).map((k) => [`— ${STATUS[k][lang]}`, String(sm.byStatus[k])]),
        [w("claimedTotal", lang), formatEuro(sm.claimedTotal, lang)],
        [w("confirmedTotal", lang), formatEuro(sm.confirmedTotal, lang)],
        [w("recomputedTotal", lang), formatEuro(sm.recomputedTotal, lang)],
        [w("overclaimedExcess", lang), formatEuro(sm.overclaimedExcess, lang)],
        [w("underclaimedShortfall", lang), formatEuro(sm.underclaimedShortfall, lang)],
        [w("unverifiableTotal", lang), formatEuro(sm.unverifiableTotal, lang)],
        [
          w("unexplainedTotal", lang),
          `${formatEuro(sm.unexplainedTotal, lang)} (${pct(sm.unexplainedTotal, sm.claimedTotal, lang)} ${w("share", lang)})`,
        ],
      ],
    },
  });
  out.push({
    table: {
      head: [w("claim", lang), w("case", lang), w("claimed", lang), w("recomputed", lang), w("status", lang)],
      align: ["l", "l", "r", "r", "l"],
      rows: r.claims.map((c) => [
        c.id,
        c.caseId,
        formatEuro(c.claimedSavings, lang),
        c.recomputedSavings === null ? "–" : formatEuro(c.recomputedSavings, lang),
        STATUS[c.status][lang],
      ]),
    },
  });
  out.push({ h: 2, text: [w("settings", lang)] });
  out.push({
    ul: [
      [`${w("tolerance", lang)}: ${formatEuro(r.settings.tolerance, lang)}`],
      [`${w("horizon", lang)}: ${r.settings.maxHorizonMonths} ${w("months", lang)}`],
    ],
  });
  out.push({
    table: {
      head: [w("list", lang), w("priceYear", lang), w("validFrom", lang), w("fingerprint", lang)],
      align: ["l", "r", "l", "l"],
      rows: r.lists.map((l) => [
        `${l.id}@${l.version}${l.example ? ` (${w("example", lang)})` : ""}`,
        String(l.priceYear),
        l.validFrom,
        l.fingerprint,
      ]),
    },
  });
  for (const c of r.claims) out.push(...claimBlocks(c, lang));
  return out;
}
