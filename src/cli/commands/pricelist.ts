import {
  csvTable,
  diffPriceLists,
  formatEuro,
  InputError,
  type PriceListCatalog,
  parsePriceListRef,
  type ResolvedPriceList,
  resolvePriceList,
} from "../../index.js";
import { D } from "../../money/decimal.js";
import { carriedForwardNote } from "../../pricelists/coverageWarnings.js";
import { compareVersions } from "../../pricelists/indexSeries.js";
import { markdownTable } from "../../report/markdownTable.js";
import { type CliIO, UsageError } from "../io.js";
import { catalogFrom, checkPricelistOption, emit, oneOf, parse, yearOption } from "../options.js";

/** @internal */
export const pricelistHelp = `rendement pricelist list [--lists DIR]
rendement pricelist show ID[@VERSION] [--price-year YEAR] [--format json|md|csv] [--lang nl|en] [--lists DIR]
rendement pricelist diff ID@A ID@B [--price-year YEAR] [--format json|md] [--lists DIR]

list: every list and version, with price year, validFrom and fingerprint.
show: a resolved list (inheritance applied, amounts in one price year);
      without a version, the newest.
diff: items added, removed and changed between two versions. Compare in one
      price year (--price-year) to see real change rather than indexation.
`;

function latest(catalog: PriceListCatalog, id: string): string {
  const versions = catalog.lists
    .filter((e) => e.list.id === id)
    .map((e) => e.list.version)
    .sort(compareVersions);
  const v = versions[versions.length - 1];
  if (v === undefined)
    throw new InputError([
      {
        code: "unknown_pricelist",
        path: [],
        message: `no price list with id "${id}"`,
        expected: `one of ${[...new Set(catalog.lists.map((e) => e.list.id))].sort().join(", ")}`,
      },
    ]);
  return v;
}

function resolveArg(catalog: PriceListCatalog, arg: string, priceYear: number | undefined): ResolvedPriceList {
  const ref = parsePriceListRef(arg);
  if (!ref) throw new UsageError((m) => m.listRef("ID[@VERSION]", arg));
  checkPricelistOption(catalog, arg, "ID[@VERSION]");
  return resolvePriceList(
    catalog,
    { id: ref.id, version: ref.version ?? latest(catalog, ref.id) },
    priceYear !== undefined ? { priceYear } : {},
  );
}

