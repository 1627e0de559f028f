import { readFileSync } from "node:fs";
// The simulate and whatif commands run in-process with a capturing io.
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";

function io(tty = false) {
  const o = { out: "", err: "", files: new Map<string, string>() };
  return {
    o,
    io: {
      stdout: (t: string) => void (o.out += t),
      stderr: (t: string) => void (o.err += t),
      writeFile: (p: string, t: string) => void o.files.set(p, t),
      isTTY: tty,
    },
  };
}

const NS = "examples/ns-jaarkaart.json";
// The NS-jaarkaart case as the example was until 2026 (one year of detention; the meeting booked as intervention;
// voorbeeld-2024): the what-if arithmetic below is worked by hand on its round figures.
const NS_2024 = "tests/fixtures/ns-jaarkaart-2024.json";
const WIJK = "examples/wijk-voorbeelden.json";

describe("rendement simulate", () => {
  it("is reproducible from its seed and differs for another seed", async () => {
    const a = io();
    const b = io();
    const c = io();
    expect(await main(["simulate", WIJK, "--draws", "300", "--seed", "7", "--group-by", "wijk"], a.io)).toBe(0);
    expect(await main(["simulate", WIJK, "--draws", "300", "--seed", "7", "--group-by", "wijk"], b.io)).toBe(0);
    expect(await main(["simulate", WIJK, "--draws", "300", "--seed", "8", "--group-by", "wijk"], c.io)).toBe(0);
    expect(a.o.out).toBe(b.o.out);
    const ja = JSON.parse(a.o.out);
    expect(ja.seed).toBe("7");
    expect(ja.draws).toBe(300);
    expect(ja.groups.length).toBeGreaterThan(0);
    // The example list has items with a range, so another seed gives other percentiles.
    expect(ja.parameters.length).toBeGreaterThan(0);
    expect(c.o.out).not.toBe(a.o.out);
    expect(a.o.err).toBe(""); // no progress without a terminal
  });

  it("gives the same output with --workers 1 as by default (in-process below the worker threshold)", async () => {
    // Worker threads start the built module, so they are exercised against the build (docs/scenarios.md);
    // here the in-process path with an explicit single worker must match the default.
    const a = io();
    const b = io();
    expect(await main(["simulate", WIJK, "--draws", "200", "--seed", "5", "--workers", "1"], a.io)).toBe(0);
    expect(await main(["simulate", WIJK, "--draws", "200", "--seed", "5"], b.io)).toBe(0);
    expect(a.o.out).toBe(b.o.out);
  });

  it("shows progress on a terminal only, on stderr", async () => {
    const t = io(true);
    expect(await main(["simulate", NS, "--draws", "100", "--seed", "1", "--format", "md"], t.io)).toBe(0);
    expect(t.o.err).toMatch(/simulating: 100% \(100\/100 draws\)/);
    expect(t.o.out).toMatch(/^# Onzekerheidsanalyse/);
  });

  it("writes HTML to --out", async () => {
    const t = io();
    expect(
      await main(
        ["simulate", WIJK, "--draws", "50", "--seed", "3", "--format", "html", "--lang", "en", "--out", "sim.html"],
        t.io,
      ),
    ).toBe(0);
    expect(t.o.files.get("sim.html")).toMatch(/<table class="simulation">/);
    expect(t.o.files.get("sim.html")).toMatch(/One-way sensitivity/);
  });

  it("exits 2 on wrong usage and 1 on invalid input", async () => {
    for (const args of [
      ["simulate"],
      ["simulate", NS, "--draws", "0"],
      ["simulate", NS, "--seed", "-3"],
      ["simulate", NS, "--seed", "18446744073709551616"],
      ["simulate", NS, "--group-by", "street"],
      ["simulate", NS, "--distribution", "normal"],
      ["simulate", NS, "--bogus"],
      ["simulate", NS, "--workers", "0"],
      ["simulate", NS, "--workers", "many"],
    ]) {
      const t = io();
      expect(await main(args, t.io)).toBe(2);
    }
    const t = io();
    expect(await main(["simulate", "tests/scenarios/does-not-exist.json"], t.io)).toBe(1);
  });
});

describe("simulate on the NS-jaarkaart example (issue 12)", () => {
  it("varies every rough item the example prices: each gets a range, and the draws move the net return", async () => {
    const t = io();
    expect(await main(["simulate", NS, "--draws", "200", "--seed", "7"], t.io)).toBe(0);
    const s = JSON.parse(t.o.out);
    const file = JSON.parse(readFileSync(NS, "utf8"));
    const c = file.cases[0];
    const used = new Set<string>([...c.counterfactual, ...c.actual].map((l: { item: string }) => l.item));
    const list = JSON.parse(readFileSync("pricelists/thuis-in-zuidoost/voorbeeld-2026.json", "utf8"));
    const rough = list.items
      .filter((i: { code: string; reliability: string }) => used.has(i.code) && i.reliability === "rough")
      .map((i: { code: string }) => i.code)
      .sort();
    // every item the example prices is a rough example figure, and every one of them is drawn
    expect(rough).toEqual([...used].sort());
    const varied = s.parameters.map((p: { item: string }) => p.item).sort();
    expect(varied).toEqual(rough);
    for (const p of s.parameters) expect(Number(p.low)).toBeLessThan(Number(p.high));
    for (const row of s.sensitivity.rows) expect(Number(row.swing)).toBeGreaterThan(0);
    expect(Number(s.total.netReturn.p5)).toBeLessThan(Number(s.total.netReturn.p95));
  });
});

describe("rendement whatif", () => {
  it("applies adjustments and reports assumptions (the NS-jaarkaart case as it was until 2026, by hand)", async () => {
    // Detention 50000.00 avoided; intervention 1500.00 + 3000.00 = 4500.00.
    // Deadweight 0.2 and attribution 0.25: 50000 × 0.8 × 0.75 = 30000.00; adjusted net 25500.00.
    const t = io();
    expect(
      await main(
        [
          "whatif",
          NS_2024,
          "--deadweight",
          "0.2",
          "--attribution",
          "0.25",
          "--drop-off",
          "0.5",
          "--continue",
          "domain:justitie=2",
        ],
        t.io,
      ),
    ).toBe(0);
    const w = JSON.parse(t.o.out);
    expect(w.base.totals.avoidedCost).toBe("50000.00");
    expect(w.scenario.totals.adjustedAvoidedCost).toBe("30000.00");
    expect(w.scenario.totals.adjustedNetReturn).toBe("25500.00");
    // The detention year falls in 2024; by assumption it continues 2 more years, losing half a year:
    // 30000.00, 15000.00 / 1.0225 = 14669.93, 7500.00 / 1.04550625 = 7173.56; PV 51843.49
    expect(w.projection.budget.years.map((y: { benefitPresentValue: string }) => y.benefitPresentValue)).toEqual([
      "30000.00",
      "14669.93",
      "7173.56",
    ]);
    expect(w.projection.budget.benefitPresentValue).toBe("51843.49");
    expect(w.projection.budget.paybackYears).toBe("0.15"); // 4500 / 30000
    expect(w.assumptions).toContainEqual({ name: "deadweight", scope: "global", value: "0.2", default: false });
    expect(w.assumptions).toContainEqual({ name: "displacement", scope: "global", value: "0", default: true });
  });

  it("overrides a price and scopes a rate to an item, in Markdown", async () => {
    const t = io();
    expect(
      await main(
        [
          "whatif",
          NS_2024,
          "--set",
          "justitie.detentie.jaar=40000.00",
          "--deadweight",
          "item:justitie.detentie.jaar=0.5",
          "--format",
          "md",
          "--lang",
          "en",
        ],
        t.io,
      ),
    ).toBe(0);
    expect(t.o.out).toMatch(/(item|post) `justitie\.detentie\.jaar`/);
    // 40000 × 0.5 = 20000.00 adjusted avoided
    expect(t.o.out).toMatch(/€20,000\.00/);
  });

  it("restates the scenario in another price year, with an override in that year's euros", async () => {
    // CPI 2020 = 107.54, 2024 = 130.27 (indexes/cbs-cpi). Detention 50000.00 → 50000 × 107.54 / 130.27 = 41275.8118… → 41275.81;
    // case meeting 1500 → 1238.2743… → 1238.27; NS card 3000 → 2476.5487… → 2476.55; I = 3714.82.
    const t = io();
    expect(await main(["whatif", NS_2024, "--price-year", "2020"], t.io)).toBe(0);
    const w = JSON.parse(t.o.out);
    expect(w.base.totals).toMatchObject({ counterfactualCost: "50000.00", interventionCost: "4500.00" });
    expect(w.scenario.totals).toMatchObject({
      counterfactualCost: "41275.81",
      interventionCost: "3714.82",
      netReturn: "37560.99",
    });
    expect(w.scenario.lists[0].priceYear).toBe(2020);
    expect(w.assumptions).toContainEqual({ name: "priceYear", value: "2020", default: false });
    // --set replaces the price after restating: detention at 40000.00 in 2020 euros; net 40000 − 3714.82 = 36285.18.
    const o = io();
    expect(
      await main(
        [
          "whatif",
          NS_2024,
          "--price-year",
          "2020",
          "--set",
          "justitie.detentie.jaar=40000.00",
          "--pricelist",
          "thuis-in-zuidoost@voorbeeld-2024",
        ],
        o.io,
      ),
    ).toBe(0);
    const x = JSON.parse(o.o.out);
    expect(x.scenario.totals).toMatchObject({ counterfactualCost: "40000.00", netReturn: "36285.18" });
    expect(x.assumptions).toContainEqual({
      name: "pricelist",
      value: "thuis-in-zuidoost@voorbeeld-2024",
      default: false,
    });
  });

  it("exits 2 on wrong usage and 1 on invalid input", async () => {
    // A rate or price given twice for the same scope is ambiguous: refused rather than the last one silently winning.
    for (const args of [
      ["whatif"],
      ["whatif", NS, "--set", "nonsense"],
      ["whatif", NS, "--horizon", "x"],
      ["whatif", NS, "--deadweight", "a=b=c"],
      ["whatif", NS, "--deadweight", "0.1", "--deadweight", "0.2"],
      ["whatif", NS, "--attribution", "domain:justitie=0.1", "--attribution", "domain:justitie=0.3"],
      ["whatif", NS, "--set", "justitie.detentie.jaar=1.00", "--set", "justitie.detentie.jaar=2.00"],
    ]) {
      const t = io();
      expect(await main(args, t.io)).toBe(2);
    }
    // A value the library refuses is still a wrong option value (exit 2), named by its option.
    // A code such as __proto__ is just an unknown code, not a way to reach an object's prototype.
    for (const [option, ...args] of [
      ["--deadweight", "whatif", NS, "--deadweight", "1.5"],
      ["--set", "whatif", NS, "--set", "no.such.item=1.00"],
      ["--horizon", "whatif", NS, "--horizon", "0"],
      ["--set", "whatif", NS, "--set", "__proto__=1.00"],
      ["--deadweight", "whatif", NS, "--deadweight", "item:__proto__=0.5"],
      ["--deadweight", "whatif", NS, "--deadweight", "domain:justitiee=0.5"],
      ["--set", "whatif", NS, "--set", "justitie.detentie.jaar=12,50"],
    ] as string[][]) {
      const t = io();
      expect(await main(args, t.io)).toBe(2);
      expect(t.o.err).toContain(`${option}: `);
    }
    const near = io();
    await main(["whatif", NS, "--deadweight", "domain:justitiee=0.5"], near.io);
    expect(near.o.err).toContain('did you mean "justitie"?');
    const missing = io();
    expect(await main(["whatif", "tests/scenarios/does-not-exist.json"], missing.io)).toBe(1);
    expect(missing.o.err).toMatch(/invalid input/);
  });
});

describe("simulate reports in Dutch", () => {
  it("explain the method in Dutch and name the list version where one item appears in two versions", async () => {
    // The district prices cases with sociaal-domein@2024 and @2025, and the eviction item (with a range) in both.
    const a = io();
    expect(
      await main(["simulate", "examples/district/cases.json", "--draws", "20", "--seed", "1", "--format", "md"], a.io),
    ).toBe(0);
    expect(a.o.out).toContain("Elke trekking prijst alle casussen");
    expect(a.o.out).toContain("Eenzijdige gevoeligheid");
    expect(a.o.out).not.toContain("Each draw prices");
    const rows = a.o.out.split("\n").filter((l) => l.startsWith("| `wonen.huisuitzetting.directe-kosten"));
    expect(new Set(rows.map((r) => r.split(" | ")[0]))).toEqual(
      new Set([
        "| `wonen.huisuitzetting.directe-kosten (sociaal-domein@2024)`",
        "| `wonen.huisuitzetting.directe-kosten (sociaal-domein@2025)`",
      ]),
    );
  });
});

describe("simulate --group-by", () => {
  it("reads groupings as the roll-up does (Dutch names too) and refuses payer as usage error", async () => {
    const a = io();
    expect(await main(["simulate", WIJK, "--draws", "10", "--group-by", "kwartaal"], a.io)).toBe(0);
    // wijk-voorbeelden.json starts cases in 2024-Q2, 2024-Q3 and 2025-Q1 (twice)
    expect(
      JSON.parse(a.o.out)
        .groups.map((g: { by: Record<string, string> }) => g.by.quarter)
        .sort(),
    ).toEqual(["2024-Q2", "2024-Q3", "2025-Q1"]);
    const b = io();
    expect(await main(["simulate", WIJK, "--draws", "10", "--group-by", "payer"], b.io)).toBe(2);
    expect(b.o.err).toContain("cannot group by payer");
  });
});
