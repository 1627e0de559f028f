import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../..");

describe("docs/method.md, 'Follow-up and PM'", () => {
  it("prints what the page shows for its worked example (run npm run build first)", () => {
    const page = readFileSync(join(ROOT, "docs/method.md"), "utf8");
    // The section's first JSON block, and the first text block after it (its output).
    const section = page.slice(page.indexOf("## Follow-up and PM"));
    const json = /```json\n([\s\S]*?)```/.exec(section)?.[1];
    const shown = /```text\n([\s\S]*?)```/.exec(section)?.[1];
    expect(json).toBeDefined();
    expect(shown).toBeDefined();
    const dir = mkdtempSync(join(tmpdir(), "rendement-method-"));
    writeFileSync(join(dir, "terugval.json"), json as string);
    const r = spawnSync(
      "node",
      [join(ROOT, "bin/rendement.js"), "compute", "terugval.json", "--format", "md", "--lang", "en"],
      { cwd: dir, encoding: "utf8" },
    );
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(shown);
    expect(r.stdout).toContain("€59,084.48");
    expect(r.stdout).toContain("| PM |");
    // The second text block: the roll-up's CSV with follow-up at 6, 12 and 24 months and the PM count.
    const rolled = [
      ...section.slice(0, section.indexOf("\n## Kosten per jaar")).matchAll(/```text\n([\s\S]*?)```/g),
    ][1]?.[1];
    const g = spawnSync(
      "node",
      [
        join(ROOT, "bin/rendement.js"),
        ...[
          "compute",
          "terugval.json",
          "--group-by",
          "wijk",
          "--format",
          "csv",
          "--csv-dialect",
          "intl",
          "--lang",
          "en",
        ],
      ],
      { cwd: dir, encoding: "utf8" },
    );
    expect(g.status).toBe(0);
    // CSV lines end in CRLF (RFC 4180); the page shows them as plain lines.
    expect(g.stdout.replace(/\r\n/g, "\n")).toBe(rolled);
    // Followed up at 6 months, not held (relapse on 2024-07-01 = start + 6 months), nothing at 12 or 24.
    expect(g.stdout).toContain(",0,1,0,0.0000,0,0,,0,0,,1\r\n");
  });
});
