import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

// The core must run unchanged in Node, browsers and Deno: no file system, no
// network, no clock, no randomness. Only src/node and src/cli may touch Node.
const SRC = join(__dirname, "../../src");
const NODE_ONLY = ["node", "cli"];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : p.endsWith(".ts") ? [p] : [];
  });
}

const core = files(SRC).filter((f) => !NODE_ONLY.includes(relative(SRC, f).split("/")[0] as string));
const FORBIDDEN: [RegExp, string][] = [
  [/from\s+["']node:/, "a node: import"],
  [/from\s+["'](fs|path|os|crypto|child_process|worker_threads|url|util)["']/, "a Node built-in import"],
  [/\bprocess\./, "process"],
  [/\brequire\(/, "require()"],
  [/\bfetch\(/, "network access"],
  [/\bDate\.now\(|\bnew Date\(\s*\)/, "the clock"],
  [/\bMath\.random\(/, "unseeded randomness"],
  [/from\s+["']decimal\.js["']/, "decimal.js outside the money module"],
  // One schema style, and a small browser bundle: zod's classic API (and its JSON Schema code) costs ~20 kB gzip.
  [/from\s+["']zod(\/v4)?["']/, "zod's classic API (write schemas with zod/mini, as src/schemas/common.ts does)"],
];

describe("the core is platform-neutral", () => {
  it("has core files to check", () => {
    expect(core.length).toBeGreaterThan(20);
  });
  for (const f of core) {
    const rel = relative(SRC, f);
    it(`${rel} uses no Node API, clock, network or randomness`, () => {
      const text = readFileSync(f, "utf8")
        .replace(/\/\*[\s\S]*?\*\//g, "")
        .replace(/\/\/.*$/gm, "");
      const found = FORBIDDEN.filter(
        ([re]) => re.test(text) && !(rel === "money/decimal.ts" && String(re).includes("decimal")),
      ).map(([, what]) => what);
      expect(found).toEqual([]);
    });
  }
});

describe("imports", () => {
  it("have no cycles", () => {
    const graph = new Map<string, string[]>();
    for (const f of files(SRC)) {
      const deps = [...readFileSync(f, "utf8").matchAll(/^(?:import|export)\s[^;]*?from\s+["'](\.[^"']+)["']/gm)].map(
        (m) => join(f, "..", (m[1] as string).replace(/\.js$/, ".ts")),
      );
      graph.set(
        f,
        deps.filter((d) => d.endsWith(".ts")),
      );
    }
    const cycles: string[] = [];
    const state = new Map<string, 1 | 2>();
    const stack: string[] = [];
    const visit = (f: string): void => {
      state.set(f, 1);
      stack.push(f);
      for (const d of graph.get(f) ?? []) {
        if (state.get(d) === 1)
          cycles.push([...stack.slice(stack.indexOf(d)), d].map((x) => relative(SRC, x)).join(" → "));
        else if (!state.has(d)) visit(d);
      }
      stack.pop();
      state.set(f, 2);
    };
    for (const f of graph.keys()) if (!state.has(f)) visit(f);
    expect(cycles).toEqual([]);
  });
});

// The folders follow the method: money, periods, errors and csv underneath;
// then schemas, price lists, wellbeing, cases, the roll-up, audit and
// scenarios, and reports on top. A folder may import only from folders below it.
const LAYERS: Record<string, readonly string[]> = {
  money: [],
  periods: ["money"],
  errors: [],
  csv: ["errors"], // a CSV syntax error (an unclosed quote) is an InputError like any other
  streams: [],
  schemas: ["csv", "errors", "money", "periods"],
  data: [],
  pricelists: ["data", "errors", "money", "periods", "schemas"],
  wellbeing: ["data", "errors", "money", "schemas"],
  cases: ["csv", "errors", "money", "periods", "pricelists", "schemas", "streams", "wellbeing"],
  // csv: a spending table is read from CSV like the case and claims tables (csv lies underneath).
  rollup: ["cases", "csv", "errors", "money", "periods", "pricelists", "schemas", "wellbeing"],
  audit: ["cases", "csv", "errors", "money", "periods", "pricelists", "rollup", "schemas", "wellbeing"],
  scenarios: ["cases", "errors", "money", "periods", "pricelists", "rollup", "schemas", "wellbeing"],
  report: [
    "audit",
    "cases",
    "csv",
    "errors",
    "money",
    "periods",
    "pricelists",
    "rollup",
    "scenarios",
    "schemas",
    "wellbeing",
  ],
  charts: ["money", "report", "rollup", "cases"],
  notebook: ["cases", "charts", "money", "report", "rollup"],
};

describe("layers", () => {
  for (const [layer, allowed] of Object.entries(LAYERS)) {
    it(`${layer}/ imports only from ${allowed.join(", ") || "nothing else"}`, () => {
      const dir = join(SRC, layer);
      const used = new Set<string>();
      for (const f of files(dir))
        for (const m of readFileSync(f, "utf8").matchAll(/from\s+["'](\.[^"']+)["']/g)) {
          const target = relative(SRC, join(f, "..", m[1] as string)).split("/")[0] as string;
          if (target !== layer && !target.startsWith("..")) used.add(target);
        }
      expect([...used].filter((d) => !allowed.includes(d) && d in LAYERS).sort()).toEqual([]);
    });
  }
});
