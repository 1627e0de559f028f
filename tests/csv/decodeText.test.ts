import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCasesCsv } from "../../src/cases/csv/parseCasesCsv.js";
import { decodeText } from "../../src/csv/decodeText.js";
import type { InputError } from "../../src/errors/InputError.js";
import { readCasesCsvFile } from "../../src/node/readCasesCsvFile.js";
import { readTextFile } from "../../src/node/readTextFile.js";

const bytes = (...b: number[]) => new Uint8Array(b);
const utf16 = (s: string, little: boolean) => {
  const out = [little ? 0xff : 0xfe, little ? 0xfe : 0xff];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out.push(...(little ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff]));
  }
  return new Uint8Array(out);
};
// Windows-1252 as Dutch Excel writes it: é E9, â E2, € 80, ’ 92
const CP1252 = bytes(
  0x43,
  0x61,
  0x66,
  0xe9,
  0x3b,
  0x53,
  0xfa,
  0x64,
  0x77,
  0x65,
  0x73,
  0x74,
  0x2d,
  0x46,
  0x72,
  0x79,
  0x73,
  0x6c,
  0xe2,
  0x6e,
  0x3b,
  0x80,
  0x92,
);

function refusal(b: Uint8Array): string {
  try {
    decodeText(b, { file: "x.csv" });
  } catch (e) {
    const is = (e as InputError).issues;
    expect(is).toHaveLength(1);
    expect(is[0]).toMatchObject({ code: "unknown_encoding", file: "x.csv" });
    return is[0]?.message ?? "";
  }
  throw new Error("expected a refusal");
}

describe("decodeText", () => {
  it("reads any text written as UTF-8, with or without a byte-order mark, and as UTF-16 LE or BE with one", () => {
    // control characters other than tab, line feed, form feed and carriage return mark a file as not text
    const isText = (s: string) =>
      !s.startsWith("\ufeff") && [...s].every((c) => c.charCodeAt(0) >= 0x20 || "\t\n\f\r".includes(c));
    const text = fc.string({ unit: "grapheme", maxLength: 40 }).filter(isText);
    fc.assert(
      fc.property(text, (s) => {
        const utf8 = new TextEncoder().encode(s);
        expect(decodeText(utf8).text).toBe(s);
        expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ text: s, encoding: "utf-8" });
        expect(decodeText(utf16(s, true))).toEqual({ text: s, encoding: "utf-16le" });
        expect(decodeText(utf16(s, false))).toEqual({ text: s, encoding: "utf-16be" });
      }),
      { numRuns: 200 },
    );
  });

  it("decodes Windows-1252, as Dutch Excel saves CSV: Café, Súdwest-Fryslân, €, ’", () => {
    expect(decodeText(CP1252)).toEqual({ text: "Café;Súdwest-Fryslân;€’", encoding: "windows-1252" });
  });

  it("refuses what it cannot read, saying what it found", () => {
    expect(refusal(bytes(0x61, 0, 0x62, 0))).toMatch(/zero bytes \(line 1\): UTF-16 without a byte-order mark/);
    expect(refusal(bytes(0x50, 0x4b, 3, 4, 0x14, 0))).toMatch(/zip archive \(an Excel workbook\?\)/);
    expect(refusal(bytes(0xff, 0xfe, 0, 0, 0x61, 0, 0, 0))).toMatch(/UTF-32/);
    expect(refusal(bytes(0x61, 0x0a, 0x62, 0x81))).toMatch(/neither UTF-8 nor Windows-1252: byte 0x81 on line 2/);
    expect(refusal(bytes(0xef, 0xbb, 0xbf, 0x61, 0xe9))).toMatch(/marked as UTF-8 but is not valid UTF-8 on line 1/);
    // "é" in UTF-8, then a Windows-1252 "é" on the next line: decoding either way would garble one of them
    expect(refusal(bytes(0xc3, 0xa9, 0x0a, 0xe9))).toMatch(
      /mixes UTF-8 with another encoding: valid UTF-8 up to line 2/,
    );
    expect(refusal(bytes(0xfe, 0xff, 0, 0x61, 0))).toMatch(/odd number of bytes/);
  });
});

describe("reading files", () => {
  const dir = mkdtempSync(join(tmpdir(), "rendement-enc-"));
  it("reads a Windows-1252 case CSV with Café in the wijk", () => {
    const head = new TextEncoder().encode("id;wijk;start;side;item;quantity\r\nc1;");
    const tail = new TextEncoder().encode(";2024-03-01;zonder;zorg.seh-bezoek;2\r\n");
    const f = join(dir, "cp1252.csv");
    writeFileSync(f, new Uint8Array([...head, 0x43, 0x61, 0x66, 0xe9, 0x62, 0x75, 0x75, 0x72, 0x74, ...tail]));
    expect(readCasesCsvFile(f).cases[0]?.wijk).toBe("Cafébuurt");
  });

  it('reads a UTF-16 CSV as Excel\'s "Unicode text" writes it', () => {
    const f = join(dir, "utf16.csv");
    writeFileSync(
      f,
      utf16("id;wijk;start;side;item;quantity\r\nc1;Súdwest-Fryslân;2024-03-01;zonder;zorg.seh-bezoek;2\r\n", true),
    );
    expect(parseCasesCsv(readTextFile(f)).cases[0]?.wijk).toBe("Súdwest-Fryslân");
  });

  it("refuses a folder, and a file over the limit with what to do instead", () => {
    expect(() => readTextFile(dir)).toThrow(/folder/);
    const f = join(dir, "big.json");
    writeFileSync(f, "x".repeat(2000));
    try {
      readTextFile(f, { maxBytes: 1000, beyond: "JSON lines (.jsonl): one case per line, streamed" });
      expect.unreachable();
    } catch (e) {
      expect((e as InputError).issues[0]).toMatchObject({
        file: f,
        message: "is 0.0 MB, more than the 0.0 MB read whole",
        expected: "JSON lines (.jsonl): one case per line, streamed",
      });
    }
  });
});
