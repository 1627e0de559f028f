import { describe, expect, it } from "vitest";
import * as z from "zod";
import { InputError } from "../../src/errors/InputError.js";
import { check, forbiddenKeyIssues, validate } from "../../src/schemas/validate.js";

const schema = z.strictObject({
  id: z.string(),
  n: z.number().int(),
  kind: z.enum(["a", "b"]),
  list: z.array(z.strictObject({ x: z.string() })).optional(),
});

describe("validate / check", () => {
  it("returns the value when valid", () => {
    expect(validate(schema, { id: "x", n: 1, kind: "a" })).toEqual({ id: "x", n: 1, kind: "a" });
  });

  it("turns every zod issue into an Issue with file and path", () => {
    const r = check(schema, { n: 1.5, kind: "c", extra: 1, list: [{ x: 1 }] }, { file: "f.json", path: ["cases", 2] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toEqual(
      expect.arrayContaining([
        {
          code: "invalid_type",
          path: ["cases", 2, "id"],
          message: "missing required field (expected string)",
          expected: "string",
          params: { rule: "missing", expected: "string" },
          file: "f.json",
        },
        expect.objectContaining({ path: ["cases", 2, "n"], file: "f.json" }),
        {
          code: "invalid_value",
          path: ["cases", 2, "kind"],
          message: 'expected one of "a", "b"',
          expected: "a | b",
          params: { rule: "one_of", values: '"a", "b"' },
          file: "f.json",
        },
        {
          code: "unknown_field",
          path: ["cases", 2, "extra"],
          message: 'unknown field "extra"',
          params: { field: "extra" },
          file: "f.json",
        },
        {
          code: "invalid_type",
          path: ["cases", 2, "list", 0, "x"],
          message: "expected string, received number",
          expected: "string",
          params: { expected: "string", received: "number" },
          file: "f.json",
        },
      ]),
    );
    expect(r.issues.length).toBe(5);
  });

  it("writes the limit and form messages itself, whatever locale or error map the host set globally", () => {
    const limits = z.strictObject({
      name: z.string().min(1).max(3),
      items: z.array(z.number()).min(2),
      n: z.number().gt(0).lte(10),
      code: z.string().regex(/^[a-z]+$/),
      own: z.string().regex(/^x$/, "an x"),
    });
    const data = { name: "abcd", items: [1], n: 0, code: "A", own: "y" };
    const messages = () => (check(limits, data) as { issues: { message: string }[] }).issues.map((i) => i.message);
    const expected = [
      "Too big: expected string to have <=3 characters",
      "Too small: expected array to have >=2 items",
      "Too small: expected number to be >0",
      "Invalid string: must match pattern /^[a-z]+$/",
      "an x",
    ];
    expect(messages()).toEqual(expected);
    z.config({ localeError: () => "host message" });
    try {
      expect(messages()).toEqual(expected);
    } finally {
      z.config(z.locales.en());
    }
  });

  it("throws an InputError listing every problem", () => {
    try {
      validate(schema, null, { file: "f.json" });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      expect((e as InputError).issues[0]).toMatchObject({
        path: [],
        message: "expected object, received null",
        file: "f.json",
      });
    }
  });

  it("refuses __proto__, constructor and prototype keys at any depth before parsing", () => {
    const data = JSON.parse('{"id":"x","list":[{"x":"y","__proto__":{"admin":true}}],"constructor":1}');
    expect(forbiddenKeyIssues(data, "f.json", [])).toEqual([
      {
        code: "forbidden_key",
        path: ["list", 0, "__proto__"],
        message: 'the key "__proto__" is not allowed',
        expected: "ordinary field names",
        params: { key: "__proto__" },
        file: "f.json",
      },
      {
        code: "forbidden_key",
        path: ["constructor"],
        message: 'the key "constructor" is not allowed',
        expected: "ordinary field names",
        params: { key: "constructor" },
        file: "f.json",
      },
    ]);
    const r = check(schema, data);
    expect(r.ok).toBe(false);
    expect(({} as { admin?: boolean }).admin).toBeUndefined();
  });

  it("reports the union branch the user meant", () => {
    const u = z.union([
      z.array(z.string()),
      z.strictObject({ alternatives: z.array(z.strictObject({ p: z.string() })) }),
    ]);
    const r = check(u, { alternatives: [{ p: 1 }] });
    expect(r.ok ? [] : r.issues.map((i) => i.path.join("."))).toEqual(["alternatives.0.p"]);
  });
});
