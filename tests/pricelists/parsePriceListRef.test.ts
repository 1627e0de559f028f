import { describe, expect, it } from "vitest";
import { parsePriceListRef } from "../../src/pricelists/parsePriceListRef.js";

describe("parsePriceListRef", () => {
  it("parses id and id@version", () => {
    expect(parsePriceListRef("sociaal-domein@2024")).toEqual({ id: "sociaal-domein", version: "2024" });
    expect(parsePriceListRef("thuis-in-zuidoost@voorbeeld-2024")).toEqual({
      id: "thuis-in-zuidoost",
      version: "voorbeeld-2024",
    });
    expect(parsePriceListRef("sociaal-domein")).toEqual({ id: "sociaal-domein" });
  });

  it.each(["", "@2024", "Sociaal", "a@", "a@b@c", "a b", "a@.1"])("refuses %j", (s) => {
    expect(parsePriceListRef(s)).toBeUndefined();
  });
});
