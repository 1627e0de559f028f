import {
  avoidedByYear,
  compareSpending,
  createEvaluator,
  formatPath,
  parseSpendingCsv,
  parseSpendingFile,
  renderSpending,
  type SpendingFile,
  spendingComparisonToJson,
  spendingWarningText,
} from "../../index.js";
import { readCases, readJsonFile, readSpendingXlsx, readTextFile } from "../../node/index.js";
import { type CliIO, UsageError } from "../io.js";
import { messagesFor } from "../messages/index.js";
import { catalogFrom, checkPricelistOption, emit, oneOf, parse } from "../options.js";

/** @internal */
export const spendingHelp = `rendement spending SPENDING.json|SPENDING.csv|SPENDING.xlsx --cases CASES.json [options]

Sets observed spending (what a municipality's accounts show per wijk or
programme, payer and year) beside the avoided cost of the cases of the same
wijk or programme, payer and calendar year, without adding the two up, and
says which share of the observed decrease the cases explain. A spending row
whose wijk or years match no case is a warning, not an error.

  --cases FILE              the case file (JSON, CSV or Excel, as compute reads it)
  --pricelist ID[@VERSION]  list to price the cases with (default: the file's, else sociaal-domein)
  --lists DIR               also use the price lists in DIR (repeatable)
  --sheet NAME              Excel spending file: the sheet to read (default: the first)
  --format json|md|html|text|csv
                            output format (default json)
  --lang nl|en              report language (default nl)
  --csv-dialect nl|intl     CSV: nl (";" and decimal comma, default) or intl ("," and ".")
  --out FILE                write to FILE instead of standard output

The spending file: { "source": "...", "spending": [ { "wijk": "Ruwaard",
"payer": "gemeente", "year": 2019, "amount": "1200000.00" }, ... ] }
(JSON Schema: schemas/spending.schema.json); "programme" instead of "wijk"
compares with the cases of that programme. As CSV or Excel: one row per
figure with the columns wijk (or programme), payer, year, amount and
optionally note; empty rows are skipped.
`;

/** @internal Reads a spending file: CSV or Excel by extension, JSON otherwise. */
async function readSpending(file: string, sheet: string | undefined): Promise<SpendingFile> {
  if (/\.xlsx$/i.test(file)) return readSpendingXlsx(file, { sheet });
  if (sheet !== undefined) throw new UsageError((m) => m.sheetNotExcel("--sheet"));
  if (/\.csv$/i.test(file)) return parseSpendingCsv(readTextFile(file), { file });
  return parseSpendingFile(readJsonFile(file), { file });
}

/** @internal `rendement spending` */
export async function spending(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse(args, {
    cases: { type: "string" },
    pricelist: { type: "string" },
    lists: { type: "string", multiple: true },
    sheet: { type: "string" },
    format: { type: "string" },
    lang: { type: "string" },
    "csv-dialect": { type: "string" },
    out: { type: "string" },
  });
  if (positionals.length !== 1 || values.cases === undefined) throw new UsageError((m) => m.spendingArgs);
  const format = oneOf(values.format, ["json", "md", "html", "text", "csv"] as const, "format", "json");
  const lang = oneOf(values.lang, ["nl", "en"] as const, "lang", "nl");
  const dialect = oneOf(values["csv-dialect"], ["nl", "intl"] as const, "csv-dialect", "nl");
  const catalog = catalogFrom(values.lists);
  checkPricelistOption(catalog, values.pricelist);
  const file = positionals[0] as string;
  const spendingFile = await readSpending(file, values.sheet);
  const caseFile = (await readCases(values.cases)).file;
  const pricelist = values.pricelist ?? caseFile.pricelist;
  const evaluator = createEvaluator({ catalog, ...(pricelist !== undefined ? { pricelist } : {}) });
  const result = compareSpending(spendingFile, avoidedByYear(caseFile.cases, evaluator), { file });
  // Rows that match no case are a warning, not an error: said on standard error as well as in the result.
  const m = messagesFor(io.lang ?? "en");
  for (const w of result.warnings)
    io.stderr(
      `rendement spending: ${m.warning(`${formatPath(w.path)}: ${spendingWarningText(w, spendingFile, io.lang ?? "en")}`)}\n`,
    );
  const text =
    format === "json"
      ? JSON.stringify(spendingComparisonToJson(result), null, 2)
      : renderSpending(result, spendingFile, { format, lang, dialect });
  emit(io, text, values.out);
  return 0;
}
