/**
 * @internal The price list reports (`pricelist list`, `show`, `diff`) as
 * documents of the one report model.
 */

import type { CsvDialect } from "../csv/csvTable.js";
import { D } from "../money/decimal.js";
import type { PriceListDiff } from "../pricelists/diffPriceLists.js";
import type { ResolvedPriceList } from "../pricelists/types.js";
import { amount } from "./figures.js";
import { hasWord, type Lang, t, tf } from "./labels.js";
import {
  type Block,
  type Column,
  code,
  date,
  decimal,
  heading,
  integer,
  note,
  paragraph,
  type ReportDocument,
  type TableBlock,
  text,
  year,
} from "./model.js";
import { renderCsv } from "./render/renderCsv.js";
import { renderMarkdown } from "./render/renderMarkdown.js";
import type { WordKey } from "./words/en.js";

const col = (lang: Lang, key: WordKey, align: "l" | "r" = "l"): Column => ({ title: t(key, lang), align });
/** A word of a closed set (`unit.each`, `reliability.solid`), or the value itself where the dictionary has none. */
const word = (prefix: string, v: string, lang: Lang): string =>
  hasWord(`${prefix}.${v}`) ? t(`${prefix}.${v}` as WordKey, lang) : v;

/** One list version in an overview of a catalog (`rendement pricelist list`). */
export interface PriceListSummary {
  /** List id. */
  readonly id: string;
  /** List version. */
  readonly version: string;
  /** First day the version applies. */
  readonly validFrom: string;
  /** Price year of its amounts. */
  readonly priceYear: number;
  /** Number of items, inheritance applied. */
  readonly items: number;
  /** An illustrative list. */
  readonly example: boolean;
  /** `id@version` it is based on. */
  readonly basedOn?: string | undefined;
  /** Its title. */
  readonly title: string;
  /** Its fingerprint. */
  readonly fingerprint: string;
}

/** @internal Every list and version (`pricelist list`). */
export function priceListsDocument(rows: readonly PriceListSummary[], lang: Lang): ReportDocument {
  const title = t("listsUsed", lang);
  const table: TableBlock = {
    kind: "table",
    name: "lists",
    columns: [
      col(lang, "list"),
      col(lang, "validFrom"),
      col(lang, "priceYear"),
      col(lang, "items", "r"),
      col(lang, "basedOn"),
      col(lang, "listTitle"),
      col(lang, "fingerprint"),
    ],
    rows: rows.map((r) => ({
      cells: [
        text(`${r.id}@${r.version}`),
        date(r.validFrom),
        year(r.priceYear),
        integer(r.items),
        r.basedOn ?? "–",
        text(`${r.title}${r.example ? ` (${t("example", lang)})` : ""}`),
        code(r.fingerprint.slice(0, 12)),
      ],
    })),
  };
  return { title, lang, blocks: [table] };
}

/** @internal The items of a resolved list as a table (`pricelist show`): amounts typed, units and reliability in words. */
export function priceListTable(list: ResolvedPriceList, lang: Lang): TableBlock {
  return {
    kind: "table",
    name: "items",
    columns: [
      col(lang, "code"),
      col(lang, "label"),
      col(lang, "unit"),
      col(lang, "amount", "r"),
      col(lang, "payer"),
      col(lang, "domain"),
      col(lang, "source"),
      col(lang, "year"),
      col(lang, "reliability"),
    ],
    rows: list.items.map((i) => ({
      cells: [
        code(i.code),
        text(i.label[lang]),
        word("unit", i.unit, lang),
        amount(i.amount),
        text(i.payer),
        text(i.domain),
        text(i.source.publisher ? `${i.source.publisher}: ${i.source.title}` : i.source.title),
        year(i.original?.priceYear ?? list.priceYear),
        word("reliability", i.reliability, lang),
      ],
    })),
  };
}

/** @internal A resolved list (`pricelist show`): its stamp, then its items. */
export function priceListDocument(list: ResolvedPriceList, lang: Lang): ReportDocument {
  const title = `${list.title} (${list.id}@${list.version})`;
  const blocks: Block[] = [
    heading(1, title),
    paragraph(
      `${t("priceYear", lang)} ${list.priceYear} · ${t("validFrom", lang).toLowerCase()} `,
      date(list.validFrom),
      ` · ${t("fingerprint", lang).toLowerCase()} `,
      code(list.fingerprint),
    ),
  ];
  if (list.example) blocks.push(note("warning", t("exampleListNote", lang)));
  blocks.push(priceListTable(list, lang));
  return { title, lang, blocks };
}

