/**
 * Runs a zod schema over user input and turns every zod issue into an
 * {@link Issue} with file and JSON path. Never stops at the first problem.
 * @internal
 */

import type * as z from "zod/mini";
import { InputError } from "../errors/InputError.js";
import type { Issue, IssueParams } from "../errors/issue.js";

const FORBIDDEN_KEYS: ReadonlySet<string> = /* @__PURE__ */ new Set(["__proto__", "constructor", "prototype"]);

/** @internal Whether a name could reach an object's prototype (`__proto__`, `constructor`, `prototype`). */
export function isForbiddenKey(name: string): boolean {
  return FORBIDDEN_KEYS.has(name);
}

/**
 * The deepest nesting any input of this tool may have. A case file needs about
 * ten levels and an audit bundle about twenty; the limit keeps validation
 * (which recurses) far from the stack's end.
 */
export const MAX_DEPTH = 64;

/**
 * @internal Finds what must never reach a schema, anywhere in parsed data:
 * keys that could pollute prototypes, nesting deeper than {@link MAX_DEPTH},
 * and objects that contain themselves (a cycle, possible in data built by a
 * program). The walk recurses at most {@link MAX_DEPTH} levels (so any input
 * is safe) and allocates nothing for data that passes: it runs on every case.
 */
export function forbiddenKeyIssues(
  data: unknown,
  file: string | undefined,
  base: readonly (string | number)[],
): Issue[] {
  const walk: Walk = { out: [], file, base, keys: [], open: [] };
  visit(walk, data);
  return walk.out;
}

interface Walk {
  readonly out: Issue[];
  readonly file: string | undefined;
  readonly base: readonly (string | number)[];
  /** The keys from the root to the value being visited. */
  readonly keys: (string | number)[];
  /** The objects on that path, to recognise a cycle. */
  readonly open: object[];
}

/** Visits one value; false once the depth limit stopped the walk. */
function visit(w: Walk, v: unknown): boolean {
  if (v === null || typeof v !== "object") return true;
  if (w.open.includes(v)) {
    report(w, "cyclic_data");
    return true;
  }
  if (w.keys.length >= MAX_DEPTH) {
    report(w, "too_deep");
    return false;
  }
  w.open.push(v);
  let going = true;
  if (Array.isArray(v)) {
    for (let i = 0; going && i < v.length; i++) going = child(w, i, v[i]);
  } else {
    for (const k in v) {
      if (!Object.hasOwn(v, k)) continue;
      if (FORBIDDEN_KEYS.has(k)) {
        w.keys.push(k);
        report(w, "forbidden_key");
        w.keys.pop();
      } else going = child(w, k, (v as Record<string, unknown>)[k]);
      if (!going) break;
    }
  }
  w.open.pop();
  return going;
}

function child(w: Walk, key: string | number, v: unknown): boolean {
  w.keys.push(key);
  const going = visit(w, v);
  w.keys.pop();
  return going;
}

function report(w: Walk, code: "forbidden_key" | "cyclic_data" | "too_deep"): void {
  const f = w.file ? { file: w.file } : {};
  const path = [...w.base, ...w.keys];
  if (code === "forbidden_key")
    w.out.push({
      code: "forbidden_key",
      path,
      message: `the key "${String(w.keys.at(-1))}" is not allowed`,
      expected: "ordinary field names",
      params: { key: String(w.keys.at(-1)) },
      ...f,
    });
  else if (code === "cyclic_data")
    w.out.push({
      code: "cyclic_data",
      path,
      message: "the data contains itself here (a cycle)",
      expected: "plain data, as JSON.parse returns it",
      ...f,
    });
  else
    w.out.push({
      code: "too_deep",
      path: path.slice(0, w.base.length + 8),
      message: `nested more than ${MAX_DEPTH} levels deep (the first levels are shown); no file of this tool needs more than about 20`,
      expected: `at most ${MAX_DEPTH} levels of nesting`,
      params: { limit: MAX_DEPTH },
      ...f,
    });
}

type Described = { message: string; expected?: string | undefined; params?: IssueParams | undefined };

function describe(issue: z.core.$ZodIssue): Described {
  switch (issue.code) {
    case "invalid_type": {
      const expected = issue.expected;
      return issue.input === undefined
        ? { message: `missing required field (expected ${expected})`, expected, params: { rule: "missing", expected } }
        : {
            message: `expected ${expected}, received ${typeName(issue.input)}`,
            expected,
            params: { expected, received: typeName(issue.input) },
          };
    }
    case "invalid_value":
      return {
        message: `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`,
        expected: issue.values.map(String).join(" | "),
        params: { rule: "one_of", values: issue.values.map((v) => JSON.stringify(v)).join(", ") },
      };
    case "invalid_union":
      return { message: "does not match any accepted form" };
    case "custom": {
      // A refinement's own data rides in zod's params; `expected` is its English text, said apart.
      const { expected, ...data } = (issue.params ?? {}) as { expected?: string | undefined } & IssueParams;
      return { message: issue.message, ...(expected ? { expected } : {}), params: data };
    }
    default:
      // A schema's own text (e.g. a pattern's "an identifier …") wins over the generic one.
      return { message: issue.message === FALLBACK ? sizeMessage(issue) : issue.message, params: zodParams(issue) };
  }
}

