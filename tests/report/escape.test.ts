import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeHtml } from "../../src/report/render/escapeHtml.js";
import { escapeMarkdown, markdownCode } from "../../src/report/render/escapeMarkdown.js";

// What a browser or Markdown viewer shows of an escaped text: entities decoded.
const decode = (s: string) =>
  s
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");

const HOSTILE = [
  "[klik](http://x) *vet*",
  "`code`",
  "<script>alert('x')</script>",
  "&lt;",
  "O'Brien",
  "a | b",
  "# kop",
];

describe("one escaper per format", () => {
  it("Markdown: hostile names become entities, no syntax survives", () => {
    expect(escapeMarkdown("[klik](http://x) *vet*")).toBe("&#91;klik&#93;(http://x) &#42;vet&#42;");
    expect(escapeMarkdown("`code`")).toBe("&#96;code&#96;");
    expect(escapeMarkdown("<script>")).toBe("&lt;script&gt;");
    expect(escapeMarkdown("&lt;")).toBe("&amp;lt;");
    expect(escapeMarkdown("- item")).toBe("&#45; item");
    expect(markdownCode("a`b")).toBe("``a`b``");
    for (const h of HOSTILE) expect(decode(escapeMarkdown(h))).toBe(h);
  });
  it("Markdown: any text reads back as typed and holds no live syntax character", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const e = escapeMarkdown(s);
        expect(decode(e)).toBe(s.replace(/\r\n?|\n/g, " "));
        expect(e.replace(/&(#\d+|amp|lt|gt);/g, "")).not.toMatch(/[<>`*_[\]~#|\\!&]/);
      }),
    );
  });
  it("HTML: any text reads back as typed; no tag, attribute or entity can start", () => {
    for (const h of HOSTILE) expect(decode(escapeHtml(h))).toBe(h);
    expect(escapeHtml(`'"<>&`)).toBe("&#39;&quot;&lt;&gt;&amp;");
    fc.assert(
      fc.property(fc.string(), (s) => {
        const e = escapeHtml(s);
        expect(decode(e)).toBe(s);
        expect(e.replace(/&(#\d+|amp|lt|gt|quot);/g, "")).not.toMatch(/[<>"'&]/);
      }),
    );
  });
});
