import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseCsv } from "../../src/csv/parseCsv.js";

// `rendement compute` with a roll-up, as a user runs it: follow-up per group and the PM effects in every
// report format the roll-up writes.
const ROOT = join(__dirname, "../..");
const BIN = join(ROOT, "bin/rendement.js");
const run = (args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

const kase = (id: string, wijk: string, extra: object) => ({
  id,
  wijk,
  programme: "Thuis",
  start: "2024-01-01",
  counterfactual: [{ amount: "1000.00", description: "opvang", payer: "gemeente", domain: "wonen", reason: "dreigde" }],
  actual: [{ amount: "100.00", description: "steun", payer: "gemeente", domain: "wonen", intervention: true }],
  ...extra,
});

let file: string;
beforeAll(() => {
  if (!existsSync(join(ROOT, "dist/cli/main.js")))
    throw new Error("dist/ is missing: run `npm run build` (npm test does it first)");
  file = join(mkdtempSync(join(tmpdir(), "rendement-follow-up-")), "cases.json");
  writeFileSync(
    file,
    JSON.stringify({
      programmes: [{ name: "Thuis", pm: [{ description: "rust in de straat" }] }],
      cases: [
        // Followed up at 6 and 12 months (checkpoint 2025-01-15), held.
        kase("a", "Noord", { followUp: [{ date: "2025-01-15", status: "held" }] }),
        // Followed up at 6 and 12 months; relapsed on 2024-10-01: held at 6, not at 12.
        kase("b", "Noord", {
          followUp: [{ date: "2025-02-01", status: "relapsed", relapseDate: "2024-10-01" }],
          pm: [{ description: "vertrouwen in het wijkteam", domain: "veiligheid" }],
        }),
        // Followed up at 6 months only (2024-08-01), status unknown: counted as followed up, no relapse.
        kase("c", "Zuid", { followUp: [{ date: "2024-08-01", status: "unknown" }] }),
        kase("d", "Zuid", {}),
      ],
    }),
  );
});

describe("compute --group-by: follow-up and PM in the roll-up reports", () => {
  it("Markdown (English): per group followed up and held at 6, 12 and 24 months, and the PM list", () => {
    const r = run(["compute", file, "--group-by", "wijk", "--format", "md", "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("## Does it hold? Follow-up");
    // Noord: 2 followed up at 6 (both held), 2 at 12 (1 held: b relapsed 2024-10-01), none at 24.
    expect(r.stdout).toContain("| Noord | 2 | 2 | 2 (100.0%) | 2 | 1 (50.0%) | 0 | – |");
    expect(r.stdout).toContain("| Zuid | 2 | 1 | 1 (100.0%) | 0 | – | 0 | – |");
    expect(r.stdout).toContain(
      "| **Total** | **4** | **3** | **3 (100.0%)** | **2** | **1 (50.0%)** | **0** | **–** |",
    );
    expect(r.stdout).toContain("## Not in euros (PM)");
    expect(r.stdout).toContain("| Noord | 1 |");
    expect(r.stdout).toContain("| b | vertrouwen in het wijkteam | `veiligheid` | – | PM |");
    expect(r.stdout).toContain("| programme Thuis | rust in de straat | – | – | PM |");
  });

  it("HTML (the compute report, Dutch): the follow-up table and PM, never as euros", () => {
    const r = run(["compute", file, "--format", "html"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("<h2>Houdt het stand? Nameting</h2>");
    expect(r.stdout).toContain("<h2>Niet in euro&#39;s (PM)</h2>");
    expect(r.stdout).toContain('<td data-label="Effect">vertrouwen in het wijkteam</td>');
    expect(r.stdout).toMatch(/<td[^>]*>1 \(50,0%\)<\/td>/);
  });

  it("CSV: follow-up counts, the share held and the PM count per group", () => {
    const r = run(["compute", file, "--group-by", "wijk", "--format", "csv", "--csv-dialect", "intl", "--lang", "en"]);
    expect(r.code).toBe(0);
    const rows = parseCsv(r.stdout);
    const head = rows[0]?.cells ?? [];
    const cell = (row: number, title: string) => rows[row]?.cells[head.indexOf(title)];
    expect(head.slice(-10)).toEqual([
      "Followed up at 6 mo",
      "Held at 6 mo",
      "Share held at 6 mo",
      "Followed up at 12 mo",
      "Held at 12 mo",
      "Share held at 12 mo",
      "Followed up at 24 mo",
      "Held at 24 mo",
      "Share held at 24 mo",
      "PM effects",
    ]);
    expect(rows[1]?.cells[0]).toBe("Noord");
    expect(cell(1, "Share held at 12 mo")).toBe("0.5000");
    expect(cell(1, "PM effects")).toBe("1");
    expect(cell(2, "Share held at 12 mo")).toBe("");
    expect(cell(3, "Followed up at 6 mo")).toBe("3");
  });

  it("says so when no case is followed up", () => {
    const none = join(mkdtempSync(join(tmpdir(), "rendement-no-follow-up-")), "cases.json");
    writeFileSync(none, JSON.stringify({ cases: [kase("d", "Zuid", {})] }));
    const r = run(["compute", none, "--group-by", "wijk", "--format", "md", "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("No case has a follow-up checkpoint 6 months or more after its start");
    expect(r.stdout).not.toContain("## Not in euros (PM)");
  });
});