/** @internal Two versions compared (`pricelist diff`): changed, added and removed items. */
export function priceListDiffDocument(d: PriceListDiff, lang: Lang): ReportDocument {
  const { from: a, to: b } = d;
  const title = `${t("diffTitle", lang)} ${a.id}@${a.version} → ${b.id}@${b.version}`;
  const blocks: Block[] = [heading(1, title)];
  if (a.priceYear !== b.priceYear)
    blocks.push(note("warning", tf("priceYearWarning", lang, { a: String(a.priceYear), b: String(b.priceYear) })));
  const itemTable = (items: PriceListDiff["added"]): TableBlock => ({
    kind: "table",
    name: "items",
    columns: [col(lang, "code"), col(lang, "amount", "r")],
    rows: items.map((i) => ({ cells: [code(i.code), amount(i.amount)] })),
  });
  blocks.push(heading(2, `${t("changed", lang)} (${d.changed.length})`), {
    kind: "table",
    name: "changed",
    columns: [
      col(lang, "code"),
      col(lang, "from", "r"),
      col(lang, "to", "r"),
      col(lang, "change", "r"),
      col(lang, "relative", "r"),
      col(lang, "fields"),
    ],
    rows: d.changed.map((c) => ({
      cells: [
        code(c.code),
        amount(c.from.amount),
        amount(c.to.amount),
        amount(c.change),
        c.relativeChange === undefined ? "–" : decimal(new D(c.relativeChange).times(100).toFixed(2), "%"),
        c.fields.map((f) => word("field", f.field, lang)).join(", "),
      ],
    })),
  });
  blocks.push(heading(2, `${t("added", lang)} (${d.added.length})`), itemTable(d.added));
  blocks.push(heading(2, `${t("removed", lang)} (${d.removed.length})`), itemTable(d.removed));
  blocks.push(paragraph(`${t("unchangedCount", lang)}: `, integer(d.unchanged)));
  return { title, lang, blocks };
}

/**
 * An overview of price lists and their versions as Markdown, in a language.
 *
 * @example
 * ```ts
 * const rows = catalog.lists.map(({ list }) => {
 *   const r = resolvePriceList(catalog, list);
 *   return { ...list, example: list.example ?? false, items: r.items.length, basedOn: undefined, fingerprint: r.fingerprint };
 * });
 * priceListsMarkdown(rows, "nl"); // "# Gebruikte prijslijsten\n\n| Lijst | …"
 * ```
 */
export function priceListsMarkdown(rows: readonly PriceListSummary[], lang: Lang): string {
  return renderMarkdown(priceListsDocument(rows, lang));
}

/**
 * A resolved price list as Markdown: its stamp (price year, validity,
 * fingerprint), then every item with its amount, unit, payer and source.
 *
 * @example
 * ```ts
 * priceListMarkdown(resolvePriceList(bundledCatalog(), { id: "sociaal-domein", version: "2024" }), "en");
 * ```
 */
export function priceListMarkdown(list: ResolvedPriceList, lang: Lang): string {
  return renderMarkdown(priceListDocument(list, lang));
}

/**
 * The items of a resolved price list as CSV (the Dutch dialect by default:
 * `;` and a decimal comma, as Excel in Dutch reads it).
 *
 * @example
 * ```ts
 * priceListCsv(resolvePriceList(bundledCatalog(), { id: "sociaal-domein", version: "2024" }), "nl");
 * ```
 */
export function priceListCsv(list: ResolvedPriceList, lang: Lang, dialect: CsvDialect = "nl"): string {
  return renderCsv(priceListTable(list, lang), dialect);
}

/**
 * Two versions of a price list compared, as Markdown: changed, added and
 * removed items, with a warning when their price years differ.
 *
 * @example
 * ```ts
 * priceListDiffMarkdown(diffPriceLists(a, b), "nl");
 * ```
 */
export function priceListDiffMarkdown(d: PriceListDiff, lang: Lang): string {
  return renderMarkdown(priceListDiffDocument(d, lang));
}
