import { describe, expect, it } from "vitest";
import wijk from "../../examples/wijk-voorbeelden.json" with { type: "json" };
import { createEvaluator } from "../../src/cases/createEvaluator.js";
import { evaluateCases } from "../../src/cases/evaluateCases.js";
import { parseCaseFile } from "../../src/cases/parseCaseFile.js";
import { isInputError } from "../../src/errors/InputError.js";
import { bundledCatalog } from "../../src/pricelists/bundledCatalog.js";
import { createRollup } from "../../src/rollup/createRollup.js";
import { foldAsync } from "../../src/rollup/foldAsync.js";
import { loadInstruments } from "../../src/wellbeing/instruments.js";

const catalog = bundledCatalog();
const instruments = loadInstruments();
const file = parseCaseFile(wijk);

async function* stream<T>(xs: readonly T[]): AsyncGenerator<T> {
  for (const x of xs) yield x;
}

describe("foldAsync", () => {
  it("prices a stream of cases and equals folding their results", async () => {
    const ev = createEvaluator({ catalog, instruments });
    const agg = await foldAsync(stream(file.cases), { groupBy: ["wijk"], evaluator: ev });
    const r = createRollup(["wijk"]);
    for (const c of evaluateCases(file.cases, { catalog, instruments }).cases) r.add(c);
    expect(agg).toEqual(r.aggregate());
    expect(agg.total.cases).toBe(file.cases.length);
  });

  it("folds results too, from a plain iterable", async () => {
    const results = evaluateCases(file.cases, { catalog, instruments }).cases;
    const agg = await foldAsync(results, { groupBy: ["programme"] });
    expect(agg.total.cases).toBe(results.length);
  });

  it("reports every case that cannot be priced, and returns nothing", async () => {
    const bad = file.cases.map((c, i) =>
      i === 0 || i === 2 ? { ...c, actual: [{ item: "bestaat.niet", quantity: "1" }] } : c,
    );
    const ev = createEvaluator({ catalog, instruments });
    try {
      await foldAsync(stream(bad), { evaluator: ev, file: "x.jsonl" });
      expect.unreachable();
    } catch (e) {
      expect(isInputError(e)).toBe(true);
      const issues = (e as { issues: { path: unknown[]; file?: string }[] }).issues;
      expect(issues.map((i) => i.path)).toEqual([
        ["cases", 0, "actual", 0, "item"],
        ["cases", 2, "actual", 0, "item"],
      ]);
      expect(issues[0]?.file).toBe("x.jsonl");
    }
  });

  it("names a case it cannot price by the caller's path, e.g. a file line", async () => {
    const bad = file.cases.map((c, i) => (i === 1 ? { ...c, actual: [{ item: "bestaat.niet", quantity: "1" }] } : c));
    const ev = createEvaluator({ catalog, instruments });
    // the items stand on lines 10, 20, 30, …: case 1 on line 20
    await expect(foldAsync(stream(bad), { evaluator: ev, path: (i) => ["line", 10 * (i + 1)] })).rejects.toMatchObject({
      issues: [{ path: ["line", 20, "actual", 0, "item"] }],
    });
  });

  it("needs an evaluator for cases", async () => {
    await expect(foldAsync(stream(file.cases))).rejects.toThrow(/evaluator/);
  });
});
