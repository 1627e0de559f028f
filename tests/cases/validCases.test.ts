/**
 * Validated everywhere (issue 13): cases reach arithmetic only through the
 * parser's brand or through validation; deep, cyclic and huge input is
 * refused up front with the limit.
 */
import { describe, expect, it } from "vitest";
import { parseCasesCsv } from "../../src/cases/csv/parseCasesCsv.js";
import { evaluateCases } from "../../src/cases/evaluateCases.js";
import { parseCaseFile } from "../../src/cases/parseCaseFile.js";
import { ensureValidCases, isValidatedCase, MAX_CASES_IN_FILE } from "../../src/cases/validCases.js";
import type { InputError } from "../../src/errors/InputError.js";
import { bundledCatalog } from "../../src/index.js";
import { MAX_DEPTH } from "../../src/schemas/validate.js";

const catalog = bundledCatalog();
const good = {
  id: "c1",
  wijk: "WK079601",
  start: "2024-03-01",
  counterfactual: [{ item: "justitie.detentie.dag", quantity: "10" }],
  actual: [],
};

function issuesOf(f: () => unknown) {
  try {
    f();
  } catch (e) {
    return (e as InputError).issues;
  }
  throw new Error("expected an InputError");
}

describe("evaluateCases on cases that no parser saw", () => {
  it.each([
    ["quantity", { ...good, counterfactual: [{ item: "justitie.detentie.dag", quantity: "-5" }] }, "counterfactual"],
    ["quantity", { ...good, counterfactual: [{ item: "justitie.detentie.dag", quantity: "abc" }] }, "counterfactual"],
    ["start", { ...good, start: "2024-02-30" }, "start"],
  ])("refuses a bad %s with its path instead of computing nonsense", (_field, c, first) => {
    const is = issuesOf(() => evaluateCases([c as never], { catalog, file: "mine.json" }));
    expect(is.length).toBeGreaterThan(0);
    expect(is[0]).toMatchObject({ file: "mine.json", path: expect.arrayContaining(["cases", 0, first]) });
  });

  it("computes a valid hand-built case, and the same figures as the parsed one", () => {
    const byHand = evaluateCases([good as never], { catalog }).cases[0];
    const parsed = evaluateCases(parseCaseFile({ cases: [good] }).cases, { catalog }).cases[0];
    expect(byHand).toEqual(parsed);
  });
});

describe("the brand", () => {
  it("is on what the parsers return, and not on a copy", () => {
    const c = parseCaseFile({ cases: [good] }).cases[0];
    expect(isValidatedCase(c)).toBe(true);
    expect(isValidatedCase({ ...c })).toBe(false);
    expect(isValidatedCase(JSON.parse(JSON.stringify(c)))).toBe(false);
    expect(isValidatedCase(parseCasesCsv("id,wijk,start,side\nc1,A,2024-01-01,\n").cases[0])).toBe(true);
    expect(Object.keys(c as object)).toEqual(Object.keys(good)); // invisible in the data
  });

  it("lets parsed cases through as they are, at no cost but a lookup", () => {
    const cases = parseCaseFile({ cases: [good] }).cases;
    expect(ensureValidCases(cases)).toBe(cases);
  });
});

describe("input a validator must not recurse into", () => {
  it(`refuses JSON nested 2,500 deep with the limit (${MAX_DEPTH} levels), not a stack overflow`, () => {
    const deep = JSON.parse(`{"cases":[${"[".repeat(2500)}${"]".repeat(2500)}]}`);
    const is = issuesOf(() => parseCaseFile(deep, { file: "deep.json" }));
    expect(is).toEqual([
      expect.objectContaining({
        code: "too_deep",
        file: "deep.json",
        expected: `at most ${MAX_DEPTH} levels of nesting`,
      }),
    ]);
  });

  it("refuses cyclic objects with the path where the cycle closes", () => {
    const c: Record<string, unknown> = { ...good };
    c.actual = [c];
    const is = issuesOf(() => parseCaseFile({ cases: [c] }, { file: "x" }));
    expect(is).toEqual([expect.objectContaining({ code: "cyclic_data", path: ["cases", 0, "actual", 0] })]);
    expect(issuesOf(() => evaluateCases([c as never], { catalog }))[0]?.code).toBe("cyclic_data");
  });

  it(`refuses more than ${MAX_CASES_IN_FILE.toLocaleString("en")} cases before validating them, pointing to JSON lines`, () => {
    const is = issuesOf(() =>
      parseCaseFile({ cases: new Array(MAX_CASES_IN_FILE + 1).fill(null) }, { file: "big.json" }),
    );
    expect(is).toEqual([
      {
        code: "too_many_cases",
        file: "big.json",
        path: ["cases"],
        message: "holds 100,001 cases; a file read whole holds at most 100,000",
        expected: "more cases as JSON lines (.jsonl: one case object per line), which is streamed in constant memory",
        params: { count: "100,001", limit: "100,000" },
      },
    ]);
  });
});
