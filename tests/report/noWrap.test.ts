import { describe, expect, it } from "vitest";
import { amount } from "../../src/report/figures.js";
import { code, type ReportDocument } from "../../src/report/model.js";
import { renderHtmlBody } from "../../src/report/render/renderHtml.js";

const html = (content: ReportDocument["blocks"][number]): string =>
  renderHtmlBody({ title: "t", lang: "nl", blocks: [content] });

describe("HTML: figures and codes do not wrap inside themselves", () => {
  it("an amount is one unbreakable span: € 1.395.689,02 never splits after the euro sign or between digits", () => {
    expect(html({ kind: "paragraph", content: [amount("1395689.02")] })).toBe(
      '<p><span class="nw">€\u00a01.395.689,02</span></p>',
    );
    expect(html({ kind: "paragraph", content: [amount("-12.50", true)] })).toBe(
      '<p><strong><span class="nw">€\u00a0-12,50</span></strong></p>',
    );
  });

  it("a code breaks only after a dot, each part kept whole; a fingerprint may break anywhere on a phone", () => {
    expect(html({ kind: "paragraph", content: [code("sociaal-domein@2024")] })).toBe(
      '<p><code class="nw">sociaal-domein@2024</code></p>',
    );
    expect(html({ kind: "paragraph", content: [code("wonen.huisuitzetting.directe-kosten")] })).toBe(
      '<p><code><span class="nw">wonen.</span><wbr><span class="nw">huisuitzetting.</span><wbr><span class="nw">directe-kosten</span></code></p>',
    );
    // A number in a code (a rate, a distribution, a version) is never split at its decimal point.
    expect(html({ kind: "paragraph", content: [code("0.1:0.2:0.3")] })).toBe(
      '<p><code class="nw">0.1:0.2:0.3</code></p>',
    );
    expect(html({ kind: "paragraph", content: [code("item:zorg.ggz=0.25")] })).toBe(
      '<p><code><span class="nw">item:zorg.</span><wbr><span class="nw">ggz=0.25</span></code></p>',
    );
    const fingerprint = "2495fa910adc2d64663bb92ed1980a4821d5e1fc1d9f3e072c1020d018964474";
    expect(html({ kind: "paragraph", content: [code(fingerprint)] })).toBe(`<p><code>${fingerprint}</code></p>`);
  });
});
