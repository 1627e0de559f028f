import { describe, expect, it } from "vitest";
import { rollupMarkdown } from "../../src/report/rollupMarkdown.js";
import { createRollup } from "../../src/rollup/createRollup.js";
import { finalizeRollup } from "../../src/rollup/finalizeRollup.js";
import { result } from "../rollup/fixtures.js";

const r = createRollup(["wijk", "programme"]);
// A: C 1500, A 300, I 250 → net 1200, B 1450, ratio 5.8000; the wijk name carries a pipe and a tag
r.add(
  result({
    id: "a",
    wijk: "Noord | <b>oud</b>",
    start: "2024-01-01",
    payers: { gemeente: [100000, 30000, 25000], zvw: [50000, 0, 0] },
    unexplained: 1,
  }),
);
const table = finalizeRollup(r.aggregate());

describe("rollupMarkdown", () => {
  it("shows totals per group in Dutch with an escaped wijk name and no programme as such", () => {
    const md = rollupMarkdown(table);
    expect(md).toContain("# Maatschappelijk rendement per groep");
    expect(md).toContain(
      "| Noord &#124; &lt;b&gt;oud&lt;/b&gt; | (geen programma) | 1 | € 1.500,00 | € 300,00 | € 250,00 | € 1.450,00 | € 1.200,00 | 5,8000 |",
    );
    expect(md).toContain("| **Totaal** |  | **1** | **€ 1.500,00** |");
    expect(md).not.toContain("<b>");
  });

  it("shows a hostile wijk name as typed: no link, emphasis or code", () => {
    const h = createRollup(["wijk"]);
    h.add(
      result({
        id: "h",
        wijk: "[klik](javascript:alert(1)) **vet** `x` _y_ ~z~",
        start: "2024-01-01",
        payers: { zvw: [100, 0, 0] },
      }),
    );
    const md = rollupMarkdown(finalizeRollup(h.aggregate()));
    expect(md).toContain(
      "| &#91;klik&#93;(javascript:alert(1)) &#42;&#42;vet&#42;&#42; &#96;x&#96; &#95;y&#95; &#126;z&#126; | 1 |",
    );
    expect(md).not.toMatch(/\[klik\]|\*\*vet/);
  });

  it("gives the payer matrix and the lists, and English on request", () => {
    const md = rollupMarkdown(table, { lang: "en", synthetic: true });
    // gemeente: invested 250, gained 1000 − 300 + 250 = 950, net 700; zvw: gained 500, net 500
    expect(md).toContain("| gemeente | €1,000.00 | €300.00 | €250.00 | €950.00 | €700.00 |");
    expect(md).toContain("> Synthetic data");
    expect(md).toContain("## Price lists used");
  });
});
