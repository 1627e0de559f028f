import { describe, it } from "vitest";
import { caseResultsCsv } from "../../src/report/caseResultsCsv.js";
import { computeDocument, computeMarkdown } from "../../src/report/computeMarkdown.js";
import type { Lang } from "../../src/report/labels.js";
import { renderText } from "../../src/report/render/renderText.js";
import { rollupCsv } from "../../src/report/rollupCsv.js";
import { rollupHtml } from "../../src/report/rollupHtml.js";
import { rollupMarkdown } from "../../src/report/rollupMarkdown.js";
import { rollupDocument } from "../../src/report/rollupReport.js";
import { expectGolden } from "./goldenFiles.js";
import { districtEvaluation, districtRollup, wijkNames } from "./reportInputs.js";

const LANGS: readonly Lang[] = ["nl", "en"];

describe("golden reports: compute per case", () => {
  const ev = districtEvaluation();
  for (const lang of LANGS) {
    it(`compute ${lang}: md, text, csv`, () => {
      expectGolden(`compute/cases.${lang}.md`, computeMarkdown(ev, lang, { wijkNames }));
      expectGolden(`compute/cases.${lang}.txt`, renderText(computeDocument(ev, lang, wijkNames)));
      expectGolden(
        `compute/cases.${lang}.csv`,
        caseResultsCsv(ev.cases, { lang, dialect: lang === "nl" ? "nl" : "intl" }),
      );
    });
  }
});

describe("golden reports: roll-up", () => {
  const byWijk = districtRollup(["wijk"]);
  const byMany = districtRollup(["wijk", "programme", "quarter"]);
  const byPayer = districtRollup(["payer"]);
  for (const lang of LANGS) {
    it(`roll-up by wijk ${lang}: md, html, text, csv`, () => {
      const o = { lang, wijkNames, synthetic: true };
      expectGolden(`rollup/wijk.${lang}.md`, rollupMarkdown(byWijk, o));
      expectGolden(`rollup/wijk.${lang}.html`, rollupHtml(byWijk, o));
      expectGolden(`rollup/wijk.${lang}.txt`, renderText(rollupDocument(byWijk, o)));
      for (const table of ["groups", "payers", "wellbeing"] as const)
        expectGolden(
          `rollup/wijk-${table}.${lang}.csv`,
          rollupCsv(byWijk, { lang, table, dialect: lang === "nl" ? "nl" : "intl" }),
        );
    });
    it(`roll-up by wijk, programme, quarter and by payer ${lang}: md, html`, () => {
      expectGolden(`rollup/wijk-programme-quarter.${lang}.md`, rollupMarkdown(byMany, { lang }));
      expectGolden(`rollup/wijk-programme-quarter.${lang}.html`, rollupHtml(byMany, { lang }));
      expectGolden(`rollup/payer.${lang}.md`, rollupMarkdown(byPayer, { lang }));
    });
  }
});
