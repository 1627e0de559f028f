/**
 * Correlation groups: items that share a cause (e.g. every justice-chain
 * price follows the same wage agreement) are drawn together. Comonotone:
 * one uniform per group per draw, put through each item's inverse CDF, so
 * in every draw all the group's prices sit at the same quantile of their
 * ranges (rank correlation 1).
 * @internal
 */
import type { Issue } from "../errors/issue.js";
import { suggest } from "../errors/suggest.js";

/** Items drawn together: in each draw they sit at the same quantile of their ranges. */
export interface CorrelationGroup {
  /** A name for the group, e.g. `justitieketen`. */
  readonly name: string;
  /** Item codes (each in one group at most). */
  readonly items: readonly string[];
  /** Why they move together. */
  readonly reason?: string | undefined;
}

/** @internal The checked groups: each item's group name, and each group's index. */
export interface CheckedGroups {
  readonly groups: readonly CorrelationGroup[];
  readonly groupOf: ReadonlyMap<string, string>;
  readonly index: ReadonlyMap<string, number>;
}

/**
 * @internal Refuses (into `issues`, at `correlationGroups[g].items[i]`) an
 * item no list used has, an item that is not drawn, an item in two groups,
 * and two groups of one name.
 */
export function checkCorrelationGroups(
  groups: readonly CorrelationGroup[],
  params: readonly { readonly item: string; readonly pricelist: string }[],
  known: ReadonlySet<string>,
  issues: Issue[],
): CheckedGroups {
  const drawn = new Set(params.filter((p) => p.pricelist !== "").map((p) => p.item));
  const groupOf = new Map<string, string>();
  const index = new Map<string, number>();
  groups.forEach((g, gi) => {
    if (index.has(g.name))
      issues.push({
        code: "duplicate_group",
        path: ["correlationGroups", gi, "name"],
        message: `a second correlation group is named "${g.name}"`,
        expected: "a distinct name per group",
        params: { name: g.name },
      });
    index.set(g.name, gi);
    g.items.forEach((item, ii) => {
      const path = ["correlationGroups", gi, "items", ii];
      const near = known.has(item) ? undefined : suggest(item, known);
      if (!known.has(item))
        issues.push({
          code: "unknown_item",
          path,
          message: `correlation group "${g.name}" names "${item}", which no list used has${near ? ` (did you mean "${near}"?)` : ""}`,
          expected: "a code of the list(s) the cases are priced with",
          params: { rule: "group", group: g.name, item, ...(near ? { near } : {}) },
        });
      else if (!drawn.has(item))
        issues.push({
          code: "fixed_item_in_group",
          path,
          message: `correlation group "${g.name}" names "${item}", whose price is not drawn (no case uses it, or it has no range)`,
          expected: "an item with a range (or a rough item) that the cases use",
          params: { group: g.name, item },
        });
      else if (groupOf.has(item))
        issues.push({
          code: "item_in_two_groups",
          path,
          message: `"${item}" is already in correlation group "${groupOf.get(item)}"`,
          expected: "each item in one group at most",
          params: { item, group: String(groupOf.get(item)) },
        });
      else groupOf.set(item, g.name);
    });
  });
  return { groups, groupOf, index };
}
