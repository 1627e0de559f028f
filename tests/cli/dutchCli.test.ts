import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { COMMANDS, helpOf, main } from "../../src/cli/main.js";
import { ENGLISH, found, prose } from "../report/languageWords.js";

// Words a user types as they are (option values, subcommands, column names): data, not prose.
const TYPED =
  /\b(?:json|jsonl|csv|md|html|xlsx|text|nl|intl|auto|triangular|uniform|pert|groups|payers|wellbeing|list|show|diff|domain|item|wijk|programme|month|quarter|year|payer|id|caseId|date|amount|purpose|claimedSavings|pricelist|synthetic|claims)\b(?=[|,;:=\s)\].-]|$)/g;

function dutchProse(text: string): string {
  return prose(
    text
      .replace(/^\s*rendement .*$/gm, " ") // usage lines: the command as typed
      .replace(/[\w.-]+\.(?:json|jsonl|csv|xlsx|html|md)\b/g, " ") // file names
      .replace(/\{[^}\n]*\}/g, " ") // JSON as typed
      .replace(/[A-Za-z]+(?:\|[A-Za-z]+)+/g, " ") // a|b|c choices
      .replace(TYPED, " "),
    "cli",
  );
}

// The literal text of a source file: its string and template literals, without the `${…}` they fill in.
function literals(file: string): string {
  const src = readFileSync(file, "utf8");
  const out: string[] = [];
  for (const m of src.matchAll(/"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g)) out.push(m[1] ?? m[2] ?? "");
  return out.map((s) => s.replace(/\$\{[^}]*\}/g, " ")).join("\n");
}

describe("the command line in Dutch", () => {
  it("every command's --help under --lang nl has no English word of the code", () => {
    const leaks = Object.keys(COMMANDS).flatMap((name) =>
      found(dutchProse(helpOf(name, "nl")), ENGLISH, "iu").map((w) => `${name}: ${w}`),
    );
    expect(leaks).toEqual([]);
    // The check bites: the English help is full of them.
    expect(found(dutchProse(helpOf("compute", "en")), ENGLISH, "iu").length).toBeGreaterThan(5);
  });

  it("every message of the Dutch dictionary (status lines, usage errors, notes) has no English word", () => {
    const leaks = found(dutchProse(literals("src/cli/messages/nl.ts")), ENGLISH, "iu");
    expect(leaks).toEqual([]);
  });

  it("what a user sees on stderr under LANG=nl_NL (notes, status lines, usage errors, warnings) is Dutch", async () => {
    const dir = mkdtempSync(join(tmpdir(), "rendement-nl-"));
    const runs = [
      ["convert", "examples/ns-jaarkaart.json", join(dir, "c.csv")],
      ["convert", "examples/ns-jaarkaart.json", join(dir, "c.csv")],
      ["convert", "x.txt", "y.json"],
      ["init", join(dir, "start")],
      ["init", join(dir, "start")],
      ["audit", "examples/audit/claims.json"],
      ["audit", "examples/audit/claims.json", "--cases", "x.json", "--tolerance", "1,234"],
      ["pricelist", "show", "sociaal-domein@2026"],
      ["compute", "examples/ns-jaarkaart.json", "--format", "xlsx"],
      ["compute", "examples/ns-jaarkaart.json", "--bundle", join(dir, "b.json"), "--out", join(dir, "r.json")],
      ["verify"],
    ];
    const leaks: string[] = [];
    for (const argv of runs) {
      let err = "";
      let out = "";
      await main(argv, {
        stdout: (t) => void (out += t),
        stderr: (t) => void (err += t),
        writeFile: () => undefined,
        isTTY: false,
        env: { LANG: "nl_NL.UTF-8" },
      });
      const seen = argv[0] === "init" ? err + out : err;
      expect(seen, argv.join(" ")).not.toBe("");
      for (const w of found(dutchProse(seen.split(dir).join(" ")), ENGLISH, "iu"))
        leaks.push(`${argv.join(" ")}: ${w}`);
    }
    expect(leaks).toEqual([]);
  });
});
