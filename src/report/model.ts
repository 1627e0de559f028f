/**
 * The one document model of every report: builders say *what* a report
 * holds (typed figures, text from input, words of the dictionary); the
 * renderers in `render/` alone decide how it looks in Markdown, HTML, CSV or
 * plain text, and alone escape text and format numbers and dates.
 * @internal
 */

/** @internal Text shown as typed (input or dictionary words); `strong` emphasises it. */
export interface TextInline {
  readonly kind: "text";
  /** The text, never pre-escaped. */
  readonly text: string;
  /** Emphasised (bold). */
  readonly strong?: boolean | undefined;
}
/** @internal An amount of money, formatted as euros by the renderer (build it with `amount()` of `figures.ts`). */
export interface AmountInline {
  readonly kind: "amount";
  /** The exact amount in euros as a plain decimal string (`-1234.5`). */
  readonly value: string;
  /** Emphasised (bold). */
  readonly strong?: boolean | undefined;
}
/** @internal A decimal number given as a plain decimal string (`11.1111`), written with the language's decimal mark. */
export interface DecimalInline {
  readonly kind: "decimal";
  /** The decimal, point as decimal mark, no grouping. */
  readonly value: string;
  /** A suffix glued to the number, e.g. `%` or a unit. */
  readonly suffix?: string | undefined;
}
/** @internal A whole number (counts, draws), grouped by thousands for people. */
export interface IntegerInline {
  readonly kind: "integer";
  /** The count. */
  readonly value: number | bigint;
}
/** @internal A calendar date (`YYYY-MM-DD`) or period (`YYYY-MM`, `YYYY-Qn`, `YYYY`), named for people by date-fns. */
export interface DateInline {
  readonly kind: "date";
  /** ISO date or period text. */
  readonly iso: string;
}
/** @internal Code (an identifier, fingerprint, item code) shown in a monospace font. */
export interface CodeInline {
  readonly kind: "code";
  /** The code, never pre-escaped. */
  readonly text: string;
}

/** @internal No value: `–` for people, an empty cell in CSV. */
export interface NoneInline {
  readonly kind: "none";
}

/** @internal One piece of inline content; a plain string is text. */
export type Inline =
  | string
  | NoneInline
  | TextInline
  | AmountInline
  | DecimalInline
  | IntegerInline
  | DateInline
  | CodeInline;
/** @internal A run of inline content. */
export type Inlines = readonly Inline[];
/** @internal A table cell: one inline, or a run of them. */
export type Cell = Inline | Inlines;

/** @internal A column of a table. */
export interface Column {
  /** Column title. */
  readonly title: string;
  /** `r` for figures (right-aligned), `l` (default) for text. */
  readonly align?: "l" | "r" | undefined;
  /** A short explanation for the glossary and the HTML title attribute. */
  readonly explain?: string | undefined;
  /**
   * For a column of ranges (`8,42 – 9,10`): the titles of the low and the high column a spreadsheet
   * writes instead, each bound a number of its own.
   */
  readonly split?: readonly [string, string] | undefined;
}
/** @internal A row of a table; `total` rows are emphasised. */
export interface Row {
  /** One cell per column. */
  readonly cells: readonly Cell[];
  /** The row sums the rows above it. */
  readonly total?: boolean | undefined;
  /** A tone for the row (HTML class), e.g. a claim status. */
  readonly tone?: string | undefined;
}

/** @internal A heading; `tone` colours it in HTML (e.g. a claim status). */
export interface HeadingBlock {
  readonly kind: "heading";
  /** 1 is the report's title. */
  readonly level: 1 | 2 | 3;
  /** The heading text. */
  readonly content: Inlines;
  /** An HTML class. */
  readonly tone?: string | undefined;
}
/** @internal A paragraph. */
export interface ParagraphBlock {
  readonly kind: "paragraph";
  /** The paragraph text. */
  readonly content: Inlines;
}
/** @internal A note, a warning or a summary box, set apart from the text. */
export interface NoteBlock {
  readonly kind: "note";
  /** `note` (small print), `warning` (needs attention), `summary` (the plain-language opening). */
  readonly tone: "note" | "warning" | "summary";
  /** The note's text. */
  readonly content: Inlines;
}
/** @internal A bulleted list. */
export interface ListBlock {
  readonly kind: "list";
  /** One run per item. */
  readonly items: readonly Inlines[];
}
/** @internal A table. */
export interface TableBlock {
  readonly kind: "table";
  /** A name (HTML class, CSV selection). */
  readonly name: string;
  /** The columns. */
  readonly columns: readonly Column[];
  /** The rows. */
  readonly rows: readonly Row[];
  /** No header row is shown (key/value tables). */
  readonly headless?: boolean | undefined;
}
/** @internal Key figures shown big (HTML cards; a list elsewhere). */
export interface FiguresBlock {
  readonly kind: "figures";
  /** Label and value pairs. */
  readonly items: readonly { readonly label: string; readonly value: Inline }[];
}
/** @internal A glossary: every term with its explanation. */
export interface GlossaryBlock {
  readonly kind: "glossary";
  /** Term and explanation pairs. */
  readonly entries: readonly { readonly term: string; readonly explain: string }[];
}
/** @internal One bar of a chart series. */
export interface ChartBar {
  /** The category's name. */
  readonly label: string;
  /** One value per series: euro decimal strings (amount charts) or score decimal strings. */
  readonly values: readonly string[];
}
/** @internal A horizontal grouped bar chart (an SVG in HTML; left out in text formats). */
export interface ChartBlock {
  readonly kind: "chart";
  /** The chart's title. */
  readonly title: string;
  /** One name per series. */
  readonly series: readonly string[];
  /** The categories. */
  readonly bars: readonly ChartBar[];
  /** `amount`: values are shown as euros; `score`: as decimals. */
  readonly unit: "amount" | "score";
}

