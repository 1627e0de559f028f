import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { allReports } from "./allReports.js";
import { CHROMIUM, measureLayout } from "./layoutProbe.js";

const has = existsSync(CHROMIUM);
// CI sets RENDEMENT_REQUIRE_CHROMIUM=1 so that a missing browser fails instead of skipping.
const required = process.env.RENDEMENT_REQUIRE_CHROMIUM === "1";

describe.skipIf(!has && !required)("HTML reports a board can read: no sideways scrolling (headless Chromium)", () => {
  const pages = [...allReports("nl"), ...allReports("en").filter(([n]) => n.startsWith("rollup/wijk."))].filter(([n]) =>
    n.endsWith(".html"),
  );
  for (const width of [1280, 390])
    it(`no element is wider than a ${width} px viewport, and no figure or code part wraps, in any HTML report`, () => {
      const problems = pages.flatMap(([name, html]) => {
        const m = measureLayout(html, width);
        const fits = m.viewport === width && m.scrollWidth <= width && m.wide.length === 0 && m.split.length === 0;
        return fits ? [] : [{ name, ...m }];
      });
      expect(problems).toEqual([]);
    }, 600_000);
});
