import { describe, expect, it } from "vitest";
import { parseGroupBy } from "../../src/rollup/parseGroupBy.js";
import { periodOf } from "../../src/rollup/periodOf.js";

describe("parseGroupBy", () => {
  it("keeps the order given and accepts Dutch names", () => {
    expect(parseGroupBy("wijk,programme,quarter")).toEqual(["wijk", "programme", "quarter"]);
    expect(parseGroupBy(" Kwartaal , financier")).toEqual(["quarter", "payer"]);
    expect(parseGroupBy("")).toEqual([]);
  });

  it("reports every unknown or repeated dimension at once", () => {
    expect(() => parseGroupBy("wijk,straat,wijk,month,year")).toThrow(/3 problems/);
  });

  it("derives periods from the start date", () => {
    // 1 Jan–31 Mar is Q1; 1 Oct is Q4
    expect([
      periodOf("2024-03-31", "quarter"),
      periodOf("2024-10-01", "quarter"),
      periodOf("2024-10-01", "month"),
      periodOf("2024-10-01", "year"),
    ]).toEqual(["2024-Q1", "2024-Q4", "2024-10", "2024"]);
  });
});
