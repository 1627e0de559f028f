import {
  bundledCatalog,
  createRollup,
  evaluateCases,
  formatCents,
  loadInstruments,
  parseCaseFile,
  rollupHtml,
  sumCents,
} from "../../index.js";
import { DEMO_CASE_FILES, DISTRICT_CASE_FILE } from "../examples.js";
import type { CliIO } from "../io.js";
import { oneOf, parse } from "../options.js";

/** @internal `rendement demo` */
export function demo(args: string[], io: CliIO): number {
  // --lang as every command takes it: the messages follow it (main reads it); the summary is Dutch.
  const { values } = parse(
    args,
    { out: { type: "string" }, lang: { type: "string" } },
    { positionals: false, outputs: [] },
  );
  oneOf(values.lang, ["nl", "en"] as const, "lang", "nl");
  const catalog = bundledCatalog();
  const instruments = loadInstruments();
  const out: string[] = [];
  for (const { data, file } of DEMO_CASE_FILES) {
    const f = parseCaseFile(data, { file });
    const ev = evaluateCases(f.cases, {
      catalog,
      instruments,
      ...(f.pricelist ? { pricelist: f.pricelist } : {}),
      file,
    });
    out.push(`== ${file} ==`);
    if (f.description) out.push(f.description);
    out.push("");
    for (const c of ev.cases) {
      out.push(
        `Casus ${c.id} (wijk ${c.wijk}${c.programme ? `, ${c.programme}` : ""}), prijslijst ${c.pricelist.id}@${c.pricelist.version}`,
      );
      out.push(`  zonder interventie  ${formatCents(c.counterfactualCost).padStart(14)}`);
      out.push(
        `  met interventie     ${formatCents(c.actualCost).padStart(14)}   waarvan inzet ${formatCents(c.interventionCost)}`,
      );
      out.push(`  vermeden kosten     ${formatCents(c.avoidedCost).padStart(14)}`);
      out.push(
        `  netto rendement     ${formatCents(c.netReturn).padStart(14)}${c.ratio ? `   (${c.ratio.replace(".", ",")} euro vermeden per euro inzet)` : ""}`,
      );
      const gains = Object.entries(c.byPayer).map(([p, x]) => `${p} ${formatCents(x.netReturn)}`);
      out.push(`  per financier: ${gains.join("; ")}`);
      for (const w of c.wellbeing) {
        const d = w.dimensions
          .filter((x) => x.delta !== undefined)
          .map((x) => `${x.dimension} ${String(x.before).replace(".", ",")}→${String(x.after).replace(".", ",")}`);
        if (d.length) out.push(`  welbevinden (${w.instrument}): ${d.join(", ")}`);
      }
      // Effects that cannot be priced are named, never counted in euros.
      for (const p of c.pm ?? []) out.push(`  PM (niet in euro's): ${p.description}`);
      if (c.unexplainedCounterfactualLines > 0)
        out.push(`  let op: ${c.unexplainedCounterfactualLines} regel(s) zonder onderbouwing`);
      out.push("");
    }
    const net = sumCents(ev.cases.map((c) => c.netReturn));
    out.push(`Totaal netto rendement ${file}: ${formatCents(net)}`);
    for (const l of ev.lists)
      out.push(
        `  prijslijst ${l.id}@${l.version} (prijspeil ${l.priceYear}${l.example ? ", voorbeeld" : ""}), vingerafdruk ${l.fingerprint.slice(0, 16)}…`,
      );
    out.push("");
  }
  out.push(...districtSummary(catalog, instruments, values.out, io));
  io.stdout(`${out.join("\n")}\n`);
  return 0;
}

/** The synthetic district: a Dutch roll-up per wijk, and the HTML report written to disk. */
function districtSummary(
  catalog: ReturnType<typeof bundledCatalog>,
  instruments: ReturnType<typeof loadInstruments>,
  dir: string | undefined,
  io: CliIO,
): string[] {
  const { data, file } = DISTRICT_CASE_FILE;
  const f = parseCaseFile(data, { file });
  const ev = evaluateCases(f.cases, { catalog, instruments, ...(f.pricelist ? { pricelist: f.pricelist } : {}), file });
  const rollup = createRollup(["wijk"]);
  for (const c of ev.cases) rollup.add(c);
  const table = rollup.table();
  const out: string[] = [`== ${file} ==`, "Synthetisch district (verzonnen casussen), rendement per wijk:", ""];
  const names: Record<string, string> = {
    WK079601: "Centrum",
    WK079602: "Noord",
    WK079603: "Oost",
    WK079604: "Zuidoost",
    WK079605: "West",
  };
  out.push(
    `  ${"wijk".padEnd(20)} ${"casussen".padStart(8)} ${"zonder interventie".padStart(18)} ${"met interventie".padStart(16)} ${"netto rendement".padStart(16)}  per euro inzet`,
  );
  for (const r of [...table.rows, table.total]) {
    const w = r === table.total ? "totaal" : `${r.by.wijk ?? ""} ${names[r.by.wijk ?? ""] ?? ""}`.trim();
    out.push(
      `  ${w.padEnd(20)} ${String(r.cases).padStart(8)} ${formatCents(r.counterfactualCost).padStart(18)} ${formatCents(r.actualCost).padStart(16)} ${formatCents(r.netReturn).padStart(16)}  ${(r.ratio ?? "–").replace(".", ",")}`,
    );
  }
  out.push(`  ${table.total.unexplainedCases} casussen hebben regels zonder onderbouwing.`);
  const target = `${dir === undefined ? "" : `${dir.replace(/\/+$/, "")}/`}rendement-demo.html`;
  io.writeFile(
    target,
    rollupHtml(table, {
      lang: "nl",
      synthetic: true,
      title: "Maatschappelijk rendement per wijk (synthetisch district)",
    }),
  );
  out.push("", `HTML-rapport geschreven naar ${target} — open het in een browser.`, "");
  return out;
}
