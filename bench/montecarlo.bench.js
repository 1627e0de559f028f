// Monte Carlo speed: 10,000 draws over 1,000 generated cases of 10 lines each,
// every item with a range (so every line is drawn), on one core.
import { createCatalog, parseCaseFile, simulate } from "../dist/index.js";

const ITEMS = 40;
const CASES = 1000;
const DRAWS = 10_000;

function list() {
  const items = [];
  for (let k = 0; k < ITEMS; k++) {
    const amount = 50 + ((k * 37) % 400);
    items.push({
      code: `bench.item-${k}`,
      label: { nl: `Item ${k}`, en: `Item ${k}` },
      unit: k % 3 === 0 ? "day" : "each",
      amount: `${amount}.00`,
      payer: k % 2 ? "gemeente" : "zorgverzekeraar",
      domain: "zorg",
      source: { title: "benchmark", year: 2024 },
      reliability: "rough",
      range: { low: `${Math.floor(amount * 0.7)}.00`, high: `${Math.ceil(amount * 1.5)}.00` },
    });
  }
  return {
    id: "bench",
    version: "1",
    title: "Benchmark list",
    publisher: "bench",
    priceYear: 2024,
    currency: "EUR",
    validFrom: "2020-01-01",
    items,
  };
}

function cases() {
  const out = [];
  for (let c = 0; c < CASES; c++) {
    const line = (j) => {
      const k = (c * 7 + j * 13) % ITEMS;
      return k % 3 === 0
        ? { item: `bench.item-${k}`, period: { from: "2024-01-01", through: `2024-0${1 + (j % 9)}-1${j % 10}` } }
        : { item: `bench.item-${k}`, quantity: `${1 + (j % 4)}.5` };
    };
    const counterfactual = [0, 1, 2, 3, 4].map((j) => ({ ...line(j), reason: "bench" }));
    const actual = [5, 6, 7, 8, 9].map((j) => ({ ...line(j), ...(j < 8 ? { intervention: true } : {}) }));
    out.push({
      id: `c${c}`,
      wijk: `WK${String(c % 12).padStart(6, "0")}`,
      programme: c % 2 ? "A" : "B",
      start: "2024-01-01",
      counterfactual,
      actual,
    });
  }
  return parseCaseFile({ cases: out }).cases;
}

export default async function () {
  const catalog = createCatalog({ lists: [{ data: list(), file: "bench/1.json" }] });
  const cs = cases();
  const opts = { catalog, pricelist: "bench@1", seed: 2024, groupBy: ["wijk"] };
  simulate(cs, { ...opts, draws: 200 }); // warm-up
  const t0 = performance.now();
  const r = simulate(cs, { ...opts, draws: DRAWS });
  const seconds = (performance.now() - t0) / 1000;
  const figures = {
    monteCarloDrawsPerSecond: Math.round(DRAWS / seconds),
    monteCarloCases: CASES,
    monteCarloSeconds: Number(seconds.toFixed(3)),
  };
  console.log(
    `Monte Carlo: ${DRAWS} draws × ${CASES} cases (10 lines each, ${r.parameters.length} uncertain prices, ${r.groups.length} groups) in ${figures.monteCarloSeconds} s = ${figures.monteCarloDrawsPerSecond} draws/s; total net P5 ${r.total.netReturn.p5}, P50 ${r.total.netReturn.p50}, P95 ${r.total.netReturn.p95}`,
  );
  return figures;
}
