import { mergeCatalogs, verifyBundle, verifyText } from "../../index.js";
import { loadCatalogDir, readJsonFile } from "../../node/index.js";
import { type CliIO, UsageError } from "../io.js";
import { oneOf, parse } from "../options.js";

/** @internal */
export const verifyHelp = `rendement verify BUNDLE.json [options]

Re-performs a bundle written with --bundle (rendement compute or audit):
checks every embedded price list against its fingerprint, recomputes every
figure from the bundle's own inputs, options and embedded lists, and lists
each difference (path, what the bundle says, what recomputing gives). Then
compares every embedded list with the trusted list of the same id and
version (the lists bundled with rendement, and those in --lists DIR): it IS
that list, DIFFERS from it (each differing item shown), or is UNKNOWN (a
local list: compare its fingerprint with the one the municipality published).
Exit code 0 when the bundle re-performs, 1 when anything was changed, and
with --strict also 1 when a list differs from a trusted list.

  --lists DIR               also trust the price lists in DIR (repeatable)
  --strict                  fail (exit 1) when a list differs from a trusted list
  --format text|json        output format (default text)
  --lang nl|en              language of the text (default nl)
`;

/** @internal `rendement verify` */
export function verify(args: string[], io: CliIO): number {
  const { values, positionals } = parse(args, {
    format: { type: "string" },
    lists: { type: "string", multiple: true },
    strict: { type: "boolean" },
    lang: { type: "string" },
  });
  if (positionals.length !== 1) throw new UsageError((m) => m.verifyArgs);
  const format = oneOf(values.format, ["text", "json"] as const, "format", "text");
  const lang = oneOf(values.lang, ["nl", "en"] as const, "lang", "nl");
  const file = positionals[0] as string;
  const dirs = values.lists ?? [];
  const trusted = dirs.length === 0 ? undefined : mergeCatalogs(...dirs.map(loadCatalogDir));
  const v = verifyBundle(readJsonFile(file), { file, trusted, strict: values.strict === true });
  io.stdout(format === "json" ? `${JSON.stringify(v, null, 2)}\n` : verifyText(v, file, lang));
  return v.ok ? 0 : 1;
}
