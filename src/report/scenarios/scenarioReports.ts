/**
 * Markdown and HTML renderings of simulations and what-ifs, Dutch by default.
 * @internal
 */
import { formatEuro } from "../../money/formatEuro.js";
import type { GroupSimulation, SimulationResult } from "../../scenarios/summariseDraws.js";
import type { TornadoResult } from "../../scenarios/tornado.js";
import type { WhatIfResult, WhatIfTotals } from "../../scenarios/whatIf.js";
import { dictionary, type Lang } from "../labels.js";
import { markdownTable } from "../markdownTable.js";

const W = {
  simTitle: { nl: "Onzekerheidsanalyse (Monte Carlo)", en: "Uncertainty analysis (Monte Carlo)" },
  group: { nl: "Groep", en: "Group" },
  all: { nl: "Alle casussen", en: "All cases" },
  cases: { nl: "Casussen", en: "Cases" },
  exact: { nl: "Puntschatting", en: "Point estimate" },
  net: { nl: "Netto rendement", en: "Net return" },
  ratio: { nl: "Rendement per euro", en: "Return per euro" },
  pos: { nl: "P(netto > 0)", en: "P(net > 0)" },
  draws: { nl: "Trekkingen", en: "Draws" },
  seed: { nl: "Zaad (seed)", en: "Seed" },
  dist: { nl: "Verdeling", en: "Distribution" },
  tornado: { nl: "Gevoeligheid per prijs (tornado)", en: "One-way sensitivity (tornado)" },
  item: { nl: "Prijsregel", en: "Item" },
  low: { nl: "Laag", en: "Low" },
  high: { nl: "Hoog", en: "High" },
  atLow: { nl: "Netto bij laag", en: "Net at low" },
  atHigh: { nl: "Netto bij hoog", en: "Net at high" },
  swing: { nl: "Bandbreedte", en: "Swing" },
  switching: { nl: "Omslagprijs", en: "Switching value" },
  params: { nl: "Onzekere prijzen", en: "Uncertain prices" },
  method: { nl: "Methode", en: "Method" },
  whatTitle: { nl: "Wat-als-analyse", en: "What-if analysis" },
  assumptions: { nl: "Aannames", en: "Assumptions" },
  name: { nl: "Aanname", en: "Assumption" },
  scope: { nl: "Bereik", en: "Scope" },
  value: { nl: "Waarde", en: "Value" },
  isDefault: { nl: "Standaard", en: "Default" },
  yes: { nl: "ja", en: "yes" },
  no: { nl: "nee", en: "no" },
  figure: { nl: "Kengetal", en: "Figure" },
  base: { nl: "Basis", en: "Base" },
  scenario: { nl: "Scenario", en: "Scenario" },
  adjusted: { nl: "Scenario na correcties", en: "Scenario adjusted" },
  C: { nl: "Zonder interventie", en: "Without intervention" },
  A: { nl: "Met interventie", en: "With intervention" },
  I: { nl: "Inzet", en: "Intervention" },
  B: { nl: "Vermeden kosten", en: "Avoided cost" },
  projection: { nl: "Meerjarige waarde", en: "Multi-year value" },
  year: { nl: "Jaar", en: "Year" },
  factor: { nl: "Disconteringsfactor", en: "Discount factor" },
  pv: { nl: "Contante waarde", en: "Present value" },
  cum: { nl: "Cumulatief", en: "Cumulative" },
  npv: { nl: "Netto contante waarde", en: "Net present value" },
  payback: { nl: "Terugverdientijd (jaren)", en: "Payback period (years)" },
  none: { nl: "niet binnen de horizon", en: "not within the horizon" },
} as const;

const t = /* @__PURE__ */ dictionary(W);
/** A plain decimal with a decimal comma in Dutch. */
const num = (x: string, lang: Lang) => (lang === "nl" ? x.replace(".", ",") : x);

function groupName(g: GroupSimulation, lang: Lang): string {
  const v = Object.entries(g.by);
  return v.length === 0 ? t("all", lang) : v.map(([k, x]) => `${k}: ${x === "" ? "—" : x}`).join(", ");
}

function simRows(s: SimulationResult, lang: Lang): { head: string[]; rows: string[][] } {
  const head = [
    t("group", lang),
    t("cases", lang),
    t("exact", lang),
    "P5",
    "P50",
    "P95",
    `${t("ratio", lang)} P5–P95`,
    t("pos", lang),
  ];
  const rows = [...s.groups, s.total].map((g) => [
    groupName(g, lang),
    String(g.cases),
    formatEuro(g.exact.netReturn, lang),
    formatEuro(g.netReturn.p5, lang),
    formatEuro(g.netReturn.p50, lang),
    formatEuro(g.netReturn.p95, lang),
    g.ratio ? `${num(g.ratio.p5, lang)} – ${num(g.ratio.p95, lang)}` : "—",
    num(g.probabilityPositive, lang),
  ]);
  return { head, rows };
}

