import { readFileSync } from "node:fs";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import type { Issue, IssueCode, IssueParams } from "../../src/errors/issue.js";
import { formatIssuesIn, issueTextNl } from "../../src/report/issueText.js";
import { srcProgram } from "./srcProgram.js";

// An issue is said in Dutch from its code and params (src/report/words/issuesNl.ts); one built without
// the params its Dutch text reads falls back to English under --lang nl. This scan finds every issue
// built in src/ (an object literal with `code:` and `message:` whose code is an IssueCode) and holds it
// to the params its Dutch text needs.

/** What an issue site gives as params: nothing, a literal object (its keys and the rules it can name), or a value. */
type Given = { kind: "absent" } | { kind: "opaque" } | { kind: "literal"; keys: string[]; rules: string[] };

interface Site {
  readonly where: string;
  readonly codes: readonly string[];
  readonly given: Given;
  /** The English message's text, where it is written as a literal (placeholders in place of its values). */
  readonly english: string | undefined;
}

const nameOf = (p: ts.ObjectLiteralElementLike): string | undefined =>
  p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) ? p.name.text : undefined;

function stringLiterals(t: ts.Type): string[] | undefined {
  const parts = t.isUnion() ? t.types : [t];
  return parts.every((u) => u.isStringLiteral()) ? parts.map((u) => (u as ts.StringLiteralType).value) : undefined;
}

function englishOf(e: ts.Expression | undefined): string | undefined {
  if (e === undefined) return undefined;
  if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return e.text;
  if (ts.isTemplateExpression(e)) return e.head.text + e.templateSpans.map((s) => `…${s.literal.text}`).join("");
  return undefined;
}

function givenParams(checker: ts.TypeChecker, node: ts.ObjectLiteralExpression): Given {
  for (const p of node.properties) {
    if (ts.isSpreadAssignment(p)) {
      const t = checker.getTypeAtLocation(p.expression);
      const parts = t.isUnion() ? t.types : [t];
      if (parts.some((u) => u.getProperty("params") !== undefined)) return { kind: "opaque" };
      continue;
    }
    if (nameOf(p) !== "params") continue;
    if (!ts.isPropertyAssignment(p) || !ts.isObjectLiteralExpression(p.initializer)) return { kind: "opaque" };
    const keys: string[] = [];
    let rules: string[] = [];
    for (const q of p.initializer.properties) {
      if (ts.isSpreadAssignment(q)) {
        // An optional part (`...(near ? { near } : {})`): its keys count as given.
        const t = checker.getTypeAtLocation(q.expression);
        for (const u of t.isUnion() ? t.types : [t]) {
          // Params as a record of any keys are the data's.
          if (u.getStringIndexType() !== undefined) return { kind: "opaque" };
          keys.push(...u.getProperties().map((s) => s.name));
          const r = u.getProperty("rule");
          if (r === undefined) continue;
          // A rule that is any text is the data's: this site cannot be checked by its literals.
          const literal = stringLiterals(checker.getTypeOfSymbolAtLocation(r, q.expression));
          if (literal === undefined) return { kind: "opaque" };
          rules = [...rules, ...literal];
        }
        continue;
      }
      const key = nameOf(q);
      if (key === undefined) return { kind: "opaque" };
      keys.push(key);
      // The initializer's own type keeps its literals (`cond ? "a" : "b"` is "a" | "b"); the property's is widened.
      if (key === "rule" && ts.isPropertyAssignment(q))
        rules = stringLiterals(checker.getTypeAtLocation(q.initializer)) ?? [];
    }
    return { kind: "literal", keys, rules };
  }
  return { kind: "absent" };
}

