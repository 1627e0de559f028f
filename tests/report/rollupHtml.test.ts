import { describe, expect, it } from "vitest";
import { rollupHtml } from "../../src/report/rollupHtml.js";
import { rollupCases } from "../../src/rollup/rollupCases.js";
import { districtResults, XSS } from "./helpers.js";

describe("rollupHtml", () => {
  const results = districtResults(true);

  it("is one self-contained document: inline CSS and SVG, no script, no network", () => {
    const html = rollupHtml(rollupCases(results, ["wijk"]));
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="nl">/);
    expect(html).toContain("<style>");
    expect(html).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
    expect(html).not.toMatch(/<script|<link|@import|url\(|src="http|href="http/);
    expect(html).toContain("Totalen per groep");
    expect(html).toContain("Wie investeert, wie wint");
    expect(html).toContain("Welbevinden");
    expect(html).toMatch(/[0-9a-f]{64}/);
  });

  it("escapes every user text: a hostile wijk name stays text", () => {
    const html = rollupHtml(rollupCases(results, ["wijk", "programme"]));
    expect(html).not.toContain(XSS);
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(&#39;wijk&#39;)&quot;&gt;&amp;amp;");
  });

  it("shows Dutch euros by default and English on request", () => {
    const t = rollupCases(results.slice(0, 20), ["wijk"]);
    expect(rollupHtml(t)).toMatch(/€ \d{1,3}(\.\d{3})*,\d\d/);
    const en = rollupHtml(t, { lang: "en", title: "District" });
    expect(en).toContain('<html lang="en">');
    expect(en).toContain("<title>District</title>");
    expect(en).toMatch(/€\d{1,3}(,\d{3})*\.\d\d/);
  });

  it("depends only on its input (no clock): the same table gives the same bytes", () => {
    const t = rollupCases(results, ["quarter"]);
    expect(rollupHtml(t)).toBe(rollupHtml(rollupCases([...results].reverse(), ["quarter"])));
  });
});
