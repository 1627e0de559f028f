import { readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import type { IssueCode } from "../../src/errors/issue.js";
import { srcProgram } from "./srcProgram.js";

// zod's own codes reach an Issue unchanged (src/schemas/validate.ts); the two
// others become `unknown_field` (unrecognized_keys) and `invalid_value` (custom).
const FROM_ZOD = [
  "invalid_type",
  "too_big",
  "too_small",
  "invalid_format",
  "not_multiple_of",
  "invalid_union",
  "invalid_key",
  "invalid_element",
  "invalid_value",
] as const;

// A union reached through Omit<Issue, …> or a property loses its alias name,
// and a helper may narrow its parameter to a few codes (`code: "cyclic_data" | "too_deep"`):
// a literal counts when every string its place accepts is an IssueCode.
let unionMembers: ReadonlySet<string> = new Set();
function isIssueCodeType(t: ts.Type | undefined): boolean {
  if (!t) return false;
  if (t.aliasSymbol?.name === "IssueCode") return true;
  const parts = t.isUnion() ? t.types : [t];
  return parts.every((u) => u.isStringLiteral() && unionMembers.has(u.value));
}

/** Every string literal in src/ that the type checker reads as an IssueCode, and the union's own members. */
function scan(): { emitted: Map<string, string[]>; members: string[]; undocumented: string[] } {
  const { files, program } = srcProgram();
  const checker = program.getTypeChecker();
  const issueFile = program.getSourceFile(join("src", "errors", "issue.ts")) as ts.SourceFile;
  const alias = issueFile.statements.find(
    (s): s is ts.TypeAliasDeclaration => ts.isTypeAliasDeclaration(s) && s.name.text === "IssueCode",
  ) as ts.TypeAliasDeclaration;
  const members: string[] = [];
  const undocumented: string[] = [];
  let from = alias.type.getFullStart();
  for (const m of (alias.type as ts.UnionTypeNode).types) {
    const code = ((m as ts.LiteralTypeNode).literal as ts.StringLiteral).text;
    members.push(code);
    // The comment stands before the member's `|`, which is not part of the member's node.
    const before = issueFile.text.slice(from, m.getStart(issueFile));
    if (!/\/\*\*(?:(?!\*\/)[\s\S])*\*\/\s*\|?\s*$/.test(before)) undocumented.push(code);
    from = m.getEnd();
  }
  unionMembers = new Set(members);
  const emitted = new Map<string, string[]>();
  for (const file of files) {
    const sf = program.getSourceFile(file);
    if (!sf || file === issueFile.fileName) continue;
    const visit = (node: ts.Node): void => {
      if (ts.isStringLiteral(node) && isIssueCodeType(checker.getContextualType(node))) {
        const where = `${file}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`;
        emitted.set(node.text, [...(emitted.get(node.text) ?? []), where]);
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return { emitted, members, undocumented };
}

describe("IssueCode", () => {
  const { emitted, members, undocumented } = scan();

  it("lists every code src/ gives an issue, and no code that nothing gives", () => {
    // Found through the type checker, so codes passed to helpers (`problem(line, col, "duplicate_score", …)`) count.
    expect(emitted.size).toBeGreaterThan(50);
    const unlisted = [...emitted.keys()].filter((c) => !members.includes(c));
    expect(unlisted).toEqual([]);
    const unused = members.filter((c) => !emitted.has(c) && !(FROM_ZOD as readonly string[]).includes(c));
    expect(unused).toEqual([]);
  });

  it("documents each code where it is declared", () => {
    expect(undocumented).toEqual([]);
    expect(new Set(members).size).toBe(members.length);
  });

  it("includes the schema validator's codes that pass through", () => {
    expectTypeOf<(typeof FROM_ZOD)[number]>().toEqualTypeOf<
      Exclude<z.core.$ZodIssueCode, "custom" | "unrecognized_keys">
    >();
    expectTypeOf<(typeof FROM_ZOD)[number]>().toExtend<IssueCode>();
    expect(FROM_ZOD.filter((c) => !members.includes(c))).toEqual([]);
  });

  it("is exported from the package entry", () => {
    expect(readFileSync(join("src", "index.ts"), "utf8")).toMatch(/type IssueCode\b/);
  });
});
