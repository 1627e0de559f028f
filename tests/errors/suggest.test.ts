import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { suggest } from "../../src/errors/suggest.js";

describe("suggest", () => {
  it("finds the item code one letter short (worked example of issue 14)", () => {
    const codes = ["justitie.detentie.dag", "justitie.detentie.jaar", "zorg.ggz.opname.dag"];
    expect(suggest("justitie.detenti.jaar", codes)).toBe("justitie.detentie.jaar");
  });

  it("finds an option with two letters missing, and a swapped pair counts one edit", () => {
    expect(suggest("grouby", ["pricelist", "group-by", "format"])).toBe("group-by");
    expect(suggest("fromat", ["pricelist", "group-by", "format"])).toBe("format");
  });

  it("ignores case and says nothing when no candidate is close", () => {
    expect(suggest("WIJK", ["wijk", "payer"])).toBe("wijk");
    expect(suggest("xyz", ["wijk", "payer"])).toBeUndefined();
    expect(suggest("__proto__", ["wijk", "programme", "month", "quarter", "year", "payer"])).toBeUndefined();
    expect(suggest("anything", [])).toBeUndefined();
  });

  it("prefers the nearer candidate, and the first of equally near ones", () => {
    expect(suggest("kwartal", ["kwartaal", "kwartalen"])).toBe("kwartaal");
    expect(suggest("cat", ["bat", "hat"])).toBe("bat");
  });

  it("suggests any word of three or more letters from one deletion, insertion or swap", () => {
    const word = fc.stringMatching(/^[a-z][a-z.-]{2,20}$/);
    fc.assert(
      fc.property(word, fc.nat(), fc.constantFrom("delete", "insert", "swap"), (w, at, kind) => {
        const i = at % (w.length - 1);
        const typo =
          kind === "delete"
            ? w.slice(0, i) + w.slice(i + 1)
            : kind === "insert"
              ? `${w.slice(0, i)}q${w.slice(i)}`
              : w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
        expect(suggest(typo, [w])).toBe(w);
      }),
    );
  });
});
