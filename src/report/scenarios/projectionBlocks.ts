/**
 * The multi-year value of a scenario as report blocks: the key figures with the timing and rate they
 * rest on, a small per-year table and chart, per payer and lens, and the continuation assumptions.
 * @internal
 */
import type { CsvDialect } from "../../csv/csvTable.js";
import type { FlowProjection, LensProjection } from "../../scenarios/projectFlows.js";
import { amount, euros } from "../figures.js";
import { hasWord, type Lang, t, yearsText } from "../labels.js";
import {
  type Block,
  type Cell,
  code,
  decimal,
  heading,
  type Inline,
  note,
  type TableBlock,
  text,
  year,
} from "../model.js";
import { renderCsv } from "../render/renderCsv.js";
import { sentence } from "../sentence.js";
import type { WordKey } from "../words/en.js";

const word = (key: string, lang: Lang): Inline => (hasWord(key) ? text(t(key, lang)) : text(key));

function scopeInline(scope: string, lang: Lang): Inline[] {
  const m = /^(domain|item):(.*)$/.exec(scope);
  return m ? [text(`${t(`scope.${m[1] as "domain" | "item"}`, lang)} `), code(m[2] as string)] : [text(scope)];
}

function keyFigures(p: FlowProjection, lang: Lang): Block {
  const b = p.budget;
  const row = (label: WordKey, value: Cell) => ({ cells: [t(label, lang), value] });
  return {
    kind: "table",
    name: "projection-figures",
    headless: true,
    columns: [
      { title: "", align: "l" },
      { title: "", align: "r" },
    ],
    rows: [
      row("assume.timing", word(`timing.${p.timing}`, lang)),
      row("assume.discountRate", decimal(p.discountRate)),
      row("pvBenefit", amount(b.benefitPresentValue)),
      row("pvCost", amount(b.costPresentValue)),
      row("npv", amount(b.netPresentValue, true)),
      row("bcr", b.benefitCostRatio !== undefined ? decimal(b.benefitCostRatio) : "—"),
      row("payback", b.paybackYears !== undefined ? decimal(b.paybackYears) : t("notWithin", lang)),
    ],
  };
}

function yearTable(l: LensProjection, lang: Lang): TableBlock {
  return {
    kind: "table",
    name: "projection",
    columns: [
      { title: t("year", lang), align: "l" },
      { title: t("yearBenefit", lang), align: "r" },
      { title: t("yearCost", lang), align: "r" },
      { title: t("factor", lang), align: "r" },
      { title: t("pvBenefitShort", lang), align: "r" },
      { title: t("pvCostShort", lang), align: "r" },
      { title: t("cumNpv", lang), align: "r" },
    ],
    rows: l.years.map((y) => ({
      cells: [
        year(y.label ?? y.year),
        amount(y.benefit),
        amount(y.cost),
        decimal(y.discountFactor),
        amount(y.benefitPresentValue),
        amount(y.costPresentValue),
        amount(y.cumulativeNetPresentValue),
      ],
    })),
  };
}

function payerTable(p: FlowProjection, lang: Lang): Block {
  const rows = (["budget", "societal"] as const).flatMap((lens) =>
    Object.entries(p[lens].byPayer).map(([payer, x]) => ({
      cells: [text(payer), t(`lens.${lens}`, lang), amount(x.invested), amount(x.gained), amount(x.net)],
    })),
  );
  return {
    kind: "table",
    name: "projection-payers",
    columns: [
      { title: t("payer", lang), align: "l" },
      { title: t("lens", lang), align: "l" },
      { title: t("invested", lang), align: "r" },
      { title: t("gained", lang), align: "r" },
      { title: t("net", lang), align: "r" },
    ],
    rows,
  };
}

/** The start of the projection's note when no case has a priced line (see projectFlows). */
const NO_FLOWS = "no case has a priced line";

function continuationNotes(p: FlowProjection, lang: Lang): Block[] {
  const out: Block[] = [];
  if (p.notes.some((n) => n.startsWith(NO_FLOWS))) out.push(note("note", ...sentence("projectionNoFlows", lang, {})));
  else if (p.continuation.length === 0)
    out.push(
      note(
        "note",
        ...sentence("continuationNone", lang, {
          first: text(String(p.firstYear)),
          last: text(String(p.lastObservedYear)),
        }),
      ),
    );
  for (const c of p.continuation)
    out.push(
      note(
        "note",
        ...sentence("continuationOne", lang, {
          scope: scopeInline(c.scope, lang),
          years: text(yearsText(c.years, lang)),
          from: text(String(c.fromYear)),
          base: amount(c.base),
          dropOff: decimal(c.dropOff),
        }),
        ...(c.reason !== undefined ? [text(` (${c.reason})`)] : []),
      ),
    );
  const end = p.firstYear + p.years - 1;
  if (p.notes.some((n) => n.startsWith("the horizon ends")))
    out.push(note("note", ...sentence("horizonCut", lang, { end: text(String(end)) })));
  return out;
}

/**
 * @internal The projection section of a scenario report: key figures (budget lens) with timing and
 * rate, the per-year table, a chart of the present values per year, per payer and lens, and the
 * continuation assumptions (or that there are none).
 */
export function projectionBlocks(p: FlowProjection, lang: Lang): Block[] {
  return [
    heading(2, text(t("projection", lang))),
    keyFigures(p, lang),
    ...continuationNotes(p, lang),
    heading(3, text(t("projectionYears", lang))),
    yearTable(p.budget, lang),
    {
      kind: "chart",
      title: t("projectionChart", lang),
      series: [t("pvBenefitShort", lang), t("pvCostShort", lang)],
      bars: p.budget.years.map((y) => ({
        label: String(y.label ?? y.year),
        values: [euros(y.benefitPresentValue), euros(y.costPresentValue)],
      })),
      unit: "amount",
    },
    heading(3, text(t("projectionPayers", lang))),
    payerTable(p, lang),
  ];
}

/**
 * The projection as CSV: one row per lens and year (the year's flows, discount factor,
 * present values and cumulative net present value), figures as plain decimals.
 *
 * @example
 * ```ts
 * projectionCsv(whatIf(cases, { catalog: bundledCatalog(), scenario: { horizon: 5 } }).projection, "nl");
 * ```
 */
export function projectionCsv(p: FlowProjection, lang: Lang, dialect: CsvDialect = "nl"): string {
  const years = (["budget", "societal"] as const).flatMap((lens) =>
    yearTable(p[lens], lang).rows.map((r) => ({ cells: [t(`lens.${lens}`, lang), ...r.cells] })),
  );
  const table = yearTable(p.budget, lang);
  return renderCsv(
    { ...table, columns: [{ title: t("lens", lang), align: "l" }, ...table.columns], rows: years },
    dialect,
  );
}
