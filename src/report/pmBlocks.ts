import type { PmEffect, ProgrammeInfo } from "../cases/caseTypes.js";
import type { ListedPm } from "../cases/listPm.js";
import { type Lang, t, tf } from "./labels.js";
import { type Block, code, heading, NONE, paragraph, type Row, type TableBlock, text } from "./model.js";

/** @internal One PM effect and whose it is: a case's id, or a programme's name. */
export interface PmEntry {
  /** The case's id, or undefined for a programme's effect. */
  readonly case?: string | undefined;
  /** The programme's name, for a programme's effect. */
  readonly programme?: string | undefined;
  /** The effect as written. */
  readonly effect: PmEffect;
}

/**
 * @internal The PM entries of cases (anything with `id` and `pm`) and of programmes, in input order:
 * the cases' first, then the programmes'.
 *
 * @example
 * ```ts
 * pmEntries(evaluation.cases, file.programmes); // [{ case: "tizo-ns-jaarkaart", effect: { description: "…" } }]
 * ```
 */
export function pmEntries(
  cases: readonly { readonly id: string; readonly pm?: readonly PmEffect[] | undefined }[],
  programmes?: readonly ProgrammeInfo[] | undefined,
): PmEntry[] {
  const out: PmEntry[] = [];
  for (const c of cases) for (const effect of c.pm ?? []) out.push({ case: c.id, effect });
  for (const p of programmes ?? []) for (const effect of p.pm ?? []) out.push({ programme: p.name, effect });
  return out;
}

/**
 * @internal The PM entries of a result's `pm` list (a what-if's or a simulation's).
 *
 * @example
 * ```ts
 * pmBlocks(listedPmEntries(result.pm ?? []), "nl");
 * ```
 */
export function listedPmEntries(listed: readonly ListedPm[]): PmEntry[] {
  return listed.map(({ caseId, programme, ...effect }) => ({ case: caseId, programme, effect }));
}

/**
 * @internal The table of PM effects (whose, effect, domain, note, and PM where an amount would be).
 *
 * @example
 * ```ts
 * pmTable(pmEntries(ev.cases), "nl").rows.length; // one row per effect
 * ```
 */
export function pmTable(entries: readonly PmEntry[], lang: Lang): TableBlock {
  const rows: Row[] = entries.map((e) => ({
    cells: [
      e.case !== undefined ? text(e.case) : text(tf("pmProgramme", lang, { name: e.programme ?? "" })),
      text(e.effect.description),
      e.effect.domain !== undefined ? code(e.effect.domain) : NONE,
      e.effect.note !== undefined ? text(e.effect.note) : NONE,
      text("PM"),
    ],
  }));
  return {
    kind: "table",
    name: "pm",
    columns: [
      { title: t("pmOf", lang) },
      { title: t("pmEffect", lang) },
      { title: t("domain", lang) },
      { title: t("pmNote", lang) },
      { title: t("amount", lang) },
    ],
    rows,
  };
}

/**
 * @internal The report section that lists PM effects: a heading, a sentence that they are never
 * euros, and a table (whose, effect, domain, note). Nothing when there are none.
 *
 * @example
 * ```ts
 * blocks.push(...pmBlocks(pmEntries(ev.cases), "nl"));
 * ```
 */
export function pmBlocks(entries: readonly PmEntry[], lang: Lang): Block[] {
  if (entries.length === 0) return [];
  return [heading(2, t("pmTitle", lang)), paragraph(t("pmIntro", lang)), pmTable(entries, lang)];
}
