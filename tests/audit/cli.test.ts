import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { casesCsv } from "../../src/cases/csv/casesCsv.js";
import { main } from "../../src/cli/main.js";

function io() {
  const r = { out: "", err: "", files: new Map<string, string>() };
  return {
    r,
    io: {
      stdout: (t: string) => void (r.out += t),
      stderr: (t: string) => void (r.err += t),
      writeFile: (p: string, t: string) => void r.files.set(p, t),
      isTTY: false,
    },
  };
}
const dir = mkdtempSync(join(tmpdir(), "rendement-audit-"));
const CASES = "examples/audit/cases.json";
const CLAIMS = "examples/audit/claims.csv";

describe("rendement audit", () => {
  it("audits the worked example: one overclaimed, one underclaimed, one unverifiable (exit 0)", async () => {
    const { r, io: x } = io();
    expect(await main(["audit", CLAIMS, "--cases", CASES], x)).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.claims.map((c: { status: string }) => c.status)).toEqual(["overclaimed", "underclaimed", "unverifiable"]);
    expect(j.summary.claimedTotal).toBe("24000.00");
  });
  it("writes md, html (escaped, self-contained) and csv", async () => {
    const md = io();
    expect(await main(["audit", CLAIMS, "--cases", CASES, "--format", "md"], md.io)).toBe(0);
    expect(md.r.out).toContain("# Controle werkbudget");
    expect(md.r.out).toContain("te hoog geclaimd");
    const en = io();
    expect(await main(["audit", CLAIMS, "--cases", CASES, "--format", "md", "--lang", "en"], en.io)).toBe(0);
    expect(en.r.out).toContain("# Werkbudget audit");
    const f = join(dir, "evil.json");
    writeFileSync(
      f,
      JSON.stringify({
        claims: [
          {
            id: "<script>alert(1)</script>",
            caseId: "x",
            date: "2024-01-01",
            amount: "1",
            purpose: "=cmd()",
            claimedSavings: "1",
          },
        ],
      }),
    );
    const h = io();
    expect(await main(["audit", f, "--cases", CASES, "--format", "html"], h.io)).toBe(0);
    expect(h.r.out).not.toContain("<script>");
    expect(h.r.out).toContain("&lt;script&gt;");
    expect(h.r.out).not.toMatch(/<link|src=/);
    const c = io();
    expect(await main(["audit", f, "--cases", CASES, "--format", "csv"], c.io)).toBe(0);
    expect(c.r.out).toContain(";'=cmd()");
  });
  it("exit 1 naming the file and path for a bad JSON claims file", async () => {
    const f = join(dir, "bad.json");
    writeFileSync(
      f,
      JSON.stringify({
        claims: [
          { id: "k1", caseId: "c1", date: "2024-03-05", amount: "1500.00", purpose: "x", claimedSavings: "veel" },
        ],
      }),
    );
    const { r, io: x } = io();
    expect(await main(["audit", f, "--cases", CASES], x)).toBe(1);
    expect(r.err).toContain(f);
    expect(r.err).toContain("claims[0].claimedSavings");
  });
  it("exit 1 naming the file, line and column for a bad CSV claims file", async () => {
    const f = join(dir, "bad.csv");
    writeFileSync(f, "id;caseId;date;amount;purpose;claimedSavings\nk1;c1;2024-03-05;12x;huur;10\n");
    const { r, io: x } = io();
    expect(await main(["audit", f, "--cases", CASES], x)).toBe(1);
    expect(r.err).toContain(f);
    expect(r.err).toContain("row[2].amount");
  });
  it("--tolerance takes a Dutch decimal comma too: 0,50 is 0.50", async () => {
    const { r, io: x } = io();
    expect(await main(["audit", CLAIMS, "--cases", CASES, "--tolerance", "0,50"], x)).toBe(0);
    expect(JSON.parse(r.out).settings.tolerance).toBe("0.50");
  });
  it("takes the case file as CSV too (rendement compute does): the same audit as from the JSON case file", async () => {
    const f = join(dir, "cases.csv");
    writeFileSync(f, casesCsv(JSON.parse(readFileSync(CASES, "utf8")).cases));
    const json = io();
    const csv = io();
    expect(await main(["audit", CLAIMS, "--cases", CASES], json.io)).toBe(0);
    expect(await main(["audit", CLAIMS, "--cases", f, "--bundle", "b.json"], csv.io)).toBe(0);
    expect(JSON.parse(csv.r.out)).toEqual(JSON.parse(json.r.out));
    const g = join(dir, "csv-bundle.json");
    writeFileSync(g, csv.r.files.get("b.json") as string);
    expect(await main(["verify", g], io().io)).toBe(0);
  });
  it("exit 2 without --cases or with a bad tolerance", async () => {
    expect(await main(["audit", CLAIMS], io().io)).toBe(2);
    expect(await main(["audit", CLAIMS, "--cases", CASES, "--tolerance", "abc"], io().io)).toBe(2);
  });
});

