/**
 * Simulation, tornado and what-if reports as documents of the one report
 * model, rendered by the one renderer of each format; Dutch by default.
 * @internal
 */

import { addCents } from "../../money/cents.js";
import type { CertaintyStatement } from "../../scenarios/certainty.js";
import { LENS_NAMES, type LensName, type LensReturn, type ScenarioLenses } from "../../scenarios/lenses.js";
import type {
  GroupSimulation,
  SimulatedLens,
  SimulatedLenses,
  SimulationResult,
} from "../../scenarios/summariseDraws.js";
import type { TornadoResult, TornadoRow, TornadoSwitching } from "../../scenarios/tornado.js";
import { TORNADO_YEARS_METHOD } from "../../scenarios/tornadoYears.js";
import type { ProbabilityJudgement } from "../../scenarios/uncertainProbabilities.js";
import type { Assumption, WhatIfResult, WhatIfTotals } from "../../scenarios/whatIf.js";
import { type AmountValue, amount, maybeAmount } from "../figures.js";
import { hasWord, type Lang, t, yearsText } from "../labels.js";
import {
  type Block,
  type Cell,
  type Column,
  code,
  decimal,
  heading,
  type Inline,
  integer,
  note,
  paragraph,
  type ReportDocument,
  type TableBlock,
  text,
  year,
} from "../model.js";
import { listedPmEntries, pmBlocks } from "../pmBlocks.js";
import { renderCsv } from "../render/renderCsv.js";
import { renderHtml } from "../render/renderHtml.js";
import { renderMarkdown } from "../render/renderMarkdown.js";
import { renderText, textInlines } from "../render/renderText.js";
import { type WijkNames, wijkName } from "../rollupCells.js";
import { listsTable } from "../rollupReport.js";
import { sentence } from "../sentence.js";
import { warningText } from "../warningText.js";
import type { WordKey } from "../words/en.js";
import { projectionBlocks } from "./projectionBlocks.js";
import { wellbyBlocks, wellbyLabel } from "./wellbyBlocks.js";

const col = (lang: Lang, key: WordKey | string, align: "l" | "r" = "r"): Column => ({
  title: hasWord(key) ? t(key, lang) : key,
  align,
});

/** What a scenario report (what-if, simulation) is told beside its result. */
export interface ScenarioReportOptions {
  /** Wijk names by code (`--wijken`, the case file's `wijken`): the report shows `name (code)`. */
  readonly wijkNames?: WijkNames | undefined;
}

function groupName(g: GroupSimulation, lang: Lang, names: WijkNames | undefined): string {
  const v = Object.entries(g.by);
  const value = (k: string, x: string) => (x === "" ? "—" : k === "wijk" ? wijkName(x, names) : x);
  return v.length === 0
    ? t("all", lang)
    : v.map(([k, x]) => `${hasWord(k) ? t(k, lang) : k}: ${value(k, x)}`).join(", ");
}

function simTable(s: SimulationResult, lang: Lang, names?: WijkNames | undefined): Block {
  return {
    kind: "table",
    name: "simulation",
    columns: [
      col(lang, "group", "l"),
      col(lang, "cases"),
      col(lang, "exact"),
      col(lang, "P5"),
      col(lang, "P50"),
      col(lang, "P95"),
      {
        title: `${t("ratioShort", lang)} P5–P95`,
        align: "r",
        split: [`${t("ratioShort", lang)} P5`, `${t("ratioShort", lang)} P95`],
      },
      col(lang, "pos"),
    ],
    rows: [...s.groups, s.total].map((g) => ({
      total: g === s.total && s.groups.length > 0,
      cells: [
        text(groupName(g, lang, names)),
        integer(g.cases),
        amount(g.exact.netReturn),
        amount(g.netReturn.p5),
        amount(g.netReturn.p50),
        amount(g.netReturn.p95),
        g.ratio ? [decimal(g.ratio.p5), " – ", decimal(g.ratio.p95)] : "—",
        decimal(g.probabilityPositive),
      ],
    })),
  };
}

const LENS_TITLE: Record<LensName, WordKey> = { budget: "lensBudget", societal: "lensSocietal" };

/** A lens of a what-if: per payer invested, gained and net, then the total. */
function lensTable(l: LensReturn, name: string, lang: Lang): Block {
  const row = (label: Cell, p: LensReturn["byPayer"][string], total = false) => ({
    total,
    cells: [label, amount(p.invested), amount(p.gained), amount(p.net)],
  });
  return {
    kind: "table",
    name,
    columns: [col(lang, "payer", "l"), col(lang, "invested"), col(lang, "gained"), col(lang, "net")],
    rows: [...Object.entries(l.byPayer).map(([payer, p]) => row(text(payer), p)), row(t("total", lang), l, true)],
  };
}

