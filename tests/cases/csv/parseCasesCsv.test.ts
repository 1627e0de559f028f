import fc from "fast-check";
import { describe, expect, it } from "vitest";
import wijk from "../../../examples/wijk-voorbeelden.json" with { type: "json" };
import { casesCsv } from "../../../src/cases/csv/casesCsv.js";
import { parseCasesCsv } from "../../../src/cases/csv/parseCasesCsv.js";
import { parseCaseFile } from "../../../src/cases/parseCaseFile.js";
import type { CaseInput } from "../../../src/cases/schema.js";
import { InputError } from "../../../src/errors/InputError.js";

// Texts that look neutralised already ("'=x", "''-1") must come back unchanged too.
const text = fc
  .oneof(
    fc.string({ minLength: 1, maxLength: 12 }),
    fc
      .tuple(fc.constantFrom("'", "''"), fc.constantFrom("=", "+", "-", "@"), fc.string({ maxLength: 4 }))
      .map((p) => p.join("")),
  )
  .filter((s) => s.trim() === s && s !== "");
const dec = fc
  .tuple(fc.integer({ min: 0, max: 99999 }), fc.integer({ min: 0, max: 99 }))
  .map(([a, b]) => `${a}.${String(b).padStart(2, "0")}`);
const date = fc.constantFrom("2024-02-01", "2024-06-30", "2025-01-15");
const lineArb = fc.oneof(
  fc.record(
    { item: fc.constantFrom("zorg.seh-bezoek", "justitie.detentie.dag"), quantity: dec },
    { requiredKeys: ["item", "quantity"] },
  ),
  fc.record({
    item: fc.constant("ondersteuning.begeleiding-thuis.uur"),
    period: fc.constant({ from: "2024-02-01", through: "2024-03-31" }),
    rate: fc.record({ quantity: fc.constantFrom("2", "1.5"), per: fc.constantFrom("week" as const, "month" as const) }),
  }),
  fc.record(
    {
      amount: dec,
      description: text,
      payer: fc.constantFrom("gemeente.werkbudget", "zvw"),
      domain: fc.constant("wonen"),
      intervention: fc.boolean(),
      cashable: fc.boolean(),
      date,
    },
    { requiredKeys: ["amount", "description", "payer", "domain"] },
  ),
);
const withReason = fc.tuple(lineArb, fc.option(text, { nil: undefined })).map(([l, r]) => {
  const { intervention: _i, ...rest } = l as { intervention?: boolean };
  return r === undefined ? rest : { ...rest, reason: r };
});

const caseArb: fc.Arbitrary<CaseInput> = fc
  .record({
    wijk: fc.constantFrom("WK079601", '=HYPERLINK("x")', 'Noord; "oud"', "-min"),
    programme: fc.option(text, { nil: undefined }),
    start: date,
    cf: fc.oneof(
      fc.array(withReason, { maxLength: 3 }),
      fc
        .constant(null)
        .chain(() => fc.tuple(fc.array(withReason, { maxLength: 2 }), fc.array(withReason, { maxLength: 2 })))
        .map(([a, b]) => ({
          alternatives: [
            { probability: "0.25", label: "opname", lines: a },
            { probability: "0.75", label: "thuis", lines: b },
          ],
        })),
    ),
    actual: fc.array(lineArb, { maxLength: 3 }),
    wb: fc.option(
      fc.record({
        b: fc.integer({ min: 1, max: 10 }),
        a: fc.option(fc.integer({ min: 1, max: 10 }), { nil: undefined }),
      }),
      { nil: undefined },
    ),
  })
  .map((x) => ({
    id: "",
    wijk: x.wijk,
    ...(x.programme !== undefined ? { programme: x.programme } : {}),
    start: x.start,
    counterfactual: x.cf,
    actual: x.actual,
    ...(x.wb
      ? {
          wellbeing: [
            {
              instrument: "rapportcijfer",
              before: { date: x.start, scores: { cijfer: x.wb.b } },
              ...(x.wb.a !== undefined ? { after: { scores: { cijfer: x.wb.a } } } : {}),
            },
          ],
        }
      : {}),
  }));

