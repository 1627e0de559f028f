/** docs/audit.md shows real output: every block of it must be what the tool prints now. */

import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../fixtures/cli.js";
import { forged } from "./forge.js";

const doc = readFileSync("docs/audit.md", "utf8").replace(/\r\n/g, "\n");
const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
const CASES = "examples/audit/cases.json";
const CLAIMS = "examples/audit/claims.csv";

const run = (args: string[]) => runCli(args);
/** The fenced block that follows `after` in the doc. */
function blockAfter(after: string): string {
  const at = doc.indexOf(after);
  expect(at, after).toBeGreaterThanOrEqual(0);
  const open = doc.indexOf("```", at + after.length);
  const start = doc.indexOf("\n", open) + 1;
  return doc.slice(start, doc.indexOf("```", start));
}

describe("docs/audit.md", () => {
  it("lists the example's claims.csv as it is", () => {
    expect(blockAfter("three\nclaims (`claims.csv`):")).toBe(readFileSync(CLAIMS, "utf8"));
  });

  it("shows the Markdown report the audit prints (summary and first claim, and the second claim's findings)", async () => {
    const { code, out } = await run(["audit", CLAIMS, "--cases", CASES, "--format", "md"]);
    expect(code).toBe(0);
    const from = doc.indexOf("# Controle werkbudget");
    const shown = doc.slice(from, doc.indexOf("\nBy hand:", from)).trimEnd();
    expect(out.startsWith(shown)).toBe(true);
    const second = doc.slice(doc.indexOf("The second claim's findings:"));
    const findings = second.slice(second.indexOf("### Bevindingen"), second.indexOf("\nThe CSV form")).trimEnd();
    expect(out).toContain(findings);
  });

  it("shows the CSV the audit prints", async () => {
    const { out } = await run(["audit", CLAIMS, "--cases", CASES, "--format", "csv"]);
    expect(blockAfter("The CSV form (`--format csv`), for a spreadsheet:")).toBe(
      out.replace(/^\ufeff/, "").replace(/\r\n/g, "\n"),
    );
  });

  it("shows what verify prints for the untouched bundle and for one changed figure (2 → 1 hour a week)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "rendement-audit-doc-"));
    const a = await run(["audit", CLAIMS, "--cases", CASES, "--bundle", "werkbudget-bundle.json"]);
    const text = a.files.get("werkbudget-bundle.json") as string;
    writeFileSync(join(dir, "werkbudget-bundle.json"), text);
    const b = JSON.parse(text) as {
      inputs: { cases: { cases: { id: string; actual: { rate?: { quantity: string } }[] }[] } };
    };
    for (const l of b.inputs.cases.cases.find((c) => c.id === "ruwaard-2024-017")?.actual ?? [])
      if (l.rate) l.rate.quantity = "1";
    writeFileSync(join(dir, "werkbudget-bundle-changed.json"), JSON.stringify(b, null, 2));
    // The doc shows relative file names and the version of the built tool (the sources run as 0.0.0-dev).
    const shown = (out: string) =>
      out.split(`${dir}/`).join("").replace("rendement 0.0.0-dev:", `rendement ${pkg.version}:`);
    // The whole-bundle fingerprint covers the version that wrote the bundle, so it differs between the sources and the build.
    const unversioned = (t: string) =>
      t.replace(/(fingerprints\.bundle\n\s+bundel: +)[0-9a-f]{64}(\n\s+herberekend: +)[0-9a-f]{64}/, "$1…$2…");
    const ok = await run(["verify", join(dir, "werkbudget-bundle.json")]);
    expect(ok.code).toBe(0);
    expect(blockAfter("rendement verify werkbudget-bundle.json\n```")).toBe(shown(ok.out));
    const changed = await run(["verify", join(dir, "werkbudget-bundle-changed.json")]);
    expect(changed.code).toBe(1);
    expect(unversioned(blockAfter("lists every figure that no longer follows:"))).toBe(unversioned(shown(changed.out)));
  });

  it("shows what verify --strict prints for the forged bundle (one police price changed, everything recomputed)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "rendement-audit-doc-"));
    writeFileSync(join(dir, "forged.json"), JSON.stringify(forged(), null, 2));
    const r = await run(["verify", join(dir, "forged.json"), "--strict", "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(blockAfter("rendement verify forged.json --strict --lang en\n```")).toBe(r.out.split(`${dir}/`).join(""));
  });
});
