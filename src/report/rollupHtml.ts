import { formatEuro } from "../money/formatEuro.js";
import type { RollupRow, RollupTable } from "../rollup/types.js";
import { escapeHtml } from "./escapeHtml.js";
import { t } from "./labels.js";
import { decimal, dimensionLabel, dimensionValue, FIGURES, payersOf, percent, rowName } from "./rollupCells.js";
import type { RollupReportOptions } from "./rollupMarkdown.js";
import { svgBarChart } from "./svgBarChart.js";

const CSS = `body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;margin:2rem auto;max-width:90rem;padding:0 1rem;color:#222;line-height:1.4}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ccc;padding-bottom:.2rem}
table{border-collapse:collapse;width:100%;font-size:.85rem;margin:.5rem 0}th,td{padding:.3rem .5rem;border-bottom:1px solid #e3e3e3;vertical-align:top}
th{background:#f3f5f8;text-align:left}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
tr.total td{font-weight:700;border-top:2px solid #888}.neg{color:#a40000}.note{color:#555;font-size:.85rem}
.cards{display:flex;flex-wrap:wrap;gap:.8rem;margin:1rem 0}.card{background:#f3f5f8;border-radius:6px;padding:.6rem .9rem;min-width:10rem}
.card b{display:block;font-size:1.15rem}.synthetic{background:#fff4d6;border:1px solid #e0c060;padding:.5rem .8rem;border-radius:6px}
code{font-size:.8rem;word-break:break-all}svg.chart{max-width:60rem;display:block;margin:1rem 0}.wrap{overflow-x:auto}`;

