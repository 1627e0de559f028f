/**
 * Malformed case files through the command line, in-process: exit code 1, a
 * message naming the file and the path inside it, and nothing on stdout.
 */

import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../fixtures/cli.js";

const dir = mkdtempSync(join(tmpdir(), "rendement-cases-"));

async function compute(name: string, content: string, ...args: string[]) {
  const file = join(dir, name);
  writeFileSync(file, content);
  const r = await runCli(["compute", file, ...args]);
  return { code: r.code, stdout: r.out, stderr: r.err, file, files: r.files };
}

const good = (): any => ({
  pricelist: "sociaal-domein@2024",
  cases: [
    {
      id: "a",
      wijk: "WK079601",
      start: "2024-03-01",
      end: "2024-12-31",
      counterfactual: [{ item: "justitie.detentie.dag", quantity: 30, reason: "r" }],
      actual: [
        {
          item: "ondersteuning.begeleiding.westerveld-basis.uur",
          period: { from: "2024-03-04", through: "2024-03-31" },
          rate: { quantity: 4, per: "week" },
          intervention: true,
        },
        { item: "zorg.huisarts-consult", quantity: 2 },
      ],
      wellbeing: [
        { instrument: "rapportcijfer", before: { scores: { cijfer: 4 } }, after: { scores: { cijfer: 6.5 } } },
      ],
    },
  ],
});

type Edit = (f: any) => void;

