import { describe, expect, it } from "vitest";
import { amountToCents } from "../../src/money/parseDecimal.js";
import type { TableBlock } from "../../src/report/model.js";
import { whatIfDocument } from "../../src/report/scenarios/scenarioReports.js";
import { exampleWhatIf } from "./reportInputs.js";

describe("what-if report: net return per wijk", () => {
  const w = exampleWhatIf();
  const table = (names?: ReadonlyMap<string, string>) =>
    whatIfDocument(w, "nl", { wijkNames: names }).blocks.find(
      (b): b is TableBlock => b.kind === "table" && b.name === "wijken",
    ) as TableBlock;

  it("adds up, per column, exactly to the totals of base, scenario and scenario after adjustments", () => {
    const t = table();
    const column = (i: number) =>
      t.rows.reduce((s, r) => s + amountToCents((r.cells[i] as { value: string }).value), 0);
    expect(column(2)).toBe(w.base.totals.netReturn);
    expect(column(3)).toBe(w.scenario.totals.netReturn);
    expect(column(4)).toBe(w.scenario.totals.adjustedNetReturn);
    expect(t.rows.reduce((s, r) => s + Number((r.cells[1] as { value: number }).value), 0)).toBe(w.cases.length);
  });

  it("names a wijk `name (code)` where the name is known, the code alone where not", () => {
    const codes = [...new Set(w.cases.map((c) => c.wijk))];
    const first = codes[0] as string;
    const t = table(new Map([[first, "Ruwaard"]]));
    expect(t.rows.map((r) => (r.cells[0] as { text: string }).text)).toEqual(
      codes.map((c) => (c === first ? `Ruwaard (${c})` : c)),
    );
  });
});
