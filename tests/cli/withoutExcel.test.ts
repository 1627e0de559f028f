import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { MissingPackageError } from "../../src/node/index.js";
import { isMissingPackage } from "../../src/node/xlsx/sheetJS.js";

// SheetJS (@e965/xlsx) is an optional peer dependency. This installs the built package
// beside every dependency except SheetJS, as a tool that does not ask for Excel gets it,
// and runs the command line there.
const ROOT = join(__dirname, "../..");
let app: string;

beforeAll(() => {
  if (!existsSync(join(ROOT, "dist/cli/main.js"))) throw new Error("dist/ is missing: run `npm run build`");
  app = mkdtempSync(join(tmpdir(), "rendement-no-xlsx-"));
  for (const f of ["package.json", "bin", "dist", "examples"]) cpSync(join(ROOT, f), join(app, f), { recursive: true });
  mkdirSync(join(app, "node_modules", "@e965"), { recursive: true });
  for (const name of readdirSync(join(ROOT, "node_modules"))) {
    if (name === "@e965" || name === ".bin") continue;
    symlinkSync(join(ROOT, "node_modules", name), join(app, "node_modules", name));
  }
});

function run(...args: string[]) {
  return runIn({}, ...args);
}

function runIn(env: Record<string, string>, ...args: string[]) {
  const r = spawnSync(process.execPath, [join(app, "bin/rendement.js"), ...args], {
    cwd: app,
    encoding: "utf8",
    env: { ...process.env, ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("without the optional Excel package", () => {
  it("computes JSON as ever", () => {
    const r = run("compute", "examples/ns-jaarkaart.json");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).cases[0].netReturn).toBe("57849.47");
  });

  it("says in one line, in the user's language, what to install for Excel: exit 1, no stack trace", () => {
    const en = run("compute", "examples/ns-jaarkaart.json", "--format", "xlsx", "--out", "r.xlsx");
    expect(en.code).toBe(1);
    expect(en.stderr).toBe(
      'rendement compute: Excel needs the optional package @e965/xlsx, which is not installed: run "npm install @e965/xlsx" (JSON, JSON lines and CSV work without it)\n',
    );
    expect(existsSync(join(app, "r.xlsx"))).toBe(false);
    const nl = runIn({ LANG: "nl_NL.UTF-8" }, "convert", "examples/ns-jaarkaart.json", "ns.xlsx");
    expect(nl.code).toBe(1);
    expect(nl.stderr).toContain(
      'Excel vraagt het optionele pakket @e965/xlsx, dat niet geïnstalleerd is: voer "npm install @e965/xlsx" uit',
    );
    expect(nl.stderr).not.toContain("    at ");
  });

  it("init writes the JSON and CSV starter files, says why there is no Excel file, and compute reads them", () => {
    const r = run("init", "start");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("casussen.xlsx not written: Excel needs the optional package @e965/xlsx");
    expect(r.stdout).toContain(`rendement compute ${join("start", "casussen.csv")} --group-by wijk`);
    expect(existsSync(join(app, "start", "casussen.xlsx"))).toBe(false);
    for (const f of ["casussen.json", "casussen.csv", "prijslijsten/eigen-lijst/2026.json"])
      expect(existsSync(join(app, "start", f)), f).toBe(true);
    const c = run("compute", join("start", "casussen.csv"), "--lists", join("start", "prijslijsten"));
    expect(c.code).toBe(0);
  });
});

describe("MissingPackageError", () => {
  it("tells a missing package from an error inside it", () => {
    const missing = Object.assign(new Error("Cannot find package '@e965/xlsx' imported from /x.js"), {
      code: "ERR_MODULE_NOT_FOUND",
    });
    expect(isMissingPackage(missing, "@e965/xlsx")).toBe(true);
    const inner = Object.assign(new Error("Cannot find module './cpexcel.js'"), { code: "ERR_MODULE_NOT_FOUND" });
    expect(isMissingPackage(inner, "@e965/xlsx")).toBe(false);
    expect(isMissingPackage(new TypeError("x"), "@e965/xlsx")).toBe(false);
    const e = new MissingPackageError("@e965/xlsx");
    expect(e.packageName).toBe("@e965/xlsx");
    expect(e.name).toBe("MissingPackageError");
  });
});