describe("parseCasesCsv", () => {
  it("reads back exactly what casesCsv wrote, in both dialects", () => {
    fc.assert(
      fc.property(
        fc.array(caseArb, { minLength: 1, maxLength: 4 }),
        fc.constantFrom("nl" as const, "intl" as const),
        (cs, dialect) => {
          const cases = parseCaseFile(cs.map((c, i) => ({ ...c, id: `c${i}` }))).cases;
          const back = parseCasesCsv(casesCsv(cases, { dialect })).cases;
          expect(back).toEqual(cases);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("round-trips the bundled example cases (narratives aside)", () => {
    const cases = parseCaseFile(wijk).cases.map((c) => ({
      ...c,
      ...(c.wellbeing
        ? {
            wellbeing: c.wellbeing.map((w) => ({
              instrument: w.instrument,
              before: { ...(w.before.date ? { date: w.before.date } : {}), scores: w.before.scores },
              ...(w.after
                ? { after: { ...(w.after.date ? { date: w.after.date } : {}), scores: w.after.scores } }
                : {}),
            })),
          }
        : {}),
    }));
    const back = parseCasesCsv(casesCsv(cases)).cases;
    // the CSV carries quantities and probabilities as text: "1" where the JSON had 1
    const asText = (k: string, v: unknown) =>
      (k === "quantity" || k === "probability") && typeof v === "number" ? String(v) : v;
    expect(JSON.parse(JSON.stringify(back, asText))).toEqual(JSON.parse(JSON.stringify(cases, asText)));
  });

  it("reads a hand-written Dutch sheet with a decimal comma", () => {
    // two rows of one case: a counterfactual line and an intervention of 1.250,00 written as 1250,00
    const csv =
      "id;wijk;start;side;item;quantity;amount;description;payer;domain;intervention;reason\r\nc1;WK079601;2024-03-01;zonder;zorg.seh-bezoek;2,5;;;;;;Valt vaak\r\nc1;WK079601;2024-03-01;met;;;1250,00;Traplift;gemeente.werkbudget;wonen;ja;\r\n";
    const f = parseCasesCsv(csv);
    expect(f.cases[0]?.counterfactual).toEqual([{ item: "zorg.seh-bezoek", quantity: "2.5", reason: "Valt vaak" }]);
    expect(f.cases[0]?.actual).toEqual([
      { amount: "1250.00", description: "Traplift", payer: "gemeente.werkbudget", domain: "wonen", intervention: true },
    ]);
  });

  it("refuses a Dutch number with a thousands point rather than guess (1.250 is 1250 or 1,25)", () => {
    const csv =
      "id;wijk;start;side;item;quantity\r\nc1;WK079601;2024-03-01;zonder;zorg.seh-bezoek;1.250\r\nc1;WK079601;2024-03-01;zonder;zorg.seh-bezoek;2.5\r\n";
    try {
      parseCasesCsv(csv, { file: "cases.csv" });
      expect.unreachable();
    } catch (e) {
      expect((e as InputError).issues).toEqual([
        expect.objectContaining({
          code: "ambiguous_number",
          path: ["row", 2, "quantity"],
          file: "cases.csv",
          message:
            'row 2, column quantity: "1.250" is 1250 with a thousands point, or 1,25 read with a decimal point: write 1250, or 1,25',
          expected: "1250 or 1,25",
        }),
      ]);
    }
  });

  it("names the file, row and column of every problem", () => {
    const csv =
      "id,wijk,start,side,item,quantity,intervention\nc1,A,2024-13-01,actual,zorg.seh-bezoek,1,misschien\nc2,A,2024-01-01,sideways,,,\nc3,A,2024-01-01,actual,zorg.seh-bezoek,1e3,\n";
    try {
      parseCasesCsv(csv, { file: "cases.csv" });
      expect.unreachable();
    } catch (e) {
      const issues = (e as InputError).issues;
      expect(e).toBeInstanceOf(InputError);
      expect(issues.map((i) => [i.file, i.path])).toEqual([
        ["cases.csv", ["row", 2, "start"]],
        ["cases.csv", ["row", 2, "intervention"]],
        ["cases.csv", ["row", 3, "side"]],
      ]);
    }
    // after the row-level checks, the case schema's problems are mapped back to rows too
    try {
      parseCasesCsv(
        "id,wijk,start,side,item,quantity\nc1,A,2024-13-01,actual,zorg.seh-bezoek,1\nc1,A,2024-13-01,actual,zorg.seh-bezoek,1e3\nc2,A,2024-01-01,actual,zorg.seh-bezoek,1e3\n",
        { file: "cases.csv" },
      );
      expect.unreachable();
    } catch (e) {
      const issues = (e as InputError).issues;
      // an unreadable date is one message per cell, and the case schema still checks the other rows
      expect(issues.map((i) => i.path)).toEqual([
        ["row", 2, "start"],
        ["row", 3, "start"],
        ["row", 4, "quantity"],
      ]);
      expect(issues[0]?.message).toBe(
        'row 2, column start: "2024-13-01" is not a real calendar date (months run from 01 to 12)',
      );
      expect(issues.slice(2).map((i) => i.path)).toEqual([["row", 4, "quantity"]]);
      expect(issues[2]?.message).toMatch(/^row 4, column quantity: /);
    }
  });

  it("refuses unknown and missing columns", () => {
    expect(() => parseCasesCsv("id;wijk;begin;side\n")).toThrow(/unknown column "begin"/);
  });

  it("refuses values that the row's side would silently drop", () => {
    // row 2: a line with an empty side; row 3: an alternative on the actual side;
    // row 4: a price item on a wellbeing row; row 5: a score on a counterfactual row
    const csv =
      "id,wijk,start,side,item,quantity,alternative,probability,instrument,dimension,before\n" +
      "c1,A,2024-01-01,,zorg.seh-bezoek,2,,,,,\n" +
      "c1,A,2024-01-01,actual,zorg.seh-bezoek,2,opname,0.5,,,\n" +
      "c1,A,2024-01-01,wellbeing,zorg.seh-bezoek,,,,rapportcijfer,cijfer,6\n" +
      "c1,A,2024-01-01,counterfactual,zorg.seh-bezoek,1,,,,,7\n";
    try {
      parseCasesCsv(csv, { file: "cases.csv" });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      expect((e as InputError).issues.map((i) => i.path)).toEqual([
        ["row", 2, "item"],
        ["row", 2, "quantity"],
        ["row", 3, "alternative"],
        ["row", 3, "probability"],
        ["row", 4, "item"],
        ["row", 5, "before"],
      ]);
      expect((e as InputError).issues[0]?.message).toBe(
        'row 2, column item: "item" has no meaning on a row without a side',
      );
    }
    // a row with only the case's own fields and no side is still a case without lines
    expect(parseCasesCsv("id,wijk,start,side,item\nc1,A,2024-01-01,,\n").cases[0]).toEqual({
      id: "c1",
      wijk: "A",
      start: "2024-01-01",
      counterfactual: [],
      actual: [],
    });
  });

  it("refuses a wellbeing dimension scored twice in one case instead of keeping the last", () => {
    const csv =
      "id,wijk,start,side,instrument,dimension,before,after\nc1,A,2024-01-01,wellbeing,rapportcijfer,cijfer,3,8\nc1,A,2024-01-01,wellbeing,rapportcijfer,cijfer,9,2\n";
    expect(() => parseCasesCsv(csv)).toThrow(
      /row 3, column dimension: rapportcijfer "cijfer" is already scored on row 2/,
    );
  });

  describe("a counterfactual's uncertain probabilities (columns concentration, uncertaintyReason)", () => {
    const uncertain = (concentration: string, reason: string) => ({
      id: "k1",
      wijk: "A",
      start: "2024-01-01",
      counterfactual: {
        alternatives: [
          { probability: "0.3", label: "detentie", lines: [{ item: "justitie.detentie.dag", quantity: "30" }] },
          { probability: "0.7", label: "niets", lines: [] },
        ],
        uncertainty: { concentration, reason },
      },
      actual: [],
    });

    it("round-trips them in both dialects, and in the rows of every alternative", () => {
      const cases = parseCaseFile({ cases: [uncertain("2.5", "team; estimate")] }).cases;
      for (const dialect of ["nl", "intl"] as const) {
        const csv = casesCsv(cases, { dialect });
        expect(csv.split("\n")[0]).toContain(dialect === "nl" ? "probability;concentration;uncertaintyReason;" : "");
        expect(parseCasesCsv(csv).cases).toEqual(cases);
      }
      expect(casesCsv(cases, { dialect: "nl" })).toContain(";2,5;");
    });

    it("leaves the columns out of a table without them, which reads as before", () => {
      const plain = parseCaseFile(wijk).cases;
      expect(casesCsv(plain).split("\r\n")[0]).not.toContain("concentration");
    });

    it("refuses them on an actual row or a row without an alternative, and two values in one case", () => {
      const head = "id,wijk,start,side,alternative,probability,concentration,uncertaintyReason,item,quantity\n";
      const issues = (rows: string) => {
        try {
          parseCasesCsv(head + rows);
        } catch (e) {
          return (e as InputError).issues.map((i) => `${i.path.join(".")} ${i.code}`);
        }
        return [];
      };
      expect(issues("c1,A,2024-01-01,actual,,,20,r,zorg.seh-bezoek,1\n")).toEqual([
        "row.2.concentration misplaced_value",
        "row.2.uncertaintyReason misplaced_value",
      ]);
      expect(issues("c1,A,2024-01-01,zonder,,,20,,zorg.seh-bezoek,1\n")).toEqual([
        "row.2.concentration misplaced_value",
      ]);
      expect(
        issues("c1,A,2024-01-01,zonder,a,0.5,20,r,zorg.seh-bezoek,1\nc1,A,2024-01-01,zonder,b,0.5,30,r,,\n"),
      ).toEqual(["row.3.concentration conflicting_value"]);
      // A reason missing is the case schema's to say, at the row and column where it belongs.
      expect(issues("c1,A,2024-01-01,zonder,a,0.5,20,,zorg.seh-bezoek,1\nc1,A,2024-01-01,zonder,b,0.5,,,,\n")).toEqual([
        "row.2.uncertaintyReason invalid_type",
      ]);
    });
  });

  it("keeps a dimension scored only after through a round trip", () => {
    const c = {
      id: "c1",
      wijk: "A",
      start: "2024-01-01",
      counterfactual: [],
      actual: [],
      wellbeing: [
        { instrument: "vuistregels", before: { scores: { wonen: 5 } }, after: { scores: { wonen: 6, geld: 7 } } },
      ],
    };
    const cases = parseCaseFile({ cases: [c] }).cases;
    expect(parseCasesCsv(casesCsv(cases)).cases).toEqual(cases);
  });

  it("reads a Dutch sheet that starts with blank lines", () => {
    // the dialect comes from the header, not from the blank first line: 2,5 is 2.5
    const f = parseCasesCsv(
      "\ufeff\r\n\r\nid;wijk;start;side;item;quantity\r\nc1;A;2024-01-01;zonder;zorg.seh-bezoek;2,5\r\n",
    );
    expect(f.cases[0]?.counterfactual).toEqual([{ item: "zorg.seh-bezoek", quantity: "2.5" }]);
  });
});
