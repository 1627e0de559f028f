import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { readCases } from "../../node/index.js";
import { type CaseFormat, caseFormat, convertNoteText, writeCaseFile } from "../caseFiles.js";
import { type CliIO, UsageError } from "../io.js";
import { messagesFor } from "../messages/index.js";
import { oneOf, parse } from "../options.js";

/** @internal */
export const convertHelp = `rendement convert IN OUT [options]

Writes the cases of IN in another format, with the same cases and figures:
JSON (.json), JSON lines (.jsonl), CSV (.csv) or Excel (.xlsx), any to any.
Each file's format is taken from its extension.

  --sheet NAME              Excel input: the sheet to read (default: the first)
  --csv-dialect nl|intl     CSV output: nl (";" and decimal comma, default) or
                            intl ("," and ".")
  --force                   overwrite OUT if it exists

The tables (CSV, Excel) and JSON lines hold cases only: a case file's own
price list is written on every case that names none, and what the format
cannot hold (the file's description, the synthetic flag, a wellbeing
narrative in a table) is left out and named on standard error.
`;

/** @internal `rendement convert` */
export async function convert(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse(args, {
    sheet: { type: "string" },
    "csv-dialect": { type: "string" },
    force: { type: "boolean" },
  });
  if (positionals.length !== 2) throw new UsageError((m) => m.convertArgs);
  const [input, output] = positionals as [string, string];
  const formats = [input, output].map((f) => {
    const fmt = caseFormat(f);
    if (fmt === undefined) throw new UsageError((m) => m.noFormat(f));
    return fmt;
  }) as [CaseFormat, CaseFormat];
  const dialect = oneOf(values["csv-dialect"], ["nl", "intl"] as const, "csv-dialect", "nl");
  if (values.sheet !== undefined && formats[0] !== "xlsx") throw new UsageError((m) => m.sheetNotExcel("--sheet"));
  if (resolve(input) === resolve(output)) throw new UsageError((m) => m.overwritesInput);
  if (existsSync(output) && values.force !== true) throw new UsageError((m) => m.outputExists(output));
  const { file } = await readCases(input, { sheet: values.sheet });
  const written = await writeCaseFile(file, formats[1], { dialect });
  io.writeFile(output, written.data);
  const m = messagesFor(io.lang ?? "en");
  for (const n of written.notes) io.stderr(`${m.note(convertNoteText(n, m))}\n`);
  io.stderr(`${m.writtenCases(output, file.cases.length)}\n`);
  return 0;
}
