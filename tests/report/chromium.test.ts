import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { rollupHtml } from "../../src/report/rollupHtml.js";
import { rollupCases } from "../../src/rollup/rollupCases.js";
import { districtResults } from "./helpers.js";

// The HTML report rendered in a real headless Chromium (Debian package `chromium`).
const CHROMIUM = "/usr/bin/chromium";
const has = existsSync(CHROMIUM);
// CI sets RENDEMENT_REQUIRE_CHROMIUM=1 so that a missing browser fails instead of skipping.
const required = process.env.RENDEMENT_REQUIRE_CHROMIUM === "1";

describe.skipIf(!has && !required)(
  `HTML report in headless Chromium${has ? "" : " (skipped: /usr/bin/chromium not installed; apt-get install -y chromium)"}`,
  () => {
    it("renders the district report with its wijken, totals and chart, and a hostile wijk name as text", () => {
      const dir = mkdtempSync(join(tmpdir(), "rendement-html-"));
      const file = join(dir, "report.html");
      const table = rollupCases(districtResults(true), ["wijk"]);
      writeFileSync(file, rollupHtml(table, { synthetic: true }));
      const args = [
        "scripts/check-html-report.mjs",
        file,
        "--expect",
        "Totalen per groep",
        "--expect",
        "Totaal",
        "--expect",
        "Synthetische gegevens",
      ];
      for (const r of table.rows) args.push("--expect", r.by.wijk as string);
      // the hostile name is shown as text, and no element came from it
      args.push("--expect", `<img src=x onerror="alert('wijk')">&amp;`, "--forbid", "<img", "--forbid", "<script");
      const out = execFileSync("node", args, { encoding: "utf8" });
      expect(out).toMatch(/^OK .*report\.html: "Maatschappelijk rendement per groep", 7 rows in the totals table/);
    });
  },
);
