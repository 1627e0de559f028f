import { describe, expect, it } from "vitest";
import { markdownTable } from "../../src/report/markdownTable.js";

describe("markdownTable", () => {
  it("writes a header, an alignment row and one row per record", () => {
    expect(markdownTable(["Wijk", "Netto"], [["Noord", "€ 1,00"]], ["l", "r"])).toBe(
      "| Wijk | Netto |\n| --- | ---: |\n| Noord | € 1,00 |",
    );
  });

  it("keeps data from breaking the table or becoming live HTML", () => {
    const md = markdownTable(["Wijk"], [['A|B <img src=x onerror="x">'], ["twee\nregels"]]);
    expect(md).toContain('| A\\|B &lt;img src=x onerror="x"> |');
    expect(md).not.toContain("<img");
    expect(md).toContain("| twee regels |");
  });
});
