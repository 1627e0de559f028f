import { formatEuro } from "../money/formatEuro.js";
import { amountToCents } from "../money/parseDecimal.js";
import { escapeHtml } from "./escapeHtml.js";
import type { Lang } from "./labels.js";

/** @internal One category of a paired bar chart. */
export interface BarPair {
  readonly label: string;
  /** Two-decimal euro strings. */
  readonly first: string;
  readonly second: string;
}

/**
 * @internal A self-contained SVG of paired horizontal bars (e.g. without
 * against with intervention per wijk). Bar lengths use integer arithmetic on
 * cents; every text is escaped.
 */
export function svgBarChart(
  pairs: readonly BarPair[],
  names: readonly [string, string],
  title: string,
  lang: Lang,
): string {
  const W = 860;
  const labelW = 190;
  const valueW = 130;
  const barMax = W - labelW - valueW - 20;
  const barH = 14;
  const rowH = 2 * barH + 16;
  const top = 56;
  const H = top + pairs.length * rowH + 10;
  const max = Math.max(
    1,
    ...pairs.flatMap((p) => [Math.abs(amountToCents(p.first)), Math.abs(amountToCents(p.second))]),
  );
  const len = (s: string): number => Math.round((Math.max(0, amountToCents(s)) * barMax) / max);
  const colors = ["#1f4e79", "#e07b00"] as const;
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="100%" role="img" aria-labelledby="chart-title" class="chart">`,
  );
  parts.push(`<title id="chart-title">${escapeHtml(title)}</title>`);
  parts.push(`<text x="0" y="18" font-size="15" font-weight="600" fill="#222">${escapeHtml(title)}</text>`);
  names.forEach((n, i) => {
    const x = labelW + i * 260;
    parts.push(
      `<rect x="${x}" y="30" width="12" height="12" fill="${colors[i]}"/><text x="${x + 18}" y="40" font-size="12" fill="#222">${escapeHtml(n)}</text>`,
    );
  });
  pairs.forEach((p, k) => {
    const y = top + k * rowH;
    parts.push(
      `<text x="${labelW - 8}" y="${y + barH + 4}" font-size="12" text-anchor="end" fill="#222">${escapeHtml(p.label)}</text>`,
    );
    [p.first, p.second].forEach((v, i) => {
      const yy = y + i * barH;
      const w = len(v);
      parts.push(
        `<rect x="${labelW}" y="${yy}" width="${w}" height="${barH - 2}" fill="${colors[i]}"><title>${escapeHtml(`${p.label}: ${names[i]} ${formatEuro(v, lang)}`)}</title></rect>`,
      );
      parts.push(
        `<text x="${labelW + w + 6}" y="${yy + barH - 3}" font-size="11" fill="#444">${escapeHtml(formatEuro(v, lang))}</text>`,
      );
    });
  });
  parts.push("</svg>");
  return parts.join("");
}
