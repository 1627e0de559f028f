import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { acceptCase } from "../../src/cases/acceptCase.js";
import { parseCaseFile } from "../../src/cases/parseCaseFile.js";
import { safeParseCaseFile } from "../../src/cases/safeParseCaseFile.js";
import { caseFileSchema, caseSchema } from "../../src/cases/schema.js";
import { check } from "../../src/schemas/validate.js";

interface Pools {
  dates: string[];
  amounts: string[];
  quantities: (string | number)[];
  ids: string[];
  text: string[];
  extra: boolean;
}

// Values that sit on the edges of what each field accepts, and values that are all valid.
const EDGES: Pools = {
  dates: ["2024-01-16", "2024-02-29", "2023-02-29", "2024-13-01", "2024-1-5", "2025-06-30", "", "2024-12-31"],
  amounts: ["0", "12.50", "1234.567", "-0.00", "1e3", "90071992547409.91", "90071992547409.92", " 5", "3,00", "7"],
  quantities: [0, 1, 2.5, -0, -1, 1e21, 1e15, "2.5", "-0", "0.0000001", "1234567890123456", "abc", "", "007"],
  ids: ["a.b-c", "A", "x".repeat(121), "justitie.detentie.dag", "-a", "gemeente"],
  text: ["r", ""],
  extra: true,
};
const VALID: Pools = {
  dates: ["2024-01-16", "2024-02-29", "2024-12-31"],
  amounts: ["0", "12.50", "7", "90071992547409.91"],
  quantities: [0, 1, 2.5, "2.5", "0.0000001", "007", 1e14],
  ids: ["a.b-c", "justitie.detentie.dag", "gemeente"],
  text: ["r"],
  extra: false,
};

function caseArbitrary(p: Pools, lineForms: "any" | "valid") {
  const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);
  const period = fc.record({ from: pick(p.dates), through: pick(p.dates) });
  const anyLine = fc.record(
    {
      item: pick(p.ids),
      quantity: pick(p.quantities),
      period,
      rate: fc.record({ quantity: pick(p.quantities), per: pick(["day", "week", "fortnight", "year"]) }),
      amount: pick(p.amounts),
      range: fc.record({ low: pick(p.amounts), high: pick(p.amounts) }),
      per: pick(["day", "month", "hour"]),
      description: pick(p.text),
      payer: pick(p.ids),
      domain: pick(p.ids),
      transfer: fc.boolean(),
      cashable: pick([true, false, "yes"]),
      date: pick(p.dates),
      intervention: fc.boolean(),
      reason: pick(p.text),
      note: pick(["", "n", 3]),
      extra: pick([1]),
    },
    { requiredKeys: [] },
  );
  const validLine = fc.oneof(
    fc.record(
      { item: pick(p.ids), quantity: pick(p.quantities), reason: pick(p.text) },
      { requiredKeys: ["item", "quantity"] },
    ),
    fc.record({ item: pick(p.ids), period: fc.constant({ from: "2024-01-16", through: "2024-06-30" }) }),
    fc.record({
      item: pick(p.ids),
      period: fc.constant({ from: "2024-01-16", through: "2024-06-30" }),
      rate: fc.record({ quantity: pick(p.quantities), per: pick(["day", "week", "year"]) }),
    }),
    fc.record(
      {
        amount: pick(p.amounts),
        description: pick(p.text),
        payer: pick(p.ids),
        domain: pick(p.ids),
        transfer: fc.boolean(),
      },
      { requiredKeys: ["amount", "description", "payer", "domain"] },
    ),
  );
  const line = lineForms === "any" ? anyLine : validLine;
  const lines = fc.array(line, { maxLength: 3 });
  const measurement = fc.record(
    {
      date: pick(p.dates),
      scores: fc.dictionary(
        pick(p.extra ? ["", "x", "__proto__", "score"] : ["x", "score"]),
        pick(p.extra ? [1, 5.5, "3"] : [1, 5.5]),
      ),
    },
    { requiredKeys: ["scores"] },
  );
  return fc.record(
    {
      id: pick(p.extra ? ["c1", ""] : ["c1"]),
      wijk: pick(p.extra ? ["WK079601", "__proto__", ""] : ["WK079601", "__proto__"]),
      programme: pick(p.extra ? ["A", ""] : ["A"]),
      start: pick(p.dates),
      end: pick(p.extra ? p.dates : ["2024-12-31"]),
      pricelist: pick(p.extra ? ["sociaal-domein", "sociaal-domein@2024", "Sociaal", "a@"] : ["sociaal-domein@2024"]),
      counterfactual: fc.oneof(
        lines,
        fc.record({
          alternatives: fc.array(
            fc.record(
              { probability: pick(p.extra ? ["0.5", 0.5, "1", "0.25", "1.5", -0.5, "x"] : ["1"]), lines },
              { requiredKeys: ["probability", "lines"] },
            ),
            { minLength: p.extra ? 0 : 1, maxLength: p.extra ? 3 : 1 },
          ),
        }),
      ),
      actual: lines,
      wellbeing: fc.array(
        fc.record(
          {
            instrument: pick(p.extra ? ["levenstevredenheid", "positieve-gezondheid", "X"] : ["levenstevredenheid"]),
            before: measurement,
            after: measurement,
          },
          { requiredKeys: ["instrument", "before"] },
        ),
        { maxLength: p.extra ? 2 : 1 },
      ),
      followUp: fc.array(
        fc.record(
          {
            date: fc.constant("2024-12-31"),
            status: pick(p.extra ? ["held", "relapsed", "unknown", "gone"] : ["held", "unknown"]),
          },
          { requiredKeys: ["date", "status"] },
        ),
        { maxLength: 2 },
      ),
      pm: fc.array(fc.record({ description: pick(p.text), domain: pick(p.ids) }, { requiredKeys: ["description"] }), {
        maxLength: 2,
      }),
      notes: pick(p.extra ? ["", 1] : [""]),
      ...(p.extra ? { wijkcode: pick(["typo"]) } : {}),
    },
    { requiredKeys: p.extra ? [] : ["id", "wijk", "start", "counterfactual", "actual"] },
  );
}