/** @internal The report's sections without the document around them (also shown in notebooks). */
export function rollupHtmlBody(table: RollupTable, options: RollupReportOptions = {}): string {
  const lang = options.lang ?? "nl";
  const dims = table.groupBy;
  const eur = (s: string) => `<td class="n${s.startsWith("-") ? " neg" : ""}">${escapeHtml(formatEuro(s, lang))}</td>`;
  const num = (s: string) => `<td class="n">${escapeHtml(s)}</td>`;
  const th = (s: string, n = false) => `<th${n ? ' class="n"' : ""}>${escapeHtml(s)}</th>`;
  const out: string[] = [];
  const T = table.total;
  out.push(
    `<div class="cards">${[
      [t("cases", lang), String(T.cases)],
      [t("counterfactualCost", lang), formatEuro(T.counterfactualCost, lang)],
      [t("actualCost", lang), formatEuro(T.actualCost, lang)],
      [t("netReturn", lang), formatEuro(T.netReturn, lang)],
      [t("ratio", lang), decimal(T.ratio, lang)],
    ]
      .map(([k, v]) => `<div class="card">${escapeHtml(k as string)}<b>${escapeHtml(v as string)}</b></div>`)
      .join("")}</div>`,
  );

  // Totals per group
  out.push(`<h2>${escapeHtml(t("groups", lang))}</h2>`);
  const head = [
    ...dims.map((d) => th(dimensionLabel(d, lang))),
    th(t("cases", lang), true),
    ...FIGURES.map((f) => th(t(f, lang), true)),
    th(t("ratio", lang), true),
    th(t("societalNet", lang), true),
    th(t("unexplainedCases", lang), true),
  ];
  const row = (r: RollupRow, total: boolean) =>
    `<tr${total ? ' class="total"' : ""}>${dims.map((d, i) => `<td>${total ? (i === 0 ? escapeHtml(t("total", lang)) : "") : escapeHtml(dimensionValue(r, d, lang))}</td>`).join("")}${num(String(r.cases))}${FIGURES.map((f) => eur(r[f])).join("")}${num(decimal(r.ratio, lang))}${eur(r.societal.netReturn)}${num(String(r.unexplainedCases))}</tr>`;
  out.push(
    `<table class="groups"><thead><tr>${head.join("")}</tr></thead><tbody>${table.rows.map((r) => row(r, false)).join("")}${row(T, true)}</tbody></table>`,
  );
  if (dims.includes("payer")) out.push(`<p class="note">${escapeHtml(t("payerNote", lang))}</p>`);

  // Chart: counterfactual against actual per group
  const pairs = (dims.length > 0 ? table.rows : [T]).map((r) => ({
    label: rowName(r, dims, lang),
    first: r.counterfactualCost,
    second: r.actualCost,
  }));
  out.push(svgBarChart(pairs, [t("counterfactualCost", lang), t("actualCost", lang)], t("chartTitle", lang), lang));

  // Wrong-pocket matrix
  out.push(`<h2>${escapeHtml(t("payerMatrix", lang))}</h2>`);
  out.push(
    `<table class="payers"><thead><tr>${th(t("payer", lang))}${th(t("counterfactualCost", lang), true)}${th(t("actualCost", lang), true)}${th(t("invested", lang), true)}${th(t("gained", lang), true)}${th(t("net", lang), true)}</tr></thead><tbody>${T.payers.map((p) => `<tr><td>${escapeHtml(p.payer)}</td>${eur(p.counterfactualCost)}${eur(p.actualCost)}${eur(p.invested)}${eur(p.gained)}${eur(p.net)}</tr>`).join("")}</tbody></table>`,
  );
  if (dims.length > 0 && !dims.includes("payer")) {
    const payers = payersOf(table);
    out.push(`<h3>${escapeHtml(t("payerByGroup", lang))}</h3>`);
    out.push(
      `<table class="payer-groups"><thead><tr>${th("")}${payers.map((p) => th(p, true)).join("")}</tr></thead><tbody>${table.rows
        .map(
          (r) =>
            `<tr><td>${escapeHtml(rowName(r, dims, lang))}</td>${payers
              .map((p) => {
                const x = r.payers.find((q) => q.payer === p);
                return x ? eur(x.net) : num("–");
              })
              .join("")}</tr>`,
        )
        .join("")}</tbody></table>`,
    );
  }

  // Wellbeing
  if (T.wellbeing.length > 0) {
    out.push(`<h2>${escapeHtml(t("wellbeing", lang))}</h2>`);
    const rows: string[] = [];
    for (const r of dims.length > 0 ? [...table.rows, T] : [T])
      for (const w of r.wellbeing)
        rows.push(
          `<tr${r === T ? ' class="total"' : ""}><td>${escapeHtml(rowName(r, r === T ? [] : dims, lang))}</td><td>${escapeHtml(w.instrument)}</td>${[String(w.measured), decimal(w.meanBefore, lang), decimal(w.meanAfter, lang), decimal(w.meanDelta, lang), decimal(w.medianDelta, lang), percent(w.improved, w.measured, lang), percent(w.unchanged, w.measured, lang), percent(w.worse, w.measured, lang), String(w.beforeOnly)].map(num).join("")}</tr>`,
        );
    out.push(
      `<table class="wellbeing"><thead><tr>${th("")}${th(t("instrument", lang))}${[t("measured", lang), t("before", lang), t("after", lang), t("meanDelta", lang), t("medianDelta", lang), t("improved", lang), t("unchanged", lang), t("worse", lang), t("beforeOnly", lang)].map((s) => th(s, true)).join("")}</tr></thead><tbody>${rows.join("")}</tbody></table>`,
    );
  }

  // Lists
  out.push(`<h2>${escapeHtml(t("listsUsed", lang))}</h2>`);
  out.push(
    `<table class="lists"><thead><tr>${th(t("pricelist", lang))}${th(t("priceYear", lang))}${th(t("fingerprint", lang))}</tr></thead><tbody>${table.lists.map((l) => `<tr><td>${escapeHtml(`${l.id}@${l.version}`)}</td><td>${l.priceYear}</td><td><code>${escapeHtml(l.fingerprint)}</code></td></tr>`).join("")}</tbody></table>`,
  );
  out.push(`<p class="note">${escapeHtml(t("precision", lang))}</p>`);
  // Wide tables scroll sideways instead of spilling over the page.
  return out
    .join("\n")
    .replace(/<table /g, '<div class="wrap"><table ')
    .replace(/<\/table>/g, "</table></div>");
}

/**
 * A self-contained HTML report of a roll-up, in Dutch by default: inline CSS
 * and an inline SVG chart (counterfactual against actual per group), no
 * scripts, no network, no external fonts. Totals per group, the wrong-pocket
 * matrix, wellbeing before and after, and the lists used with their
 * fingerprints. All text from input (wijk names, programmes, payers) is
 * escaped. The output depends only on the table: no date or clock.
 *
 * @example
 * ```ts
 * const html = rollupHtml(rollupCases(evaluation.cases, ["wijk"]));
 * ```
 */
export function rollupHtml(table: RollupTable, options: RollupReportOptions = {}): string {
  const lang = options.lang ?? "nl";
  const title = options.title ?? t("rollupTitle", lang);
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(title)}</title>
<style>${CSS}</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
${options.synthetic ? `<p class="synthetic">${escapeHtml(t("synthetic", lang))}</p>\n` : ""}${rollupHtmlBody(table, options)}
<p class="note">rendement</p>
</body>
</html>
`;
}
