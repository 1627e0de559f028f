import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createCatalog } from "../../src/pricelists/catalog.js";

// `rendement init` as a new user runs it, then `rendement compute` on what it wrote.
const ROOT = join(__dirname, "../..");
const BIN = join(ROOT, "bin/rendement.js");

function run(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let cwd: string;
beforeAll(() => {
  if (!existsSync(join(ROOT, "dist/cli/main.js"))) throw new Error("dist/ is missing: run `npm run build`");
  cwd = mkdtempSync(join(tmpdir(), "rendement-init-"));
});

const FILES = ["casussen.json", "casussen.csv", "casussen.xlsx", "prijslijsten/eigen-lijst/2026.json"];

describe("rendement init", () => {
  it("writes the starter files, which compute reads without edits to the NS-jaarkaart figures", () => {
    const r = run(cwd, "init", "start");
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    for (const f of FILES) expect(existsSync(join(cwd, "start", f)), f).toBe(true);
    const example = JSON.parse(run(ROOT, "compute", "examples/ns-jaarkaart.json", "--totals-only").stdout);
    for (const f of ["casussen.json", "casussen.csv", "casussen.xlsx"]) {
      const c = run(cwd, "compute", join("start", f), "--totals-only");
      expect(c.stderr, f).toBe("");
      expect(c.code, f).toBe(0);
      const out = JSON.parse(c.stdout);
      // The same list and version (why it was chosen differs: the tables name it on each case).
      const same = (ls: Record<string, unknown>[]) => ls.map(({ chosenBy, ...l }) => l);
      expect(same(out.lists), f).toEqual(same(example.lists));
      expect(out.cases[0], f).toMatchObject({
        id: "tizo-ns-jaarkaart",
        counterfactualCost: "60948.55",
        actualCost: "3099.08",
        netReturn: "57849.47",
        ratio: "19.6667",
      });
    }
  });

  it("ends the CSV with an emptied row to fill in", () => {
    const csv = readFileSync(join(cwd, "start/casussen.csv"), "utf8");
    expect(csv.split("\r\n").at(-2)).toMatch(/^;+$/);
  });

  it("writes a local list that validates, repeats a bundled item unchanged with its source, and prices the same", () => {
    const text = readFileSync(join(cwd, "start/prijslijsten/eigen-lijst/2026.json"), "utf8");
    const list = JSON.parse(text);
    const catalog = createCatalog({ lists: [{ data: list, file: "eigen-lijst/2026.json" }] });
    expect(catalog.lists[0]?.list).toMatchObject({ id: "eigen-lijst", version: "2026", example: true });
    const bundled = JSON.parse(readFileSync(join(ROOT, "pricelists/thuis-in-zuidoost/voorbeeld-2026.json"), "utf8"));
    const original = bundled.items.find((i: { code: string }) => i.code === "mobiliteit.ns-jaarkaart.jaar");
    expect(list.items).toHaveLength(1);
    const { note, ...item } = list.items[0];
    const { note: originalNote, ...same } = original;
    expect(item).toEqual(same); // amount, unit, payer and source as in the bundled list: nothing invented
    expect(note).toContain(originalNote);
    const c = run(
      cwd,
      "compute",
      "start/casussen.json",
      "--lists",
      "start/prijslijsten",
      "--pricelist",
      "eigen-lijst@2026",
    );
    expect(c.code).toBe(0);
    const out = JSON.parse(c.stdout);
    expect(out.lists[0]).toMatchObject({ id: "eigen-lijst", version: "2026" });
    expect(out.cases[0]).toMatchObject({ counterfactualCost: "60948.55", actualCost: "3099.08" });
  });

  it("never overwrites: if any file exists it writes nothing and names it", () => {
    const dir = join(cwd, "half");
    const first = run(cwd, "init", "half");
    expect(first.code).toBe(0);
    writeFileSync(join(dir, "casussen.csv"), "mine");
    const before = statSync(join(dir, "casussen.json")).mtimeMs;
    const r = run(cwd, "init", "half");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("init never overwrites a file, and these exist: half/casussen.json, half/casussen.csv");
    expect(readFileSync(join(dir, "casussen.csv"), "utf8")).toBe("mine");
    expect(statSync(join(dir, "casussen.json")).mtimeMs).toBe(before);
  });

  it("writes into the current folder by default", () => {
    const here = mkdtempSync(join(tmpdir(), "rendement-init-here-"));
    expect(run(here, "init").code).toBe(0);
    for (const f of FILES) expect(existsSync(join(here, f)), f).toBe(true);
    expect(run(here, "init", "a", "b").code).toBe(2);
  });
});
