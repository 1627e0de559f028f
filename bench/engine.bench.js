// Case-engine throughput: generated cases of 10 lines each, every line form,
// evaluated exactly (totals per payer, both lenses, cashable split; no trail).
// Cases are generated in blocks so that only evaluation is timed and memory
// stays flat; the figures for the largest run go to bench/results.json.
import { bundledCatalog, createEvaluator, createRollup, parseCaseFile } from "../dist/index.js";
import { makeCase, rng } from "./cases.js";

/**
 * The floor under any evaluation from parsed case objects: each line's fields that pricing reads (item,
 * quantity, period, rate, amount, payer, flags) and one lookup of its item code, nothing priced. Case lines
 * come in many shapes, so every read is a megamorphic property load on a freshly parsed object.
 */
function readFields(cases, codes) {
  let check = 0;
  const side = (lines) => {
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i];
      const item = l.item;
      if (item !== undefined && codes.get(item) !== undefined) check++;
      const p = l.period;
      if (p !== undefined) check += p.from.length + p.through.length;
      if (l.quantity !== undefined) check++;
      if (l.rate !== undefined) check += l.rate.per.length;
      if (l.amount !== undefined) check += l.amount.length + l.payer.length;
      if (l.intervention === true) check++;
      if (l.reason !== undefined) check++;
    }
  };
  for (const c of cases) {
    check += c.wijk.length;
    side(c.actual);
    side(c.counterfactual);
  }
  return check;
}

async function run(n, mode, block = 10_000) {
  const catalog = bundledCatalog();
  const ev = createEvaluator({ catalog, pricelist: "sociaal-domein@2024" });
  const r = rng(42);
  let seconds = 0;
  let compileSeconds = 0;
  let peak = 0;
  let check = 0;
  const rollup = createRollup(["wijk"]);
  const codes = new Map(catalog.lists.flatMap((e) => e.list.items.map((item) => [item.code, item])));
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
      // The allocation-free kernel: totals written into one reused buffer.
      const buf = compiled.createTotalsBuffer();
      for (let i = 0; i < compiled.length; i++) {
        compiled.totalsInto(i, buf);
        check += buf.touchedCount;
      }
    } else if (mode === "read") check += readFields(cases, codes);
    else if (mode === "totals") for (const c of cases) check += ev.totals(c).payers.size;
    else if (mode === "rollup") {
      // What a municipal tool calls: evaluation plus roll-up by wijk, from parsed case objects.
      for (const c of cases) rollup.addCase(c, ev);
      check += rollup.groups;
    } else for (const c of cases) check += ev.evaluate(c).netReturn.length;
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
  // Evaluation plus roll-up by wijk (Rollup.addCase): the engine's cents folded directly.
  const rolled = await run(1_000_000, "rollup");
  line("evaluate + roll-up by wijk", 1_000_000, rolled);
  // The floor: only reading what pricing reads from the same parsed objects.
  const read = await run(1_000_000, "read");
  line("floor: read the fields", 1_000_000, read);
  // Full results (Evaluator.evaluate): decimal strings per payer and lens, warnings, wellbeing.
  const full = await run(100_000, "full");
  line("direct: full results", 100_000, full);
  return {
    ...last,
    directLineItemsPerSecond: Math.round(direct.lines / direct.seconds),
    evaluateRollupLineItemsPerSecond: Math.round(rolled.lines / rolled.seconds),
    readFieldsLineItemsPerSecond: Math.round(read.lines / read.seconds),
    fullResultCasesPerSecond: Math.round(full.cases / full.seconds),
  };
}
