// Streaming roll-up: CaseResults generated on the fly (never held in memory),
// folded by foldAsync into a roll-up per wijk × programme × quarter, at 100k
// and 1M cases. Memory should stay flat: the aggregate holds integer cents per
// group and a count per distinct wellbeing delta, nothing per case.
import { finalizeRollup } from "../dist/rollup/finalizeRollup.js";
import { foldAsync } from "../dist/rollup/foldAsync.js";
import { mulberry32 } from "../scripts/mulberry32.mjs";

const WIJKEN = ["WK079601", "WK079602", "WK079603", "WK079604", "WK079605", "WK079606"];
const PROGRAMMES = ["Thuis in de wijk", "GGZ in de wijk", "Werk en inkomen"];
const PAYERS = ["gemeente.wmo", "zvw", "woningcorporatie", "rijk.jenv"];
const STAMP = { id: "sociaal-domein", version: "2024", priceYear: 2024, fingerprint: "0".repeat(64) };

function fig(c, a, i) {
  return {
    counterfactualCost: c,
    actualCost: a,
    interventionCost: i,
    avoidedCost: c - a + i,
    netReturn: c - a,
  };
}

let peak = 0;
const sample = () => {
  const r = process.memoryUsage().rss;
  if (r > peak) peak = r;
};

async function* generate(n, seed) {
  const rnd = mulberry32(seed);
  const int = (hi) => Math.floor(rnd() * hi);
  for (let k = 0; k < n; k++) {
    if ((k & 4095) === 0) sample();
    const byPayer = {};
    const np = 1 + int(3);
    for (let j = 0; j < np; j++) {
      const c = int(2_000_000),
        a = int(500_000),
        i = int(a + 1);
      byPayer[PAYERS[(k + j) % PAYERS.length]] = fig(c, a, i);
    }
    const month = 1 + int(12);
    const wb =
      int(3) === 0
        ? [
            {
              instrument: "rapportcijfer",
              dimensions: [{ dimension: "cijfer", before: 3 + int(4), after: 4 + int(5), delta: 0 }],
            },
          ]
        : [];
    for (const w of wb) for (const d of w.dimensions) d.delta = d.after - d.before;
    yield {
      id: `b${k}`,
      wijk: WIJKEN[int(WIJKEN.length)],
      programme: PROGRAMMES[int(PROGRAMMES.length)],
      start: `${2024 + int(2)}-${String(month).padStart(2, "0")}-15`,
      pricelist: STAMP,
      ...fig(0, 0, 0),
      byPayer,
      societal: { ...fig(0, 0, 0), byPayer },
      cashable: { cashable: 0, nonCashable: 0, unspecified: 0 },
      counterfactualLines: 2,
      unexplainedCounterfactualLines: int(20) === 0 ? 1 : 0,
      wellbeing: wb,
      warnings: [],
    };
  }
}

async function run(n) {
  globalThis.gc?.();
  peak = 0;
  sample();
  const t0 = performance.now();
  const agg = await foldAsync(generate(n, 796), { groupBy: ["wijk", "programme", "quarter"] });
  const ms = performance.now() - t0;
  sample();
  const table = finalizeRollup(agg);
  return { n, ms, perSecond: Math.round((n / ms) * 1000), peak, groups: table.rows.length, total: table.total.cases };
}

export default async function () {
  const small = await run(100_000);
  const large = await run(1_000_000);
  for (const r of [small, large])
    console.log(
      `rollup: ${r.n.toLocaleString("en")} cases in ${(r.ms / 1000).toFixed(2)} s = ${r.perSecond.toLocaleString("en")} cases/s, ${r.groups} groups, peak RSS ${(r.peak / 2 ** 20).toFixed(0)} MiB`,
    );
  if (large.total !== 1_000_000) throw new Error("roll-up lost cases");
  return {
    rollupCasesPerSecond: large.perSecond,
    rollupPeakRssBytes: large.peak,
    rollupPeakRssBytes100k: small.peak,
    rollupCases: large.n,
  };
}
