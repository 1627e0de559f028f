import { describe, expect, it } from "vitest";
import { formatIssues } from "../../src/errors/formatIssues.js";

describe("formatIssues", () => {
  it("writes one line per problem: file: path: message (expected …)", () => {
    expect(
      formatIssues([
        {
          code: "invalid_type",
          file: "cases.json",
          path: ["cases", 0, "id"],
          message: "expected string, received number",
          expected: "string",
        },
        {
          code: "unknown_item",
          file: "cases.json",
          path: ["cases", 3, "actual", 1, "item"],
          message: 'unknown price item "x"',
          expected: "a code of price list sociaal-domein@2024",
        },
        { code: "unreadable_file", path: [], message: "no file" },
      ]),
    ).toBe(
      [
        "cases.json: cases[0].id: expected string, received number",
        'cases.json: cases[3].actual[1].item: unknown price item "x" (expected a code of price list sociaal-domein@2024)',
        "(root): no file",
      ].join("\n"),
    );
  });

  it("names only the file for a problem of the whole file", () => {
    expect(
      formatIssues([
        { code: "invalid_json", file: "cases.json", path: [], message: "not valid JSON at line 3, column 7" },
      ]),
    ).toBe("cases.json: not valid JSON at line 3, column 7");
  });

  it("does not repeat what the message already says", () => {
    expect(
      formatIssues([{ code: "invalid_value", path: ["a"], message: "expected one of 1, 2", expected: "1, 2" }]),
    ).toBe("a: expected one of 1, 2");
  });
});