describe("rendement compute: malformed case files", () => {
  it("computes the good file (exit 0, JSON on stdout)", async () => {
    const r = await compute("good.json", JSON.stringify(good()));
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    // C: 30 days × 324.64 (250.00 in 2016 euros × 130.27/100.32 = 324.6361… → 324.64) = 9739.20
    // I: 16 hours × 57.65 (55.80 × 130.27/126.10 = 57.6452… → 57.65) = 922.40; A = I + 2 × 33.10 = 988.60
    expect(out.cases[0]).toMatchObject({
      id: "a",
      wijk: "WK079601",
      counterfactualCost: "9739.20",
      interventionCost: "922.40",
      actualCost: "988.60",
      netReturn: "8750.60",
    });
    expect(out.lists[0]).toMatchObject({ id: "sociaal-domein", version: "2024", priceYear: 2024 });
  });

  it.each<[string, Edit, string]>([
    ["a wrong type", (f) => (f.cases[0].id = 5), "cases[0].id"],
    ["a quantity of the wrong type", (f) => (f.cases[0].actual[1].quantity = true), "cases[0].actual[1].quantity"],
    ["an unknown item", (f) => (f.cases[0].actual[1].item = "zorg.onbekend"), "cases[0].actual[1].item"],
    [
      "a reversed period",
      (f) => (f.cases[0].actual[0].period = { from: "2024-03-31", through: "2024-03-04" }),
      "cases[0].actual[0].period.through",
    ],
    ["an impossible date", (f) => (f.cases[0].start = "2023-02-29"), "cases[0].start"],
    ["a case that ends before it starts", (f) => (f.cases[0].end = "2024-01-01"), "cases[0].end"],
    [
      "probabilities summing to 0.99",
      (f) =>
        (f.cases[0].counterfactual = {
          alternatives: [
            { probability: "0.34", lines: [] },
            { probability: "0.65", lines: [] },
          ],
        }),
      "cases[0].counterfactual.alternatives",
    ],
    [
      "a negative quantity",
      (f) => (f.cases[0].counterfactual[0].quantity = "-30"),
      "cases[0].counterfactual[0].quantity",
    ],
    [
      "a quantity of minus zero",
      (f) => (f.cases[0].counterfactual[0].quantity = "-0"),
      "cases[0].counterfactual[0].quantity",
    ],
    [
      "a quantity with an exponent",
      (f) => (f.cases[0].counterfactual[0].quantity = "1e3"),
      "cases[0].counterfactual[0].quantity",
    ],
    [
      "a score out of scale",
      (f) => (f.cases[0].wellbeing[0].after.scores.cijfer = 11),
      "cases[0].wellbeing[0].after.scores.cijfer",
    ],
    [
      "an unknown instrument",
      (f) => (f.cases[0].wellbeing[0].instrument = "geluk"),
      "cases[0].wellbeing[0].instrument",
    ],
    ["an hourly item over a period without a rate", (f) => delete f.cases[0].actual[0].rate, "cases[0].actual[0].rate"],
    ["an unknown field", (f) => (f.cases[0].actual[1].prijs = "12"), "cases[0].actual[1].prijs"],
    [
      "an ad-hoc amount without a payer",
      (f) => (f.cases[0].actual[1] = { amount: "10.00", description: "x", domain: "wonen" }),
      "cases[0].actual[1].payer",
    ],
    [
      "an ad-hoc amount with three decimals",
      (f) => (f.cases[0].actual[1] = { amount: "10.005", description: "x", payer: "gemeente", domain: "wonen" }),
      "cases[0].actual[1].amount",
    ],
    [
      "an intervention on the counterfactual side",
      (f) => (f.cases[0].counterfactual[0].intervention = true),
      "cases[0].counterfactual[0].intervention",
    ],
    ["a duplicate case id", (f) => f.cases.push({ ...f.cases[0] }), "cases[1].id"],
    ["an unknown pinned version", (f) => (f.cases[0].pricelist = "sociaal-domein@1999"), "cases[0]"],
  ])("refuses %s: exit 1, file and path named, nothing on stdout", async (what, edit, path) => {
    const f = good();
    edit(f);
    const r = await compute(`${what.replace(/\W+/g, "-")}.json`, JSON.stringify(f));
    expect(r.stdout).toBe("");
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain(`${r.file}: ${path}`);
    expect(r.files.size).toBe(0);
  });

  it("refuses __proto__ keys anywhere, naming them", async () => {
    const text = JSON.stringify(good()).replace('"quantity":30', '"quantity":30,"__proto__":{"polluted":true}');
    const r = await compute("proto.json", text);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(`${r.file}: cases[0].counterfactual[0].__proto__: the key "__proto__" is not allowed`);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it("reports every problem of every case at once", async () => {
    const f = good();
    f.cases.push({ ...structuredClone(f.cases[0]), id: "b" });
    f.cases[0].actual[1].item = "zorg.onbekend";
    (f.cases[1] as any).wellbeing[0].before.scores.cijfer = 0;
    const r = await compute("two.json", JSON.stringify(f));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/2 problems/);
    expect(r.stderr).toContain("cases[0].actual[1].item");
    expect(r.stderr).toContain("cases[1].wellbeing[0].before.scores.cijfer");
  });

  it("refuses invalid JSON with its line, and a missing file", async () => {
    const r = await compute("broken.json", '{\n  "cases": [\n    { "id": "a", }\n  ]\n}');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/broken\.json: not valid JSON at line 3/);
    const gone = await runCli(["compute", join(dir, "nope.json")]);
    expect(gone.code).toBe(1);
    expect(gone.err).toMatch(/nope\.json: file not found/);
  });

  it("refuses a cost beyond the exact range with exit 1, not a crash", async () => {
    const f = good();
    f.cases[0].counterfactual[0].quantity = "999999999999999" as never; // 10^15 days × 324.64 is far beyond 2^53 cents
    const r = await compute("huge.json", JSON.stringify(f));
    expect(r.stdout).toBe("");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${r.file}: cases[0]: a line cost exceeds the exactly representable range`);
    const t = await compute("huge-trail.json", JSON.stringify(f), "--trail");
    expect(t.code).toBe(1);
    expect(t.stdout).toBe("");
    expect(t.stderr).toContain(`${t.file}: cases[0]: `);
    // In Dutch too: the issue carries what overflowed.
    const nl = await compute("huge-nl.json", JSON.stringify(f), "--lang", "nl");
    expect(nl.code).toBe(1);
    expect(nl.stderr).toContain(
      `${nl.file}: cases[0]: de kosten van een regel vallen buiten wat exact te rekenen is (±90 biljoen euro)`,
    );
  });

  it("wrong usage is exit 2", async () => {
    const bare = await runCli(["compute"]);
    expect(bare.code).toBe(2);
    expect(bare.err).toMatch(/exactly one case file/);
    const r = await compute("fmt.json", JSON.stringify(good()), "--format", "xml");
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
  });
});
