import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvTable } from "../../src/csv/csvTable.js";
import { parseCsv } from "../../src/csv/parseCsv.js";

describe("parseCsv", () => {
  it("reads back any table csvTable writes (text cells that need no neutralising)", () => {
    const cell = fc.string({ maxLength: 8 }).filter((s) => !/^'*[=+\-@\t\r]/.test(s));
    fc.assert(
      fc.property(
        fc.constantFrom("nl" as const, "intl" as const),
        fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 5 }),
        (dialect, rows) => {
          const back = parseCsv(csvTable(["a", "b"], rows, { dialect }), { separator: dialect === "nl" ? ";" : "," });
          expect(back.map((r) => r.cells)).toEqual([["a", "b"], ...rows]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("keeps quoted separators and line breaks, and counts lines", () => {
    expect(parseCsv('\ufeffa;b\r\n"x;y";"1\n2"\r\n\r\nz;"say ""hi"""\n')).toEqual([
      { line: 1, cells: ["a", "b"] },
      { line: 2, cells: ["x;y", "1\n2"] },
      { line: 5, cells: ["z", 'say "hi"'] },
    ]);
  });

  it("takes the separator from the first non-blank line", () => {
    expect(parseCsv("\n\r\n  \na;b\n1,5;2\n")).toEqual([
      { line: 3, cells: ["  "] },
      { line: 4, cells: ["a", "b"] },
      { line: 5, cells: ["1,5", "2"] },
    ]);
  });
});

describe("csvTable for Excel", () => {
  it("starts the Dutch dialect with a byte-order mark, so Excel shows Súdwest-Fryslân, and reads it back", () => {
    const nl = csvTable(["wijk"], [["Súdwest-Fryslân"]]);
    expect(nl).toBe("\ufeffwijk\r\nSúdwest-Fryslân\r\n");
    expect(parseCsv(nl).map((r) => r.cells)).toEqual([["wijk"], ["Súdwest-Fryslân"]]);
    expect(csvTable(["wijk"], [["x"]], { dialect: "intl" })).toBe("wijk\r\nx\r\n");
  });
});
