/**
 * Parses `id` or `id@version` as given on a command line or in a claim.
 *
 * @example
 * ```ts
 * parsePriceListRef("sociaal-domein@2024"); // { id: "sociaal-domein", version: "2024" }
 * parsePriceListRef("sociaal-domein");      // { id: "sociaal-domein" }
 * ```
 */
export function parsePriceListRef(text: string):
  | {
      /** The list's id, e.g. `sociaal-domein`. */
      id: string;
      /** The version after `@`; absent when the text names only the id (then the date decides). */
      version?: string | undefined;
    }
  | undefined {
  const m = /^([a-z0-9][a-z0-9.-]*)(?:@([A-Za-z0-9][A-Za-z0-9._-]*))?$/.exec(text);
  if (!m) return undefined;
  return m[2] === undefined ? { id: m[1] as string } : { id: m[1] as string, version: m[2] };
}
