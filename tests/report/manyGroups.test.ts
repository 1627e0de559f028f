import { describe, expect, it } from "vitest";
import { rollupHtml } from "../../src/report/rollupHtml.js";
import { createRollup } from "../../src/rollup/createRollup.js";
import { finalizeRollup } from "../../src/rollup/finalizeRollup.js";
import { result } from "../rollup/fixtures.js";

describe("reports with very many groups", () => {
  it("an HTML roll-up of 100,000 wijken renders; its chart keeps the 19 largest and sums the others exactly", () => {
    const r = createRollup(["wijk"]);
    for (let i = 0; i < 100_000; i++)
      r.add(result({ id: `c${i}`, wijk: `W${i}`, start: "2024-01-01", payers: { zvw: [100 + i, 50, 0] } }));
    const html = rollupHtml(finalizeRollup(r.aggregate()));
    const chart = html.slice(html.indexOf("<svg"), html.indexOf("</svg>"));
    expect(chart.match(/text-anchor="end"/g)).toHaveLength(20);
    expect(chart).toContain("W99999");
    // the other 99,981 wijken: Σ (100 + i) cents for i < 99,981, and 99,981 × 50 cents
    expect(chart).toContain("overige groepen (99981)");
    expect(chart).toContain(
      `€ ${((99_981 * (100 + 100 + 99_980)) / 2 / 100).toLocaleString("nl-NL", { minimumFractionDigits: 2 })}`,
    );
  }, 300_000);
});
