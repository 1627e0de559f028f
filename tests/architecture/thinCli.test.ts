import { readdirSync, readFileSync, statSync } from "node:fs";
import { builtinModules } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// Issue 9: the command line is a thin layer over the public API. What the CLI needs, a library user
// may need too: it is exported from an entry point, or it is CLI-only and lives under src/cli.
const SRC = resolve(__dirname, "../../src");
const CLI = join(SRC, "cli");
const COMMANDS = join(CLI, "commands");
const MAIN = join(CLI, "main.ts");
const ENTRIES = ["index.ts", "node/index.ts", "notebook/index.ts"].map((e) => join(SRC, e));
const ROOT = resolve(SRC, "..");
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
  exports: Record<string, unknown>;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
};
const DEPENDENCIES = new Set(
  Object.keys({ ...pkg.dependencies, ...pkg.optionalDependencies, ...pkg.peerDependencies }),
);

// Data the package publishes (`rendement/examples/*.json`, …) is public too: the CLI may inline it.
const DATA = Object.keys(pkg.exports)
  .filter((k) => k.endsWith("*.json"))
  .map((k) => new RegExp(`^${k.slice(2).replace(/[.]/g, "\\.").replace("*", "[^]+")}$`));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : p.endsWith(".ts") ? [p] : [];
  });
}

/** Every module specifier a file names: static imports, re-exports, `import()` and `import x = require()`. */
function specifiers(file: string): string[] {
  return ts.preProcessFile(readFileSync(file, "utf8"), true, true).importedFiles.map((f) => f.fileName);
}

/** The package a bare specifier names (`@scope/name/sub` → `@scope/name`). */
function packageOf(spec: string): string {
  const parts = spec.split("/");
  return (spec.startsWith("@") ? parts.slice(0, 2) : parts.slice(0, 1)).join("/");
}

/** Why `spec`, imported by `file`, is outside what the CLI may use; undefined when it is allowed. */
function violation(file: string, spec: string): string | undefined {
  if (!spec.startsWith(".")) {
    if (spec.startsWith("node:") || builtinModules.includes(spec)) return undefined;
    return DEPENDENCIES.has(packageOf(spec)) ? undefined : "a package that is not a dependency";
  }
  const target = resolve(dirname(file), spec.replace(/\.js$/, ".ts"));
  if (ENTRIES.includes(target)) return undefined;
  if (spec.endsWith(".json")) {
    const data = relative(ROOT, resolve(dirname(file), spec));
    return DATA.some((re) => re.test(data)) ? undefined : "a JSON file the package does not publish";
  }
  if (!target.startsWith(`${CLI}/`)) return "an internal module (use a public entry point)";
  // Only the dispatcher reaches a command: a command shares through helpers, and helpers know no command.
  if (target.startsWith(`${COMMANDS}/`) && file.startsWith(`${COMMANDS}/`))
    return "another command (share through a module in src/cli)";
  if (target.startsWith(`${COMMANDS}/`) && file !== MAIN) return "a command (only src/cli/main.ts dispatches to them)";
  return undefined;
}

describe("the command line uses only the public API", () => {
  const cli = files(CLI);
  it("has CLI files and commands to check", () => {
    expect(cli.length).toBeGreaterThan(10);
    expect(cli.filter((f) => f.startsWith(COMMANDS)).length).toBeGreaterThan(5);
  });
  it("imports nothing outside the entry points, src/cli, Node and its dependencies", () => {
    const found = cli.flatMap((f) =>
      specifiers(f).flatMap((spec) => {
        const why = violation(f, spec);
        return why ? [`${relative(SRC, f)} imports "${spec}": ${why}`] : [];
      }),
    );
    expect(found).toEqual([]);
  });
  it("catches each kind of import it forbids", () => {
    const compute = join(COMMANDS, "compute.ts");
    expect(violation(compute, "../../cases/evaluate.js")).toMatch(/internal/);
    expect(violation(compute, "./whatif.js")).toMatch(/another command/);
    expect(violation(compute, "left-pad")).toMatch(/not a dependency/);
    expect(violation(compute, "../../tests/fixtures/x.json")).toMatch(/does not publish/);
    expect(violation(join(CLI, "examples.ts"), "../../examples/district/cases.json")).toBeUndefined();
    expect(violation(compute, "../../index.js")).toBeUndefined();
    expect(violation(compute, "../../node/index.js")).toBeUndefined();
    expect(violation(compute, "../options.js")).toBeUndefined();
    expect(violation(compute, "node:fs")).toBeUndefined();
    expect(violation(MAIN, "./commands/compute.js")).toBeUndefined();
    expect(violation(join(CLI, "options.ts"), "./commands/compute.js")).toMatch(/only src\/cli\/main.ts/);
  });
});
