// The same computation for every runtime the core promises to run in: Node,
// Deno and a browser. It uses only the public, platform-neutral entry and
// returns its results as text, so the runtimes can be compared byte for byte.
import {
  bundledCatalog,
  caseResultToJson,
  evaluateCases,
  loadInstruments,
  parseCaseFile,
  resolvePriceList,
} from "../../dist/index.js";
import ns from "../../examples/ns-jaarkaart.json" with { type: "json" };
import wijk from "../../examples/wijk-voorbeelden.json" with { type: "json" };

export function probe() {
  const catalog = bundledCatalog();
  const instruments = loadInstruments();
  const out = [];
  for (const data of [ns, wijk]) {
    const f = parseCaseFile(data);
    const r = evaluateCases(f.cases, { catalog, pricelist: f.pricelist, instruments, trail: true });
    // As a file would hold it: the results serialised, amounts as text.
    out.push({ ...r, cases: r.cases.map(caseResultToJson) });
  }
  out.push(
    resolvePriceList(catalog, { id: "zin-referentieprijzen", version: "2024" }, { priceYear: 2025 }).fingerprint,
  );
  return JSON.stringify(out);
}
