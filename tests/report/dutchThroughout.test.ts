import { describe, expect, it } from "vitest";
import { allReports } from "./allReports.js";
import { DUTCH, ENGLISH, found, prose } from "./languageWords.js";

describe("Dutch throughout", () => {
  it("no English word of the code reaches any Dutch report, in any format", () => {
    const leaks = allReports("nl")
      // (the text form of the list cannot lose its sources column, which holds English titles: md and csv are checked)
      .filter(([name]) => name !== "pricelist/show.nl.txt")
      .flatMap(([name, text]) => found(prose(text, name), ENGLISH, "iu").map((w) => `${name}: ${w}`));
    expect(leaks).toEqual([]);
  });
  it("no Dutch word of the dictionary reaches an English report where an English word exists", () => {
    const leaks = allReports("en")
      // The audit example's reasons and the price lists' Dutch titles are the user's data.
      .filter(([name]) => !name.startsWith("audit/") && !name.startsWith("pricelist/show"))
      .flatMap(([name, text]) => found(prose(text, name), DUTCH, "u").map((w) => `${name}: ${w}`));
    expect(leaks).toEqual([]);
  });
});