function scan(): Site[] {
  const { files, program } = srcProgram();
  const checker = program.getTypeChecker();
  const sites: Site[] = [];
  for (const file of files) {
    const sf = program.getSourceFile(file);
    if (!sf) continue;
    const visit = (node: ts.Node): void => {
      if (ts.isObjectLiteralExpression(node)) {
        const code = node.properties.find((p) => nameOf(p) === "code");
        const message = node.properties.find((p) => nameOf(p) === "message");
        if (code && message) {
          // Findings of the audit and warnings have codes and messages too: only issue codes count.
          const codes = stringLiterals(checker.getTypeAtLocation(code));
          if (codes?.every((c) => KNOWN.has(c))) {
            sites.push({
              where: `${file}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`,
              // A code passed in (the whole union) is the caller's: its params are held where they are given.
              codes: codes.length === KNOWN.size ? [] : codes,
              given: givenParams(checker, node),
              english: ts.isPropertyAssignment(message) ? englishOf(message.initializer) : undefined,
            });
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return sites;
}

// The codes, read from the type's own file (the IssueCode test holds this list to the union).
const KNOWN: ReadonlySet<string> = new Set(
  [...readFileSync("src/errors/issue.ts", "utf8").matchAll(/^\s*\| "([a-z0-9_]+)"/gm)].map((m) => m[1] as string),
);

/** A sample value per param, named after it so a failure shows what was read. */
const sample = (keys: readonly string[], rule: string | undefined): IssueParams =>
  Object.fromEntries([
    ...keys.filter((k) => k !== "rule").map((k) => [k, `‹${k}›`]),
    ...(rule ? [["rule", rule]] : []),
  ]);

const needsNoParams = (code: string): boolean =>
  issueTextNl({ code: code as IssueCode, path: [], message: "", params: {} }) !== undefined;

describe("issues carry the params of their Dutch text", () => {
  const sites = scan();

  it("finds the issue sites of src/", () => {
    expect(sites.length).toBeGreaterThan(100);
    expect(KNOWN.size).toBeGreaterThan(80);
  });

  it("every issue site gives params, unless its code's Dutch text needs none", () => {
    const missing = sites
      .filter((s) => s.given.kind === "absent")
      .filter((s) => s.codes.length === 0 || !s.codes.every(needsNoParams))
      .map((s) => `${s.where} ${s.codes.join("|") || "(a code passed in)"}: no params`);
    expect(missing).toEqual([]);
  });

  it("every site's params make its Dutch text (each rule it can name)", () => {
    const short: string[] = [];
    for (const s of sites) {
      if (s.given.kind !== "literal") continue;
      const { keys, rules } = s.given;
      for (const code of s.codes)
        for (const rule of rules.length > 0 ? rules : [undefined]) {
          const issue: Issue = { code: code as IssueCode, path: [], message: "", params: sample(keys, rule) };
          if (issueTextNl(issue) === undefined) short.push(`${s.where} ${code}${rule ? ` (${rule})` : ""}: [${keys}]`);
        }
    }
    expect(short).toEqual([]);
  });

  it("one issue of every code reads in Dutch, not in its English", () => {
    const english: string[] = [];
    const unsaid = new Set(KNOWN);
    for (const s of sites) {
      const keys = s.given.kind === "literal" ? s.given.keys : s.given.kind === "absent" ? [] : undefined;
      if (keys === undefined) continue;
      const rules = s.given.kind === "literal" && s.given.rules.length > 0 ? s.given.rules : [undefined];
      for (const code of s.codes)
        for (const rule of rules) {
          const message = s.english ?? "‹english›";
          const issue: Issue = { code: code as IssueCode, path: [], message, params: sample(keys, rule) };
          const nl = formatIssuesIn([issue], "nl");
          if (nl.includes(message) || issueTextNl(issue) === undefined) english.push(`${s.where} ${code}: ${nl}`);
          else unsaid.delete(code);
        }
    }
    // Codes whose params only a run makes (zod's, or made in a helper or from the data): a sample each.
    for (const [code, params] of Object.entries(SAMPLES)) {
      const issue: Issue = { code: code as IssueCode, path: [], message: "‹english›", params };
      if (issueTextNl(issue) !== undefined) unsaid.delete(code);
    }
    expect(english).toEqual([]);
    expect([...unsaid]).toEqual([]);
  });
});

const SAMPLES: Readonly<Record<string, IssueParams>> = {
  unreadable_folder: { rule: "outside", target: "/elders/lijst.json" },
  unknown_encoding: { rule: "neither", byte: "81", line: 3 },
  invalid_quantity: { rule: "not_quantity", value: "twee" },
  score_out_of_scale: { score: 11, instrument: "levenstevredenheid", min: 0, max: 10 },
  spending_years_without_cases: { scope: "wijk", name: "WK036301", payer: "gemeente" },
  unknown_domain: { rule: "flow", domain: "wonn", known: "wonen", near: "wonen" },
  invalid_type: { expected: "string", received: "number" },
  too_big: { limit: "10", origin: "string", inclusive: 1 },
  too_small: { limit: "1", origin: "number", inclusive: 1 },
  invalid_format: { format: "regex", pattern: "^\\d{4}$" },
  not_multiple_of: { divisor: "5" },
  invalid_union: {},
  invalid_key: {},
  invalid_element: {},
};
