import type { Lang } from "../labels.js";
import type { Block, Cell, Inline, Inlines, ReportDocument, TableBlock } from "../model.js";
import { escapeHtml } from "./escapeHtml.js";
import { inlineText } from "./formatInline.js";
import { textInlines } from "./renderText.js";
import { svgChart } from "./svgChart.js";

// One stylesheet for every report. Screens from 390 px wide up, and A4 paper:
// - wide: the page is at most 80rem; tables take the width, headers wrap, figures never do;
// - narrow (< 52rem): each table row becomes a card of "column: value" lines, so nothing scrolls sideways;
// - print: A4 with margins, no cards background, rows and charts not split over pages.
/** @internal */
export const REPORT_CSS = `*{box-sizing:border-box}
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;margin:0 auto;max-width:80rem;padding:1rem 1rem 2rem;color:#1b1b1b;line-height:1.4;overflow-wrap:anywhere}
h1{font-size:1.6rem;margin:.5rem 0 .4rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ccc;padding-bottom:.2rem}h3{font-size:1rem;margin-top:1.2rem}
table{border-collapse:collapse;width:100%;font-size:.8rem;margin:.5rem 0 1rem}th,td{padding:.3rem .4rem;border-bottom:1px solid #e3e3e3;vertical-align:top;text-align:left}
th{background:#f3f5f8;font-weight:600;overflow-wrap:normal;hyphens:auto}td.n,th.n{text-align:right}td.n{font-variant-numeric:tabular-nums;white-space:nowrap}
tr.total td{font-weight:700;border-top:2px solid #888}.neg{color:#a40000}
.note{color:#555;font-size:.85rem}.warning{background:#fff4d6;border:1px solid #e0c060;padding:.5rem .8rem;border-radius:6px}
.summary{background:#eef4fb;border-left:.3rem solid #1f4e79;padding:.6rem .9rem;margin:1rem 0;font-size:1rem}
.figures{display:flex;flex-wrap:wrap;gap:.6rem;margin:1rem 0;padding:0;list-style:none}.figures li{background:#f3f5f8;border-radius:6px;padding:.5rem .8rem;flex:1 1 10rem}
.figures b{display:block;font-size:1.1rem;white-space:nowrap}
dl.glossary{display:grid;grid-template-columns:minmax(8rem,16rem) 1fr;gap:.2rem 1rem;font-size:.85rem}dl.glossary dt{font-weight:600}dl.glossary dd{margin:0}
code{font-size:.85em;word-break:break-all}.nw{white-space:nowrap}svg.chart{max-width:100%;height:auto;display:block;margin:1rem 0}
h2.confirmed,h2.overclaimed,h2.underclaimed,h2.unverifiable{border-left:.4rem solid #616161;padding-left:.5rem}
h2.confirmed{border-left-color:#2e7d32}h2.overclaimed{border-left-color:#c62828}h2.underclaimed{border-left-color:#f9a825}
footer{color:#777;font-size:.8rem;margin-top:2rem}
@media (max-width:52rem){table,tbody,tr,th,td{display:block;width:100%}thead{display:none}
tr{border:1px solid #ddd;border-radius:6px;margin:0 0 .6rem;padding:.2rem .4rem}td,td.n{display:flex;justify-content:space-between;gap:.8rem;text-align:right;border:0;padding:.15rem 0}
td::before{content:attr(data-label);font-weight:600;text-align:left;white-space:normal;flex:1 1 auto}td:not(.n){text-align:left}
td:empty{display:none}table.kv td::before{content:none}dl.glossary{grid-template-columns:1fr}dl.glossary dd{margin:0 0 .4rem}}
table.many,table.many tbody,table.many tr,table.many td{display:block;width:100%}table.many thead{display:none}
table.many tr{border:1px solid #ddd;border-radius:6px;margin:0 0 .6rem;padding:.2rem .4rem;break-inside:avoid}
table.many td,table.many td.n{display:flex;justify-content:space-between;gap:.8rem;border:0;padding:.15rem 0}table.many td::before{content:attr(data-label);font-weight:600}
@media print{@page{size:A4;margin:15mm}body{max-width:none;padding:0;font-size:9pt}table{font-size:7.5pt}th{background:none}
tr,svg.chart,.figures,dl.glossary div{break-inside:avoid}h2,h3{break-after:avoid}thead{display:table-header-group}
.summary{border:1px solid #999}.figures li{border:1px solid #ccc;background:none}}`;

/** @internal The Content-Security-Policy of every HTML report: no scripts, fonts or network, inline styles only. */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** The longest part of a code kept on one line: longer ones (a fingerprint) may break anywhere on a phone. */
const WHOLE_PART = 32;

/**
 * A code breaks only between its parts (after a dot before a letter: `wonen.` `huisuitzetting.` `directe-kosten`),
 * never inside one, nor inside a number (`0.25`, `2024.1`); a part too long for a narrow screen (a 64-digit
 * fingerprint) may break anywhere.
 */
