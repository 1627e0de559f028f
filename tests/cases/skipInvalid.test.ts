/**
 * The library entry a tool calls: a whole case file (its file-level list
 * honoured), the bundled lists and instruments as defaults, and per-case
 * results for a file with some bad cases.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  evaluateCases,
  InputError,
  parseCaseFile,
  safeEvaluateCases,
  safeParseCase,
  safeParseCaseFile,
} from "../../src/index.js";

const example = JSON.parse(readFileSync(join(__dirname, "../../examples/ns-jaarkaart.json"), "utf8"));

const good = (i: number) => ({
  id: `c${i}`,
  wijk: "WK079601",
  start: "2024-03-01",
  counterfactual: [{ item: "justitie.detentie.dag", quantity: 2, reason: "zonder hulp opnieuw vast" }],
  actual: [{ item: "ondersteuning.begeleiding.westerveld-basis.uur", quantity: 3, intervention: true }],
});
/** 999 good cases and, at position 500, one that names an item no list has. */
const mixed = () => {
  const cases: unknown[] = Array.from({ length: 999 }, (_, i) => good(i));
  cases.splice(500, 0, { ...good(999), id: "bad", actual: [{ item: "bestaat.niet", quantity: 1 }] });
  return { cases };
};

describe("evaluateCases on a whole case file", () => {
  it("honours the file's own list and defaults to the bundled lists and instruments", () => {
    const { cases, lists, rejected } = evaluateCases(parseCaseFile(example, { file: "ns-jaarkaart.json" }));
    expect(cases[0]?.netReturn).toBe(5784947);
    expect(cases[0]?.wellbeing[0]?.instrument).toBe("rapportcijfer");
    expect(lists.map((l) => `${l.id}@${l.version}`)).toContain("thuis-in-zuidoost@voorbeeld-2026");
    expect(rejected).toEqual([]);
  });

  it("lets the caller's list win over the file's", () => {
    const r = safeEvaluateCases(parseCaseFile(example), { pricelist: "sociaal-domein" });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues.map((i) => i.path.join("."))).toContain("cases.0.counterfactual.0.item");
  });
});

describe("a file with 999 good cases and one bad one", () => {
  it("without skipInvalid: one InputError naming the bad case", () => {
    let error: unknown;
    try {
      evaluateCases(parseCaseFile(mixed(), { file: "cases.json" }), { file: "cases.json" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    const issues = (error as InputError).issues;
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      code: "unknown_item",
      file: "cases.json",
      path: ["cases", 500, "actual", 0, "item"],
    });
  });

  it("with skipInvalid: 999 results and the bad case listed with its problem", () => {
    const ev = evaluateCases(parseCaseFile(mixed()), { skipInvalid: true });
    expect(ev.cases).toHaveLength(999);
    expect(ev.cases.some((c) => c.id === "bad")).toBe(false);
    expect(ev.rejected).toHaveLength(1);
    expect(ev.rejected[0]).toMatchObject({ index: 500, id: "bad" });
    expect(ev.rejected[0]?.issues.map((i) => i.path)).toEqual([["cases", 500, "actual", 0, "item"]]);
  });

  it("with skipInvalid at parse and evaluation, a case the schema refuses is listed at its place in the file", () => {
    const data = mixed();
    data.cases.splice(10, 0, { ...good(1000), id: "no-wijk", wijk: "" });
    expect(safeParseCaseFile(data).success).toBe(false);
    const file = parseCaseFile(data, { skipInvalid: true });
    expect(file.cases).toHaveLength(1000);
    const ev = evaluateCases(file, { skipInvalid: true });
    expect(ev.cases).toHaveLength(999);
    expect(ev.rejected.map((r) => [r.index, r.id])).toEqual([
      [10, "no-wijk"],
      [501, "bad"],
    ]);
    expect(ev.rejected[1]?.issues[0]?.path).toEqual(["cases", 501, "actual", 0, "item"]);
    // Without the option at evaluation, the cases the parser left out still fail it.
    const r = safeEvaluateCases(file);
    expect(r.success ? [] : r.issues.map((i) => i.path[1])).toEqual([10, 501]);
  });
});

describe("safe variants", () => {
  it("return the value or every problem, never throw for bad input", () => {
    expect(safeParseCase(good(1))).toMatchObject({ success: true, data: { id: "c1" } });
    const r = safeParseCase({ id: "x" }, { path: ["line", 7] });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues.every((i) => i.path[0] === "line" && i.path[1] === 7)).toBe(true);
    expect(safeParseCaseFile({ cases: "no" }).success).toBe(false);
  });
});
