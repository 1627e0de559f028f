import { createEvaluator, parseCaseFile } from "../../index.js";
import { readJsonFile } from "../../node/index.js";
import { spendingCsv, spendingHtml, spendingMarkdown } from "../../report/spendingReport.js";
import { avoidedByYear } from "../../rollup/spending/avoidedByYear.js";
import { compareSpending } from "../../rollup/spending/compareSpending.js";
import { parseSpendingFile } from "../../rollup/spending/parseSpendingFile.js";
import { type CliIO, UsageError } from "../io.js";
import { catalogFrom, checkPricelistOption, emit, oneOf, parse } from "../options.js";

/** @internal */
export const spendingHelp = `rendement spending SPENDING.json --cases CASES.json [options]

Sets observed spending (what a municipality's accounts show per wijk or
programme, payer and year) beside the avoided cost of the cases of the same
wijk or programme, payer and calendar year, without adding the two up, and
says which share of the observed decrease the cases explain. A spending row
whose wijk or years match no case is a warning, not an error.

  --cases FILE              the case file (JSON)
  --pricelist ID[@VERSION]  list to price the cases with (default: the file's, else sociaal-domein)
  --lists DIR               also use the price lists in DIR (repeatable)
  --format json|md|html|csv output format (default json)
  --lang nl|en              report language (default nl)
  --out FILE                write to FILE instead of standard output

The spending file: { "source": "...", "spending": [ { "wijk": "Ruwaard",
"payer": "gemeente", "year": 2019, "amount": "1200000.00" }, ... ] }
(JSON Schema: schemas/spending.schema.json); "programme" instead of "wijk"
compares with the cases of that programme.
`;

/** @internal `rendement spending` */
export function spending(args: string[], io: CliIO): number {
  const { values, positionals } = parse(args, {
    cases: { type: "string" },
    pricelist: { type: "string" },
    lists: { type: "string", multiple: true },
    format: { type: "string" },
    lang: { type: "string" },
    out: { type: "string" },
  });
  if (positionals.length !== 1 || values.cases === undefined)
    throw new UsageError(
      "spending needs a spending file and --cases: rendement spending SPENDING.json --cases CASES.json",
    );
  const format = oneOf(values.format, ["json", "md", "html", "csv"] as const, "format", "json");
  const lang = oneOf(values.lang, ["nl", "en"] as const, "lang", "nl");
  const catalog = catalogFrom(values.lists);
  checkPricelistOption(catalog, values.pricelist);
  const file = positionals[0] as string;
  const spendingFile = parseSpendingFile(readJsonFile(file), { file });
  const caseFile = parseCaseFile(readJsonFile(values.cases), { file: values.cases });
  const pricelist = values.pricelist ?? caseFile.pricelist;
  const evaluator = createEvaluator({ catalog, ...(pricelist !== undefined ? { pricelist } : {}) });
  const result = compareSpending(spendingFile, avoidedByYear(caseFile.cases, evaluator), { file });
  const text =
    format === "md"
      ? spendingMarkdown(result, spendingFile, lang)
      : format === "html"
        ? spendingHtml(result, spendingFile, lang)
        : format === "csv"
          ? spendingCsv(result, lang)
          : JSON.stringify(result, null, 2);
  emit(io, text, values.out);
  return 0;
}