/** A lens of a simulation: per payer the exact figures, the percentiles of net and how often the payer gains. */
function simulatedLensTable(l: SimulatedLens, name: string, lang: Lang): Block {
  const row = (
    label: Cell,
    p: Omit<SimulatedLens, "byPayer" | "exact"> & { exact: LensReturn["byPayer"][string] },
  ) => ({
    cells: [
      label,
      amount(p.exact.invested),
      amount(p.exact.gained),
      amount(p.exact.net),
      amount(p.net.p5),
      amount(p.net.p50),
      amount(p.net.p95),
      decimal(p.probabilityPositive),
    ],
  });
  return {
    kind: "table",
    name,
    columns: [
      col(lang, "payer", "l"),
      col(lang, "invested"),
      col(lang, "gained"),
      col(lang, "net"),
      col(lang, "netP5"),
      col(lang, "netP50"),
      col(lang, "netP95"),
      col(lang, "pos"),
    ],
    rows: [
      ...Object.entries(l.byPayer).map(([payer, p]) => row(text(payer), p)),
      { ...row(t("total", lang), l), total: true },
    ],
  };
}

/** @internal The wrong-pocket tables of a what-if: both lenses, per payer. */
function whatIfLensBlocks(lenses: ScenarioLenses, lang: Lang): Block[] {
  return [
    heading(2, t("payerMatrix", lang)),
    ...LENS_NAMES.flatMap((k) => [heading(3, t(LENS_TITLE[k], lang)), lensTable(lenses[k], `lens-${k}`, lang)]),
    note("note", t("lensNote", lang)),
  ];
}

/** @internal The wrong-pocket tables of a simulation: both lenses, per payer, with how sure each figure is. */
function simulationLensBlocks(lenses: SimulatedLenses, lang: Lang): Block[] {
  return [
    heading(2, t("wrongPocket", lang)),
    ...LENS_NAMES.flatMap((k) => [
      heading(3, t(LENS_TITLE[k], lang)),
      simulatedLensTable(lenses[k], `lens-${k}`, lang),
    ]),
    note("note", t("wrongPocketNote", lang)),
  ];
}

// The results carry their method in English as data; a Dutch report says the same in Dutch.
const METHOD_NL: Record<string, string> = {
  simulation:
    "Elke trekking prijst alle casussen met prijzen getrokken binnen hun bandbreedte (trekking k gebruikt stroom k van de xoshiro128**-generator met de opgegeven startwaarde; prijzen van één correlatiegroep op hetzelfde kwantiel), trekt de SROI-percentages die als verdeling zijn gegeven, en trekt één contrafactisch alternatief naar zijn kans; waar de kansen onzeker zijn opgegeven (concentratie κ), worden ze eerst getrokken uit een Dirichlet(κ·p), één keer per trekking voor alle casussen die hetzelfde oordeel delen (dezelfde kansen, κ en reden). Vermeden kosten worden per regel vermenigvuldigd met de factor van nuleffect, verplaatsing en toerekening aan anderen (jaar 1). Regels beginnen bij hun exacte, afgeronde kosten tegen lijstprijzen; een trekking telt hoeveelheid × (getrokken − lijstprijs) op, zonder afronding. Percentielen: lineaire interpolatie tussen rangen (type 7). Bedragen worden alleen voor weergave op centen afgerond.",
  tornado:
    "Eenzijdige gevoeligheid: elke onzekere invoer wordt op zijn lage en op zijn hoge waarde gezet terwijl alle andere invoer zijn basiswaarde houdt (lijstprijzen, elk SROI-percentage op zijn modus, een uniform verdeeld op zijn midden, de opgegeven kansen), en alle casussen worden exact doorgerekend: regels op centen afgerond (halve centen naar boven), gecorrigeerde vermeden kosten één keer per casus en financier half naar boven afgerond (jaar 1, zoals whatif). Prijzen variëren over hun bandbreedte zoals de simulatie ze trekt (die van de lijst, voor een ruw bedrag zonder bandbreedte de aangenomen ±roughRange, die van een losse regel); percentages van het minimum tot het maximum van hun verdeling; de kans van een alternatief van P5 tot P95 van zijn bètaverdeling Beta(κp, κ(1 − p)) waar een concentratie κ is opgegeven (zoals de simulatie trekt), of van 0 tot 1 waar die ontbreekt, waarbij de andere alternatieven van de casus hun onderlinge verhouding houden (bij twee alternatieven één regel); casussen die een oordeel delen (dezelfde kansen, κ en reden, door de simulatie één keer per trekking getrokken) variëren samen, in één regel per oordeel. Tussen afrondingen is het netto rendement in elke blik lineair in één invoer (een factor (1 − r)·… of 1 − r − … is lineair in r), N(x) = R + x·Q, dus de omslagwaarde −R/Q is exact op de afrondingen na (een halve cent per regel met die prijs en per casus en financier); ze wordt gegeven waar ze binnen het toegestane domein van de invoer ligt (een prijs vanaf 0; een percentage of kans van 0 tot 1, een percentage bij optellende samenstelling alleen zolang de factor niet onder 0 komt), en anders uitdrukkelijk als geen binnen dat domein vermeld. De maatschappelijke blik laat overdrachten weg.",
  whatif:
    "Gecorrigeerde vermeden kosten van een casus, per financier: één keer op centen afgerond (halve centen naar boven), van de som over de regels van (de bijdrage van de regel aan de vermeden kosten: + contrafactische kosten × kans van het alternatief, − kosten van actuele regels die geen inzet zijn) × (1 − nuleffect) × (1 − verplaatsing) × (1 − toerekening aan anderen) × (1 − afname per jaar)^(jaar − 1); elk percentage dat van de prijsregel, anders van het domein, anders het algemene, anders 0. Het cijfer van de casus is de som over financiers; totalen zijn sommen van casussen. Jaar t wordt verdisconteerd met (1 + r)^(t − 1) en op centen afgerond; de inzet valt aan het begin van jaar 1.",
};