function code(text: string): string {
  const parts = text.split(/(?<=\.)(?=\D)/);
  if (parts.length === 1) return `<code${text.length <= WHOLE_PART ? ' class="nw"' : ""}>${escapeHtml(text)}</code>`;
  const html = parts.map((p) => (p.length <= WHOLE_PART ? `<span class="nw">${escapeHtml(p)}</span>` : escapeHtml(p)));
  return `<code>${html.join("<wbr>")}</code>`;
}

function inline(x: Inline, lang: Lang): string {
  if (typeof x === "string") return escapeHtml(x);
  if (x.kind === "code") return code(x.text);
  // An amount (€ 1.395.689,02) never breaks, neither after the euro sign nor between its digits.
  const s =
    x.kind === "amount"
      ? `<span class="nw">${escapeHtml(inlineText(x, lang).replace(/ /g, "\u00a0"))}</span>`
      : escapeHtml(inlineText(x, lang));
  return "strong" in x && x.strong ? `<strong>${s}</strong>` : s;
}

/** @internal A run of inlines as HTML. */
export function htmlInlines(xs: Cell, lang: Lang): string {
  return (Array.isArray(xs) ? (xs as Inlines) : [xs as Inline]).map((x) => inline(x, lang)).join("");
}

const negative = (c: Cell): boolean =>
  !Array.isArray(c) &&
  typeof c !== "string" &&
  (c as Inline & object).kind === "amount" &&
  /^-(?!0*(\.0*)?$)/.test((c as { value: string }).value);

function table(b: TableBlock, lang: Lang): string {
  const cls = (i: number, extra = "") => {
    const n = b.columns[i]?.align === "r" ? "n" : "";
    const all = [n, extra].filter((s) => s !== "").join(" ");
    return all === "" ? "" : ` class="${all}"`;
  };
  const head = b.headless
    ? ""
    : `<thead><tr>${b.columns.map((c, i) => `<th${cls(i)}${c.explain ? ` title="${escapeHtml(c.explain)}"` : ""}>${escapeHtml(c.title)}</th>`).join("")}</tr></thead>`;
  const rows = b.rows.map((r) => {
    const tr = [r.total ? "total" : "", r.tone ?? ""].filter((s) => s !== "").join(" ");
    const tds = r.cells.map((c, i) => {
      const label = b.headless ? "" : ` data-label="${escapeHtml(b.columns[i]?.title ?? "")}"`;
      return `<td${cls(i, negative(c) ? "neg" : "")}${label}>${htmlInlines(c, lang)}</td>`;
    });
    return `<tr${tr === "" ? "" : ` class="${tr}"`}>${tds.join("")}</tr>`;
  });
  // Tables with more columns than a page holds are shown as one card per row at every width.
  const name = [b.name, b.headless ? "kv" : "", b.columns.length > 10 ? "many" : ""].filter((s) => s !== "").join(" ");
  return `<table class="${escapeHtml(name)}">${head}<tbody>${rows.join("")}</tbody></table>`;
}

function block(b: Block, lang: Lang, k: number): string {
  switch (b.kind) {
    case "heading":
      return `<h${b.level}${b.tone ? ` class="${escapeHtml(b.tone)}"` : ""}>${htmlInlines(b.content, lang)}</h${b.level}>`;
    case "paragraph":
      return `<p>${htmlInlines(b.content, lang)}</p>`;
    case "note":
      return `<p class="${b.tone}">${htmlInlines(b.content, lang)}</p>`;
    case "list":
      return `<ul>${b.items.map((i) => `<li>${htmlInlines(i, lang)}</li>`).join("")}</ul>`;
    case "table":
      return table(b, lang);
    case "figures":
      return `<ul class="figures">${b.items.map((i) => `<li>${escapeHtml(i.label)}<b>${htmlInlines(i.value, lang)}</b></li>`).join("")}</ul>`;
    case "glossary":
      return `<dl class="glossary">${b.entries.map((e) => `<div style="display:contents"><dt>${escapeHtml(e.term)}</dt><dd>${escapeHtml(e.explain)}</dd></div>`).join("")}</dl>`;
    case "chart":
      return svgChart(b, lang, `chart-${k}`);
  }
}

/** @internal The document's blocks as HTML, without the page around them (notebooks show this). */
export function renderHtmlBody(doc: ReportDocument): string {
  return doc.blocks.map((b, k) => block(b, doc.lang, k)).join("\n");
}

/**
 * @internal The one HTML renderer: a self-contained page (inline CSS, inline
 * SVG, no scripts, no fonts, no network: a Content-Security-Policy forbids
 * them), every text escaped by {@link escapeHtml}, every figure formatted by
 * the language. The bytes depend only on the document.
 */
export function renderHtml(doc: ReportDocument): string {
  return `<!DOCTYPE html>
<html lang="${doc.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<title>${escapeHtml(textInlines(doc.title, doc.lang))}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
${renderHtmlBody(doc)}
<footer>rendement</footer>
</body>
</html>
`;
}
