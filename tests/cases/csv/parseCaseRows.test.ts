import { describe, expect, it } from "vitest";
import { parseClaimRows } from "../../../src/audit/parseClaimRows.js";
import { parseCaseRows } from "../../../src/cases/csv/parseCaseRows.js";
import { parseCasesCsv } from "../../../src/cases/csv/parseCasesCsv.js";
import type { InputError } from "../../../src/errors/InputError.js";

// Rows as a spreadsheet reader hands them over: row numbers of the sheet, cells as text.
const head = { line: 1, cells: ["id", "wijk", "start", "side", "item", "quantity"] };

describe("parseCaseRows: the one row → case mapping, whatever the rows came from", () => {
  it("reads the same cases from rows as from the CSV text of those rows", () => {
    const rows = [head, { line: 2, cells: ["c1", "WK079601", "2024-03-01", "zonder", "zorg.seh-bezoek", "2,5"] }];
    const csv = rows.map((r) => r.cells.join(";")).join("\r\n");
    expect(parseCaseRows(rows, { dialect: "nl" }).file).toEqual(parseCasesCsv(csv));
  });

  it("names the sheet's row and column, and the file", () => {
    try {
      parseCaseRows([head, { line: 7, cells: ["", "A", "2024-01-01", "met", "zorg.seh-bezoek", "1"] }], {
        dialect: "intl",
        file: "cases.xlsx",
      });
      expect.unreachable();
    } catch (e) {
      expect((e as InputError).issues).toEqual([
        expect.objectContaining({
          file: "cases.xlsx",
          path: ["row", 7, "id"],
          message: expect.stringMatching(/^row 7, column id: /),
        }),
      ]);
    }
  });

  it("locates a problem found after parsing (an unknown item) at its row and column", () => {
    const r = parseCaseRows([head, { line: 4, cells: ["c1", "A", "2024-01-01", "met", "zorg.seh", "1"] }], {
      dialect: "intl",
    });
    expect(r.locate(["cases", 0, "actual", 0, "item"])).toEqual({ line: 4, column: "item" });
  });

  it("reads claims from rows with the same row and column in its messages", () => {
    const rows = [
      { line: 1, cells: ["id", "caseId", "date", "amount", "purpose", "claimedSavings"] },
      { line: 3, cells: ["w1", "c1", "2024-03-04", "1250,00", "huur", "7500,00"] },
      { line: 4, cells: ["w2", "c1", "2024-03-04", "12,345", "huur", "1"] },
    ];
    try {
      parseClaimRows(rows, { dialect: "nl", file: "claims.xlsx" });
      expect.unreachable();
    } catch (e) {
      expect((e as InputError).issues.map((i) => [i.path, i.message.slice(0, 22)])).toEqual([
        [["row", 4, "amount"], "row 4, column amount: "],
      ]);
    }
    expect(parseClaimRows(rows.slice(0, 2), { dialect: "nl" }).claims[0]?.amount).toBe("1250.00");
  });
});
