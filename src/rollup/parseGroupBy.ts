import { InputError } from "../errors/InputError.js";
import type { IssueParams } from "../errors/issue.js";
import { suggest } from "../errors/suggest.js";
import type { GroupDimension } from "./types.js";

const DIMENSIONS: readonly GroupDimension[] = ["wijk", "programme", "month", "quarter", "year", "payer"];
const ALIASES: Readonly<Record<string, GroupDimension>> = {
  period: "quarter",
  programma: "programme",
  maand: "month",
  kwartaal: "quarter",
  jaar: "year",
  financier: "payer",
};

/**
 * Parses a grouping such as `"wijk,programme,quarter"` (the CLI's
 * `--group-by`) into dimensions, in the order given. Dutch names (`programma`,
 * `maand`, `kwartaal`, `jaar`, `financier`) are accepted; `period` means
 * quarter. At most one of month, quarter and year; no dimension twice.
 *
 * @throws {@link InputError} naming every unknown or repeated dimension.
 *
 * @example
 * ```ts
 * parseGroupBy("wijk,kwartaal"); // ["wijk", "quarter"]
 * parseGroupBy("");              // [] (one group: everything)
 * ```
 */
export function parseGroupBy(text: string | readonly string[]): GroupDimension[] {
  const parts = (typeof text === "string" ? text.split(",") : [...text])
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s !== "");
  const out: GroupDimension[] = [];
  const problems: { message: string; params: IssueParams }[] = [];
  for (const p of parts) {
    // hasOwn: `__proto__` and `constructor` are names typed by a user, not ways into Object.prototype.
    const d = (DIMENSIONS as readonly string[]).includes(p)
      ? (p as GroupDimension)
      : Object.hasOwn(ALIASES, p)
        ? ALIASES[p]
        : undefined;
    const near = d === undefined ? suggest(p, [...DIMENSIONS, ...Object.keys(ALIASES)]) : undefined;
    if (d === undefined)
      problems.push({
        message: `"${p}" is not a dimension${near ? `; did you mean ${near}?` : ""}`,
        params: { rule: "unknown", value: p, ...(near ? { near } : {}) },
      });
    else if (out.includes(d)) problems.push({ message: `"${d}" is given twice`, params: { rule: "twice", value: d } });
    else out.push(d);
  }
  if (out.filter((d) => d === "month" || d === "quarter" || d === "year").length > 1)
    problems.push({ message: "give at most one of month, quarter and year", params: { rule: "periods" } });
  if (problems.length > 0)
    throw new InputError(
      problems.map(({ message, params }) => ({
        code: "invalid_group_by",
        path: [],
        message,
        expected: `a comma-separated list of ${DIMENSIONS.join(", ")}`,
        params: { ...params, dimensions: DIMENSIONS.join(", ") },
      })),
    );
  return out;
}
