import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";

// Whatever a user's file holds, compute answers with a result (exit 0) or a
// list of problems (exit 1) — never an internal error. Each run takes a valid
// example file and replaces one value anywhere in it by an arbitrary one.
const dir = mkdtempSync(join(tmpdir(), "rendement-fuzz-"));
const base = JSON.parse(readFileSync(join(__dirname, "../../examples/wijk-voorbeelden.json"), "utf8")) as unknown;

function paths(v: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(v)) return [at, ...v.flatMap((x, i) => paths(x, [...at, i]))];
  if (v !== null && typeof v === "object") return [at, ...Object.entries(v).flatMap(([k, x]) => paths(x, [...at, k]))];
  return [at];
}
const all = paths(base).filter((p) => p.length > 0);

function replaced(path: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(base) as Record<string | number, unknown>;
  let o = copy;
  for (const k of path.slice(0, -1)) o = o[k] as Record<string | number, unknown>;
  o[path[path.length - 1] as string | number] = value;
  return copy;
}

const odd = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom("", "-1", "1e3", "NaN", "0.001", "99999999999999999999", "2024-02-30", "2024-13-01", "__proto__", "Infinity", -0, 1e21, 0.1 + 0.2, [], {}, null),
);

describe("compute on arbitrary input", () => {
  it("exits 0 or 1 with a readable message, never an internal error", async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...all), odd, async (path, value) => {
        const f = join(dir, `case-${n++}.json`);
        writeFileSync(f, JSON.stringify(replaced(path, value)));
        let out = "";
        let err = "";
        const code = await main(["compute", f], { stdout: (t) => void (out += t), stderr: (t) => void (err += t), writeFile: () => {}, isTTY: false });
        expect([0, 1]).toContain(code);
        if (code === 1) {
          expect(out).toBe("");
          expect(err).toContain(f);
        }
      }),
      { numRuns: 300 },
    );
  });
});
