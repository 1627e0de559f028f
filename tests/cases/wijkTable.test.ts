import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseCaseFile } from "../../src/cases/parseCaseFile.js";
import { parseWijkTable, withWijkNames } from "../../src/cases/wijkTable.js";
import type { InputError } from "../../src/errors/InputError.js";
import { readWijkFile } from "../../src/node/readWijkFile.js";

const base = { id: "a", wijk: "WK079601", start: "2024-03-01", counterfactual: [], actual: [] };
const issues = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return (e as InputError).issues;
  }
  throw new Error("expected an InputError");
};

describe("wijk names (code → name)", () => {
  it("are read from the case file's wijken into a Map, __proto__ included", () => {
    const f = parseCaseFile({
      wijken: [
        { code: "WK079601", name: "Ruwaard" },
        { code: "__proto__", name: "Proto" },
      ],
      cases: [base],
    });
    expect(f.wijkNames?.get("WK079601")).toBe("Ruwaard");
    expect(f.wijkNames?.get("__proto__")).toBe("Proto");
    expect(parseCaseFile({ cases: [base] }).wijkNames).toBeUndefined();
  });

  it("refuse a code named twice", () => {
    const is = issues(() =>
      parseCaseFile(
        {
          wijken: [
            { code: "A", name: "x" },
            { code: "A", name: "y" },
          ],
          cases: [],
        },
        { file: "c.json" },
      ),
    );
    expect(is.map((i) => i.path)).toEqual([["wijken", 1, "code"]]);
  });

  it("are read from a CSV with CBS's column names (Windows-1252 too) or JSON beside the cases, and merged", async () => {
    const dir = mkdtempSync(join(tmpdir(), "rendement-wijken-"));
    const csv = join(dir, "wijken.csv");
    // "Súdwest" in Windows-1252: ú is 0xFA
    writeFileSync(
      csv,
      Buffer.concat([
        Buffer.from("GM_CODE;WK_CODE;WK_NAAM\r\nGM0796;WK079601;Ruwaard\r\n;;\r\nGM1900;WK190001;S"),
        Buffer.from([0xfa]),
        Buffer.from("dwest\r\n"),
      ]),
    );
    const table = await readWijkFile(csv);
    expect([...table]).toEqual([
      ["WK079601", "Ruwaard"],
      ["WK190001", "Súdwest"],
    ]);
    const json = join(dir, "wijken.json");
    writeFileSync(json, JSON.stringify({ wijken: [{ code: "WK079601", name: "Ruwaard" }] }));
    expect((await readWijkFile(json)).get("WK079601")).toBe("Ruwaard");
    const merged = withWijkNames(parseCaseFile({ wijken: [{ code: "X", name: "Iks" }], cases: [base] }), table);
    expect(merged.wijkNames?.get("X")).toBe("Iks");
    expect(merged.wijkNames?.get("WK079601")).toBe("Ruwaard");
  });

  it("refuse a table that names a wijk differently from the case file", () => {
    const f = parseCaseFile({ wijken: [{ code: "WK079601", name: "Ruwaard" }], cases: [base] });
    const is = issues(() => withWijkNames(f, parseWijkTable([{ code: "WK079601", name: "Rwd" }]), { file: "w.json" }));
    expect(is).toEqual([
      expect.objectContaining({
        file: "w.json",
        message: 'wijk "WK079601" is "Rwd" here and "Ruwaard" in the case file',
      }),
    ]);
  });
});
