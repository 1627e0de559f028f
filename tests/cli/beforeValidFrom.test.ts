import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../fixtures/cli.js";

const run = (argv: string[]) => runCli(argv, {});

// The NS example names thuis-in-zuidoost@voorbeeld-2026 (valid from 2026-01-01); moved to 2025 it starts before it.
const dir = mkdtempSync(join(tmpdir(), "rendement-validfrom-"));
const early = join(dir, "early.json");
writeFileSync(
  early,
  readFileSync("examples/ns-jaarkaart.json", "utf8").replace('"start": "2026-01-01"', '"start": "2025-06-01"'),
);

describe("the invisible choices: a case that starts before its list applies", () => {
  it("is priced with the list it names, with a warning that says so (JSON, nl and en)", async () => {
    const json = await run(["compute", early, "--totals-only"]);
    expect(json.code, json.err).toBe(0);
    const c = JSON.parse(json.out).cases[0];
    expect(c.warnings).toContainEqual({
      code: "before_list_valid_from",
      path: ["start"],
      params: { start: "2025-06-01", ref: "thuis-in-zuidoost@voorbeeld-2026", validFrom: "2026-01-01" },
      message:
        "the case starts on 2025-06-01, before thuis-in-zuidoost@voorbeeld-2026 is valid (from 2026-01-01): " +
        "it is priced with that list as named, with the amounts of its own date",
    });
    const nl = await run(["compute", early, "--format", "md"]);
    expect(nl.out).toContain(
      "de casus begint op 2025-06-01, vóór thuis-in-zuidoost@voorbeeld-2026 geldt (vanaf 2026-01-01)",
    );
    const en = await run(["compute", early, "--format", "md", "--lang", "en"]);
    expect(en.out).toContain("before thuis-in-zuidoost@voorbeeld-2026 is valid (from 2026-01-01)");
  });

  it("gives no such warning to a case that starts on or after the list's validFrom", async () => {
    const r = await run(["compute", "examples/ns-jaarkaart.json", "--totals-only"]);
    const codes = JSON.parse(r.out).cases[0].warnings.map((w: { code: string }) => w.code);
    expect(codes).not.toContain("before_list_valid_from");
  });
});