/** Units of the sized values, for "expected string to have >=1 characters". */
const UNITS: Readonly<Record<string, string>> = { string: "characters", array: "items", set: "items", map: "entries" };

/**
 * Our text for zod's limit and form issues, written here rather than loading
 * zod's English locale (about 1 kB in every browser bundle) for the few codes
 * our schemas can raise; the wording is the one zod's locale used, which users
 * and tests already know.
 */
function sizeMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "too_big":
    case "too_small": {
      const big = issue.code === "too_big";
      const limit = String(big ? issue.maximum : issue.minimum);
      const adj = issue.exact ? "exactly " : `${big ? "<" : ">"}${issue.inclusive ? "=" : ""}`;
      const unit = UNITS[issue.origin];
      const what = `${big ? "Too big" : "Too small"}: expected ${issue.origin}`;
      return unit ? `${what} to have ${adj}${limit} ${unit}` : `${what} to be ${adj}${limit}`;
    }
    case "invalid_format":
      return issue.format === "regex"
        ? `Invalid string: must match pattern ${issue.pattern}`
        : `Invalid ${issue.format}`;
    case "not_multiple_of":
      return `Invalid number: must be a multiple of ${issue.divisor}`;
    case "invalid_key":
      return `Invalid key in ${issue.origin}`;
    case "invalid_element":
      return `Invalid value in ${issue.origin}`;
    default:
      return issue.message;
  }
}

/**
 * zod's fallback text, passed per parse: every code our schemas raise gets its
 * text above, and a host application's global zod configuration (a locale, an
 * error map) must not change our messages.
 */
const FALLBACK = "Invalid input";
const INVALID = (): string => FALLBACK;

/** The limits and forms zod's other issues carry (too big, too small, a pattern, a divisor). */
function zodParams(issue: z.core.$ZodIssue): IssueParams {
  switch (issue.code) {
    case "too_big":
      return { origin: issue.origin, limit: String(issue.maximum), inclusive: issue.inclusive === false ? 0 : 1 };
    case "too_small":
      return { origin: issue.origin, limit: String(issue.minimum), inclusive: issue.inclusive === false ? 0 : 1 };
    case "invalid_format":
      return { format: issue.format, ...(issue.pattern !== undefined ? { pattern: issue.pattern } : {}) };
    case "not_multiple_of":
      return { divisor: String(issue.divisor) };
    case "invalid_key":
    case "invalid_element":
      return { origin: issue.origin };
    default:
      return {};
  }
}

function typeName(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  return typeof v;
}

/** @internal Converts a zod error's issues to ours, prefixing `base` to each path. */
export function zodIssuesToIssues(
  issues: readonly z.core.$ZodIssue[],
  file: string | undefined,
  base: readonly (string | number)[],
): Issue[] {
  const out: Issue[] = [];
  for (const issue of issues) {
    const path = [...base, ...(issue.path as (string | number)[])];
    const f = file ? { file } : {};
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys)
        out.push({
          code: "unknown_field",
          path: [...path, key],
          message: `unknown field "${key}"`,
          params: { field: key },
          ...f,
        });
      continue;
    }
    if (issue.code === "invalid_union" && issue.errors.length > 0) {
      // Report the branch that got furthest, which is the one the user meant.
      const best = [...issue.errors].sort((a, b) => depth(b) - depth(a))[0] ?? [];
      if (depth(best) > 0) {
        out.push(...zodIssuesToIssues(best, file, path));
        continue;
      }
    }
    const d = describe(issue);
    out.push({
      code: issue.code === "custom" ? "invalid_value" : issue.code,
      path,
      message: d.message,
      ...(d.expected ? { expected: d.expected } : {}),
      ...(d.params ? { params: d.params } : {}),
      ...f,
    });
  }
  return out;
}

function depth(errs: readonly z.core.$ZodIssue[]): number {
  return errs.reduce((m, e) => Math.max(m, e.path.length + (e.code === "invalid_type" ? 0 : 0.5)), 0);
}

/** @internal Options for {@link validate}. */
export interface ValidateOptions {
  readonly file?: string | undefined;
  readonly path?: readonly (string | number)[] | undefined;
}

/** @internal The issues of `data` against `schema` (empty when valid). */
export function check<S extends z.ZodMiniType>(
  schema: S,
  data: unknown,
  opts: ValidateOptions = {},
): { ok: true; value: z.output<S> } | { ok: false; issues: Issue[] } {
  const base = opts.path ?? [];
  const forbidden = forbiddenKeyIssues(data, opts.file, base);
  if (forbidden.length > 0) return { ok: false, issues: forbidden };
  // reportInput: without it zod leaves issue.input unset, and every wrong type read as a missing field.
  const r = schema.safeParse(data, { reportInput: true, error: INVALID });
  if (r.success) return { ok: true, value: r.data };
  return { ok: false, issues: zodIssuesToIssues(r.error.issues, opts.file, base) };
}

/** @internal Validates or throws an {@link InputError} listing every problem. */
export function validate<S extends z.ZodMiniType>(schema: S, data: unknown, opts: ValidateOptions = {}): z.output<S> {
  const r = check(schema, data, opts);
  if (!r.ok) throw new InputError(r.issues);
  return r.value;
}
