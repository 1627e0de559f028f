/**
 * Every code block of README.md and docs/*.md, run as a developer would:
 * against the BUILT package, packed with `npm pack` and installed into a
 * fresh project. TypeScript blocks are typechecked under `strict`,
 * `noUncheckedIndexedAccess` and `exactOptionalPropertyTypes` and then run
 * with node (the tarball is unpacked into the project's node_modules, its
 * dependencies linked from this checkout, so no network is needed); `rendement` command lines are run with the installed bin; JSON
 * blocks that are whole files are parsed.
 *
 * Conventions of the pages: a `ts` block without an import continues the
 * previous block of its page (a notebook's next cell). Blocks for Deno
 * notebooks (`npm:` specifiers, `Deno.readTextFile`) run under Node with the
 * specifier mapped and a two-line shim. Not run: `sh` lines that install or
 * test a clone of this repository (`npm ci`, `npm pack`, `npm install`,
 * `apt-get`), SQL meant for the reader's own database, plain blocks (sample
 * output), and JSON blocks that abbreviate with "…".
 */
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = join(__dirname, "../..");
const PAGES = [
  "README.md",
  ...readdirSync(join(ROOT, "docs"))
    .filter((f) => f.endsWith(".md"))
    .map((f) => `docs/${f}`),
];

interface Block {
  readonly page: string;
  readonly lang: string;
  readonly code: string;
  readonly line: number;
}

function blocksOf(page: string): Block[] {
  const text = readFileSync(join(ROOT, page), "utf8");
  return [...text.matchAll(/^```([a-z]*)\n([\s\S]*?)^```$/gm)].map((m) => ({
    page,
    lang: m[1] as string,
    code: m[2] as string,
    line: text.slice(0, m.index).split("\n").length,
  }));
}

const blocks = PAGES.flatMap(blocksOf);
const slug = (b: Block) => `${b.page.replace(/[/.]/g, "_")}_${b.line}`;

