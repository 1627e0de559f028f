import { type Dirent, readdirSync, realpathSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { InputError } from "../errors/InputError.js";
import type { Issue, IssueParams } from "../errors/issue.js";
import { createCatalog, type PriceListCatalog, type SourceFile } from "../pricelists/catalog.js";
import { readJsonFile } from "./readJsonFile.js";

/** Entries looked at before the walk gives up: `--lists /` must end quickly, with a clear message. */
const MAX_ENTRIES = 10_000;
/** Folders deep below the folder given. */
const MAX_DEPTH = 16;

/**
 * Loads a folder of a municipality's own price lists (and index series) into
 * a catalog, validated exactly like the bundled ones. Every `.json` file below
 * the folder is read (except `*.schema.json` and names starting with a dot,
 * such as editor lock files); a file with `baseYear` and `values` is an index
 * series, any other a price list.
 *
 * Symbolic links are followed only when they stay inside the folder; a link
 * out of it, a broken link, a loop, an unreadable subfolder, a `.json` that is
 * not a regular file (a pipe or device), more than 10,000 entries or folders
 * more than 16 deep are problems, all reported together in one
 * {@link InputError}, as are `basedOn` cycles among the folder's lists (every
 * cycle, not just the first). Combine with the bundled lists with
 * `mergeCatalogs(bundledCatalog(), loadCatalogDir(dir))`.
 *
 * @example
 * ```ts
 * import { bundledCatalog, mergeCatalogs } from "rendement";
 * import { loadCatalogDir } from "rendement/node";
 * const catalog = mergeCatalogs(bundledCatalog(), loadCatalogDir("./mijn-lijsten"));
 * ```
 */
export function loadCatalogDir(dir: string): PriceListCatalog {
  const root = rootOf(dir);
  const issues: Issue[] = [];
  const files = listJsonFiles(dir, root, issues);
  const lists: SourceFile[] = [];
  const indexSeries: SourceFile[] = [];
  for (const f of files) {
    try {
      const data = readJsonFile(f);
      const rel = relative(process.cwd(), f) || f;
      const isSeries = typeof data === "object" && data !== null && "baseYear" in data && "values" in data;
      (isSeries ? indexSeries : lists).push({ data, file: rel });
    } catch (e) {
      if (e instanceof InputError) issues.push(...e.issues);
      else throw e;
    }
  }
  if (issues.length > 0) throw new InputError(issues);
  const catalog = createCatalog({ lists, indexSeries });
  const cycles = basedOnCycles(catalog);
  if (cycles.length > 0) throw new InputError(cycles);
  return catalog;
}

/** A folder (or an entry in it) that cannot be walked; `params` carry the kind (`rule`) to say it in any language. */
function folderIssue(file: string, message: string, params: IssueParams): Issue {
  return { code: "unreadable_folder", file, path: [], message, params };
}

/** The real path of the folder given (a link to a folder is fine: the user named it). */
function rootOf(dir: string): string {
  let st: ReturnType<typeof statSync>;
  try {
    st = statSync(dir);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError([
      code === "ELOOP"
        ? folderIssue(dir, "is a symbolic link loop", { rule: "loop" })
        : code === "ENOENT"
          ? folderIssue(dir, "folder not found", { rule: "missing" })
          : folderIssue(dir, `cannot read the folder (${code})`, { rule: "other", errno: String(code) }),
    ]);
  }
  if (!st.isDirectory()) throw new InputError([folderIssue(dir, "is not a folder", { rule: "not_folder" })]);
  return realpathSync(dir);
}

/** Every `.json` below `dir`, sorted per folder; problems go into `issues`. */
function listJsonFiles(dir: string, root: string, issues: Issue[]): string[] {
  const files: string[] = [];
  const visited = new Set<string>([root]);
  let seen = 0;
  const walk = (d: string, depth: number): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch (e) {
      const errno = String((e as NodeJS.ErrnoException).code);
      issues.push(folderIssue(d, `cannot read the folder (${errno})`, { rule: "other", errno }));
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (entry.name.startsWith(".")) continue;
      if (++seen > MAX_ENTRIES) return;
      const p = join(d, entry.name);
      const kind = entry.isSymbolicLink() ? linkKind(p, root, visited, issues) : entry;
      if (kind === undefined) continue;
      if (kind.isDirectory()) {
        if (depth >= MAX_DEPTH)
          issues.push(
            folderIssue(p, `is more than ${MAX_DEPTH} folders deep; not read`, { rule: "too_deep", max: MAX_DEPTH }),
          );
        else walk(p, depth + 1);
      } else if (entry.name.endsWith(".json") && !entry.name.endsWith(".schema.json")) {
        if (kind.isFile()) files.push(p);
        else
          issues.push({
            code: "unreadable_file",
            file: p,
            path: [],
            message: "is not a regular file",
            params: { rule: "not_file", errno: "NOT_REGULAR" },
          });
      }
    }
  };
  walk(dir, 0);
  // Past the limit, the one thing to say is that the folder is the wrong one.
  if (seen > MAX_ENTRIES)
    issues.splice(
      0,
      issues.length,
      folderIssue(
        dir,
        `has more than ${MAX_ENTRIES.toLocaleString("en")} files and folders; point --lists at the folder that holds your price lists`,
        { rule: "too_many", max: MAX_ENTRIES },
      ),
    );
  return seen > MAX_ENTRIES ? [] : files;
}

