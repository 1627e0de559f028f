/**
 * Careless and hostile CSV input (issue 13, issue 14): nothing lost without a
 * word, every refusal naming the file, the row and the column.
 */
import { describe, expect, it } from "vitest";
import { parseClaimsCsv } from "../../../src/audit/parseClaimsCsv.js";
import { parseCasesCsv } from "../../../src/cases/csv/parseCasesCsv.js";
import type { InputError } from "../../../src/errors/InputError.js";

function issuesOf(f: () => unknown) {
  try {
    f();
  } catch (e) {
    return (e as InputError).issues;
  }
  throw new Error("expected an InputError");
}

const HEAD = "id;wijk;start;side;item;quantity;note";

describe("a quoted cell that is never closed", () => {
  it("is an error at the row and column where it opens, not two rows lost (cases)", () => {
    const csv = `${HEAD}\r\nc1;A;2024-01-01;met;zorg.seh-bezoek;1;"zonder huis\r\nc2;A;2024-01-01;met;zorg.seh-bezoek;1;\r\nc3;A;2024-01-01;met;zorg.seh-bezoek;1;\r\n`;
    expect(issuesOf(() => parseCasesCsv(csv, { file: "cases.csv" }))).toEqual([
      expect.objectContaining({
        code: "unclosed_quote",
        file: "cases.csv",
        path: ["row", 2, "note"],
        message: expect.stringMatching(/^row 2, column note: the quoted cell "zonder huis is never closed/),
      }),
    ]);
  });

  it("is an error in a claims file too, instead of 1 claim of 3", () => {
    const csv =
      'id;caseId;date;amount;purpose;claimedSavings\nk1;c1;2024-03-05;1;"huur;1\nk2;c1;2024-03-05;1;x;1\nk3;c1;2024-03-05;1;x;1\n';
    expect(issuesOf(() => parseClaimsCsv(csv, { file: "claims.csv" }))).toEqual([
      expect.objectContaining({ code: "unclosed_quote", file: "claims.csv", path: ["row", 2, "purpose"] }),
    ]);
  });
});

describe("reserved words in identifier positions", () => {
  it.each(["__proto__", "constructor", "toString", "hasOwnProperty"])(
    "refuses a side of %s with the allowed values (it used to count as counterfactual)",
    (side) => {
      const csv = `${HEAD}\nc1;A;2024-01-01;${side};justitie.detentie.dag;1000;\nc1;A;2024-01-01;zonder;justitie.detentie.dag;10;\n`;
      expect(issuesOf(() => parseCasesCsv(csv, { file: "cases.csv" }))).toEqual([
        expect.objectContaining({
          path: ["row", 2, "side"],
          expected: "counterfactual, actual, wellbeing or pm (zonder, met, welbevinden, pm)",
        }),
      ]);
    },
  );

  it.each(["true", "x"])("still reads a yes of %s, and refuses constructor as yes or no", (yes) => {
    const csv = `id,wijk,start,side,amount,description,payer,domain,intervention\nc1,A,2024-01-01,actual,10,d,p,w,${yes}\n`;
    expect(parseCasesCsv(csv).cases[0]?.actual[0]?.intervention).toBe(true);
    expect(issuesOf(() => parseCasesCsv(csv.replace(/,[^,]+\n$/, ",constructor\n")))[0]?.path).toEqual([
      "row",
      2,
      "intervention",
    ]);
  });

  it.each(["__proto__", "constructor", "prototype"])(
    "refuses a wellbeing dimension of %s instead of dropping it",
    (dim) => {
      const csv = `id,wijk,start,side,instrument,dimension,before,after\nc1,A,2024-01-01,wellbeing,rapportcijfer,${dim},3,8\nc1,A,2024-01-01,wellbeing,rapportcijfer,cijfer,4,6\n`;
      expect(issuesOf(() => parseCasesCsv(csv, { file: "cases.csv" }))).toEqual([
        expect.objectContaining({ code: "forbidden_key", file: "cases.csv", path: ["row", 2, "dimension"] }),
      ]);
    },
  );
});

describe("what Excel writes", () => {
  it("skips rows of only empty cells in a case CSV (;;;;;;), as in a claims CSV", () => {
    const csv = `${HEAD}\r\nc1;A;2024-01-01;zonder;zorg.seh-bezoek;2;\r\n;;;;;;\r\n ; ;;;;;\r\n`;
    expect(parseCasesCsv(csv).cases.map((c) => c.id)).toEqual(["c1"]);
  });

  it("reads 3.000,00, 1.234.567 and € 1.250,50 in the Dutch dialect", () => {
    const csv =
      "id;wijk;start;side;amount;description;payer;domain;item;quantity\r\n" +
      "c1;A;2024-01-01;met;3.000,00;a;p;w;;\r\n" +
      "c1;A;2024-01-01;met;€ 1.250,50;a;p;w;;\r\n" +
      "c1;A;2024-01-01;zonder;;;;;zorg.seh-bezoek;1.234.567\r\n";
    const c = parseCasesCsv(csv).cases[0];
    expect(c?.actual.map((l) => l.amount)).toEqual(["3000.00", "1250.50"]);
    expect(c?.counterfactual).toEqual([{ item: "zorg.seh-bezoek", quantity: "1234567" }]);
  });

  it("gives one message per field, in Dutch notation, without the international 1234.56 hint", () => {
    const csv =
      "id;wijk;start;side;amount;description;payer;domain\r\n" +
      "c1;A;2024-01-01;met;12,345;a;p;w\r\n" +
      "c2;A;2024-01-01;met;twaalf;a;p;w\r\n";
    const is = issuesOf(() => parseCasesCsv(csv));
    expect(is.map((i) => i.path)).toEqual([
      ["row", 2, "amount"],
      ["row", 3, "amount"],
    ]);
    expect(is.map((i) => i.message).join("\n")).not.toMatch(/1234\.56/);
    expect(is[0]?.message).toMatch(/more than two decimals.*1234,56/);
  });

  it("reads 1-3-2024 as 1 March 2024 in the Dutch dialect, in cases and claims", () => {
    const csv = `${HEAD}\r\nc1;A;1-3-2024;zonder;zorg.seh-bezoek;2;\r\n`;
    expect(parseCasesCsv(csv).cases[0]?.start).toBe("2024-03-01");
    const claims = parseClaimsCsv(
      "id;caseId;date;amount;purpose;claimedSavings\nk1;c1;05-03-2024;1.500,00;x;8.400,00\n",
    );
    expect(claims.claims[0]).toMatchObject({ date: "2024-03-05", amount: "1500.00", claimedSavings: "8400.00" });
  });

  it("gives one message with the ISO date to write where a date is not clear", () => {
    const nl = issuesOf(() => parseCasesCsv(`${HEAD}\r\nc1;A;1/3/2024;zonder;zorg.seh-bezoek;2;\r\n`));
    expect(nl).toHaveLength(1);
    expect(nl[0]?.message).toBe(
      'row 2, column start: "1/3/2024" is not a date in the form YYYY-MM-DD: write 2024-03-01 (1 March 2024), or 2024-01-03 (3 January 2024)',
    );
    const intl = issuesOf(() =>
      parseCasesCsv("id,wijk,start,side,item,quantity\nc1,A,13-3-2024,met,zorg.seh-bezoek,1\n"),
    );
    expect(intl.map((i) => i.message)).toEqual([
      'row 2, column start: "13-3-2024" is not a date in the form YYYY-MM-DD: write 2024-03-13 (13 March 2024)',
    ]);
    const feb = issuesOf(() => parseCasesCsv(`${HEAD}\r\nc1;A;30-2-2024;zonder;zorg.seh-bezoek;2;\r\n`));
    expect(feb.map((i) => i.message)).toEqual([
      'row 2, column start: "30-2-2024" is not a date in the form YYYY-MM-DD, e.g. 2024-03-01',
    ]);
  });
});
