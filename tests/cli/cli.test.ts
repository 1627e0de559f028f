import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

// The command line as a user runs it: `node bin/rendement.js …` against the
// build (npm test builds first), in a separate process, reading real files.
const ROOT = join(__dirname, "../..");
const BIN = join(ROOT, "bin/rendement.js");

function run(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dir: string;
beforeAll(() => {
  if (!existsSync(join(ROOT, "dist/cli/main.js")))
    throw new Error("dist/ is missing: run `npm run build` (npm test does it first)");
  dir = mkdtempSync(join(tmpdir(), "rendement-cli-"));
});

describe("rendement demo", () => {
  it("prints the NS-jaarkaart case in Dutch and exits 0", () => {
    const r = run(["demo"]);
    expect(r.code).toBe(0);
    // C 60.948,55 (a year of detention and six case meetings, 2026 euros), A = I = 3.099,08 (the jaarkaart).
    expect(r.stdout).toContain("zonder interventie     € 60.948,55");
    expect(r.stdout).toContain("netto rendement        € 57.849,47");
    expect(r.stdout).toMatch(/thuis-in-zuidoost@voorbeeld-2026/);
    // the treatment hours: named as PM, never as euros
    expect(r.stdout).toContain("PM (niet in euro's): Behandeluren (ggz)");
    // wellbeing in Dutch notation: the GGZ example goes from 4 to 6,5
    expect(r.stdout).toContain("welbevinden (rapportcijfer): cijfer 4→6,5");
  });
});

describe("rendement compute", () => {
  it("writes JSON with lists and cases, amounts as two-decimal strings", () => {
    const r = run(["compute", "examples/ns-jaarkaart.json"]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.lists[0]).toMatchObject({ id: "thuis-in-zuidoost", version: "voorbeeld-2026", priceYear: 2026 });
    expect(out.lists[0].fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(out.cases[0]).toMatchObject({
      id: "tizo-ns-jaarkaart",
      counterfactualCost: "60948.55",
      actualCost: "3099.08",
      interventionCost: "3099.08",
      avoidedCost: "60948.55",
      netReturn: "57849.47",
      ratio: "19.6667", // 60948.55 / 3099.08 = 19.66666… → 4 decimals
    });
    expect(out.cases[0].pm).toEqual([expect.objectContaining({ domain: "zorg" })]);
  });

  it("carries every priced line in JSON (the audit trail) unless --totals-only", () => {
    const withLines = JSON.parse(run(["compute", "examples/ns-jaarkaart.json"]).stdout);
    expect(withLines.cases[0].lines).toEqual([
      expect.objectContaining({
        side: "actual",
        item: "mobiliteit.ns-jaarkaart.jaar",
        cost: "3099.08",
        payer: "gemeente.werkbudget",
        intervention: true,
      }),
      expect.objectContaining({
        side: "counterfactual",
        item: "justitie.detentie.jaar",
        cost: "51651.31",
        reason: expect.stringContaining("boetes"),
      }),
      expect.objectContaining({
        side: "counterfactual",
        item: "ondersteuning.casuistiekoverleg",
        unitPrice: "1549.54",
        quantity: "6",
        cost: "9297.24",
      }),
    ]);
    const totalsOnly = JSON.parse(run(["compute", "examples/ns-jaarkaart.json", "--totals-only"]).stdout);
    expect(totalsOnly.cases[0].lines).toBeUndefined();
    expect(totalsOnly.cases[0].netReturn).toBe("57849.47");
  });

  it("gives byte-identical output for identical input, whatever the time zone", () => {
    const outs = ["UTC", "Pacific/Kiritimati", "America/St_Johns", "Asia/Kathmandu"].map(
      (TZ) => run(["compute", "examples/wijk-voorbeelden.json", "--trail"], { TZ }).stdout,
    );
    expect(outs[0]?.length).toBeGreaterThan(1000);
    for (const o of outs) expect(o).toBe(outs[0]);
  });

  it("writes Markdown in English on request to --out", () => {
    const out = join(dir, "r.md");
    const r = run(["compute", "examples/ns-jaarkaart.json", "--format", "md", "--lang", "en", "--out", out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    const md = readFileSync(out, "utf8");
    expect(md).toContain("Net return");
    expect(md).toContain("€57,849.47");
    // the treatment hours: in a section of their own, as PM, never as euros
    expect(md).toContain("## Not in euros (PM)");
    expect(md).toMatch(/\| tizo-ns-jaarkaart \| Behandeluren \(ggz\)[^\n]*\| PM \|/);
  });

  it("exits 1 naming the file and the path for an unknown item, with nothing on stdout", () => {
    const f = join(dir, "bad.json");
    writeFileSync(
      f,
      JSON.stringify({
        cases: [
          {
            id: "a",
            wijk: "w",
            start: "2024-03-01",
            counterfactual: [],
            actual: [{ item: "detentie.eeuw", quantity: 1 }],
          },
        ],
      }),
    );
    const r = run(["compute", f]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(`${f}: cases[0].actual[0].item: unknown price item "detentie.eeuw"`);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it("exits 1 listing every problem of a malformed file at once", () => {
    const f = join(dir, "bad2.json");
    writeFileSync(
      f,
      JSON.stringify({
        cases: [
          {
            id: "a",
            wijk: "w",
            start: "2024-03-01",
            counterfactual: [{ item: "justitie.detentie.dag", period: { from: "2024-05-01", through: "2024-04-01" } }],
            actual: [],
          },
          { id: "b", wijk: "w", start: "2024-13-01", counterfactual: [], actual: [{ item: "x", quantity: "-1" }] },
        ],
      }),
    );
    const r = run(["compute", f]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("cases[0].counterfactual[0].period.through");
    expect(r.stderr).toContain("cases[1].start");
    expect(r.stderr).toContain("cases[1].actual[0].quantity");
  });

  it("exits 1, not with an internal error, for an ad-hoc amount beyond exact cents", () => {
    const f = join(dir, "huge.json");
    writeFileSync(
      f,
      JSON.stringify({
        cases: [
          {
            id: "a",
            wijk: "w",
            start: "2024-03-01",
            counterfactual: [],
            actual: [{ amount: "99999999999999999999", description: "x", payer: "gemeente", domain: "wonen" }],
          },
        ],
      }),
    );
    const r = run(["compute", f]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${f}: cases[0].actual[0].amount: "99999999999999999999" is too large`);
  });

  it("exits 1 for invalid JSON and for a missing file", () => {
    const f = join(dir, "broken.json");
    writeFileSync(f, '{"cases": [}');
    expect(run(["compute", f]).stderr).toContain(`${f}: not valid JSON`);
    expect(run(["compute", join(dir, "nope.json")]).code).toBe(1);
  });

  it("reports a price year outside the index once per list, not once per case", () => {
    // wijk-voorbeelden.json has 4 cases on two list versions (2024 and 2025).
    const r = run(["compute", "examples/wijk-voorbeelden.json", "--price-year", "1990"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("invalid input (2 problems)");
    expect(r.stderr).toContain("pricelists/sociaal-domein/2024.json: priceYear: cannot restate in price year 1990");
    expect(r.stderr).not.toContain("cases[");
  });

  it("exits 2 for wrong usage", () => {
    expect(run(["compute"]).code).toBe(2);
    expect(run(["compute", "examples/ns-jaarkaart.json", "--format", "pdf"]).code).toBe(2);
    expect(run(["compute", "examples/ns-jaarkaart.json", "--frobnicate"]).code).toBe(2);
    expect(run(["nonsense"]).code).toBe(2);
    expect(run([]).code).toBe(2);
  });
});

describe("rendement pricelist", () => {
  it("lists every bundled list with its fingerprint", () => {
    const r = run(["pricelist", "list", "--format", "json"]);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as { id: string; version: string; fingerprint: string }[];
    expect(rows.map((x) => `${x.id}@${x.version}`)).toEqual(
      expect.arrayContaining([
        "zin-referentieprijzen@2024",
        "sociaal-domein@2018",
        "sociaal-domein@2024",
        "sociaal-domein@2025",
        "thuis-in-zuidoost@voorbeeld-2026",
      ]),
    );
  });

  it("shows a list restated in another price year", () => {
    const r = run(["pricelist", "show", "zin-referentieprijzen@2024", "--price-year", "2024", "--format", "json"]);
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout);
    const day = list.items.find((i: { code: string }) => i.code === "zorg.verpleegdag-ziekenhuis");
    // 644 × 130.27 = 83893.88; / 121.49 = 690.5414… → 690.54
    expect(day.amount).toBe("690.54");
    expect(day.indexation).toMatchObject({ fromYear: 2022, toYear: 2024, fromLevel: "121.49", toLevel: "130.27" });
  });

  it("diffs two versions: social rent 2018 against 2023 figures", () => {
    const r = run([
      "pricelist",
      "diff",
      "sociaal-domein@2018",
      "sociaal-domein@2024",
      "--price-year",
      "2024",
      "--format",
      "json",
    ]);
    expect(r.code).toBe(0);
    const d = JSON.parse(r.stdout);
    const rent = d.changed.find((c: { code: string }) => c.code === "wonen.huur-corporatie.maand");
    // 538 (2018) × 130.27/103.44 = 677.549… → 677.55; 582 (2023) × 130.27/126.10 = 601.2497… → 601.25
    expect(rent).toMatchObject({ change: "-76.30" });
    expect(rent.from.amount).toBe("677.55");
    expect(rent.to.amount).toBe("601.25");
  });

  it("refuses an unknown list as wrong usage (exit 2) and a broken folder of lists naming the file and path", () => {
    const unknown = run(["pricelist", "show", "sociaal-domijn"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("did you mean sociaal-domein?");
    const lists = join(dir, "lists");
    const f = join(lists, "eigen.json");
    require("node:fs").mkdirSync(lists, { recursive: true });
    writeFileSync(
      f,
      JSON.stringify({
        id: "eigen",
        version: "1",
        title: "t",
        publisher: "p",
        priceYear: 2024,
        currency: "EUR",
        validFrom: "2024-01-01",
        items: [
          {
            code: "x",
            label: { nl: "x", en: "x" },
            unit: "fortnight",
            amount: "1e3",
            payer: "gemeente",
            domain: "zorg",
            reliability: "solid",
          },
        ],
      }),
    );
    const r = run(["pricelist", "list", "--lists", lists]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("items[0].unit");
    expect(r.stderr).toContain("items[0].amount");
    expect(r.stderr).toContain("items[0].source");
  });
});