// The generated objects go through JSON text, as every case that reaches the quick check does.
const asParsed = (x: unknown): unknown => JSON.parse(JSON.stringify(x));

describe("acceptCase: the quick check agrees with the case schema", () => {
  it("accepts exactly what the schema accepts, for cases on the edges of every field", () => {
    fc.assert(
      fc.property(fc.oneof(caseArbitrary(EDGES, "any"), caseArbitrary(VALID, "any")), (x) => {
        const data = asParsed(x);
        expect(acceptCase(data)).toBe(check(caseSchema, data).ok);
      }),
      { numRuns: 1500 },
    );
  });

  it("accepts mostly valid cases that the schema accepts (so the quick path is the usual one)", () => {
    fc.assert(
      fc.property(caseArbitrary(VALID, "valid"), (x) => {
        const data = asParsed(x);
        expect(check(caseSchema, data).ok).toBe(true);
        expect(acceptCase(data)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("accepts every case of the shipped examples", () => {
    const files = ["examples/", "examples/district/"].flatMap((d) =>
      readdirSync(d)
        .filter((f) => f.endsWith(".json"))
        .map((f) => d + f),
    );
    let n = 0;
    for (const f of files) {
      const data = JSON.parse(readFileSync(f, "utf8")) as { cases?: { id: string }[] };
      for (const c of data.cases ?? []) {
        expect(acceptCase(c), `${f} ${c.id}`).toBe(true);
        n++;
      }
    }
    expect(n).toBeGreaterThan(10);
  });

  it("leaves to the schema what it does not know: an organisation's own status, undefined fields, non-plain objects", () => {
    const base = { id: "a", wijk: "w", start: "2024-01-01", counterfactual: [], actual: [] };
    expect(acceptCase(base)).toBe(true);
    expect(acceptCase({ ...base, followUp: [{ date: "2024-02-01", status: "x-verhuisd" }] })).toBe(false);
    expect(check(caseSchema, { ...base, followUp: [{ date: "2024-02-01", status: "x-verhuisd" }] }).ok).toBe(true);
    expect(acceptCase({ ...base, notes: undefined })).toBe(false);
    expect(acceptCase(Object.assign(Object.create({ polluted: true }), base))).toBe(false);
    expect(
      acceptCase(
        JSON.parse('{"id":"a","wijk":"w","start":"2024-01-01","counterfactual":[],"actual":[],"__proto__":{}}'),
      ),
    ).toBe(false);
  });
});

describe("parseCaseFile takes the quick path and gives what the schema gives", () => {
  it("property: the same cases as the schema's copies, or the same issues, for files on the edges of every field", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(caseArbitrary(EDGES, "any"), caseArbitrary(VALID, "valid")), { maxLength: 3 }),
        (xs) => {
          // Ids repeat from the third case on, so the file's own rule (unique ids) is met and broken.
          const data = asParsed({ cases: xs.map((x, i) => ({ ...(x as object), id: `c${i % 2}` })) });
          const bySchema = check(caseFileSchema, data);
          const r = safeParseCaseFile(data);
          if (bySchema.ok) expect(r.success && JSON.stringify(r.data.cases)).toBe(JSON.stringify(bySchema.value.cases));
          else expect(!r.success && r.issues).toEqual(bySchema.issues);
        },
      ),
      { numRuns: 800 },
    );
  });

  it("keeps the input's own case objects when each is accepted, and copies one it cannot mark (frozen)", () => {
    const data = JSON.parse(readFileSync("examples/ns-jaarkaart.json", "utf8")) as { cases: object[] };
    const parsed = parseCaseFile(data);
    expect(parsed.cases[0]).toBe(data.cases[0]);
    // JSON of the input is unchanged: the mark is a non-enumerable symbol.
    expect(JSON.stringify(parsed.cases)).toBe(JSON.stringify(data.cases));
    const frozen = { cases: data.cases.map((c) => Object.freeze(structuredClone(c))) };
    const copied = parseCaseFile(frozen);
    expect(copied.cases[0]).not.toBe(frozen.cases[0]);
    expect(copied.cases).toEqual(frozen.cases);
  });
});
