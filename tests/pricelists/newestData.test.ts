/** The newest lists as a user meets them: warnings beyond the data, and simulations that vary every rough item. */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bundledCatalog } from "../../src/pricelists/bundledCatalog.js";
import { resolvePriceList } from "../../src/pricelists/resolvePriceList.js";

const ROOT = join(import.meta.dirname, "..", "..");
const dir = mkdtempSync(join(tmpdir(), "rendement-data-"));

function cli(args: string[]) {
  if (!existsSync(join(ROOT, "dist")))
    throw new Error("dist/ is missing: run `npm run build` (npm test does it first)");
  const r = spawnSync(process.execPath, [join(ROOT, "bin", "rendement.js"), ...args], { encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The NS-jaarkaart example with its list and dates replaced: the example file itself is left alone. */
function example(edit: (d: Record<string, any>) => void): string {
  const d = JSON.parse(readFileSync(join(ROOT, "examples", "ns-jaarkaart.json"), "utf8")) as Record<string, any>;
  edit(d);
  const f = join(dir, `case-${Math.abs(JSON.stringify(d).length)}.json`);
  writeFileSync(f, JSON.stringify(d));
  return f;
}

describe("the NS-jaarkaart case with the 2026 lists", () => {
  it("simulate varies every rough item of thuis-in-zuidoost@voorbeeld-2026 the case uses", () => {
    const f = example((d) => (d.pricelist = "thuis-in-zuidoost@voorbeeld-2026"));
    const r = cli(["simulate", f, "--draws", "2000", "--seed", "1"]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as {
      parameters: { item: string; low: string; high: string }[];
      total: { netReturn: { p5: string; p95: string } };
    };
    const list = resolvePriceList(bundledCatalog(), { id: "thuis-in-zuidoost", version: "voorbeeld-2026" });
    const used = ["justitie.detentie.jaar", "ondersteuning.casuistiekoverleg", "mobiliteit.ns-jaarkaart.jaar"];
    for (const code of used) expect(list.items.find((i) => i.code === code)?.reliability).toBe("rough");
    expect(out.parameters.map((p) => p.item).sort()).toEqual([...used].sort());
    for (const p of out.parameters) expect(Number(p.high)).toBeGreaterThan(Number(p.low));
    expect(Number(out.total.netReturn.p95)).toBeGreaterThan(Number(out.total.netReturn.p5));
  });

  it("a case running into 2027 is priced with sociaal-domein@2026 and says it reaches beyond the data", () => {
    const f = example((d) => {
      d.pricelist = "sociaal-domein";
      const c = d.cases[0];
      c.start = "2026-03-01";
      c.end = "2027-02-28";
      c.counterfactual = [{ item: "justitie.detentie.dag", quantity: "365", reason: "detention of about a year" }];
      c.actual = [{ item: "mobiliteit.ns-altijd-vrij.maand", quantity: "12", intervention: true, date: "2026-03-04" }];
      delete c.wellbeing;
    });
    const json = cli(["compute", f]);
    expect(json.code).toBe(0);
    const out = JSON.parse(json.stdout) as { cases: { warnings: { code: string; message: string }[] }[] };
    expect(out.cases[0]?.warnings).toEqual([
      {
        code: "beyond_index_year",
        path: ["end"],
        message: expect.stringMatching(/runs into 2027, after the newest level of index cbs-cpi@2026 \(2025\)/),
        params: { year: 2027, series: "cbs-cpi@2026", indexYear: 2025, priceYear: 2026 },
      },
      {
        code: "beyond_list_year",
        path: ["end"],
        message: expect.stringMatching(/after the newest price year of list sociaal-domein \(2026\)/),
        params: { year: 2027, list: "sociaal-domein", listYear: 2026, ref: "sociaal-domein@2026", priceYear: 2026 },
      },
    ]);
    const md = cli(["compute", f, "--format", "md"]);
    expect(md.stdout).toMatch(/na het nieuwste jaar van index cbs-cpi@2026 \(2025\).*`beyond_index_year`/);
    expect(md.stdout).toMatch(/geprijsd met sociaal-domein@2026 in euro's van 2026.*`beyond_list_year`/);
  });
});
