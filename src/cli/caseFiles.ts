/**
 * Case files written in every format (JSON, JSON lines, CSV, Excel), as
 * convert and init write them; reading them is the library's `readCases`.
 * @internal
 */
import { type CaseFile, type CsvDialect, casesCsv } from "../index.js";
import { type CaseFileFormat, casesToXlsx } from "../node/index.js";
import type { Messages } from "./messages/index.js";

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
        readonly part: "description" | "synthetic" | "narratives" | "programmes" | "followUp";
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
  ].filter((x) => x !== undefined);
  if (parts.length > 0) notes.push({ kind: "leftOut", parts });
  if (format === "jsonl") return { data: cases.map((c) => `${JSON.stringify(c)}\n`).join(""), notes };
  if (format === "csv") return { data: casesCsv(cases, { dialect: options.dialect ?? "nl" }), notes };
  return { data: await casesToXlsx(cases), notes };
}
