import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonChunks } from "../../src/cli/jsonChunks.js";

describe("jsonChunks", () => {
  it("writes exactly what JSON.stringify writes, in pieces", () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), fc.jsonValue()),
        fc.array(fc.jsonValue(), { maxLength: 1200 }),
        (head, items) => {
          const whole = `${JSON.stringify({ ...head, cases: items }, null, 2)}\n`;
          const { cases: _ignored, ...rest } = head;
          expect([...jsonChunks(rest, "cases", items)].join("")).toBe(
            `${JSON.stringify({ ...rest, cases: items }, null, 2)}\n`,
          );
          if (!("cases" in head)) expect([...jsonChunks(head, "cases", items)].join("")).toBe(whole);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("keeps a large result in many pieces", () => {
    const chunks = [
      ...jsonChunks(
        { lists: [] },
        "cases",
        Array.from({ length: 2000 }, (_, i) => ({ id: `c${i}` })),
      ),
    ];
    expect(chunks.length).toBeGreaterThan(4);
  });
});
