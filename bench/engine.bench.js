// Case-engine throughput: generated cases of 10 lines each, every line form,
// evaluated exactly (totals per payer, both lenses, cashable split; no trail).
// Cases are generated in blocks so that only evaluation is timed and memory
// stays flat; the figures for the largest run go to bench/results.json.
import { bundledCatalog, createEvaluator, parseCaseFile } from "../dist/index.js";
import { mulberry32 } from "../scripts/mulberry32.mjs";

const ITEMS = {
  month: ["wonen.huur-corporatie.maand", "mobiliteit.ns-altijd-vrij.maand"],
  day: ["justitie.detentie.dag", "zorg.ggz.verpleegdag-paaz", "wonen.beschermd-wonen.pgb.dag"],
  hour: ["ondersteuning.begeleiding.meerinzicht-regulier.uur", "veiligheid.politie-inzet.uur"],
  each: ["zorg.seh-bezoek", "financien.schuldhulpverlening.traject", "zorg.ggz.crisiscontact"],
  year: ["inkomen.bijstand.uitvoeringskosten.jaar"],
};

// A deterministic generator, so every run prices the same cases.
const rng = mulberry32;
const pick = (r, xs) => xs[Math.floor(r() * xs.length)];
const pad = (n) => String(n).padStart(2, "0");
function date(r) {
  const m = 1 + Math.floor(r() * 12);
  return `2024-${pad(m)}-${pad(1 + Math.floor(r() * 28))}`;
}
function period(r) {
  const a = date(r);
  const b = date(r);
  return a <= b ? { from: a, through: b } : { from: b, through: a };
}

function makeCase(r, i) {
  const cf = [
    { item: pick(r, ITEMS.day), period: period(r), reason: "r" },
    { item: pick(r, ITEMS.month), period: period(r), reason: "r" },
    { item: pick(r, ITEMS.each), quantity: 1 + Math.floor(r() * 3), reason: "r" },
    { item: pick(r, ITEMS.hour), quantity: String(Math.floor(r() * 400) / 4) },
    { item: pick(r, ITEMS.year), period: period(r), reason: "r" },
  ];
  const actual = [
    {
      item: pick(r, ITEMS.hour),
      period: period(r),
      rate: { quantity: 1 + Math.floor(r() * 6), per: "week" },
      intervention: true,
    },
    {
      amount: `${Math.floor(r() * 300000) / 100}`,
      description: "werkbudget",
      payer: "gemeente.werkbudget",
      domain: "wonen",
      intervention: true,
    },
    { item: pick(r, ITEMS.each), quantity: 1, intervention: true },
    { item: pick(r, ITEMS.month), period: period(r) },
    { item: pick(r, ITEMS.day), quantity: Math.floor(r() * 5) },
  ];
  return {
    id: `c${i}`,
    wijk: `WK0796${pad(i % 7)}`,
    start: "2024-01-16",
    end: "2024-12-31",
    counterfactual: cf,
    actual,
  };
}

async function run(n, mode, block = 10_000) {
  const catalog = bundledCatalog();
  const ev = createEvaluator({ catalog, pricelist: "sociaal-domein@2024" });
  const r = rng(42);
  let seconds = 0;
  let compileSeconds = 0;
  let peak = 0;
  let check = 0;
  for (let done = 0; done < n; done += block) {
    // Through JSON text, as real case files arrive: flat strings, parsed once.
    const text = JSON.stringify({
      cases: Array.from({ length: Math.min(block, n - done) }, (_, k) => makeCase(r, done + k)),
    });
    const cases = parseCaseFile(JSON.parse(text)).cases;
    // Collect the generator's garbage first, so only evaluation is timed.
    globalThis.gc?.();
    let t0 = process.hrtime.bigint();
    if (mode === "compiled") {
      const compiled = ev.compile(cases);
      compileSeconds += Number(process.hrtime.bigint() - t0) / 1e9;
      t0 = process.hrtime.bigint();
      for (let i = 0; i < compiled.length; i++) check += compiled.totals(i).payers.size;
    } else if (mode === "totals") for (const c of cases) check += ev.totals(c).payers.size;
    else for (const c of cases) check += ev.evaluate(c).netReturn.length;
    seconds += Number(process.hrtime.bigint() - t0) / 1e9;
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  if (check === 0) throw new Error("nothing evaluated");
  return { cases: n, lines: n * 10, seconds, compileSeconds, peakRssBytes: peak };
}

export default async function () {
  const line = (label, n, m, seconds = m.seconds) =>
    console.log(
      `${label.padEnd(26)} ${String(n).padStart(9)} cases: ${seconds.toFixed(3)} s, ${(m.lines / seconds / 1e6).toFixed(2)} M exact line items/s, ${Math.round(m.cases / seconds).toLocaleString("en")} cases/s, peak RSS ${(m.peakRssBytes / 2 ** 20).toFixed(0)} MiB`,
    );
  // Compiled once (Evaluator.compile), then exact totals from flat typed arrays:
  // the path for evaluating the same cases again (scenarios, roll-ups, re-runs).
  let last;
  for (const n of [10_000, 100_000, 1_000_000]) {
    const m = await run(n, "compiled");
    line("compiled: totals", n, m);
    line("compiled: compile step", n, m, m.compileSeconds);
    last = {
      exactLineItemsPerSecond: Math.round(m.lines / m.seconds),
      casesPerSecond: Math.round(m.cases / m.seconds),
      peakRssBytes: m.peakRssBytes,
      cases: m.cases,
      compileLineItemsPerSecond: Math.round(m.lines / m.compileSeconds),
    };
  }
  // Straight from the case objects (Evaluator.totals): compile + evaluate in one go.
  const direct = await run(1_000_000, "totals");
  line("direct: totals", 1_000_000, direct);
  // Full results (Evaluator.evaluate): decimal strings per payer and lens, warnings, wellbeing.
  const full = await run(100_000, "full");
  line("direct: full results", 100_000, full);
  return {
    ...last,
    directLineItemsPerSecond: Math.round(direct.lines / direct.seconds),
    fullResultCasesPerSecond: Math.round(full.cases / full.seconds),
  };
}