function linkIssue(p: string, e: unknown): Issue {
  const errno = String((e as NodeJS.ErrnoException).code);
  return folderIssue(p, `cannot follow the symbolic link (${errno})`, { rule: "link_other", errno });
}

/** What a link inside the folder points to, if it may be followed: it must resolve, and stay inside. */
function linkKind(
  p: string,
  root: string,
  visited: Set<string>,
  issues: Issue[],
): ReturnType<typeof statSync> | undefined {
  let real: string;
  try {
    real = realpathSync(p);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    issues.push(
      code === "ELOOP"
        ? folderIssue(p, "is a symbolic link loop", { rule: "loop" })
        : code === "ENOENT"
          ? folderIssue(p, "is a broken symbolic link (its target does not exist)", { rule: "broken_link" })
          : linkIssue(p, e),
    );
    return undefined;
  }
  if (real !== root && !real.startsWith(root.endsWith(sep) ? root : root + sep)) {
    const message = `is a symbolic link to ${real}, outside the folder; not followed (copy the list into the folder)`;
    issues.push(folderIssue(p, message, { rule: "outside", target: real }));
    return undefined;
  }
  let st: ReturnType<typeof statSync>;
  try {
    st = statSync(real);
  } catch (e) {
    issues.push(linkIssue(p, e));
    return undefined;
  }
  // A link back to a folder already walked would walk it again, forever.
  if (st.isDirectory()) {
    if (visited.has(real)) return undefined;
    visited.add(real);
  }
  return st;
}

/** Every `basedOn` cycle among the folder's lists, each reported once at the list where it is first met. */
function basedOnCycles(catalog: PriceListCatalog): Issue[] {
  const byKey = new Map(catalog.lists.map((e) => [`${e.list.id}@${e.list.version}`, e]));
  const reported = new Set<string>();
  const issues: Issue[] = [];
  for (const [key, entry] of byKey) {
    const chain = [key];
    for (let b = entry.list.basedOn; b; ) {
      const next = `${b.id}@${b.version}`;
      const at = chain.indexOf(next);
      if (at !== -1) {
        const cycle = chain.slice(at);
        if (cycle.some((k) => reported.has(k))) break;
        for (const k of cycle) reported.add(k);
        issues.push({
          code: "pricelist_cycle",
          ...(byKey.get(next)?.file !== undefined ? { file: byKey.get(next)?.file as string } : {}),
          path: ["basedOn"],
          message: `basedOn cycle: ${[...cycle, next].join(" → ")}`,
          expected: "a chain of bases that ends in a list without basedOn",
          params: { chain: [...cycle, next].join(" → ") },
        });
        break;
      }
      chain.push(next);
      b = byKey.get(next)?.list.basedOn;
    }
  }
  return issues;
}
