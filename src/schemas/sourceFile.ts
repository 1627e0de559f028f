/** A file's contents with the name it came from (used in error messages). */
export interface SourceFile {
  /** Parsed JSON. */
  readonly data: unknown;
  /** Where it came from, e.g. `pricelists/sociaal-domein/2024.json`. */
  readonly file?: string | undefined;
}
