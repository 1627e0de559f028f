/**
 * Numbers and dates as people type them in a table (CSV or spreadsheet),
 * read into the one form the schemas accept (`1234.56`, `2024-03-01`), or one
 * problem per cell that shows the fix in the table's own notation.
 * @internal
 */
import type { CsvDialect } from "../csv/csvTable.js";
import type { IssueCode, IssueParams } from "../errors/issue.js";
import { daysInMonth, parseYMD } from "../periods/calendarDate.js";

/** @internal A cell read into the schemas' form, or the one problem with it. */
export type CellReading =
  | { readonly ok: true; readonly value: string }
  | {
      readonly ok: false;
      readonly code: IssueCode;
      readonly message: string;
      readonly expected: string;
      readonly params: IssueParams;
    };

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/**
 * @internal Reads a decimal cell. In the Dutch dialect `2,5`, `3.000,00` and
 * `1.234.567` are read; `1.250` (a thousand and a quarter, or one and a
 * quarter) is refused with both readings. `money` cells may start with `€`.
 * The sign, the number of decimals and the range are left to the schema.
 */
export function readDecimalCell(s: string, dialect: CsvDialect, money = false): CellReading {
  const t = money ? s.replace(/^(-?)\s*€\s*/, "$1") : s;
  // The international notation is the schemas' own: they say what is wrong, in that notation.
  if (dialect === "intl") return { ok: true, value: t };
  const minus = t.startsWith("-") ? "-" : "";
  const body = t.slice(minus.length);
  let value: string | undefined;
  if (/^\d+(,\d+)?$/.test(body)) value = body.replace(",", ".");
  else if (/^\d{1,3}(\.\d{3})+,\d+$/.test(body)) value = body.replace(/\./g, "").replace(",", ".");
  else if (/^\d{1,3}(\.\d{3}){2,}$/.test(body)) value = body.replace(/\./g, "");
  else if (/^\d{1,3}\.\d{3}$/.test(body)) return ambiguous(s, minus, body);
  // "2.5" cannot hold a thousands point: a decimal point, as the international notation writes it.
  else if (/^\d+\.\d+$/.test(body)) value = body;
  if (value === undefined)
    return {
      ok: false,
      code: "invalid_number",
      message: `"${s}" is not a number: write digits with a decimal comma, e.g. ${money ? "1234,56" : "2,5"}`,
      expected: money ? "an amount such as 1234,56 or 3.000,00" : "a number such as 2,5",
      params: { rule: money ? "not_amount" : "not_number", value: s },
    };
  if (money && /\.\d{3,}$/.test(value))
    return {
      ok: false,
      code: "invalid_number",
      message: `"${s}" has more than two decimals: amounts are euros and cents, e.g. 1234,56`,
      expected: "an amount such as 1234,56 or 3.000,00",
      params: { rule: "amount_decimals", value: s },
    };
  return { ok: true, value: minus + value };
}

function ambiguous(s: string, minus: string, body: string): CellReading {
  const whole = minus + body.replace(".", "");
  const decimal = minus + body.replace(".", ",").replace(/,?0+$/, "");
  return {
    ok: false,
    code: "ambiguous_number",
    message: `"${s}" is ${whole} with a thousands point, or ${decimal} read with a decimal point: write ${whole}, or ${decimal}`,
    expected: `${whole} or ${decimal}`,
    params: { value: s, whole, decimal },
  };
}

/**
 * @internal Reads a date cell. Both dialects take `YYYY-MM-DD`; the Dutch one
 * also `d-m-yyyy` (`1-3-2024` is 1 March 2024, as Dutch Excel writes it).
 * Anything else gets one problem that shows the ISO form to write.
 */
export function readDateCell(s: string, dialect: CsvDialect): CellReading {
  if (/^\d{4}-\d{2}-\d{2}$/.test(s) && parseYMD(s)) return { ok: true, value: s };
  const dmy = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(s);
  if (dialect === "nl" && dmy) {
    const iso = `${dmy[3]}-${(dmy[2] as string).padStart(2, "0")}-${(dmy[1] as string).padStart(2, "0")}`;
    if (parseYMD(iso)) return { ok: true, value: iso };
  }
  return { ok: false, code: "invalid_date", ...dateProblem(s, dialect) };
}

/**
 * @internal Why text is not a calendar date `YYYY-MM-DD`, in one message that
 * suggests the date to write where the text can be read as one:
 * `"1-3-2024" is not a date in the form YYYY-MM-DD: write 2024-03-01 (1 March 2024), or 2024-01-03 (3 January 2024)`.
 */
export function dateProblem(
  s: string,
  dialect?: CsvDialect,
): { message: string; expected: string; params: IssueParams } {
  const expected = "a date YYYY-MM-DD, e.g. 2024-03-01";
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) {
    const [y, m] = s.split("-").map(Number) as [number, number];
    return {
      message: `"${s}" is not a real calendar date (${realDateHint(y, m)})`,
      expected,
      params: { rule: "date_unreal", value: s, year: y, month: m, days: m >= 1 && m <= 12 ? daysInMonth(y, m) : 0 },
    };
  }
  const ways = readings(s, dialect);
  if (ways.length === 0)
    return {
      message: `"${s}" is not a date in the form YYYY-MM-DD, e.g. 2024-03-01`,
      expected,
      params: { rule: "date_form", value: s },
    };
  const said = ways.map((iso) => `${iso} (${spoken(iso)})`).join(", or ");
  return {
    message: `"${s}" is not a date in the form YYYY-MM-DD: write ${said}`,
    expected,
    params: { rule: "date_readings", value: s, readings: ways.join(" ") },
  };
}

/** Real dates that text like `1-3-2024`, `1/3/24` or `2024/3/1` can mean, ISO-written; day-month first. */
function readings(s: string, dialect: CsvDialect | undefined): string[] {
  const ymd = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(s);
  if (ymd) return real([[ymd[1], ymd[2], ymd[3]]]);
  const m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$/.exec(s);
  if (!m) return [];
  const [a, b, y] = [m[1] as string, m[2] as string, m[3] as string];
  const year = y.length === 2 ? `20${y}` : y;
  // A Dutch table writes the day first; elsewhere either order is in use.
  const orders =
    dialect === "nl" && s.includes("-")
      ? [[year, b, a]]
      : [
          [year, b, a],
          [year, a, b],
        ];
  return [...new Set(real(orders))];
}

function real(parts: readonly (readonly (string | undefined)[])[]): string[] {
  return parts
    .map(([y, m, d]) => `${y}-${(m ?? "").padStart(2, "0")}-${(d ?? "").padStart(2, "0")}`)
    .filter((iso) => parseYMD(iso) !== undefined);
}

function spoken(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

function realDateHint(y: number, m: number): string {
  if (y < 1) return "years start at 0001";
  if (m < 1 || m > 12) return "months run from 01 to 12";
  return `${MONTHS[m - 1]} ${y} has ${daysInMonth(y, m)} days`;
}
