import type { Issue } from "../errors/issue.js";
import { suggest } from "../errors/suggest.js";

/** Where a scenario looked for the name: the lists and lines the cases were priced with, or a projection's flows. */
type Among = "lists" | "flows";

/**
 * @internal The issue for an item or domain a scenario names (a price override, a scoped rate, a
 * continuation) that nothing it applies to has: a typo would otherwise change nothing yet be reported
 * as an assumption. One builder for what-if, simulation and projection, with the nearest known name.
 *
 * @example
 * ```ts
 * unknownScopeIssue({ kind: "domain", name: "wonn", known: new Set(["wonen"]), path: ["x"], among: "flows" }).message;
 * // 'no flow has the domain "wonn"; did you mean "wonen"?'
 * ```
 */
export function unknownScopeIssue(o: {
  readonly kind: "item" | "domain";
  readonly name: string;
  readonly known: ReadonlySet<string>;
  readonly path: readonly (string | number)[];
  readonly among: Among;
}): Issue {
  const near = suggest(o.name, o.known);
  const hint = near === undefined ? "" : `; did you mean "${near}"?`;
  const listed = [...o.known].sort().join(", ");
  const rule = o.among === "lists" ? "scenario" : "flow";
  const params = { rule, [o.kind]: o.name, known: listed, ...(near !== undefined ? { near } : {}) };
  if (o.among === "flows")
    return {
      code: o.kind === "item" ? "unknown_item" : "unknown_domain",
      path: o.path,
      message: `no flow has the ${o.kind} "${o.name}"${hint}`,
      expected: listed || `flows split by ${o.kind}`,
      params,
    };
  return o.kind === "item"
    ? {
        code: "unknown_item",
        path: o.path,
        message: `no list used has an item "${o.name}"${hint}`,
        expected: "a code of the list(s) the cases are priced with",
        params,
      }
    : {
        code: "unknown_domain",
        path: o.path,
        message: `no list used and no line has the domain "${o.name}"${hint}`,
        expected: listed,
        params,
      };
}
