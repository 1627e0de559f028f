import { evaluateCases } from "../../cases/evaluateCases.js";
import { parseCaseFile } from "../../cases/parseCaseFile.js";
import { readJsonFile } from "../../node/readJsonFile.js";
import { computeMarkdown } from "../../report/computeMarkdown.js";
import { loadInstruments } from "../../wellbeing/instruments.js";
import { type CliIO, UsageError } from "../io.js";
import { writeComputeBundle } from "./verify.js";
import { catalogFrom, emit, oneOf, parse, yearOption } from "../options.js";

/** @internal */
export const computeHelp = `rendement compute CASES.json [options]

Prices every case: what society would have paid without the intervention
against what it paid with it.

  --pricelist ID[@VERSION]  list to price with (default: the file's, else sociaal-domein;
                            without a version, the version valid on each case's start date)
  --lists DIR               also use the price lists in DIR (repeatable)
  --price-year YEAR         restate all prices in this price year (CBS CPI)
  --format json|md          output format (default json)
  --lang nl|en              report language (default nl)
  --trail                   include every priced line (audit trail) in JSON output
  --out FILE                write to FILE instead of standard output
  --bundle FILE             also write a re-performable bundle (see rendement verify)
`;

/** @internal `rendement compute` */
export function compute(args: string[], io: CliIO): number {
  const { values, positionals } = parse(args, {
    pricelist: { type: "string" },
    lists: { type: "string", multiple: true },
    "price-year": { type: "string" },
    format: { type: "string" },
    lang: { type: "string" },
    trail: { type: "boolean" },
    out: { type: "string" },
    bundle: { type: "string" },
  });
  if (positionals.length !== 1) throw new UsageError("compute needs exactly one case file: rendement compute CASES.json");
  const format = oneOf(values.format, ["json", "md"] as const, "format", "json");
  const lang = oneOf(values.lang, ["nl", "en"] as const, "lang", "nl");
  const priceYear = yearOption(values["price-year"], "price-year");
  const file = positionals[0] as string;
  const catalog = catalogFrom(values.lists);
  const caseFile = parseCaseFile(readJsonFile(file), { file });
  const pricelist = values.pricelist ?? caseFile.pricelist;
  const ev = evaluateCases(caseFile.cases, {
    catalog,
    ...(pricelist !== undefined ? { pricelist } : {}),
    ...(priceYear !== undefined ? { priceYear } : {}),
    instruments: loadInstruments(),
    trail: values.trail === true || format === "md" ? values.trail === true : false,
    file,
  });
  const text =
    format === "md"
      ? computeMarkdown(ev, lang)
      : JSON.stringify({ lists: ev.lists.map((l) => ({ id: l.id, version: l.version, priceYear: l.priceYear, fingerprint: l.fingerprint, title: l.title, example: l.example })), cases: ev.cases }, null, 2);
  if (values.bundle !== undefined) writeComputeBundle(io, values.bundle, { cases: caseFile, file, catalog, pricelist: values.pricelist, priceYear });
  emit(io, text, values.out);
  return 0;
}
