/**
 * Grouping cases the way the roll-up does (wijk, programme, period of the
 * case's start). Kept here so scenarios do not wait for the roll-up module.
 * @internal
 */
import { InputError } from "../errors/InputError.js";

/** A field cases can be grouped by. */
export type GroupField = "wijk" | "programme" | "month" | "quarter" | "year";

/** @internal */
export const GROUP_FIELDS: readonly GroupField[] = ["wijk", "programme", "month", "quarter", "year"];

/** @internal The value of one field for a case; a case without programme gets `""`. */
export function groupValue(c: { wijk: string; programme?: string; start: string }, f: GroupField): string {
  switch (f) {
    case "wijk":
      return c.wijk;
    case "programme":
      return c.programme ?? "";
    case "month":
      return c.start.slice(0, 7);
    case "quarter":
      return `${c.start.slice(0, 4)}-Q${Math.floor((Number(c.start.slice(5, 7)) - 1) / 3) + 1}`;
    case "year":
      return c.start.slice(0, 4);
  }
}

/** @internal Validates group fields; unknown ones are an input error. */
export function checkGroupFields(fields: readonly string[]): GroupField[] {
  const bad = fields.filter((f) => !(GROUP_FIELDS as readonly string[]).includes(f));
  if (bad.length > 0)
    throw new InputError(bad.map((f) => ({ code: "invalid_group_field", path: ["groupBy"], message: `cannot group by "${f}"`, expected: GROUP_FIELDS.join(", ") })));
  return [...fields] as GroupField[];
}
