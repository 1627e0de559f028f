import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SIMULATION_WARNINGS_EN, simulationWarning, WARNINGS_EN } from "../../src/errors/simulationWarning.js";
import { isWarningCode, type WarningCode, type WarningParamsOf, warning } from "../../src/errors/warning.js";
import { warningText } from "../../src/report/warningText.js";
import { WARNINGS_NL } from "../../src/report/words/warningsNl.js";
import { DUTCH, ENGLISH, found, prose } from "../report/languageWords.js";

// Data for every code, each branch of its text once: a new code does not compile without a sample here.
const SAMPLES: { readonly [C in WarningCode]: readonly WarningParamsOf<C>[] } = {
  actual_after_end: [{ through: "2025-01-31", end: "2024-12-31" }],
  period_outside_case: [{ from: "2023-12-01", start: "2024-01-01" }],
  counterfactual_without_reason: [{}],
  no_counterfactual: [{}],
  counterfactual_cut_at_relapse: [
    { relapseDate: "2024-07-01", from: "2024-01-01", through: "2024-06-30", written: "2024-12-31" },
  ],
  counterfactual_dropped_at_relapse: [{ relapseDate: "2024-07-01" }],
  beyond_index_year: [
    { year: 2027, series: "cbs-cpi@2026", indexYear: 2025, priceYear: 2026 },
    { year: 2027, series: "cbs-cpi@2026", indexYear: 2025, priceYear: 2024 },
  ],
  before_list_valid_from: [{ start: "2025-06-01", ref: "thuis-in-zuidoost@voorbeeld-2026", validFrom: "2026-01-01" }],
  beyond_list_year: [
    { year: 2027, list: "sociaal-domein", listYear: 2026, ref: "sociaal-domein@2026", priceYear: 2026 },
  ],
  carried_forward: [
    { ref: "sociaal-domein@2026", priceYear: 2026, series: "cbs-cpi@2026", level: 2025, count: 41 },
    { ref: "sociaal-domein@2025", priceYear: 2025, series: "cbs-cpi@2025", level: 2025, count: 3 },
  ],
  nothing_varied: [{}],
  mostly_fixed_rough: [{ share: "0.8000", count: 2 }],
  rough_range_assumed: [{ count: 3, relative: "0.3" }],
};

/** A warning of any code, through the builder the library uses for it (a simulation's own, or the case's). */
const anyWarning = (code: WarningCode, path: (string | number)[], params: WarningParamsOf<WarningCode>) =>
  Object.hasOwn(SIMULATION_WARNINGS_EN, code)
    ? simulationWarning(code as keyof typeof SIMULATION_WARNINGS_EN, path, params as never)
    : warning(code as Parameters<typeof warning>[0], path, params as never);

const samples = (Object.keys(SAMPLES) as WarningCode[]).flatMap((code) =>
  (SAMPLES[code] as readonly WarningParamsOf<WarningCode>[]).map((params) => anyWarning(code, ["x"], params)),
);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

describe("warnings as data", () => {
  it("every code has one text in English and one in Dutch, and a sample here", () => {
    const codes = Object.keys(WARNINGS_EN).sort();
    expect(Object.keys(WARNINGS_NL).sort()).toEqual(codes);
    expect(Object.keys(SAMPLES).sort()).toEqual(codes);
  });

  it("every warning the library emits goes through warning() with a known code, and every code is emitted", () => {
    const emitted = new Set<string>();
    for (const f of sourceFiles(join(import.meta.dirname, "../../src"))) {
      const text = readFileSync(f, "utf8");
      for (const m of text.matchAll(/\b(?:warning|simulationWarning)\(\s*"(\w+)"/g)) emitted.add(m[1] as string);
    }
    expect([...emitted].filter((c) => !isWarningCode(c))).toEqual([]);
    expect(Object.keys(WARNINGS_EN).filter((c) => !emitted.has(c))).toEqual([]);
  });

  it("the English message is the English text of the code and its data", () => {
    const w = warning("actual_after_end", ["actual", 1], { through: "2025-01-31", end: "2024-12-31" });
    expect(w).toEqual({
      code: "actual_after_end",
      path: ["actual", 1],
      params: { through: "2025-01-31", end: "2024-12-31" },
      message: "actual line runs to 2025-01-31, after the case ended on 2024-12-31",
    });
    for (const s of samples) expect(warningText(s, "en")).toBe(s.message);
  });

  it("the Dutch text carries the warning's data: its dates and years", () => {
    const w = warning("beyond_list_year", ["end"], {
      year: 2027,
      list: "sociaal-domein",
      listYear: 2026,
      ref: "sociaal-domein@2026",
      priceYear: 2026,
    });
    expect(warningText(w, "nl")).toBe(
      "de casus loopt tot in 2027, na het nieuwste prijspeil van lijst sociaal-domein (2026): " +
        "geprijsd met sociaal-domein@2026 in euro's van 2026",
    );
    expect(warningText(warning("period_outside_case", [], { from: "2023-12-01", start: "2024-01-01" }), "nl")).toBe(
      "regel begint op 2023-12-01, vóór de start van de casus op 2024-01-01",
    );
    // Its decimals with a decimal comma.
    expect(warningText(simulationWarning("rough_range_assumed", [], { count: 4, relative: "0.3" }), "nl")).toBe(
      "4 ruwe prijs/prijzen zonder bandbreedte in de lijst zijn getrokken binnen ±0,3 van het lijstbedrag " +
        "(de standaardbandbreedte van de simulatie)",
    );
  });

  it("no Dutch text contains an English term, and no English text a Dutch one", () => {
    const nl = samples.flatMap((s) => found(prose(warningText(s, "nl"), "warning"), ENGLISH, "iu"));
    const en = samples.flatMap((s) => found(prose(warningText(s, "en"), "warning"), DUTCH, "u"));
    expect({ nl, en }).toEqual({ nl: [], en: [] });
  });

  it("a warning of a code this version does not know keeps its English message in either language", () => {
    const old = { code: "from_the_future", params: {}, message: "something new" } as never;
    expect(warningText(old, "nl")).toBe("something new");
    expect(warningText({ ...(old as object), code: "toString" } as never, "nl")).toBe("something new");
  });
});