/** Over several years: the baseline net present value per lens, as the years rows have it. */
function yearsBase(tr: TornadoResult, lang: Lang): Inline[][] {
  const row = tr.rows.find((r) => r.kind === "years");
  if (!row) return [];
  return LENS_NAMES.map((l) => [
    `${t("tornadoBaseYears", lang)}, ${t(`lens.${l}`, lang)}: `,
    amount(row.lenses[l].netAtMode),
  ]);
}

/** The tornado's method; over several years with the words on the rows of the discount rate and drop-off. */
function tornadoMethod(tr: TornadoResult, lang: Lang): string {
  const nl = methodText("tornado", tr.method, lang);
  return lang === "nl" && tr.method.endsWith(TORNADO_YEARS_METHOD) ? `${nl} ${TORNADO_YEARS_METHOD_NL}` : nl;
}

const TORNADO_YEARS_METHOD_NL =
  "Over meer jaren zijn de disconteringsvoet en elke afname per jaar die als verdeling is gegeven ook regels: op hun minimum en maximum gezet terwijl alle andere invoer zijn basiswaarde houdt (lijstprijzen, percentages op hun modus, een uniform verdeeld op zijn midden), is de netto contante waarde de projectie van whatif over de jaren van de simulatie (de contante waarde van elk jaar per financier op centen afgerond); de omslagwaarde wordt door halvering tot op 6 decimalen gezocht binnen het toegestane domein van de invoer (een disconteringsvoet van −0,05 tot 0,20, een afname van 0 tot 1), waar de netto contante waarde tussen de uiteinden van het domein van teken wisselt. De andere regels zijn van jaar 1.";

/** The Dutch simulation method over several years: the SROI factor in every year, then the years' own words. */
function yearsMethodNl(method: string): string {
  return `${method.replace(" (jaar 1).", " (in elk jaar).")} ${YEARS_METHOD_NL}`;
}

const YEARS_METHOD_NL =
  "Over meer jaren valt de kost van elke regel in de kalenderjaren die haar data beslaan (verdeeld met de grootste-restmethode, zoals de projectie van whatif), het verschil van een getrokken prijs evenzo naar de hoeveelheid van de regel in elk jaar; na het laatste waargenomen jaar loopt een effect alleen door volgens een aanname over voortzetting: de vermeden kosten van zijn domein (of post) in dat jaar × (1 − afname)^k in het k-de jaar daarna, de afname getrokken waar die een verdeling is; jaar t wordt verdisconteerd met (1 + r)^(t − 1) (begin van het jaar) of (1 + r)^(t − ½) (midden van het jaar) tegen de disconteringsvoet van de trekking, getrokken na al het andere in de stroom van de trekking waar die een verdeling is. Netto rendement, verhouding en de cijfers per financier zijn contante waarden; de puntschattingen zijn de projectie van whatif tegen lijstprijzen zonder SROI-percentages, met de disconteringsvoet en de afnames op hun modus (een uniform verdeelde op zijn midden), afgerond zoals die afrondt.";

function methodText(kind: keyof typeof METHOD_NL & string, english: string, lang: Lang): string {
  return lang === "nl" ? (METHOD_NL[kind] as string) : english;
}

/** What a tornado row varied, in the report's words: prices as codes, rates by name, an alternative by its label. */
function tornadoInput(r: TornadoRow, tr: TornadoResult, lang: Lang): Cell {
  if (r.kind === "rate" || r.kind === "years") return rateLabel(r.input, lang);
  if (r.kind === "probability") {
    const alt = r.label !== undefined ? text(r.label) : `${t("alternativeN", lang)} ${(r.alternative ?? 0) + 1}`;
    const rule = r.range === "unit" ? [` — ${t("probUnit", lang)}`] : [` — ${t("probStated", lang)}`];
    if (r.judgement === undefined) return [`${t("probOf", lang)} `, alt, " (", code(r.case ?? ""), ")", ...rule];
    const [before, after] = t("sharedCases", lang).split("{n}") as [string, string | undefined];
    const shared = [text(r.judgement), `; ${before}`, integer(r.cases), after ?? ""];
    return [`${t("probOf", lang)} `, alt, " (", ...shared, ")", ...rule] as Inline[];
  }
  // The same code in two list versions is two rows: name the version then.
  const twice = tr.rows.filter((x) => x.kind === "price" && x.item === r.item).length > 1;
  const name = twice ? code(`${r.item} (${r.pricelist})`) : code(r.input);
  return r.range === "assumed" ? [name, ` — ${t("rangeAssumed", lang)}`] : name;
}

function switchingCell(s: TornadoSwitching, lang: Lang): Cell {
  if (s.value !== undefined) return [decimal(s.value), s.withinRange ? "" : " *"];
  return s.none === "outsideDomain" ? t("noSwitching", lang) : "—";
}

