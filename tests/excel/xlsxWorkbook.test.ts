import * as XLSX from "@e965/xlsx";
import { describe, expect, it } from "vitest";
import { exactNumber } from "../../src/node/xlsx/exactNumber.js";
import { isoDateSerial, serialIsoDate } from "../../src/node/xlsx/isoDateSerial.js";
import { xlsxWorkbook } from "../../src/node/xlsx/xlsxWorkbook.js";

// Reads a written workbook back the way a spreadsheet program would see it.
function sheetXml(bytes: Uint8Array, n: number): string {
  const zip = XLSX.CFB.read(bytes, { type: "buffer" });
  const at = (zip.FullPaths as string[]).findIndex((p) => p.endsWith(`/xl/worksheets/sheet${n}.xml`));
  return new TextDecoder().decode(zip.FileIndex[at].content);
}

const table = {
  name: "Totalen per wijk",
  columns: [{ title: "Wijk" }, { title: "Casussen" }, { title: "Netto" }, { title: "Ratio" }, { title: "Start" }],
  rows: [
    {
      cells: [
        '=HYPERLINK("http://x")',
        { kind: "integer" as const, value: 1200 },
        { kind: "amount" as const, value: "-1234567.89" },
        { kind: "decimal" as const, value: "11.1111" },
        { kind: "date" as const, iso: "2024-03-01" },
      ],
    },
    {
      cells: [
        { kind: "text" as const, text: "Zuid" },
        { kind: "none" as const },
        { kind: "amount" as const, value: "0.10" },
        { kind: "none" as const },
        { kind: "date" as const, iso: "2024-Q1" },
      ],
    },
  ],
};

describe("xlsxWorkbook", () => {
  it("writes amounts as euro numbers, counts and decimals as numbers, dates as dates", async () => {
    const bytes = await xlsxWorkbook([table]);
    const wb = XLSX.read(bytes, { type: "buffer", cellNF: true });
    expect(wb.SheetNames).toEqual(["Totalen per wijk"]);
    const ws = wb.Sheets["Totalen per wijk"] as XLSX.WorkSheet;
    expect(ws.A1).toMatchObject({ t: "s", v: "Wijk" });
    expect(ws.B2).toMatchObject({ t: "n", v: 1200, z: "#,##0" });
    expect(ws.C2).toMatchObject({ t: "n", v: -1234567.89, z: '"€" #,##0.00;"€" -#,##0.00' });
    expect(ws.C3).toMatchObject({ t: "n", v: 0.1 });
    expect(ws.D2).toMatchObject({ t: "n", v: 11.1111 });
    expect(ws.E2).toMatchObject({ t: "n", v: 45352, z: "yyyy-mm-dd" });
    expect(ws.E3).toMatchObject({ t: "s", v: "2024-Q1" });
    expect(ws.B3).toBeUndefined();
  });

  it("neutralises a text cell that a spreadsheet would run as a formula, and writes no formula", async () => {
    const bytes = await xlsxWorkbook([table]);
    const ws = XLSX.read(bytes, { type: "buffer", cellFormula: true }).Sheets["Totalen per wijk"] as XLSX.WorkSheet;
    expect(ws.A2).toMatchObject({ t: "s", v: '\'=HYPERLINK("http://x")' });
    expect(ws.A2?.f).toBeUndefined();
    expect(sheetXml(bytes, 1)).not.toContain("<f>");
  });

  it("freezes the header row of every sheet and adds a filter", async () => {
    const bytes = await xlsxWorkbook([table, { ...table, name: "Totalen per wijk" }]);
    for (const n of [1, 2]) {
      expect(sheetXml(bytes, n)).toContain(
        '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>',
      );
      expect(sheetXml(bytes, n)).toContain('<autoFilter ref="A1:E3"/>');
    }
    // the second sheet of the same name is made unique
    expect(XLSX.read(bytes, { type: "buffer" }).SheetNames).toEqual(["Totalen per wijk", "Totalen per wijk (2)"]);
  });

  it("writes the same bytes for the same tables", async () => {
    expect(Buffer.from(await xlsxWorkbook([table])).equals(Buffer.from(await xlsxWorkbook([table])))).toBe(true);
  });

  it("shortens and cleans sheet names Excel would refuse", async () => {
    const bytes = await xlsxWorkbook([{ ...table, name: "a/b:c*d?e[f]g\\h and a name far longer than thirty-one" }]);
    const [name] = XLSX.read(bytes, { type: "buffer" }).SheetNames;
    expect(name).toBe("a b c d e f g h and a name far");
    expect(name?.length).toBeLessThanOrEqual(31);
  });
});

describe("exactNumber", () => {
  it("gives the number only when it stands for exactly the decimal", () => {
    expect(exactNumber("-1234.50")).toBe(-1234.5);
    expect(exactNumber("0.00")).toBe(0);
    expect(exactNumber("-0.00")).toBe(0);
    expect(exactNumber("9999999999999.99")).toBe(9999999999999.99);
    expect(exactNumber("90071992547409.93")).toBeUndefined(); // 16 digits: a double cannot hold it
    expect(exactNumber("12345678901234567.89")).toBeUndefined();
    expect(exactNumber("1e5")).toBeUndefined();
    expect(exactNumber("abc")).toBeUndefined();
  });
});

describe("isoDateSerial", () => {
  it("counts days as spreadsheets do and back", () => {
    expect(isoDateSerial("2024-03-01")).toBe(45352);
    expect(isoDateSerial("1900-03-01")).toBe(61);
    expect(isoDateSerial("1900-02-28")).toBeUndefined();
    expect(isoDateSerial("2023-02-29")).toBeUndefined();
    expect(serialIsoDate(45352)).toBe("2024-03-01");
    expect(serialIsoDate(45352.75)).toBe("2024-03-01");
  });
});
