import { describe, it } from "vitest";
import { auditDocument } from "../../src/report/audit/auditBlocks.js";
import { auditCsv } from "../../src/report/audit/auditCsv.js";
import { auditHtml } from "../../src/report/audit/auditHtml.js";
import { auditMarkdown } from "../../src/report/audit/auditMarkdown.js";
import { caseResultsCsv } from "../../src/report/caseResultsCsv.js";
import { computeDocument, computeMarkdown } from "../../src/report/computeMarkdown.js";
import type { Lang } from "../../src/report/labels.js";
import { priceListDiffDocument, priceListDocument, priceListTable } from "../../src/report/pricelistReports.js";
import { renderCsv } from "../../src/report/render/renderCsv.js";
import { renderHtml } from "../../src/report/render/renderHtml.js";
import { renderMarkdown } from "../../src/report/render/renderMarkdown.js";
import { renderText } from "../../src/report/render/renderText.js";
import { rollupCsv } from "../../src/report/rollupCsv.js";
import { rollupHtml } from "../../src/report/rollupHtml.js";
import { rollupMarkdown } from "../../src/report/rollupMarkdown.js";
import { rollupDocument } from "../../src/report/rollupReport.js";
import {
  simulationDocument,
  simulationHtml,
  simulationMarkdown,
  whatIfDocument,
  whatIfMarkdown,
} from "../../src/report/scenarios/scenarioReports.js";
import { expectGolden } from "./goldenFiles.js";
import {
  districtEvaluation,
  districtRollup,
  exampleAudit,
  examplePriceLists,
  exampleSimulation,
  exampleWhatIf,
  wijkNames,
} from "./reportInputs.js";

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

describe("golden reports: audit, simulation, what-if, price lists", () => {
  const a = exampleAudit();
  const { sim, tornado } = exampleSimulation();
  const w = exampleWhatIf();
  const { list, diff } = examplePriceLists();
  for (const lang of LANGS) {
    it(`audit ${lang}: md, html, text, csv`, () => {
      expectGolden(`audit/audit.${lang}.md`, auditMarkdown(a, lang));
      expectGolden(`audit/audit.${lang}.html`, auditHtml(a, lang));
      expectGolden(`audit/audit.${lang}.txt`, renderText(auditDocument(a, lang)));
      expectGolden(`audit/audit.${lang}.csv`, auditCsv(a, { lang, dialect: lang === "nl" ? "nl" : "intl" }));
    });
    it(`simulation and what-if ${lang}: md, html, text`, () => {
      expectGolden(`simulation/simulation.${lang}.md`, simulationMarkdown(sim, tornado, lang));
      expectGolden(`simulation/simulation.${lang}.html`, simulationHtml(sim, tornado, lang));
      expectGolden(`simulation/simulation.${lang}.txt`, renderText(simulationDocument(sim, tornado, lang)));
      expectGolden(`whatif/whatif.${lang}.md`, whatIfMarkdown(w, lang));
      expectGolden(`whatif/whatif.${lang}.html`, renderHtml(whatIfDocument(w, lang)));
      expectGolden(`whatif/whatif.${lang}.txt`, renderText(whatIfDocument(w, lang)));
    });
    it(`pricelist show and diff ${lang}: md, text, csv`, () => {
      expectGolden(`pricelist/show.${lang}.md`, renderMarkdown(priceListDocument(list, lang)));
      expectGolden(`pricelist/show.${lang}.txt`, renderText(priceListDocument(list, lang)));
      expectGolden(`pricelist/show.${lang}.csv`, renderCsv(priceListTable(list, lang), lang === "nl" ? "nl" : "intl"));
      expectGolden(`pricelist/diff.${lang}.md`, renderMarkdown(priceListDiffDocument(diff, lang)));
      expectGolden(`pricelist/diff.${lang}.html`, renderHtml(priceListDiffDocument(diff, lang)));
    });
  }
});
