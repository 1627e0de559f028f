import { describe, expect, it } from "vitest";
import { InputError, isInputError } from "../../src/errors/InputError.js";
import type { Issue } from "../../src/errors/issue.js";

describe("InputError", () => {
  const issues: Issue[] = [
    { code: "invalid_type", path: ["cases", 0, "id"], message: "first", file: "c.json" },
    { code: "invalid_json", path: [], message: "second" },
  ];

  it("carries every issue and summarises the first in its message", () => {
    const e = new InputError(issues);
    expect(e.issues).toBe(issues);
    expect(e.name).toBe("InputError");
    expect(e.message).toBe("2 problems in input; first: c.json: cases[0].id: first");
    expect(new InputError([issues[1]!]).message).toBe("1 problem in input; first: (root): second");
    expect(new InputError([]).message).toBe("invalid input");
  });

  it("serialises as plain data", () => {
    expect(JSON.parse(JSON.stringify(new InputError(issues)))).toEqual({ name: "InputError", issues });
  });

  it("is recognised across bundles by its shape", () => {
    expect(isInputError(new InputError(issues))).toBe(true);
    expect(isInputError({ name: "InputError", issues: [] })).toBe(true);
    expect(isInputError(new Error("x"))).toBe(false);
    expect(isInputError({ name: "InputError" })).toBe(false);
    expect(isInputError(null)).toBe(false);
  });
});
