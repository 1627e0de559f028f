import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { InputError } from "../../src/errors/InputError.js";
import { inexactNumbers, parseJsonText } from "../../src/schemas/parseJsonText.js";

describe("parseJsonText", () => {
  it("refuses a number that JSON would read as another (1.0000000000000001 as 1), naming its path", () => {
    try {
      parseJsonText('{"cases": [{"actual": [{"item": "x", "quantity": 1.0000000000000001}]}]}', { file: "c.json" });
      expect.unreachable();
    } catch (e) {
      expect((e as InputError).issues).toEqual([
        {
          code: "inexact_number",
          file: "c.json",
          path: ["cases", 0, "actual", 0, "quantity"],
          message: "the number 1.0000000000000001 has more digits than a JSON number keeps: it would be read as 1",
          expected:
            'amounts and quantities as decimal strings ("1.0000000000000001") or numbers that read back exactly',
          params: { literal: "1.0000000000000001", read: "1" },
        },
      ]);
    }
  });

  it("finds every inexact literal with its path, past strings with quotes, commas and brackets", () => {
    const text =
      '{"a,[": "x,\\"{y", "q": [1, 1.0000000000000001, {"z": 12345678901234567, "w": 1e400}], "k": -0.10000000000000001, "ok": [0.1, 100e-2, 1.50, 123456789012345]}';
    expect(inexactNumbers(text)).toEqual([
      { literal: "1.0000000000000001", path: ["q", 1] },
      { literal: "12345678901234567", path: ["q", 2, "z"] },
      { literal: "1e400", path: ["q", 2, "w"] },
      { literal: "-0.10000000000000001", path: ["k"] },
    ]);
  });

  it("accepts every number that reads back as written (any double's shortest text, and up to 15 digits)", () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }).filter((x) => !Object.is(x, -0)),
        (x) => {
          expect(parseJsonText(`[${JSON.stringify(x)}]`)).toEqual([x]);
        },
      ),
    );
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n - 1n }), fc.integer({ min: 0, max: 15 }), (n, scale) => {
        const s = n.toString().padStart(scale + 1, "0");
        const lit = scale === 0 ? s : `${s.slice(0, -scale)}.${s.slice(-scale)}`;
        expect(inexactNumbers(`{"q":${lit}}`)).toEqual([]);
      }),
    );
  });

  it("says a syntax error is one", () => {
    try {
      parseJsonText('{\n  "a": 1,\n  "b": }', { file: "c.json" });
      expect.unreachable();
    } catch (e) {
      expect((e as InputError).issues[0]?.message).toMatch(/^not valid JSON/);
    }
  });
});