function tornadoTable(tr: TornadoResult, lang: Lang): Block {
  const value = (r: TornadoRow, v: string): Inline => (r.unit === "euro" ? amount(v) : decimal(v));
  return {
    kind: "table",
    name: "tornado",
    columns: [
      col(lang, "priceItem", "l"),
      col(lang, "tornadoKind", "l"),
      col(lang, "low"),
      col(lang, "high"),
      col(lang, "lens", "l"),
      col(lang, "atLow"),
      col(lang, "atHigh"),
      col(lang, "swing"),
      col(lang, "switching"),
    ],
    // One row for both lenses where they agree, a row per lens where they differ.
    rows: tr.rows.flatMap((r) =>
      (r.lensesAgree ? (["both"] as const) : LENS_NAMES).map((l) => {
        const f = r.lenses[l === "both" ? "budget" : l];
        return {
          cells: [
            tornadoInput(r, tr, lang),
            t(`tornadoKind.${r.kind}`, lang),
            value(r, r.low),
            value(r, r.high),
            t(`lens.${l}`, lang),
            amount(f.netAtLow),
            amount(f.netAtHigh),
            amount(f.swing),
            switchingCell(f.switching, lang),
          ],
        };
      }),
    ),
  };
}

const outsideRange = (tr: TornadoResult) =>
  tr.rows.some((r) =>
    LENS_NAMES.some((l) => r.lenses[l].switching.value !== undefined && !r.lenses[l].switching.withinRange),
  );

/** The tornado section: the baseline per lens, the table, what the marks mean. */
function tornadoBlocks(tr: TornadoResult, lang: Lang): Block[] {
  if (tr.rows.length === 0) return [];
  return [
    heading(2, t("tornado", lang)),
    {
      kind: "list",
      items: [
        ...LENS_NAMES.map((l) => [`${t("tornadoBase", lang)}, ${t(`lens.${l}`, lang)}: `, amount(tr.netReturn[l])]),
        ...yearsBase(tr, lang),
      ],
    },
    tornadoTable(tr, lang),
    note("note", t("tornadoNote", lang)),
    ...(outsideRange(tr) ? [note("note", t("outsideRange", lang))] : []),
  ];
}

function simWarnings(s: SimulationResult, lang: Lang): Block[] {
  return s.warnings.map((w) => note("warning", `${warningText(w, lang)} `, code(w.code)));
}

const percent = (share: string): Inline => decimal(share);

/** A rate setting's key (`deadweight@domain:justitie`) in the report's words, its scope as the what-if report says it. */
function rateLabel(key: string, lang: Lang): Inline[] {
  const [kind, scope] = key.split("@") as [string, string | undefined];
  const name = hasWord(`assume.${kind}`) ? t(`assume.${kind}` as WordKey, lang) : kind;
  if (scope === undefined) return [name];
  const cell = scopeCell(scope, lang);
  return [`${name} (`, ...(Array.isArray(cell) ? cell : [cell]), ")"] as Inline[];
}

/** An input's code in the report's words: rates by name, alternatives and probability judgements in words. */
function inputLabel(k: string, lang: Lang, c: CertaintyStatement): Cell {
  if (k === "alternatives") return t("alternativesDrawn", lang);
  const j = c.probabilities?.uncertain.find((x) => x.input === k);
  if (j) return judgementLabel(j, lang);
  return /^(deadweight|displacement|attribution|dropOff|discountRate)(@|$)/.test(k) ? rateLabel(k, lang) : code(k);
}

/** "c1, c2, c3, nog 9": the first ids of a judgement's cases. */
function caseIds(ids: readonly string[]): Inline[] {
  return ids.slice(0, 3).flatMap((id, i) => (i > 0 ? [", ", code(id)] : [code(id)]));
}

function moreCases(n: number, lang: Lang): Inline[] {
  if (n <= 0) return [];
  const [before, after] = t("more", lang).split("{n}") as [string, string | undefined];
  return [`, ${before}`, integer(n), after ?? ""];
}

/** A shared judgement on probabilities: its κ, its cases and its reason. */
function judgementLabel(j: ProbabilityJudgement, lang: Lang): Inline[] {
  return [
    `${t("probJudgement", lang)} (κ = `,
    decimal(j.concentration),
    "): ",
    ...caseIds(j.cases),
    ...moreCases(j.cases.length - 3, lang),
    " — ",
    text(j.reason),
  ];
}

/** The CSV's notes on the probabilities: each judgement, and how many cases kept theirs fixed. */
function probabilityNotes(c: CertaintyStatement, lang: Lang): string[] {
  const p = c.probabilities;
  if (!p) return [];
  return [
    ...p.uncertain.map(
      (j) =>
        `${j.input}: ${t("probJudgement", lang)} (κ = ${j.concentration}), ${t("casesWord", lang)}: ${j.cases.length} — ${j.reason}`,
    ),
    ...(p.fixedCases > 0 ? [`${t("fixedProbabilities", lang)}: ${p.fixedCases}`] : []),
  ];
}

