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
import type { PriceListCatalog } from "../pricelists/catalog.js";
import type { ResolvedPriceList } from "../pricelists/types.js";

/** Items drawn together: in each draw they sit at the same quantile of their ranges. */
export interface CorrelationGroup {
  /** A name for the group, e.g. `justitieketen`. */
  readonly name: string;
  /** Item codes (each in one group at most). */
  readonly items: readonly string[];
  /** Why they move together. */
  readonly reason?: string | undefined;
  /**
   * Where the group is stated (in a result): a price list's `id@version`, whose group holds for that
   * list's items only, or `scenario` (the simulation's options or scenario file), for the items of any list.
   */
  readonly source?: string | undefined;
  /** The list groups this scenario group replaces because it names one of their items. */
  readonly replaces?:
    | readonly {
        /** The replaced group's name. */
        readonly name: string;
        /** The list that stated it, `id@version`. */
        readonly source: string;
      }[]
    | undefined;
}

/** @internal The checked groups (the scenario's first, then the lists'), and each parameter's group. */
export interface CheckedGroups {
  readonly groups: readonly CorrelationGroup[];
  /** The group index of a parameter (−1: drawn on its own). */
  readonly indexOf: (p: { readonly item: string; readonly pricelist: string }) => number;
}

/** A list's groups, with the list's `id@version`. */
export interface ListGroups {
  readonly source: string;
  readonly groups: readonly CorrelationGroup[];
}

const bySourceAndName = (a: CorrelationGroup, b: CorrelationGroup): number => {
  const x = `${a.source} ${a.name}`;
  const y = `${b.source} ${b.name}`;
  return x < y ? -1 : x > y ? 1 : 0;
};

/**
 * @internal The groups a simulation draws with: the scenario's (checked, see
 * {@link checkCorrelationGroups}) and those of the lists that priced the cases, where a scenario group
 * naming an item of a list group replaces that list group (said in its `replaces`). A list group
 * holds for its own list's items (`drawn` holds the drawn ones as `code@id@version`); scenario groups come
 * first so that their draws do not move.
 *
 * @example
 * ```ts
 * const lists = [{ source: "lijst@1", groups: [{ name: "dji", items: ["a", "b"] }] }];
 * const c = combineCorrelationGroups(checked, lists, new Set(["a@lijst@1", "b@lijst@1"]));
 * c.indexOf({ item: "a", pricelist: "lijst@1" }); // 0: drawn with group "dji"
 * ```
 */
export function combineCorrelationGroups(
  scenario: CheckedGroups,
  lists: readonly ListGroups[],
  drawn: ReadonlySet<string>,
): CheckedGroups {
  const own = scenario.groups.map((g) => ({ ...g, source: "scenario" }));
  const replaces = own.map((): { name: string; source: string }[] => []);
  const kept: CorrelationGroup[] = [];
  for (const { source, groups } of lists)
    for (const g of groups) {
      const over = g.items
        .map((item) => scenario.indexOf({ item, pricelist: source }))
        .filter((i, k, all) => i >= 0 && all.indexOf(i) === k);
      for (const i of over) replaces[i]?.push({ name: g.name, source });
      // A group none of whose items is drawn changes nothing: left out, so the draws stay as without it.
      const used = g.items.some((item) => drawn.has(`${item}@${source}`));
      if (over.length === 0 && used) kept.push({ name: g.name, items: g.items, reason: g.reason, source });
    }
  kept.sort(bySourceAndName);
  const member = new Map<string, number>();
  kept.forEach((g, k) => {
    for (const item of g.items) member.set(`${item}@${g.source}`, own.length + k);
  });
  return {
    groups: [...own.map((g, i) => ((replaces[i]?.length ?? 0) > 0 ? { ...g, replaces: replaces[i] } : g)), ...kept],
    indexOf: (p) => {
      const i = scenario.indexOf(p);
      return i >= 0 ? i : (member.get(`${p.item}@${p.pricelist}`) ?? -1);
    },
  };
}

/** What a group's items are checked against. */
interface GroupScope {
  /** The codes a group may name. */
  readonly known: ReadonlySet<string>;
  /** The codes whose price is drawn; a scenario group may name no other. */
  readonly drawn?: ReadonlySet<string> | undefined;
  /** The list whose groups these are (`id@version`), and its file; absent for a scenario's groups. */
  readonly list?: string | undefined;
  readonly file?: string | undefined;
}

/**
 * Pushes the problems of groups onto `issues`, at `correlationGroups[g]…`: a second group of one name,
 * an unknown item (with the nearest code), an item not drawn (scenario groups), an item in two groups.
 * Returns each valid item's group name.
 */
function groupIssues(groups: readonly CorrelationGroup[], scope: GroupScope, issues: Issue[]): Map<string, string> {
  const { known, drawn, list } = scope;
  const f = scope.file !== undefined ? { file: scope.file } : {};
  const groupOf = new Map<string, string>();
  const names = new Set<string>();
  groups.forEach((g, gi) => {
    if (names.has(g.name))
      issues.push({
        code: "duplicate_group",
        path: ["correlationGroups", gi, "name"],
        message: `a second correlation group is named "${g.name}"`,
        expected: "a distinct name per group",
        params: { name: g.name },
        ...f,
      });
    names.add(g.name);
    g.items.forEach((item, ii) => {
      const path = ["correlationGroups", gi, "items", ii];
      const near = known.has(item) ? undefined : suggest(item, known);
      const hint = near ? ` (did you mean "${near}"?)` : "";
      if (!known.has(item))
        issues.push({
          code: "unknown_item",
          path,
          message: `correlation group "${g.name}" names "${item}", which ${list ?? "no list used"} ${list ? "does not have" : "has"}${hint}`,
          expected: list
            ? `a code of ${list} (its own or inherited)`
            : "a code of the list(s) the cases are priced with",
          params: {
            rule: list ? "list_group" : "group",
            group: g.name,
            item,
            ...(list ? { list } : {}),
            ...(near ? { near } : {}),
          },
          ...f,
        });
      else if (drawn && !drawn.has(item))
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
          ...f,
        });
      else groupOf.set(item, g.name);
    });
  });
  return groupOf;
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
  const groupOf = groupIssues(groups, { known, drawn }, issues);
  const index = new Map(groups.map((g, gi) => [g.name, gi]));
  return { groups, indexOf: (p) => index.get(groupOf.get(p.item) as string) ?? -1 };
}

/**
 * @internal Refuses (into `issues`, with the file of the list that states them) a list's groups that name
 * an item the resolved list does not have (with the nearest code), an item twice, or one name twice.
 *
 * @example
 * ```ts
 * checkListGroups(resolvePriceList(catalog, { id: "justitie-samen", version: "2026" }), catalog, issues);
 * issues[0]?.path; // ["correlationGroups", 0, "items", 1]
 * ```
 */
export function checkListGroups(list: ResolvedPriceList, catalog: PriceListCatalog, issues: Issue[]): void {
  if (!list.correlationGroups) return;
  const stated = list.chain
    .map((ref) => catalog.lists.find((e) => e.list.id === ref.id && e.list.version === ref.version))
    .find((e) => e?.list.correlationGroups);
  const scope = {
    known: new Set(list.items.map((i) => i.code)),
    list: `${list.id}@${list.version}`,
    file: stated?.file,
  };
  groupIssues(list.correlationGroups, scope, issues);
}
