/**
 * Grouping cases for simulations the way the roll-up groups them (wijk,
 * programme, period of the case's start), with the roll-up's own parsing and
 * periods. Payer is not a simulation group: a draw is priced per case.
 * @internal
 */
import { InputError } from "../errors/InputError.js";
import { parseGroupBy } from "../rollup/parseGroupBy.js";
import { periodOf } from "../rollup/periodOf.js";
import type { GroupDimension } from "../rollup/types.js";

/** A field cases can be grouped by in a simulation: any roll-up dimension but payer. */
export type GroupField = Exclude<GroupDimension, "payer">;

/**
 * The fields a simulation can group cases by.
 *
 * @example
 * ```ts
 * GROUP_FIELDS; // ["wijk", "programme", "month", "quarter", "year"]
 * ```
 */
export const GROUP_FIELDS: readonly GroupField[] = ["wijk", "programme", "month", "quarter", "year"];

/** @internal The value of one field for a case; a case without programme gets `""`. */
export function groupValue(c: { wijk: string; programme?: string | undefined; start: string }, f: GroupField): string {
  return f === "wijk" ? c.wijk : f === "programme" ? (c.programme ?? "") : periodOf(c.start, f);
}

/**
 * Simulation group fields parsed as the roll-up parses them (Dutch names
 * too); payer and unknown fields are an input error, as `simulate` gives.
 *
 * @throws {@link InputError} naming the field that cannot group a simulation.
 *
 * @example
 * ```ts
 * checkGroupFields(["wijk", "kwartaal"]); // ["wijk", "quarter"]
 * ```
 */
export function checkGroupFields(fields: readonly string[]): GroupField[] {
  const dims = parseGroupBy(fields);
  if (dims.includes("payer"))
    throw new InputError([
      {
        code: "invalid_group_by",
        path: ["groupBy"],
        message: "a simulation cannot group by payer: each draw prices whole cases",
        expected: GROUP_FIELDS.join(", "),
        params: { rule: "payer", fields: GROUP_FIELDS.join(", ") },
      },
    ]);
  return dims as GroupField[];
}
