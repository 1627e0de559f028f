import { evaluateCases } from "../../cases/evaluateCases.js";
import { parseCaseFile } from "../../cases/parseCaseFile.js";
import { addCents, centsToString } from "../../money/cents.js";
import { formatEuro } from "../../money/formatEuro.js";
import { amountToCents } from "../../money/parseDecimal.js";
import { bundledCatalog } from "../../pricelists/bundledCatalog.js";
import { loadInstruments } from "../../wellbeing/instruments.js";
import { DEMO_CASE_FILES } from "../../data/examples.js";
import type { CliIO } from "../io.js";
import { parse } from "../options.js";

/** @internal */
export const demoHelp = `rendement demo

Computes the bundled examples and prints a readable Dutch summary: the
NS-jaarkaart case of Thuis in Zuidoost (example price list) and a handful of
realistic cases priced with the social-domain list.
`;

/** @internal `rendement demo` */
export function demo(args: string[], io: CliIO): number {
  parse(args, {}, false);
  const catalog = bundledCatalog();
  const instruments = loadInstruments();
  const out: string[] = [];
  for (const { data, file } of DEMO_CASE_FILES) {
    const f = parseCaseFile(data, { file });
    const ev = evaluateCases(f.cases, { catalog, instruments, ...(f.pricelist ? { pricelist: f.pricelist } : {}), file });
    out.push(`== ${file} ==`);
    if (f.description) out.push(f.description);
    out.push("");
    for (const c of ev.cases) {
      out.push(`Casus ${c.id} (wijk ${c.wijk}${c.programme ? `, ${c.programme}` : ""}), prijslijst ${c.pricelist.id}@${c.pricelist.version}`);
      out.push(`  zonder interventie  ${formatEuro(c.counterfactualCost).padStart(14)}`);
      out.push(`  met interventie     ${formatEuro(c.actualCost).padStart(14)}   waarvan inzet ${formatEuro(c.interventionCost)}`);
      out.push(`  vermeden kosten     ${formatEuro(c.avoidedCost).padStart(14)}`);
      out.push(`  netto rendement     ${formatEuro(c.netReturn).padStart(14)}${c.ratio ? `   (${c.ratio.replace(".", ",")} euro vermeden per euro inzet)` : ""}`);
      const gains = Object.entries(c.byPayer).map(([p, x]) => `${p} ${formatEuro(x.netReturn)}`);
      out.push(`  per financier: ${gains.join("; ")}`);
      for (const w of c.wellbeing) {
        const d = w.dimensions.filter((x) => x.delta !== undefined).map((x) => `${x.dimension} ${x.before}→${x.after}`);
        if (d.length) out.push(`  welbevinden (${w.instrument}): ${d.join(", ")}`);
      }
      if (c.unexplainedCounterfactualLines > 0) out.push(`  let op: ${c.unexplainedCounterfactualLines} regel(s) zonder onderbouwing`);
      out.push("");
    }
    const net = ev.cases.reduce((s, c) => addCents(s, amountToCents(c.netReturn)), 0);
    out.push(`Totaal netto rendement ${file}: ${formatEuro(centsToString(net))}`);
    for (const l of ev.lists) out.push(`  prijslijst ${l.id}@${l.version} (prijspeil ${l.priceYear}${l.example ? ", voorbeeld" : ""}), vingerafdruk ${l.fingerprint.slice(0, 16)}…`);
    out.push("");
  }
  io.stdout(`${out.join("\n")}\n`);
  return 0;
}
