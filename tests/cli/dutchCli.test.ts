import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { COMMANDS, helpOf } from "../../src/cli/main.js";
import { runCli } from "../fixtures/cli.js";
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
      const { out, err } = await runCli(argv, { LANG: "nl_NL.UTF-8" });
      const seen = argv[0] === "init" ? err + out : err;
      expect(seen, argv.join(" ")).not.toBe("");
      for (const w of found(dutchProse(seen.split(dir).join(" ")), ENGLISH, "iu"))
        leaks.push(`${argv.join(" ")}: ${w}`);
    }
    expect(leaks).toEqual([]);
  });

  it("problems of input and options (issues) read in Dutch under --lang nl, each from its code and params", async () => {
    const dir = mkdtempSync(join(tmpdir(), "rendement-nl-issues-"));
    const csv = join(dir, "c.csv");
    writeFileSync(
      csv,
      "id;wijk;start;side;item;quantity\na;WK1;1-3-2024;counterfactual;wonen.huisuitzetting.directe-kosten;1,5.0\n",
    );
    const cases = JSON.parse(readFileSync("examples/audit/cases.json", "utf8"));
    cases.cases[0].counterfactual[0].item = "wonen.huisuitzettin.directe-kosten";
    const unpriceable = join(dir, "cases.json");
    writeFileSync(unpriceable, JSON.stringify(cases));
    const R = "examples/ruwaard-casussen.json";
    const runs: [string[], string][] = [
      [["whatif", R, "--continue", "domain:wonn=3"], 'geen kasstroom heeft het domein "wonn"; bedoelde u "wonen"?'],
      [["whatif", R, "--horizon", "0"], "de horizon moet een geheel aantal jaren van 1 tot 100 zijn (gekregen 0)"],
      [["simulate", R, "--rough-range", "2"], '"2" is geen relatieve halve breedte van 0 tot 1'],
      [["simulate", R, "--deadweight", "0.3:0.1:0.2"], "het minimum 0.3 ligt boven het maximum 0.2"],
      [
        ["whatif", R, "--wellby", "15000", "--wellby-instrument", "rapportcijfer"],
        "geen schaal voor levenstevredenheid",
      ],
      [
        ["pricelist", "show", "sociaal-domein@2030"],
        'ID[@VERSIE]: prijslijst "sociaal-domein" heeft geen versie "2030"',
      ],
      [["compute", R, "--lists", join(dir, "nergens")], "map niet gevonden"],
      // A table's problem names its row and column once, in Dutch, without the English path row[2].quantity.
      [["compute", csv], `${csv}: rij 2, kolom quantity: "1,5.0" is geen getal`],
      [["audit", "examples/audit/claims.csv", "--cases", unpriceable, "--format", "md"], "onbekende prijspost"],
    ];
    const leaks: string[] = [];
    for (const [argv, said] of runs) {
      const { out, err } = await runCli([...argv, "--lang", "nl"], {});
      const seen = argv[0] === "audit" ? out : err;
      expect(seen, argv.join(" ")).toContain(said);
      // Of the audit report, the line that says the problem; paths, codes and column names are typed, not prose.
      const line =
        argv[0] === "audit"
          ? seen
              .split("\n")
              .filter((l) => l.includes(said))
              .join("\n")
          : seen;
      const text = line
        .split(dir)
        .join(" ")
        .replace(/`[^`]*`/g, " ")
        .replace(/\b[\w.]+(?:\[\d+\])+[\w.[\]]*/g, " ")
        .replace(/kolom \w+/g, " ");
      for (const w of found(dutchProse(text), ENGLISH, "iu")) leaks.push(`${argv.join(" ")}: ${w}`);
    }
    expect(leaks).toEqual([]);
  });
});