/** @internal `rendement pricelist …` */
export function pricelist(args: string[], io: CliIO): number {
  const [sub, ...rest] = args;
  const { values, positionals } = parse(rest, {
    lists: { type: "string", multiple: true },
    "price-year": { type: "string" },
    format: { type: "string" },
    lang: { type: "string" },
    out: { type: "string" },
  });
  const priceYear = yearOption(values["price-year"], "price-year");
  const lang = oneOf(values.lang, ["nl", "en"] as const, "lang", "nl");
  const catalog = catalogFrom(values.lists);
  if (sub === "list") {
    if (positionals.length > 0) throw new UsageError((m) => m.pricelistNoArgs);
    const format = oneOf(values.format, ["md", "json"] as const, "format", "md");
    const rows = [...catalog.lists]
      .sort((a, b) => a.list.id.localeCompare(b.list.id) || a.list.validFrom.localeCompare(b.list.validFrom))
      .map(({ list }) => {
        const r = resolvePriceList(catalog, list);
        return {
          id: list.id,
          version: list.version,
          validFrom: list.validFrom,
          priceYear: list.priceYear,
          items: r.items.length,
          example: list.example ?? false,
          basedOn: list.basedOn ? `${list.basedOn.id}@${list.basedOn.version}` : undefined,
          title: list.title,
          fingerprint: r.fingerprint,
        };
      });
    if (format === "json") emit(io, JSON.stringify(rows, null, 2), values.out);
    else
      emit(
        io,
        markdownTable(
          lang === "nl"
            ? ["Lijst", "Geldig vanaf", "Prijspeil", "Regels", "Gebaseerd op", "Titel", "Vingerafdruk"]
            : ["List", "Valid from", "Price year", "Items", "Based on", "Title", "Fingerprint"],
          rows.map((r) => [
            `${r.id}@${r.version}`,
            r.validFrom,
            String(r.priceYear),
            String(r.items),
            r.basedOn ?? "–",
            `${r.title}${r.example ? (lang === "nl" ? " (voorbeeld)" : " (example)") : ""}`,
            r.fingerprint.slice(0, 12),
          ]),
        ),
        values.out,
      );
    return 0;
  }
  if (sub === "show") {
    if (positionals.length !== 1) throw new UsageError((m) => m.pricelistShowArgs);
    const format = oneOf(values.format, ["md", "json", "csv"] as const, "format", "md");
    const list = resolveArg(catalog, positionals[0] as string, priceYear);
    const carried = carriedForwardNote(list);
    if (carried) io.stderr(`rendement pricelist: warning: ${carried}\n`);
    if (format === "json") emit(io, JSON.stringify(list, null, 2), values.out);
    else {
      const head =
        lang === "nl"
          ? ["Code", "Omschrijving", "Eenheid", "Bedrag", "Financier", "Domein", "Bron", "Jaar", "Betrouwbaarheid"]
          : ["Code", "Label", "Unit", "Amount", "Payer", "Domain", "Source", "Year", "Reliability"];
      const rows = list.items.map((i) => [
        i.code,
        i.label[lang],
        i.unit,
        format === "csv" ? i.amount : formatEuro(i.amount, lang),
        i.payer,
        i.domain,
        i.source.publisher ? `${i.source.publisher}: ${i.source.title}` : i.source.title,
        String(i.original?.priceYear ?? list.priceYear),
        i.reliability,
      ]);
      if (format === "csv") emit(io, csvTable(head, rows, { dialect: "nl", numeric: [3] }), values.out);
      else {
        const title = `# ${list.title} (${list.id}@${list.version})\n\n${lang === "nl" ? "Prijspeil" : "Price year"} ${list.priceYear} · ${lang === "nl" ? "geldig vanaf" : "valid from"} ${list.validFrom} · ${lang === "nl" ? "vingerafdruk" : "fingerprint"} \`${list.fingerprint}\`${list.example ? (lang === "nl" ? "\n\n**Voorbeeldlijst**: illustratieve bedragen, geen tarief." : "\n\n**Example list**: illustrative figures, not a tariff.") : ""}\n\n`;
        emit(io, title + markdownTable(head, rows, ["l", "l", "l", "r"]), values.out);
      }
    }
    return 0;
  }
  if (sub === "diff") {
    if (positionals.length !== 2) throw new UsageError((m) => m.pricelistDiffArgs);
    const format = oneOf(values.format, ["md", "json"] as const, "format", "md");
    const a = resolveArg(catalog, positionals[0] as string, priceYear);
    const b = resolveArg(catalog, positionals[1] as string, priceYear);
    const d = diffPriceLists(a, b);
    for (const note of [carriedForwardNote(a), carriedForwardNote(b)])
      if (note) io.stderr(`rendement pricelist: warning: ${note}\n`);
    if (format === "json") emit(io, JSON.stringify(d, null, 2), values.out);
    else {
      const nl = lang === "nl";
      const out = [`# ${nl ? "Verschil" : "Difference"} ${a.id}@${a.version} → ${b.id}@${b.version}`, ""];
      if (a.priceYear !== b.priceYear)
        out.push(
          nl
            ? `Let op: prijspeil ${a.priceYear} tegen ${b.priceYear}; vergelijk met --price-year om indexatie uit te sluiten.`
            : `Note: price year ${a.priceYear} against ${b.priceYear}; compare with --price-year to rule out indexation.`,
          "",
        );
      out.push(`## ${nl ? "Gewijzigd" : "Changed"} (${d.changed.length})`, "");
      out.push(
        markdownTable(
          nl
            ? ["Code", "Van", "Naar", "Verschil", "Relatief", "Velden"]
            : ["Code", "From", "To", "Change", "Relative", "Fields"],
          d.changed.map((c) => [
            c.code,
            formatEuro(c.from.amount, lang),
            formatEuro(c.to.amount, lang),
            formatEuro(c.change, lang),
            c.relativeChange === undefined ? "–" : `${new D(c.relativeChange).times(100).toFixed(2)}%`,
            c.fields.map((f) => f.field).join(", "),
          ]),
          ["l", "r", "r", "r", "r", "l"],
        ),
      );
      out.push("", `## ${nl ? "Toegevoegd" : "Added"} (${d.added.length})`, "");
      out.push(
        markdownTable(
          ["Code", nl ? "Bedrag" : "Amount"],
          d.added.map((i) => [i.code, formatEuro(i.amount, lang)]),
          ["l", "r"],
        ),
      );
      out.push("", `## ${nl ? "Verwijderd" : "Removed"} (${d.removed.length})`, "");
      out.push(
        markdownTable(
          ["Code", nl ? "Bedrag" : "Amount"],
          d.removed.map((i) => [i.code, formatEuro(i.amount, lang)]),
          ["l", "r"],
        ),
      );
      out.push("", `${nl ? "Ongewijzigd" : "Unchanged"}: ${d.unchanged}`);
      emit(io, out.join("\n"), values.out);
    }
    return 0;
  }
  throw new UsageError((m) => m.pricelistSub(sub ?? ""));
}
