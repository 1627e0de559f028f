import { verifyBundle } from "../../audit/verifyBundle.js";
import { readJsonFile } from "../../node/readJsonFile.js";
import { type CliIO, UsageError } from "../io.js";
import { oneOf, parse } from "../options.js";

/** @internal */
export const verifyHelp = `rendement verify BUNDLE.json [options]

Re-performs a bundle written with --bundle (rendement compute or audit):
checks every embedded price list against its fingerprint, recomputes every
figure from the bundle's own inputs, options and embedded lists, and lists
each difference (path, what the bundle says, what recomputing gives).
Exit code 0 when everything matches, 1 when anything was changed.

  --format text|json        output format (default text)
`;

const show = (v: unknown): string => (typeof v === "string" ? v : JSON.stringify(v));

/** @internal `rendement verify` */
export function verify(args: string[], io: CliIO): number {
  const { values, positionals } = parse(args, { format: { type: "string" } });
  if (positionals.length !== 1) throw new UsageError("verify needs exactly one bundle: rendement verify BUNDLE.json");
  const format = oneOf(values.format, ["text", "json"] as const, "format", "text");
  const file = positionals[0] as string;
  const v = verifyBundle(readJsonFile(file), { file });
  if (format === "json") io.stdout(`${JSON.stringify(v, null, 2)}\n`);
  else {
    const what = `${v.kind} bundle written by rendement ${v.rendement}: ${v.checked.lists} list(s), ${v.checked.cases} case(s)${v.kind === "audit" ? `, ${v.checked.claims} claim(s)` : ""}`;
    if (v.ok) io.stdout(`OK: ${file} re-performed, every figure matches (${what}).\n`);
    else {
      const n = v.differences.length + v.moreDifferences;
      const lines = v.differences.map(
        (d) => `  ${d.path}\n    expected: ${show(d.expected)}\n    found:    ${show(d.found)}`,
      );
      if (v.moreDifferences > 0) lines.push(`  … and ${v.moreDifferences} more`);
      io.stdout(
        `DIFFERENT: ${file} does not re-perform (${what}); ${n} difference${n === 1 ? "" : "s"}:\n${lines.join("\n")}\n`,
      );
    }
  }
  return v.ok ? 0 : 1;
}