// The results carry their method in English as data; a Dutch report says the same in Dutch.
const METHOD_NL: Record<string, string> = {
  simulation:
    "Elke trekking prijst alle casussen met prijzen getrokken binnen hun bandbreedte (trekking k gebruikt stroom k van de geseede xoshiro128**-generator) en één contrafactisch alternatief, getrokken naar zijn kans. Regels beginnen bij hun exacte, afgeronde kosten tegen lijstprijzen; een trekking telt hoeveelheid × (getrokken − lijstprijs) op, zonder afronding. Percentielen: lineaire interpolatie tussen rangen (type 7). Bedragen worden alleen voor weergave op centen afgerond.",
  tornado:
    "Eenzijdige gevoeligheid: elke prijsregel met een bandbreedte wordt op zijn lage en op zijn hoge prijs gezet terwijl alle andere prijzen op het lijstbedrag blijven, en alle casussen worden exact doorgerekend (regels half-up op centen afgerond). Tussen afrondingen is het netto rendement lineair in de prijs, N(p) = R + p·Q, dus de omslagprijs −R/Q is exact op de regelafrondingen na (hoogstens een halve cent per regel met die prijs).",
  whatif:
    "Gecorrigeerde vermeden kosten van een casus, per financier: één keer half-up op centen afgerond (halve centen naar boven), van de som over de regels van (de bijdrage van de regel aan de vermeden kosten: + contrafactische kosten × kans van het alternatief, − kosten van actuele regels die geen inzet zijn) × (1 − deadweight) × (1 − verplaatsing) × (1 − attributie) × (1 − drop-off)^(jaar − 1); elk percentage dat van de prijsregel, anders van het domein, anders het algemene, anders 0. Het cijfer van de casus is de som over financiers; totalen zijn sommen van casussen. Jaar t wordt verdisconteerd met (1 + r)^(t − 1) en op centen afgerond; de inzet valt aan het begin van jaar 1.",
};

function methodText(kind: keyof typeof METHOD_NL & string, english: string, lang: Lang): string {
  return lang === "nl" ? (METHOD_NL[kind] as string) : english;
}

function tornadoRows(tr: TornadoResult, lang: Lang): { head: string[]; rows: string[][] } {
  return {
    head: [
      t("item", lang),
      t("low", lang),
      t("high", lang),
      t("atLow", lang),
      t("atHigh", lang),
      t("swing", lang),
      t("switching", lang),
    ],
    // The same code in two list versions is two rows: name the version then.
    rows: tr.rows.map((r) => [
      tr.rows.filter((x) => x.item === r.item).length > 1 ? `${r.item} (${r.pricelist})` : r.item,
      formatEuro(r.low, lang),
      formatEuro(r.high, lang),
      formatEuro(r.netAtLow, lang),
      formatEuro(r.netAtHigh, lang),
      formatEuro(r.swing, lang),
      r.switchingValue !== undefined ? `${num(r.switchingValue, lang)}${r.switchingWithinRange ? "" : " *"}` : "—",
    ]),
  };
}

// The legend of the "*" after a switching value, in every format that shows the mark.
const OUTSIDE = { nl: "* buiten de bandbreedte van de prijs", en: "* outside the item's range" } as const;
const outsideRange = (tr: TornadoResult) =>
  tr.rows.some((r) => r.switchingValue !== undefined && !r.switchingWithinRange);

/** @internal */
export function simulationMarkdown(s: SimulationResult, tr: TornadoResult | undefined, lang: Lang = "nl"): string {
  const a = simRows(s, lang);
  const out = [
    `# ${t("simTitle", lang)}`,
    "",
    `${t("draws", lang)}: ${s.draws} · ${t("seed", lang)}: ${s.seed} · ${t("dist", lang)}: ${s.distribution} · ${s.lists.map((l) => `${l.id}@${l.version} (${l.priceYear}, ${l.fingerprint.slice(0, 12)})`).join(", ")}`,
    "",
    `## ${t("net", lang)}`,
    "",
    markdownTable(a.head, a.rows, ["l", "r", "r", "r", "r", "r", "r", "r"]),
  ];
  if (tr && tr.rows.length > 0) {
    const b = tornadoRows(tr, lang);
    out.push("", `## ${t("tornado", lang)}`, "", markdownTable(b.head, b.rows, ["l", "r", "r", "r", "r", "r", "r"]));
    if (outsideRange(tr)) out.push("", `\\${OUTSIDE[lang]}`);
  }
  out.push(
    "",
    `## ${t("method", lang)}`,
    "",
    methodText("simulation", s.method, lang),
    ...(tr ? ["", methodText("tornado", tr.method, lang)] : []),
  );
  return `${out.join("\n")}\n`;
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function htmlTable(head: readonly string[], rows: readonly (readonly string[])[]): string {
  return `<table>\n<thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join("")}</tr></thead>\n<tbody>\n${rows.map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<td>${esc(c)}</td>` : `<td class="num">${esc(c)}</td>`)).join("")}</tr>`).join("\n")}\n</tbody>\n</table>`;
}