/** What varied, what stayed fixed (said in words, in Dutch "welke invoer vast stond"), and on what the cost rests. */
function certaintyBlocks(s: SimulationResult, lang: Lang): Block[] {
  const c = s.certainty;
  const drawn: Cell[] = c.variedInputs.map((k) => inputLabel(k, lang, c));
  const fixedCases = c.probabilities?.fixedCases ?? 0;
  const fixed: Cell[] = [
    ...(fixedCases > 0 ? [[`${t("fixedProbabilities", lang)}: `, integer(fixedCases)] as Cell] : []),
    ...c.fixedItems.map((i): Cell => [code(i.item), ` (${t(`reliability.${i.reliability}`, lang)})`]),
    ...(c.fixedAdHocLines > 0 ? [[integer(c.fixedAdHocLines), ` ${t("fixedAdHoc", lang)}`] as Cell] : []),
    ...c.fixedRates.map((r): Cell => {
      const [key, value] = r.split("=") as [string, string];
      return [...rateLabel(key, lang), " = ", code(value)];
    }),
  ];
  const list = (cells: Cell[]): Block =>
    cells.length === 0
      ? paragraph(t("none", lang))
      : { kind: "list", items: cells.map((x) => (Array.isArray(x) ? x : [x])) };
  return [
    heading(2, t("certainty", lang)),
    {
      kind: "list",
      items: [
        [`${t("variedInputs", lang)}: `, integer(c.varied)],
        [`${t("shareDrawn", lang)}: `, percent(c.counterfactualShareDrawn)],
        [`${t("shareFixedRough", lang)}: `, percent(c.counterfactualShareFixedRough)],
      ],
    },
    heading(3, t("variedInputs", lang)),
    list(drawn),
    heading(3, t("fixedInputs", lang)),
    list(fixed),
    ...probabilityBlocks(c, lang),
  ];
}

/** The probabilities as a table (so that a workbook has them too): each shared judgement, then the fixed ones. */
function probabilityBlocks(c: CertaintyStatement, lang: Lang): Block[] {
  const p = c.probabilities;
  if (!p) return [];
  const rows = p.uncertain.map((j) => ({
    cells: [
      [...caseIds(j.cases), ...moreCases(j.cases.length - 3, lang)] as Cell,
      integer(j.cases.length),
      j.probabilities.flatMap((x, i) => (i > 0 ? [" / ", decimal(x)] : [decimal(x)])) as Cell,
      decimal(j.concentration),
      text(j.reason),
    ],
  }));
  if (p.fixedCases > 0)
    rows.push({ cells: [t("probFixedRow", lang), integer(p.fixedCases), "—", "—", t("probFixedWhy", lang)] });
  return [
    heading(3, t("probTable", lang)),
    {
      kind: "table",
      name: "probabilities",
      columns: [
        col(lang, "probCases", "l"),
        col(lang, "cases"),
        col(lang, "probStatedCol", "l"),
        col(lang, "probKappa"),
        col(lang, "reason", "l"),
      ],
      rows,
    },
  ];
}

/** Where a correlation group is stated: ` (scenario)` or ` (list id@version)`; nothing in a result without sources. */
function groupSource(source: string | undefined, lang: Lang): string[] {
  if (source === undefined) return [];
  return [` (${source === "scenario" ? t("corrFromScenario", lang) : source})`];
}

function ratesBlocks(s: SimulationResult, lang: Lang): Block[] {
  const out: Block[] = [];
  if (s.rates.length > 0 || s.years)
    out.push(heading(2, t(s.years ? "simRatesYears" : "simRates", lang)), {
      kind: "table",
      name: "rates",
      columns: [col(lang, "assumption", "l"), col(lang, "value", "l"), col(lang, "dist", "l")],
      rows: [
        ...s.rates.map((r) => ({
          cells: [
            rateLabel(r.key, lang),
            code(r.value),
            r.distribution === "fixed" ? "—" : t(`dist.${r.distribution}`, lang),
          ],
        })),
        ...yearRows(s, lang),
      ],
    });
  if (s.correlationGroups.length > 0)
    out.push(heading(2, t("corrGroups", lang)), {
      kind: "list",
      items: s.correlationGroups.map((g) => [
        code(g.name),
        ...groupSource(g.source, lang),
        ": ",
        ...g.items.flatMap((i, k) => (k > 0 ? [", ", code(i)] : [code(i)])),
        ...(g.reason ? [` — ${g.reason}`] : []),
        ...(g.replaces ?? []).flatMap((r) => [`; ${t("corrReplaces", lang)} `, code(r.name), ` (${r.source})`]),
      ]),
    });
  return out;
}