/** @internal A block of the document. */
export type Block =
  | HeadingBlock
  | ParagraphBlock
  | NoteBlock
  | ListBlock
  | TableBlock
  | FiguresBlock
  | GlossaryBlock
  | ChartBlock;

/** @internal A whole report. */
export interface ReportDocument {
  /** The title (HTML `<title>`, heading 1). */
  readonly title: string;
  /** The language every word and number is written in. */
  readonly lang: "nl" | "en";
  /** The content, the title heading included. */
  readonly blocks: readonly Block[];
}

/** @internal Text. */
export const text = (s: string, strong?: boolean): TextInline =>
  strong ? { kind: "text", text: s, strong } : { kind: "text", text: s };
/** @internal Code. */
export const code = (s: string): CodeInline => ({ kind: "code", text: s });
/** @internal No value. */
export const NONE: NoneInline = { kind: "none" };
/** @internal A decimal such as a ratio, or no value. */
export const decimal = (value: string | undefined | null, suffix?: string): Inline =>
  value === undefined || value === null
    ? NONE
    : suffix
      ? { kind: "decimal", value, suffix }
      : { kind: "decimal", value };
/** @internal A count. */
export const integer = (value: number | bigint): IntegerInline => ({ kind: "integer", value });
/** @internal A date or period. */
export const date = (iso: string): DateInline => ({ kind: "date", iso });
/**
 * @internal A calendar year (a price year, a year of flows): written as its digits, never grouped
 * (`2024`, not `2.024`), and a number in a spreadsheet.
 * @example
 * ```ts
 * year(2024); // { kind: "date", iso: "2024" }
 * ```
 */
export const year = (y: number): DateInline => ({ kind: "date", iso: String(y) });
/** @internal A heading. */
export const heading = (level: 1 | 2 | 3, ...content: Inline[]): HeadingBlock => ({ kind: "heading", level, content });
/** @internal A paragraph. */
export const paragraph = (...content: Inline[]): ParagraphBlock => ({ kind: "paragraph", content });
/** @internal A note of the given tone. */
export const note = (tone: NoteBlock["tone"], ...content: Inline[]): NoteBlock => ({ kind: "note", tone, content });

/**
 * @internal A table for a file a program reads (CSV, a spreadsheet): each column of ranges
 * (`Column.split`) becomes its low and its high column, each bound a figure of its own; a cell
 * without a range gives two empty cells.
 * @example
 * ```ts
 * splitRanges({ kind: "table", name: "t", columns: [{ title: "P5–P95", split: ["P5", "P95"] }],
 *   rows: [{ cells: [[decimal("1.2"), " – ", decimal("2.5")]] }] }).columns.map((c) => c.title); // ["P5", "P95"]
 * ```
 */
export function splitRanges(b: TableBlock): TableBlock {
  if (!b.columns.some((c) => c.split)) return b;
  const bounds = (c: Cell): Cell[] => {
    const figures = Array.isArray(c) ? (c as Inlines).filter((x) => typeof x !== "string") : [];
    return [figures[0] ?? "", figures[1] ?? ""];
  };
  return {
    ...b,
    columns: b.columns.flatMap((c) => (c.split ? c.split.map((title) => ({ ...c, title, split: undefined })) : [c])),
    rows: b.rows.map((r) => ({ ...r, cells: r.cells.flatMap((c, i) => (b.columns[i]?.split ? bounds(c) : [c])) })),
  };
}