/** The TypeScript programs: blocks without an import join the previous block of their page. */
function programs(): { name: string; code: string; from: Block }[] {
  const out: { name: string; code: string; from: Block }[] = [];
  for (const b of blocks.filter((x) => x.lang === "ts")) {
    const last = out[out.length - 1];
    const code = b.code
      .replace(/from "npm:rendement/g, 'from "rendement')
      .replace(/\bDeno\.readTextFile\(/g, "readTextFile(");
    if (!/^import /m.test(code) && last && last.from.page === b.page) last.code += `\n${code}`;
    else out.push({ name: slug(b), code, from: b });
  }
  return out.map((p) =>
    p.code.includes("readTextFile(")
      ? {
          ...p,
          code: `import { readFile } from "node:fs/promises";\nconst readTextFile = (p: string) => readFile(p, "utf8");\n${p.code}`,
        }
      : p,
  );
}

/** `rendement` command lines of the `sh` blocks, without their comments. */
function commandLines(): { page: string; args: string[] }[] {
  return blocks
    .filter((b) => b.lang === "sh")
    .flatMap((b) => b.code.split("\n").map((line) => ({ page: b.page, line: line.replace(/\s+#.*$/, "").trim() })))
    .filter(({ line }) => /^(npx )?rendement /.test(line))
    .map(({ page, line }) => ({ page, args: line.replace(/^(npx )?rendement /, "").split(/\s+/) }));
}

const TSCONFIG = {
  compilerOptions: {
    target: "ES2022",
    module: "NodeNext",
    moduleResolution: "NodeNext",
    strict: true,
    noUncheckedIndexedAccess: true,
    exactOptionalPropertyTypes: true,
    skipLibCheck: false,
    types: ["node"],
    typeRoots: [join(ROOT, "node_modules/@types")],
    outDir: "out",
  },
  include: ["*.ts"],
};

let dir: string;

/** The files the pages' commands name, in the project's folder. */
function fixtures(at: string): void {
  cpSync(join(ROOT, "examples"), join(at, "examples"), { recursive: true });
  const district = JSON.parse(readFileSync(join(ROOT, "examples/district/cases.json"), "utf8"));
  writeFileSync(join(at, "cases.json"), JSON.stringify(district));
  writeFileSync(join(at, "stad.jsonl"), district.cases.map((c: unknown) => JSON.stringify(c)).join("\n"));
  const csv = execFileSync(
    "node",
    [
      "--input-type=module",
      "-e",
      `import { casesCsv } from "rendement"; import { readFileSync } from "node:fs";
       process.stdout.write(casesCsv(JSON.parse(readFileSync("cases.json", "utf8")).cases));`,
    ],
    { cwd: at, encoding: "utf8" },
  );
  writeFileSync(join(at, "cases.csv"), csv);
  // docs/pricelists.md's municipal list, where its commands look for it.
  const local = blocks
    .filter((b) => b.lang === "json" && !b.code.includes("…"))
    .map((b) => JSON.parse(b.code))
    .find((j) => j.id === "gemeente-oss-wmo");
  mkdirSync(join(at, "mijn-lijsten/gemeente-oss-wmo"), { recursive: true });
  writeFileSync(join(at, "mijn-lijsten/gemeente-oss-wmo/2025.json"), JSON.stringify(local));
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "rendement-docs-"));
  // The built package as npm would publish it (dist is built by `pretest`).
  const packed = execFileSync("npm", ["pack", "--ignore-scripts", "--silent", "--pack-destination", dir], {
    cwd: ROOT,
    encoding: "utf8",
  }).trim();
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "docs-check", private: true, type: "module" }));
  // Installed as npm would, but offline: the tarball unpacked into node_modules, its runtime dependencies
  // taken from this checkout's node_modules (the versions of the lock file). The pages show Excel, so the
  // optional peer that reads and writes it is installed too, as the README says (`npm install rendement
  // @e965/xlsx`); tests/cli/withoutExcel.test.ts runs the command line without it.
  const into = join(dir, "node_modules/rendement");
  mkdirSync(into, { recursive: true });
  execFileSync("tar", ["-xzf", join(dir, packed), "-C", into, "--strip-components=1"]);
  const { dependencies, peerDependencies } = JSON.parse(readFileSync(join(into, "package.json"), "utf8")) as {
    dependencies: Record<string, string>;
    peerDependencies: Record<string, string>;
  };
  for (const name of [...Object.keys(dependencies), ...Object.keys(peerDependencies)]) {
    mkdirSync(join(dir, "node_modules", name, ".."), { recursive: true });
    symlinkSync(join(ROOT, "node_modules", name), join(dir, "node_modules", name), "dir");
  }
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify(TSCONFIG));
  for (const p of programs()) writeFileSync(join(dir, `${p.name}.ts`), p.code);
  fixtures(dir);
}, 180_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("code blocks of README.md and docs/*.md, against the packed package", () => {
  it("has blocks of every kind to check", () => {
    expect(programs().length).toBeGreaterThanOrEqual(5);
    expect(commandLines().length).toBeGreaterThanOrEqual(15);
  });

  it("typechecks every TypeScript block under strict, noUncheckedIndexedAccess and exactOptionalPropertyTypes", () => {
    const r = spawnSync(join(ROOT, "node_modules/.bin/tsc"), ["-p", "tsconfig.json"], { cwd: dir, encoding: "utf8" });
    expect(r.stdout + r.stderr).toBe("");
    expect(r.status).toBe(0);
  }, 120_000);

  it("prints € 57.849,47 from the README's library example", () => {
    const readme = programs().find((p) => p.from.page === "README.md");
    expect(readme).toBeDefined();
    const out = execFileSync("node", [`out/${readme?.name}.js`], { cwd: dir, encoding: "utf8" });
    expect(out.split("\n")[0]).toBe("€ 57.849,47");
  });

  it("sums, compares and formats results' amounts with the money module, as docs/api.md shows", () => {
    const money = programs().find((p) => p.from.page === "docs/api.md" && p.code.includes("compareCents(total"));
    expect(money).toBeDefined();
    const out = execFileSync("node", [`out/${money?.name}.js`], { cwd: dir, encoding: "utf8" })
      .trim()
      .split("\n");
    expect(out[0]).toMatch(/^€ [\d.]+,\d\d \| €[\d,]+\.\d\d$/);
    // The sum of the cases' net returns in cents equals the roll-up's total, to the cent.
    expect(out[2]).toBe("true");
    // And as JSON writes it: a two-decimal euro string.
    expect(out[3]).toMatch(/^-?\d+\.\d\d$/);
  });

  for (const p of programs().filter((x) => x.from.page !== "README.md"))
    it(`runs the block of ${p.from.page} at line ${p.from.line}`, () => {
      const r = spawnSync("node", [`out/${p.name}.js`], { cwd: dir, encoding: "utf8" });
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
    });

  it("runs every rendement command line of the pages with exit 0", () => {
    const seen = new Set<string>();
    const once = commandLines().filter(({ args }) => !seen.has(args.join(" ")) && seen.add(args.join(" ")));
    const failed = once.flatMap(({ page, args }) => {
      const r = spawnSync("node", ["node_modules/rendement/bin/rendement.js", ...args], {
        cwd: dir,
        encoding: "utf8",
        maxBuffer: 256 * 1024 * 1024,
      });
      return r.status === 0 ? [] : [`${page}: rendement ${args.join(" ")} → ${r.status}: ${r.stderr.slice(0, 300)}`];
    });
    expect(failed).toEqual([]);
  }, 120_000);

  it("parses every JSON block that is a whole file", () => {
    for (const b of blocks.filter((x) => x.lang === "json" && !x.code.includes("…")))
      expect(() => JSON.parse(b.code), `${b.page}:${b.line}`).not.toThrow();
  });
});