describe("rendement verify", () => {
  it("exit 0 on an untouched bundle, 1 with the differences listed when a figure was changed", async () => {
    const a = io();
    expect(await main(["audit", CLAIMS, "--cases", CASES, "--bundle", "b.json"], a.io)).toBe(0);
    const text = a.r.files.get("b.json") as string;
    const again = io();
    await main(["audit", CLAIMS, "--cases", CASES, "--bundle", "b.json"], again.io);
    expect(again.r.files.get("b.json")).toBe(text);
    const f = join(dir, "b.json");
    writeFileSync(f, text);
    const ok = io();
    expect(await main(["verify", f], ok.io)).toBe(0);
    expect(ok.r.out).toMatch(/^OK/);
    const b = JSON.parse(text);
    b.inputs.cases.cases[0].counterfactual[0].quantity = "2";
    const g = join(dir, "b2.json");
    writeFileSync(g, JSON.stringify(b));
    const bad = io();
    expect(await main(["verify", g], bad.io)).toBe(1);
    expect(bad.r.out).toContain("outputs.claims[0].recomputation.counterfactualCost");
    expect(bad.r.out).toMatch(/bundel: +.*\n\s+herberekend: /);
  });
  it("audit metadata (--auditor, --audit-date, --scope) goes into the report and the bundle, and verify shows it", async () => {
    const meta = ["--auditor", "A. de Vries RA", "--audit-date", "2024-12-01", "--scope", "werkbudget Ruwaard 2024"];
    const a = io();
    expect(await main(["audit", CLAIMS, "--cases", CASES, "--format", "md", "--bundle", "m.json", ...meta], a.io)).toBe(
      0,
    );
    expect(a.r.out).toContain("- Auditor: A. de Vries RA");
    expect(a.r.out).toContain("- Datum controle: 1 december 2024");
    expect(a.r.out).toContain("- Reikwijdte: werkbudget Ruwaard 2024");
    const text = a.r.files.get("m.json") as string;
    expect(JSON.parse(text).options).toMatchObject({ auditor: "A. de Vries RA", auditDate: "2024-12-01" });
    const f = join(dir, "m.json");
    writeFileSync(f, text);
    const v = io();
    expect(await main(["verify", f, "--lang", "en"], v.io)).toBe(0);
    expect(v.r.out).toContain(
      "Audit: auditor A. de Vries RA, date 2024-12-01, scope werkbudget Ruwaard 2024, tolerance €0.00, horizon 12 months.",
    );
    // The metadata is covered: changing the auditor in the bundle is found.
    const b = JSON.parse(text);
    b.options.auditor = "iemand anders";
    writeFileSync(f, JSON.stringify(b));
    const changed = io();
    expect(await main(["verify", f], changed.io)).toBe(1);
    expect(changed.r.out).toContain("outputs.settings.auditor");
    const bad = io();
    expect(await main(["audit", CLAIMS, "--cases", CASES, "--audit-date", "2024-02-30"], bad.io)).toBe(1);
  });
  it("compute --bundle writes a bundle that verifies", async () => {
    const c = io();
    expect(await main(["compute", "examples/ns-jaarkaart.json", "--bundle", "c.json"], c.io)).toBe(0);
    const f = join(dir, "c.json");
    writeFileSync(f, c.r.files.get("c.json") as string);
    const v = io();
    expect(await main(["verify", f, "--format", "json"], v.io)).toBe(0);
    expect(JSON.parse(v.r.out).kind).toBe("compute");
    expect(readFileSync(f, "utf8")).not.toMatch(/20\d\d-\d\d-\d\dT/);
  });
});