/** @internal The simulation (and tornado) report as a document: the lists and settings first, then the figures. */
export function simulationDocument(
  s: SimulationResult,
  tr: TornadoResult | undefined,
  lang: Lang,
  options: ScenarioReportOptions = {},
): ReportDocument {
  const title = t("simTitle", lang);
  const distKey = `dist.${s.distribution}`;
  const blocks: Block[] = [
    heading(1, title),
    {
      kind: "list",
      items: [
        [`${t("draws", lang)}: `, integer(s.draws)],
        [`${t("seed", lang)}: `, code(s.seed)],
        [`${t("dist", lang)}: ${hasWord(distKey) ? t(distKey, lang) : s.distribution}`],
        [`${t("combine", lang)}: ${t(`combine.${s.combine}`, lang)}`],
        ...yearsItems(s, lang),
      ],
    },
    ...yearsNotes(s, lang),
    ...simWarnings(s, lang),
    listsTable(s.lists, lang),
    heading(2, t("net", lang)),
    simTable(s, lang, options.wijkNames),
    ...wellbyBlocks(s.wellby, lang),
    ...certaintyBlocks(s, lang),
    ...ratesBlocks(s, lang),
    ...simulationLensBlocks(s.lenses, lang),
    ...pmBlocks(listedPmEntries(s.pm), lang),
  ];
  if (tr) blocks.push(...tornadoBlocks(tr, lang));
  const method = methodText("simulation", s.method, lang);
  blocks.push(heading(2, t("method", lang)), paragraph(s.years && lang === "nl" ? yearsMethodNl(method) : method));
  if (tr) blocks.push(paragraph(tornadoMethod(tr, lang)));
  return { title, lang, blocks };
}

/** Over several years: the horizon, the timing and the discount rate, each said as drawn or fixed, given or default. */
function yearsItems(s: SimulationResult, lang: Lang): Inline[][] {
  const y = s.years;
  if (!y) return [];
  const d = y.discountRate;
  const drawn = (dist: string): Inline[] =>
    dist === "fixed"
      ? [t("simFixed", lang)]
      : sentence("simDrawnAs", lang, { dist: text(t(`dist.${dist}` as WordKey, lang)) });
  const how = text(t(y.horizonDefault ? "simYearsDefault" : "simYearsGiven", lang));
  const span = { years: integer(y.horizon), first: year(y.firstYear), last: year(y.firstYear + y.horizon - 1), how };
  const cap = (w: string) => `${w.charAt(0).toUpperCase()}${w.slice(1)}`;
  return [
    sentence("simYears", lang, span),
    [
      `${cap(t("assume.timing", lang))}: ${t(`timing.${y.timing}`, lang)}`,
      ...(y.timingDefault ? [` (${t("simDefault", lang)})`] : []),
    ],
    [
      `${cap(t("assume.discountRate", lang))}: `,
      code(d.value),
      " (",
      ...drawn(d.distribution),
      ...(d.default ? [`, ${t("simDefault", lang)}`] : []),
      ")",
    ],
  ];
}

/** Over several years, in the rates table (so that a workbook has them too): horizon, timing, rate, continuations. */
function yearRows(s: SimulationResult, lang: Lang): TableBlock["rows"] {
  const y = s.years;
  if (!y) return [];
  const d = y.discountRate;
  const span: Cell = [integer(y.horizon), " (", year(y.firstYear), "–", year(y.firstYear + y.horizon - 1), ")"];
  return [
    { cells: [t("assume.horizon", lang), span, "—"] },
    { cells: [t("assume.timing", lang), t(`timing.${y.timing}`, lang), "—"] },
    {
      cells: [
        t("assume.discountRate", lang),
        code(d.value),
        d.distribution === "fixed" ? "—" : t(`dist.${d.distribution}`, lang),
      ],
    },
    ...y.continuation.map((c) => ({
      cells: [
        [`${t("assume.continuation", lang)} (`, ...scopeInline(c.scope, lang), ")"] as Cell,
        [integer(c.years), " × (1 − ", code(c.dropOff), ")"] as Cell,
        "—",
      ],
    })),
  ];
}

/** Over several years: each continuation with its drop-off (drawn or fixed), or that outcomes end; a cut horizon. */
function yearsSentences(s: SimulationResult, lang: Lang): Inline[][] {
  const y = s.years;
  if (!y) return [];
  const out: Inline[][] = [];
  if (y.continuation.length === 0)
    out.push(sentence("continuationNone", lang, { first: year(y.firstYear), last: year(y.lastObservedYear) }));
  for (const c of y.continuation) {
    const rate = s.rates.find((r) => r.key === c.rate);
    const how =
      rate && rate.distribution !== "fixed"
        ? sentence("simDrawnAs", lang, { dist: text(t(`dist.${rate.distribution}` as WordKey, lang)) })
        : [text(t("simFixed", lang))];
    out.push([
      ...sentence("continuationSim", lang, {
        scope: scopeInline(c.scope, lang),
        years: text(yearsText(c.years, lang)),
        from: year(c.fromYear),
        dropOff: /^\d+(\.\d+)?$/.test(c.dropOff) ? decimal(c.dropOff) : code(c.dropOff),
        how,
      }),
      ...(c.reason !== undefined ? [text(` (${c.reason})`)] : []),
    ]);
  }
  if (y.notes.some((n) => n.startsWith("the horizon ends")))
    out.push(sentence("horizonCut", lang, { end: year(y.firstYear + y.horizon - 1) }));
  return out;
}

function yearsNotes(s: SimulationResult, lang: Lang): Block[] {
  return yearsSentences(s, lang).map((x) => note("note", ...x));
}

