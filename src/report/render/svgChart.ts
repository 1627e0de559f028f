import { formatEuro } from "../../money/formatEuro.js";
import { amountToCents } from "../../money/parseDecimal.js";
import type { Lang } from "../labels.js";
import type { ChartBlock } from "../model.js";
import { escapeHtml } from "./escapeHtml.js";
import { formatDecimal } from "./formatInline.js";

const COLOURS = ["#1f4e79", "#e07b00", "#2e7d32", "#8e24aa"] as const;

/** @internal Hundredths of a decimal string, for bar lengths only (scores and euros alike). */
const size = (v: string): number => Math.abs(amountToCents(v));

/**
 * @internal A chart block as a self-contained SVG of horizontal grouped bars.
 * Bar lengths are integer arithmetic on hundredths; every text is escaped.
 * The largest value is found with a loop, so a chart of any size renders
 * (the builders keep charts to a readable number of bars).
 */
export function svgChart(c: ChartBlock, lang: Lang, id: string): string {
  const W = 860;
  const labelW = 200;
  const barMax = W - labelW - 140;
  const barH = 14;
  const rowH = c.series.length * barH + 16;
  const top = 56;
  const H = top + c.bars.length * rowH + 10;
  let max = 1;
  for (const b of c.bars) for (const v of b.values) max = Math.max(max, size(v));
  const show = (v: string) => (c.unit === "amount" ? formatEuro(v, lang) : formatDecimal(v, lang));
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="100%" role="img" aria-labelledby="${id}" class="chart">`,
    `<title id="${id}">${escapeHtml(c.title)}</title>`,
    `<text x="0" y="18" font-size="15" font-weight="600" fill="#222">${escapeHtml(c.title)}</text>`,
  ];
  c.series.forEach((n, i) => {
    const x = labelW + i * 260;
    out.push(
      `<rect x="${x}" y="30" width="12" height="12" fill="${COLOURS[i % 4]}"/><text x="${x + 18}" y="40" font-size="12" fill="#222">${escapeHtml(n)}</text>`,
    );
  });
  c.bars.forEach((b, k) => {
    const y = top + k * rowH;
    // Long names are shortened on the chart; the full name is in its tooltip and in the tables.
    const label = [...b.label].length > 30 ? `${[...b.label].slice(0, 29).join("")}…` : b.label;
    out.push(
      `<text x="${labelW - 8}" y="${y + barH + 4}" font-size="12" text-anchor="end" fill="#222">${escapeHtml(label)}<title>${escapeHtml(b.label)}</title></text>`,
    );
    b.values.forEach((v, i) => {
      const yy = y + i * barH;
      const w = amountToCents(v) > 0 ? Math.round((size(v) * barMax) / max) : 0;
      out.push(
        `<rect x="${labelW}" y="${yy}" width="${w}" height="${barH - 2}" fill="${COLOURS[i % 4]}"><title>${escapeHtml(`${b.label}: ${c.series[i] ?? ""} ${show(v)}`)}</title></rect>`,
        `<text x="${labelW + w + 6}" y="${yy + barH - 3}" font-size="11" fill="#444">${escapeHtml(show(v))}</text>`,
      );
    });
  });
  out.push("</svg>");
  return out.join("");
}
