import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as XLSX from "@e965/xlsx";
import { beforeAll, describe, expect, it } from "vitest";
import { InputError } from "../../src/errors/InputError.js";
import { readXlsxRows } from "../../src/node/xlsx/readXlsxRows.js";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "rendement-xlsx-"));
});

// A workbook as a spreadsheet program leaves it: typed cells, a formula with
// its cached value, an emptied row, a second sheet.
function workbook(): string {
  const ws = XLSX.utils.aoa_to_sheet([
    ["id", "wijk", "start", "amount", "transfer"],
    ["c1", "Zuid", 45352, 1250.5, true],
    [],
    ["", "", "", "", ""],
    ["c2", "Noord", 45353, 0, false],
  ]);
  (ws.C2 as XLSX.CellObject).z = "d-m-yyyy";
  (ws.C5 as XLSX.CellObject).z = "dd/mm/yyyy";
  ws.D5 = { t: "n", v: 0.30000000000000004, f: "0.1+0.2" };
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, "Casussen");
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([["x"], ["y"]]), "Toelichting");
  const file = join(dir, "book.xlsx");
  writeFileSync(file, XLSX.write(wb, { type: "buffer", bookType: "xlsx" }));
  return file;
}

async function problem(p: Promise<unknown>) {
  try {
    await p;
  } catch (e) {
    if (e instanceof InputError) return e.issues;
    throw e;
  }
  throw new Error("expected an InputError");
}

describe("readXlsxRows", () => {
  it("reads the first sheet as the text a CSV would hold, skipping empty rows, keeping row numbers", async () => {
    const { sheet, rows } = await readXlsxRows(workbook());
    expect(sheet).toBe("Casussen");
    expect(rows).toEqual([
      { line: 1, cells: ["id", "wijk", "start", "amount", "transfer"] },
      { line: 2, cells: ["c1", "Zuid", "2024-03-01", "1250.5", "true"] },
      { line: 5, cells: ["c2", "Noord", "2024-03-02", "0.3", "false"] },
    ]);
  });

  it("reads a sheet by name, case-insensitively", async () => {
    const { sheet, rows } = await readXlsxRows(workbook(), { sheet: "toelichting" });
    expect(sheet).toBe("Toelichting");
    expect(rows.map((r) => r.cells)).toEqual([["x"], ["y"]]);
  });

  it("names the sheets a workbook has when the asked one is missing", async () => {
    const file = workbook();
    expect(await problem(readXlsxRows(file, { sheet: "Blad1" }))).toEqual([
      {
        code: "unknown_sheet",
        file,
        path: [],
        message: 'the workbook has no sheet "Blad1"',
        expected: "one of: Casussen, Toelichting",
        params: { sheet: "Blad1", known: "Casussen, Toelichting" },
      },
    ]);
  });

  it("refuses a file that is not an .xlsx workbook, and an old .xls, naming the file", async () => {
    const csv = join(dir, "not.xlsx");
    writeFileSync(csv, "id;wijk\n");
    expect(await problem(readXlsxRows(csv))).toMatchObject([{ code: "invalid_workbook", file: csv }]);
    const xls = join(dir, "old.xlsx");
    writeFileSync(xls, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    expect(await problem(readXlsxRows(xls))).toMatchObject([{ code: "unsupported_workbook", file: xls }]);
    const broken = join(dir, "broken.xlsx");
    writeFileSync(broken, Buffer.from("PK\u0003\u0004garbage"));
    expect(await problem(readXlsxRows(broken))).toMatchObject([{ code: "invalid_workbook", file: broken }]);
    expect(await problem(readXlsxRows(join(dir, "missing.xlsx")))).toMatchObject([
      { code: "unreadable_file", message: "file not found" },
    ]);
  });
});
