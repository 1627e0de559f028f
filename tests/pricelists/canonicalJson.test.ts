import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalJson } from "../../src/pricelists/canonicalJson.js";

describe("canonicalJson", () => {
  it("sorts keys, drops undefined fields and whitespace", () => {
    expect(canonicalJson({ b: 1, a: [3, { d: undefined, c: "x" }], e: null })).toBe(
      '{"a":[3,{"c":"x"}],"b":1,"e":null}',
    );
    expect(canonicalJson([undefined])).toBe("[null]");
    expect(canonicalJson(10n)).toBe('"10"');
  });

  it("refuses non-finite numbers", () => {
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(TypeError);
  });

  it("is the same for any key order and parses back to an equal value (property)", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const text = canonicalJson(v);
        const reversed = JSON.parse(JSON.stringify(v), (_k, x) =>
          x && typeof x === "object" && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).reverse()) : x,
        );
        expect(canonicalJson(reversed)).toBe(text);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(v)));
      }),
    );
  });
});