/** The years in words for the CSV's last column. */
function yearsCsv(s: SimulationResult, lang: Lang): string[] {
  return [...yearsItems(s, lang), ...yearsSentences(s, lang)].map((x) => textInlines(x, lang));
}

function scopeInline(scope: string, lang: Lang): Inline[] {
  const m = /^(domain|item):(.*)$/.exec(scope);
  return m ? [text(`${t(`scope.${m[1] as "domain" | "item"}`, lang)} `), code(m[2] as string)] : [text(scope)];
}

/** @internal */
export function simulationMarkdown(s: SimulationResult, tr: TornadoResult | undefined, lang: Lang = "nl"): string {
  return renderMarkdown(simulationDocument(s, tr, lang));
}

/**
 * The simulation report in a format: md, html, text, or csv (the
 * figures table, with the inputs drawn and the warnings on the total row),
 * with the tornado table when one is given.
 *
 * @example
 * ```ts
 * const sim = simulate(cases, { catalog: bundledCatalog(), seed: 42, draws: 10_000 });
 * simulationReport(sim, tornado(cases, { catalog: bundledCatalog() }), "md", "nl");
 * ```
 */
export function simulationReport(
  s: SimulationResult,
  tr: TornadoResult | undefined,
  format: "md" | "html" | "text" | "csv",
  lang: Lang = "nl",
  options: ScenarioReportOptions = {},
): string {
  if (format === "csv") return renderCsv(simCsvTable(s, lang, options.wijkNames), lang === "nl" ? "nl" : "intl");
  const doc = simulationDocument(s, tr, lang, options);
  return format === "md" ? renderMarkdown(doc) : format === "html" ? renderHtml(doc) : renderText(doc);
}

function simCsvTable(s: SimulationResult, lang: Lang, names: WijkNames | undefined): TableBlock {
  const table = simTable(s, lang, names) as TableBlock;
  const said = [
    ...s.warnings.map((w) => `${w.code}: ${warningText(w, lang)}`),
    ...probabilityNotes(s.certainty, lang),
    ...yearsCsv(s, lang),
  ];
  return {
    ...table,
    columns: [...table.columns, col(lang, "variedInputs"), col(lang, "warnings", "l")],
    rows: [
      ...table.rows.map((r, i) => ({
        ...r,
        cells: [...r.cells, integer(s.certainty.varied), i === table.rows.length - 1 ? text(said.join(" | ")) : ""],
      })),
      ...wellbyCsvRows(s, lang),
    ],
  };
}

/** The WELLBY line below the figures, labelled, and the ratio including it only when chosen; never in a total. */
function wellbyCsvRows(s: SimulationResult, lang: Lang): TableBlock["rows"] {
  const w = s.wellby;
  if (!w) return [];
  const r = w.ratioIncludingWellbeing;
  const line = (label: Cell, n: Cell, exact: Cell, p: readonly [Cell, Cell, Cell]) => ({
    cells: [label, n, exact, ...p, "—", "—", "", ""],
  });
  return [
    line(wellbyLabel(w, lang), integer(w.casesValued), amount(w.value), [
      amount(w.simulated.p5),
      amount(w.simulated.p50),
      amount(w.simulated.p95),
    ]),
    ...(w.exactRatioIncludingWellbeing !== undefined
      ? [
          line(t("wellbyRatio", lang), "", decimal(w.exactRatioIncludingWellbeing), [
            r ? decimal(r.p5) : "—",
            r ? decimal(r.p50) : "—",
            r ? decimal(r.p95) : "—",
          ]),
        ]
      : []),
  ];
}

/** @internal A self-contained HTML page (no scripts, no external resources; the reports' Content-Security-Policy). */
export function simulationHtml(s: SimulationResult, tr: TornadoResult | undefined, lang: Lang = "nl"): string {
  return renderHtml(simulationDocument(s, tr, lang));
}

/** @internal An assumption's scope in words: `global`, `domain:zorg`, `item:code`. */
function scopeCell(scope: string | undefined, lang: Lang): Cell {
  if (scope === undefined) return "";
  const m = /^(domain|item):(.*)$/.exec(scope);
  if (m) return [`${t(`scope.${m[1] as "domain" | "item"}`, lang)} `, code(m[2] as string)];
  return hasWord(`scope.${scope}`) ? t(`scope.${scope}` as WordKey, lang) : text(scope);
}

const WORDED_CHOICES: ReadonlySet<string> = /* @__PURE__ */ new Set(["combine", "timing", "basis"]);

/** @internal An assumption's value: numbers in the language's notation, the defaults in words. */
function valueCell(a: Assumption, lang: Lang): Cell {
  const v = a.value;
  if (v === "the list's own") return t("listsOwn", lang);
  // Named choices (how rates combine, when in the year flows fall, how years count) in the report's words.
  const choice = `${a.name}.${v}`;
  if (WORDED_CHOICES.has(a.name) && hasWord(choice)) return t(choice as WordKey, lang);
  const byStart = / \(version by case start date\)$/.exec(v);
  if (byStart) return [code(v.slice(0, byStart.index)), ` (${t("listByStart", lang)})`];
  if (/^-?\d+$/.test(v)) return a.name === "priceYear" ? v : integer(BigInt(v));
  if (/^-?\d+\.\d+$/.test(v)) return decimal(v);
  return a.name === "pricelist" ? code(v) : text(v);
}

