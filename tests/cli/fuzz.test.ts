import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runCli } from "../fixtures/cli.js";

// Whatever a user's file holds, compute answers with a result (exit 0) or a
// list of problems (exit 1) — never an internal error. Each run takes a valid
// example file and replaces one value anywhere in it by an arbitrary one.
const dir = mkdtempSync(join(tmpdir(), "rendement-fuzz-"));
const load = (f: string): unknown => JSON.parse(readFileSync(join(__dirname, "../..", f), "utf8"));

function paths(v: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(v)) return [at, ...v.flatMap((x, i) => paths(x, [...at, i]))];
  if (v !== null && typeof v === "object") return [at, ...Object.entries(v).flatMap(([k, x]) => paths(x, [...at, k]))];
  return [at];
}
function replaced(base: unknown, path: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(base) as Record<string | number, unknown>;
  let o = copy;
  for (const k of path.slice(0, -1)) o = o[k] as Record<string | number, unknown>;
  o[path[path.length - 1] as string | number] = value;
  return copy;
}

const odd = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom(
    "",
    "-1",
    "1e3",
    "NaN",
    "0.001",
    "99999999999999999999",
    "2024-02-30",
    "2024-13-01",
    "__proto__",
    "Infinity",
    -0,
    1e21,
    0.1 + 0.2,
    [],
    {},
    null,
  ),
);

// Each command, the file that is mutated, and the arguments around it.
const COMMANDS: {
  name: string;
  file: string;
  args: (f: string) => string[];
  edit?: (v: Record<string, unknown>) => void;
}[] = [
  // a municipality's own list in a folder of its own, beside the bundled ones
  {
    name: "pricelist (own list)",
    file: "pricelists/thuis-in-zuidoost/voorbeeld-2024.json",
    args: (f) => ["pricelist", "list", "--lists", join(f, "..")],
    edit: (v) => void (v.id = "eigen-lijst"),
  },
  { name: "compute", file: "examples/wijk-voorbeelden.json", args: (f) => ["compute", f] },
  {
    name: "audit (claims)",
    file: "examples/audit/claims.json",
    args: (f) => ["audit", f, "--cases", "examples/audit/cases.json"],
  },
  {
    name: "audit (cases)",
    file: "examples/audit/cases.json",
    args: (f) => ["audit", "examples/audit/claims.json", "--cases", f],
  },
  {
    name: "whatif",
    file: "examples/wijk-voorbeelden.json",
    args: (f) => ["whatif", f, "--deadweight", "0.2", "--horizon", "2"],
  },
  {
    name: "simulate",
    file: "examples/wijk-voorbeelden.json",
    args: (f) => ["simulate", f, "--draws", "5", "--no-tornado"],
  },
];

describe("the command line on arbitrary input", () => {
  for (const cmd of COMMANDS) {
    const base = load(cmd.file) as Record<string, unknown>;
    cmd.edit?.(base);
    const all = paths(base).filter((p) => p.length > 0);
    it(`${cmd.name}: exits 0 or 1 with a readable message naming the file, never an internal error`, async () => {
      let n = 0;
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...all), odd, async (path, value) => {
          const sub = join(dir, `${cmd.name.replace(/\W+/g, "-")}-${n++}`);
          mkdirSync(sub);
          const f = join(sub, "input.json");
          writeFileSync(f, JSON.stringify(replaced(base, path, value)));
          const { code, out, err } = await runCli(cmd.args(f));
          expect([0, 1]).toContain(code);
          if (code === 1) {
            expect(out).toBe("");
            // named as given, or relative to the working folder (own lists are)
            expect(err).toContain(`${basename(sub)}/input.json`);
          }
        }),
        { numRuns: cmd.name === "compute" ? 300 : 120 },
      );
    });
  }
});
