import {
  carriedForwardWarning,
  diffPriceLists,
  latestVersion,
  type PriceListCatalog,
  parsePriceListRef,
  priceListCsv,
  priceListDiffMarkdown,
  priceListMarkdown,
  priceListsMarkdown,
  type ResolvedPriceList,
  resolvePriceList,
  warningText,
} from "../../index.js";
import { type CliIO, UsageError } from "../io.js";
import { messagesFor } from "../messages/index.js";
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

function resolveArg(catalog: PriceListCatalog, arg: string, priceYear: number | undefined): ResolvedPriceList {
  const ref = parsePriceListRef(arg);
  if (!ref) throw new UsageError((m) => m.listRef(m.listArgument, arg));
  checkPricelistOption(catalog, arg, (m) => m.listArgument);
  return resolvePriceList(
    catalog,
    { id: ref.id, version: ref.version ?? latestVersion(catalog, ref.id).version },
    priceYear !== undefined ? { priceYear } : {},
  );
}

/** On stderr, in the language of messages: lists whose amounts are carried at their index's newest level. */
function warnCarried(io: CliIO, lists: readonly ResolvedPriceList[]): void {
  const lang = io.lang ?? "en";
  for (const list of lists) {
    const w = carriedForwardWarning(list);
    if (w) io.stderr(`rendement pricelist: ${messagesFor(lang).warning(warningText(w, lang))}\n`);
  }
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
    else emit(io, priceListsMarkdown(rows, lang), values.out);
    return 0;
  }
  if (sub === "show") {
    if (positionals.length !== 1) throw new UsageError((m) => m.pricelistShowArgs);
    const format = oneOf(values.format, ["md", "json", "csv"] as const, "format", "md");
    const list = resolveArg(catalog, positionals[0] as string, priceYear);
    warnCarried(io, [list]);
    if (format === "json") emit(io, JSON.stringify(list, null, 2), values.out);
    else if (format === "csv") emit(io, priceListCsv(list, lang, "nl"), values.out);
    else emit(io, priceListMarkdown(list, lang), values.out);
    return 0;
  }
  if (sub === "diff") {
    if (positionals.length !== 2) throw new UsageError((m) => m.pricelistDiffArgs);
    const format = oneOf(values.format, ["md", "json"] as const, "format", "md");
    const a = resolveArg(catalog, positionals[0] as string, priceYear);
    const b = resolveArg(catalog, positionals[1] as string, priceYear);
    const d = diffPriceLists(a, b);
    warnCarried(io, [a, b]);
    if (format === "json") emit(io, JSON.stringify(d, null, 2), values.out);
    else emit(io, priceListDiffMarkdown(d, lang), values.out);
    return 0;
  }
  throw new UsageError((m) => m.pricelistSub(sub ?? ""));
}