function assumptionsTable(w: WhatIfResult, lang: Lang): Block {
  return {
    kind: "table",
    name: "assumptions",
    columns: [
      col(lang, "assumption", "l"),
      col(lang, "scope", "l"),
      col(lang, "value", "l"),
      col(lang, "isDefault", "l"),
    ],
    rows: w.assumptions.map((a) => ({
      cells: [
        hasWord(`assume.${a.name}`) ? t(`assume.${a.name}` as WordKey, lang) : text(a.name),
        scopeCell(a.scope, lang),
        valueCell(a, lang),
        t(a.default ? "yes" : "no", lang),
      ],
    })),
  };
}

function figuresTable(w: WhatIfResult, lang: Lang): Block {
  const s = w.scenario.totals;
  const money = (k: Exclude<keyof WhatIfTotals, "ratio">, label: WordKey, adj?: AmountValue): Inline[] => [
    t(label, lang),
    maybeAmount(w.base.totals[k]),
    maybeAmount(w.scenario.totals[k]),
    maybeAmount(adj),
  ];
  return {
    kind: "table",
    name: "figures",
    columns: [col(lang, "figure", "l"), col(lang, "base"), col(lang, "scenario"), col(lang, "adjusted")],
    rows: [
      money("counterfactualCost", "counterfactualCost"),
      money("actualCost", "actualCost"),
      money("interventionCost", "interventionCost", s.interventionCost),
      money("avoidedCost", "avoidedCost", s.adjustedAvoidedCost),
      money("netReturn", "netReturn", s.adjustedNetReturn),
      [t("ratio", lang), decimal(w.base.totals.ratio), decimal(s.ratio), decimal(s.adjustedRatio)],
    ].map((cells) => ({ cells })),
  };
}

/**
 * Net return per wijk, base against scenario (before and after adjustments): exact sums of the cases'
 * cents, wijken in the order their first case comes, each `name (code)` where the name is known.
 */
function wijkBlocks(w: WhatIfResult, lang: Lang, names: WijkNames | undefined): Block[] {
  if (w.cases.length === 0) return [];
  const by = new Map<string, { cases: number; sums: [number, number, number] }>();
  for (const c of w.cases) {
    const row = by.get(c.wijk) ?? { cases: 0, sums: [0, 0, 0] };
    const nets = [c.base.netReturn, c.scenario.netReturn, c.scenario.adjustedNetReturn];
    row.cases++;
    row.sums = row.sums.map((x, i) => addCents(x, nets[i] as number)) as [number, number, number];
    by.set(c.wijk, row);
  }
  return [
    heading(2, t("netPerWijk", lang)),
    {
      kind: "table",
      name: "wijken",
      columns: [
        col(lang, "wijk", "l"),
        col(lang, "cases"),
        col(lang, "base"),
        col(lang, "scenario"),
        col(lang, "adjusted"),
      ],
      rows: [...by].map(([wijk, r]) => ({
        cells: [text(wijkName(wijk, names)), integer(r.cases), ...r.sums.map((x) => amount(x))],
      })),
    },
  ];
}

/** @internal The what-if report as a document: assumptions, figures base against scenario, multi-year value, method. */
export function whatIfDocument(w: WhatIfResult, lang: Lang, options: ScenarioReportOptions = {}): ReportDocument {
  const title = t("whatTitle", lang);
  return {
    title,
    lang,
    blocks: [
      heading(1, title),
      heading(2, t("assumptions", lang)),
      assumptionsTable(w, lang),
      heading(2, t("figure", lang)),
      figuresTable(w, lang),
      ...wellbyBlocks(w.wellby, lang),
      ...wijkBlocks(w, lang, options.wijkNames),
      ...whatIfLensBlocks(w.lenses, lang),
      ...projectionBlocks(w.projection, lang),
      ...pmBlocks(listedPmEntries(w.pm), lang),
      heading(2, t("method", lang)),
      paragraph(methodText("whatif", w.method, lang)),
    ],
  };
}

/**
 * The what-if report as Markdown: assumptions (each named as given or
 * default), figures base against scenario, lenses, multi-year value, method.
 *
 * @example
 * ```ts
 * whatIfMarkdown(whatIf(cases, { catalog: bundledCatalog(), scenario: { adjustments: { deadweight: { global: "0.2" } } } }), "nl");
 * ```
 */
export function whatIfMarkdown(w: WhatIfResult, lang: Lang = "nl", options: ScenarioReportOptions = {}): string {
  return renderMarkdown(whatIfDocument(w, lang, options));
}

/**
 * The what-if report as one self-contained HTML page (the Markdown report's content).
 *
 * @example
 * ```ts
 * writeFileSync("whatif.html", whatIfHtml(whatIf(cases, { catalog: bundledCatalog() }), "nl"));
 * ```
 */
export function whatIfHtml(w: WhatIfResult, lang: Lang = "nl", options: ScenarioReportOptions = {}): string {
  return renderHtml(whatIfDocument(w, lang, options));
}