/** @internal A self-contained HTML page (no scripts, no external resources). */
export function simulationHtml(s: SimulationResult, tr: TornadoResult | undefined, lang: Lang = "nl"): string {
  const a = simRows(s, lang);
  const parts = [
    `<!doctype html>\n<html lang="${lang}">\n<head><meta charset="utf-8"><title>${esc(t("simTitle", lang))}</title>`,
    "<style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:72rem}table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #ccc;padding:.3rem .6rem}td.num{text-align:right;font-variant-numeric:tabular-nums}</style></head>\n<body>",
    `<h1>${esc(t("simTitle", lang))}</h1>`,
    `<p>${esc(`${t("draws", lang)}: ${s.draws} · ${t("seed", lang)}: ${s.seed} · ${t("dist", lang)}: ${s.distribution}`)}</p>`,
    `<h2>${esc(t("net", lang))}</h2>`,
    htmlTable(a.head, a.rows),
  ];
  if (tr && tr.rows.length > 0) {
    const b = tornadoRows(tr, lang);
    parts.push(`<h2>${esc(t("tornado", lang))}</h2>`, htmlTable(b.head, b.rows));
    if (outsideRange(tr)) parts.push(`<p>${esc(OUTSIDE[lang])}</p>`);
  }
  parts.push(
    `<h2>${esc(t("method", lang))}</h2>`,
    `<p>${esc(methodText("simulation", s.method, lang))}</p>`,
    ...(tr ? [`<p>${esc(methodText("tornado", tr.method, lang))}</p>`] : []),
    "</body>\n</html>\n",
  );
  return parts.join("\n");
}

/** @internal */
export function whatIfMarkdown(w: WhatIfResult, lang: Lang = "nl"): string {
  const yn = (b: boolean) => t(b ? "yes" : "no", lang);
  const fig = (k: keyof WhatIfTotals, label: string, adj?: string) => [
    label,
    w.base.totals[k] ?? "—",
    w.scenario.totals[k] ?? "—",
    adj ?? "—",
  ];
  const money = (row: string[]) =>
    row.map((c, i) => (i > 0 && c !== "—" && /^-?\d+\.\d\d$/.test(c) ? formatEuro(c, lang) : c));
  const s = w.scenario.totals;
  const rows = [
    fig("counterfactualCost", t("C", lang)),
    fig("actualCost", t("A", lang)),
    fig("interventionCost", t("I", lang), s.interventionCost),
    fig("avoidedCost", t("B", lang), s.adjustedAvoidedCost),
    fig("netReturn", t("net", lang), s.adjustedNetReturn),
    fig("ratio", t("ratio", lang), s.adjustedRatio),
  ]
    .map(money)
    .map((r) => r.map((c, i) => (i > 0 && /^-?\d+\.\d{4}$/.test(c) ? num(c, lang) : c)));
  const p = w.projection;
  const out = [
    `# ${t("whatTitle", lang)}`,
    "",
    `## ${t("assumptions", lang)}`,
    "",
    markdownTable(
      [t("name", lang), t("scope", lang), t("value", lang), t("isDefault", lang)],
      w.assumptions.map((a) => [a.name, a.scope ?? "", a.value, yn(a.default)]),
    ),
    "",
    `## ${t("figure", lang)}`,
    "",
    markdownTable([t("figure", lang), t("base", lang), t("scenario", lang), t("adjusted", lang)], rows, [
      "l",
      "r",
      "r",
      "r",
    ]),
    "",
    `## ${t("projection", lang)}`,
    "",
    markdownTable(
      [t("year", lang), t("B", lang), t("factor", lang), t("pv", lang), t("cum", lang)],
      p.years.map((y) => [
        String(y.year),
        formatEuro(y.avoidedCost, lang),
        num(y.discountFactor, lang),
        formatEuro(y.presentValue, lang),
        formatEuro(y.cumulativePresentValue, lang),
      ]),
      ["r", "r", "r", "r", "r"],
    ),
    "",
    `${t("pv", lang)}: ${formatEuro(p.presentValue, lang)} · ${t("npv", lang)}: ${formatEuro(p.netPresentValue, lang)} · ${t("payback", lang)}: ${p.paybackYears !== undefined ? num(p.paybackYears, lang) : t("none", lang)}`,
    "",
    `## ${t("method", lang)}`,
    "",
    methodText("whatif", w.method, lang),
  ];
  return `${out.join("\n")}\n`;
}
