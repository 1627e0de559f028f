import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { casesCsv } from "../../cases/csv/casesCsv.js";
import type { CaseFile } from "../../cases/schema.js";
import type { CsvDialect } from "../../csv/csvTable.js";
import { type CaseFileFormat, readCases } from "../../node/index.js";
import { casesToXlsx } from "../../node/xlsx/casesToXlsx.js";
import { type CliIO, UsageError } from "../io.js";
import { type Messages, messagesFor } from "../messages/index.js";
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

/** @internal The case file formats, by extension. */
export type CaseFormat = CaseFileFormat;

const EXTENSIONS: readonly [RegExp, CaseFormat][] = [
  [/\.json$/i, "json"],
  [/\.(jsonl|ndjson)$/i, "jsonl"],
  [/\.csv$/i, "csv"],
  [/\.xlsx$/i, "xlsx"],
];

/** @internal The format of a case file from its name, or undefined (convert names both formats; nothing is assumed). */
export function caseFormat(file: string): CaseFormat | undefined {
  return EXTENSIONS.find(([re]) => re.test(file))?.[1];
}

/** @internal A case file in a format, and what the format could not hold. */
export interface WrittenCases {
  /** Text (JSON, JSON lines, CSV) or the bytes of a workbook. */
  readonly data: string | Uint8Array;
  /** What was moved or left out, as data; the command line says it in the user's language. */
  readonly notes: readonly ConvertNote[];
}

/** @internal What a conversion moved (the file's list onto each case) or left out (what the format cannot hold). */
export type ConvertNote =
  | { readonly kind: "listOnEachCase"; readonly list: string }
  | {
      readonly kind: "leftOut";
      readonly parts: readonly {
        readonly part: "description" | "synthetic" | "narratives" | "programmes" | "followUp" | "uncertainty";
        readonly value: string;
      }[];
    };

/** @internal A conversion's note in the language of messages. */
export function convertNoteText(n: ConvertNote, m: Messages): string {
  return n.kind === "listOnEachCase"
    ? m.convertListOnEachCase(n.list)
    : m.convertLeftOut(n.parts.map((p) => m.leftOutPart(p.part, p.value)));
}

/** @internal Writes a case file in a format; the file's own list goes onto each case a table or JSON lines holds. */
export async function writeCaseFile(
  file: CaseFile,
  format: CaseFormat,
  options: { dialect?: CsvDialect | undefined } = {},
): Promise<WrittenCases> {
  if (format === "json") return { data: `${JSON.stringify(file, null, 2)}\n`, notes: [] };
  const notes: ConvertNote[] = [];
  const pricelist = file.pricelist;
  const cases = file.cases.map((c) => (c.pricelist === undefined && pricelist !== undefined ? { ...c, pricelist } : c));
  if (pricelist !== undefined && file.cases.some((c) => c.pricelist === undefined))
    notes.push({ kind: "listOnEachCase", list: pricelist });
  const parts = [
    file.description !== undefined ? ({ part: "description", value: "" } as const) : undefined,
    file.synthetic !== undefined ? ({ part: "synthetic", value: String(file.synthetic) } as const) : undefined,
    format !== "jsonl" && file.cases.some((c) => c.wellbeing?.some((w) => w.before.narrative ?? w.after?.narrative))
      ? ({ part: "narratives", value: "" } as const)
      : undefined,
    file.programmes !== undefined ? ({ part: "programmes", value: "" } as const) : undefined,
    format !== "jsonl" && file.cases.some((c) => (c.followUp ?? []).length > 0)
      ? ({ part: "followUp", value: "" } as const)
      : undefined,
    // The case tables have no columns for it: a simulation of the table would take the probabilities as fixed.
    format !== "jsonl" && file.cases.some((c) => !Array.isArray(c.counterfactual) && c.counterfactual.uncertainty)
      ? ({ part: "uncertainty", value: "" } as const)
      : undefined,
  ].filter((x) => x !== undefined);
  if (parts.length > 0) notes.push({ kind: "leftOut", parts });
  if (format === "jsonl") return { data: cases.map((c) => `${JSON.stringify(c)}\n`).join(""), notes };
  if (format === "csv") return { data: casesCsv(cases, { dialect: options.dialect ?? "nl" }), notes };
  return { data: await casesToXlsx(cases), notes };
}

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
