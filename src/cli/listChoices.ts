/**
 * Saying the invisible choice of a price list: which version priced each
 * case and why, and why an item a newer edition has was not found.
 * @internal
 */
import {
  InputError,
  type Issue,
  type PriceListCatalog,
  parsePriceListRef,
  resolvePriceList,
  selectVersion,
} from "../index.js";
import type { Messages } from "./messages/index.js";

/**
 * @internal Why a case was priced with its list: named in the case file (for
 * the file or for the case: a CSV or Excel row names it per case), by
 * `--pricelist`, or the version valid on its start date.
 */
export type ChosenBy = "option" | "file" | "date";

/** @internal Where the list names come from: the command line and the case file. */
export interface ListNames {
  /** `--pricelist`, if given. */
  readonly option?: string | undefined;
  /** The case file's `pricelist`, if any. */
  readonly file?: string | undefined;
}

const DEFAULT_LIST = "sociaal-domein";

/** @internal The list reference a case is priced with, and why, as the evaluator chooses it. */
export function listChoice(
  c: { readonly pricelist?: string | undefined; readonly start: string },
  names: ListNames,
): { readonly text: string; readonly chosenBy: ChosenBy } {
  const [text, by]: [string, ChosenBy] =
    c.pricelist !== undefined
      ? [c.pricelist, "file"]
      : names.option !== undefined
        ? [names.option, "option"]
        : names.file !== undefined
          ? [names.file, "file"]
          : [DEFAULT_LIST, "date"];
  return { text, chosenBy: parsePriceListRef(text)?.version === undefined ? "date" : by };
}

/**
 * @internal Per list version (`id@version`): how many cases it priced and
 * why it was chosen, for the `lists` of compute's output.
 */
export function listUse(
  cases: readonly { readonly pricelist?: string | undefined; readonly start: string }[],
  results: readonly { readonly pricelist: { readonly id: string; readonly version: string } }[],
  names: ListNames,
): Map<string, { cases: number; chosenBy: ChosenBy[] }> {
  const use = new Map<string, { cases: number; chosenBy: ChosenBy[] }>();
  results.forEach((r, i) => {
    const key = `${r.pricelist.id}@${r.pricelist.version}`;
    const u = use.get(key) ?? { cases: 0, chosenBy: [] };
    u.cases++;
    const why = listChoice(cases[i] as (typeof cases)[number], names).chosenBy;
    if (!u.chosenBy.includes(why)) u.chosenBy.push(why);
    use.set(key, u);
  });
  return use;
}

/**
 * @internal Explains an unknown item of a case whose list was chosen by date
 * when a newer edition of that list has the item: the case starts before
 * that edition's `validFrom`, so the older list priced it. Other problems
 * pass unchanged.
 */
export function explainCutOff(
  e: InputError,
  cases: readonly { readonly pricelist?: string | undefined; readonly start: string }[],
  o: { readonly catalog: PriceListCatalog; readonly names: ListNames; readonly m: Messages },
): InputError {
  const issues = e.issues.map((issue) => {
    const [root, index, , , field] = issue.path;
    if (issue.code !== "unknown_item" || root !== "cases" || typeof index !== "number" || field !== "item")
      return issue;
    const c = cases[index];
    const item = /"([^"]+)"/.exec(issue.message)?.[1];
    if (c === undefined || item === undefined) return issue;
    const hint = newerEdition(c, item, o);
    return hint === undefined
      ? issue
      : ({ ...issue, message: `${issue.message}; ${hint}`, params: { ...issue.params, hint } } satisfies Issue);
  });
  return new InputError(issues);
}

function newerEdition(
  c: { readonly pricelist?: string | undefined; readonly start: string },
  item: string,
  o: { readonly catalog: PriceListCatalog; readonly names: ListNames; readonly m: Messages },
): string | undefined {
  const choice = listChoice(c, o.names);
  const ref = parsePriceListRef(choice.text);
  if (choice.chosenBy !== "date" || ref === undefined) return undefined;
  try {
    const used = selectVersion(o.catalog, ref.id, c.start);
    const later = o.catalog.lists
      .map((e) => e.list)
      .filter((l) => l.id === ref.id && l.validFrom > c.start)
      .sort((a, b) => (a.validFrom < b.validFrom ? -1 : 1));
    for (const l of later) {
      const resolved = resolvePriceList(o.catalog, { id: l.id, version: l.version });
      if (resolved.items.some((i) => i.code === item))
        return o.m.beforeEdition(item, c.start, `${used.id}@${used.version}`, `${l.id}@${l.version}`, l.validFrom);
    }
  } catch {
    // A list that does not resolve explains nothing; its own problem is reported elsewhere.
  }
  return undefined;
}
