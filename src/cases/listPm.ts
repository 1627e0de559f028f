import type { PmEffect, ProgrammeInfo } from "./caseTypes.js";

/** One PM (pro memorie) effect of a case or of a programme: listed beside the figures, never priced. */
export interface ListedPm {
  /** The case's id, for a case's effect. */
  readonly caseId?: string | undefined;
  /** The programme's name, for a programme's effect. */
  readonly programme?: string | undefined;
  /** The effect, as written. */
  readonly description: string;
  /** The domain it belongs to, where one was given. */
  readonly domain?: string | undefined;
  /** Why it cannot be priced, where one was given. */
  readonly note?: string | undefined;
}

/**
 * The PM effects of cases and of programmes, in input order: the cases' first, then the programmes'.
 *
 * @example
 * ```ts
 * listPm(file.cases, file.programmes); // [{ caseId: "tizo-ns-jaarkaart", description: "…" }]
 * ```
 */
export function listPm(
  cases: readonly { readonly id: string; readonly pm?: readonly PmEffect[] | undefined }[],
  programmes?: readonly ProgrammeInfo[] | undefined,
): ListedPm[] {
  const one = (e: PmEffect) => ({
    description: e.description,
    ...(e.domain !== undefined ? { domain: e.domain } : {}),
    ...(e.note !== undefined ? { note: e.note } : {}),
  });
  return [
    ...cases.flatMap((c) => (c.pm ?? []).map((e) => ({ caseId: c.id, ...one(e) }))),
    ...(programmes ?? []).flatMap((p) => (p.pm ?? []).map((e) => ({ programme: p.name, ...one(e) }))),
  ];
}
