/**
 * @internal The roll-up's follow-up (does the avoided cost stay avoided?) and PM sections, shared by
 * the Markdown, HTML and text reports; the CSV and Excel tables take their cells from here too.
 */
import { FOLLOW_UP_MONTHS } from "../rollup/followUpCounts.js";
import type { RollupRow, RollupTable } from "../rollup/types.js";
import { type Lang, t, tf } from "./labels.js";
import { type Block, type Cell, type Column, decimal, heading, integer, NONE, note, paragraph, text } from "./model.js";
import { type PmEntry, pmTable } from "./pmBlocks.js";
import { dimensionLabel, dimensionValue, percentValue, type WijkNames } from "./rollupCells.js";

/**
 * @internal The column titles of follow-up per horizon: followed up, held, and (CSV) the share held.
 *
 * @example
 * ```ts
 * followUpColumns("en", true).map((c) => c.title); // ["Followed up at 6 mo", "Held at 6 mo", "Share held at 6 mo", …]
 * ```
 */
export function followUpColumns(lang: Lang, withShare: boolean): Column[] {
  return FOLLOW_UP_MONTHS.flatMap((n) => {
    const months = { months: String(n) };
    return [
      { title: tf("followedUpAt", lang, months), align: "r" as const, explain: t("explain.followedUp", lang) },
      { title: tf("heldAt", lang, months), align: "r" as const, explain: t("explain.held", lang) },
      ...(withShare ? [{ title: tf("shareHeldAt", lang, months), align: "r" as const }] : []),
    ];
  });
}

/**
 * @internal A row's follow-up cells in the order of {@link followUpColumns}: for people the held count
 * with its share as a percentage (`3 (75.0%)`); for CSV the count and the share (4 decimals) apart.
 *
 * @example
 * ```ts
 * followUpCells(table.total, false); // [integer(4), [integer(3), " (", decimal("75.0", "%"), ")"], …]
 * ```
 */
export function followUpCells(r: RollupRow, withShare: boolean): Cell[] {
  return r.followUp.flatMap((f): Cell[] => {
    if (withShare) return [integer(f.followedUp), integer(f.held), decimal(f.shareHeld)];
    const held: Cell =
      f.followedUp === 0 ? NONE : [integer(f.held), " (", decimal(percentValue(f.held, f.followedUp), "%"), ")"];
    return [integer(f.followedUp), held];
  });
}

/** The leading cells of a group row: its value per dimension, or "Total" in the first column. */
function leadCells(table: RollupTable, r: RollupRow, lang: Lang, names: WijkNames | undefined): Cell[] {
  const dims = table.groupBy;
  if (dims.length === 0) return [t("total", lang)];
  return dims.map(
    (d, i): Cell => (r === table.total ? (i === 0 ? t("total", lang) : "") : text(dimensionValue(r, d, lang, names))),
  );
}

function leadColumns(table: RollupTable, lang: Lang): Column[] {
  return table.groupBy.length === 0
    ? [{ title: "" }]
    : table.groupBy.map((d) => ({ title: dimensionLabel(d, lang), align: "l" as const }));
}

/** The groups, then the total (the total alone without grouping). */
function rowsOf(table: RollupTable): RollupRow[] {
  return table.groupBy.length > 0 ? [...table.rows, table.total] : [table.total];
}

/**
 * @internal The section "Does it hold? Follow-up": per group the cases followed up at 6, 12 and 24
 * months and how many held; when no case is followed up, a note that says so instead of a table.
 *
 * @example
 * ```ts
 * blocks.push(...followUpBlocks(table, "nl", undefined));
 * ```
 */
export function followUpBlocks(table: RollupTable, lang: Lang, names: WijkNames | undefined): Block[] {
  const title = heading(2, t("followUpTitle", lang));
  if (table.total.followUp.every((f) => f.followedUp === 0)) return [title, note("note", t("followUpNone", lang))];
  return [
    title,
    paragraph(t("followUpIntro", lang)),
    {
      kind: "table",
      name: "follow-up",
      columns: [...leadColumns(table, lang), { title: t("cases", lang), align: "r" }, ...followUpColumns(lang, false)],
      rows: rowsOf(table).map((r) => ({
        total: r === table.total && table.groupBy.length > 0,
        cells: [...leadCells(table, r, lang, names), integer(r.cases), ...followUpCells(r, false)],
      })),
    },
  ];
}

/**
 * @internal The roll-up's PM section: how many PM effects each group's cases carry, then the effects
 * themselves when the cases are at hand (`entries`); nothing when there are none.
 *
 * @example
 * ```ts
 * blocks.push(...rollupPmBlocks(table, "nl", undefined, pmEntries(ev.cases, file.programmes)));
 * ```
 */
export function rollupPmBlocks(
  table: RollupTable,
  lang: Lang,
  names: WijkNames | undefined,
  entries: readonly PmEntry[] | undefined,
): Block[] {
  const listed = entries ?? [];
  if (table.total.pm === 0 && listed.length === 0) return [];
  const out: Block[] = [heading(2, t("pmTitle", lang)), paragraph(t("pmIntro", lang))];
  if (table.total.pm > 0)
    out.push(paragraph(t("pmPerGroup", lang)), {
      kind: "table",
      name: "pm-groups",
      columns: [...leadColumns(table, lang), { title: t("pmCount", lang), align: "r" }],
      rows: rowsOf(table)
        .filter((r) => r.pm > 0)
        .map((r) => ({
          total: r === table.total && table.groupBy.length > 0,
          cells: [...leadCells(table, r, lang, names), integer(r.pm)],
        })),
    });
  if (entries === undefined) out.push(note("note", t("pmNoList", lang)));
  else if (listed.length > 0) out.push(pmTable(listed, lang));
  return out;
}
