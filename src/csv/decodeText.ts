import { InputError } from "../errors/InputError.js";
import type { IssueParams } from "../errors/issue.js";

/** The encodings {@link decodeText} recognises. */
export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

/** Text decoded from bytes, with the encoding it was read in (to say the choice where it matters). */
export interface DecodedText {
  /** The text, without a byte-order mark. */
  readonly text: string;
  /** The encoding the bytes were read in. */
  readonly encoding: TextEncoding;
}

// Windows-1252 bytes 0x80–0x9F (Dutch Excel's "CSV (gescheiden door lijstscheidingsteken)");
// 0 marks the five bytes the code page leaves undefined. 0xA0–0xFF are the same code points as Latin-1.
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0, 0,
  0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/**
 * Decodes a text file's bytes: UTF-8 with or without a byte-order mark,
 * UTF-16 LE or BE with one, and Windows-1252 (what Dutch Excel writes as
 * "CSV") when the bytes are not UTF-8. Anything else (UTF-16 without a mark,
 * UTF-32, a workbook or other binary file, a file mixing UTF-8 with another
 * encoding, bytes Windows-1252 does not define) is refused with a message
 * that says what was found and what to save the file as.
 *
 * @throws {@link InputError} when the bytes are not text in a known encoding.
 *
 * @example
 * ```ts
 * decodeText(new Uint8Array([0x43, 0x61, 0x66, 0xe9])); // { text: "Café", encoding: "windows-1252" }
 * decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x43, 0x61, 0x66, 0xc3, 0xa9])); // { text: "Café", encoding: "utf-8" }
 * ```
 */
export function decodeText(bytes: Uint8Array, options: { file?: string | undefined } = {}): DecodedText {
  const refuse = (message: string, params: IssueParams): InputError =>
    new InputError([
      {
        code: "unknown_encoding",
        path: [],
        message,
        params,
        expected: 'text in UTF-8 (Excel: "CSV UTF-8"), UTF-16 with a byte-order mark, or Windows-1252',
        ...(options.file ? { file: options.file } : {}),
      },
    ]);
  const [b0, b1, b2, b3] = bytes;
  if ((b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) || (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff))
    throw refuse("the file is in UTF-32, which is not read; save it as UTF-8", { rule: "utf32" });
  if (b0 === 0xff && b1 === 0xfe) return { text: utf16(bytes.subarray(2), true, refuse), encoding: "utf-16le" };
  if (b0 === 0xfe && b1 === 0xff) return { text: utf16(bytes.subarray(2), false, refuse), encoding: "utf-16be" };
  const bom = b0 === 0xef && b1 === 0xbb && b2 === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  if (b0 === 0x50 && b1 === 0x4b && b2 === 3 && b3 === 4)
    throw refuse(
      "the file is a zip archive (an Excel workbook?), not text; save it as CSV UTF-8, or read it as .xlsx",
      {
        rule: "zip",
      },
    );
  const control = body.findIndex((b) => b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c);
  if (control >= 0)
    throw refuse(
      body[control] === 0
        ? `the file holds zero bytes (line ${lineAt(body, control)}): UTF-16 without a byte-order mark, or not a text file`
        : `the file holds a control character (byte 0x${hex(body[control] as number)} on line ${lineAt(body, control)}): not a text file`,
      {
        rule: body[control] === 0 ? "zero_byte" : "control",
        byte: hex(body[control] as number),
        line: lineAt(body, control),
      },
    );
  const scan = scanUtf8(body);
  if (scan.invalidAt < 0) return { text: new TextDecoder("utf-8").decode(body), encoding: "utf-8" };
  const where = `line ${lineAt(body, scan.invalidAt)} (byte 0x${hex(body[scan.invalidAt] as number)})`;
  const at = { line: lineAt(body, scan.invalidAt), byte: hex(body[scan.invalidAt] as number) };
  if (bom) throw refuse(`the file is marked as UTF-8 but is not valid UTF-8 on ${where}`, { rule: "bad_utf8", ...at });
  if (scan.multibyte > 0)
    throw refuse(`the file mixes UTF-8 with another encoding: valid UTF-8 up to ${where}; save it again as UTF-8`, {
      rule: "mixed",
      ...at,
    });
  const undefinedAt = body.findIndex((b) => b >= 0x80 && b < 0xa0 && CP1252_HIGH[b - 0x80] === 0);
  if (undefinedAt >= 0)
    throw refuse(
      `the file is neither UTF-8 nor Windows-1252: byte 0x${hex(body[undefinedAt] as number)} on line ${lineAt(body, undefinedAt)}`,
      { rule: "neither", byte: hex(body[undefinedAt] as number), line: lineAt(body, undefinedAt) },
    );
  return { text: cp1252(body), encoding: "windows-1252" };
}

/** Where UTF-8 first goes wrong (-1: nowhere) and how many multi-byte characters came before. */
function scanUtf8(b: Uint8Array): { invalidAt: number; multibyte: number } {
  let multibyte = 0;
  for (let i = 0; i < b.length; ) {
    const c = b[i] as number;
    if (c < 0x80) {
      i++;
      continue;
    }
    const n = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (n < 0 || i + n >= b.length || !continuation(b, i, n)) return { invalidAt: i, multibyte };
    multibyte++;
    i += n + 1;
  }
  return { invalidAt: -1, multibyte };
}

function continuation(b: Uint8Array, i: number, n: number): boolean {
  const c = b[i] as number;
  const next = b[i + 1] as number;
  // Overlong forms, surrogates and code points above U+10FFFF are not UTF-8.
  if ((c === 0xe0 && next < 0xa0) || (c === 0xed && next > 0x9f)) return false;
  if ((c === 0xf0 && next < 0x90) || (c === 0xf4 && next > 0x8f)) return false;
  for (let k = 1; k <= n; k++) if (((b[i + k] as number) & 0xc0) !== 0x80) return false;
  return true;
}

function utf16(b: Uint8Array, little: boolean, refuse: (m: string, p: IssueParams) => InputError): string {
  if (b.length % 2 !== 0)
    throw refuse("the file is marked as UTF-16 but has an odd number of bytes", { rule: "odd_utf16" });
  let swapped = b;
  if (!little) {
    swapped = new Uint8Array(b.length);
    for (let i = 0; i < b.length; i += 2) {
      swapped[i] = b[i + 1] as number;
      swapped[i + 1] = b[i] as number;
    }
  }
  try {
    return new TextDecoder("utf-16le", { fatal: true }).decode(swapped);
  } catch {
    throw refuse("the file is marked as UTF-16 but holds a broken character (an unpaired surrogate)", {
      rule: "broken_utf16",
    });
  }
}

function cp1252(b: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192; // String.fromCharCode takes its arguments on the stack
  for (let start = 0; start < b.length; start += CHUNK) {
    const codes = Array.from(b.subarray(start, start + CHUNK), (c) =>
      c >= 0x80 && c < 0xa0 ? (CP1252_HIGH[c - 0x80] as number) : c,
    );
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join("");
}

function lineAt(b: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (b[i] === 0x0a) line++;
  return line;
}

function hex(byte: number): string {
  return byte.toString(16).toUpperCase().padStart(2, "0");
}
