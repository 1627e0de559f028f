// Hand-made and generated CaseResults for roll-up tests (not a test file itself).
import fc from "fast-check";
import type { CaseResult, Figures } from "../../src/cases/types.js";

const STAMP = { id: "sociaal-domein", version: "2024", priceYear: 2024, fingerprint: "f".repeat(64) };

function fig(c: number, a: number, i: number): Figures {
  return {
    counterfactualCost: c,
    actualCost: a,
    interventionCost: i,
    avoidedCost: c - a + i,
    netReturn: c - a,
  };
}

/** Payer → [c, a, i] in cents (budget); societal = budget unless `soc` says otherwise. */
export function result(o: {
  id: string;
  wijk: string;
  programme?: string;
  start: string;
  payers: Record<string, [number, number, number]>;
  soc?: Record<string, [number, number, number]>;
  unexplained?: number;
  lines?: number;
  wellbeing?: CaseResult["wellbeing"];
  fingerprint?: string;
}): CaseResult {
  const byPayer: Record<string, Figures> = {};
  const socBy: Record<string, Figures> = {};
  let C = 0,
    A = 0,
    I = 0;
  for (const p of Object.keys(o.payers).sort()) {
    const [c, a, i] = o.payers[p] as [number, number, number];
    const [sc, sa, si] = o.soc?.[p] ?? [c, a, i];
    byPayer[p] = fig(c, a, i);
    socBy[p] = fig(sc, sa, si);
    C += c;
    A += a;
    I += i;
  }
  return {
    id: o.id,
    wijk: o.wijk,
    ...(o.programme !== undefined ? { programme: o.programme } : {}),
    start: o.start,
    pricelist: { ...STAMP, ...(o.fingerprint ? { fingerprint: o.fingerprint } : {}) },
    ...fig(C, A, I),
    byPayer,
    societal: { ...fig(C, A, I), byPayer: socBy },
    cashable: { cashable: 0, nonCashable: 0, unspecified: 0 },
    counterfactualLines: o.lines ?? 1,
    unexplainedCounterfactualLines: o.unexplained ?? 0,
    wellbeing: o.wellbeing ?? [],
    warnings: [],
  };
}

const cents = fc.integer({ min: 0, max: 5_000_000_00 });
const score = fc.integer({ min: 1, max: 10 });

/** Arbitrary case results over a few wijken, programmes, quarters, payers and instruments. */
export const caseResultArb: fc.Arbitrary<CaseResult> = fc
  .record({
    id: fc.uuid(),
    wijk: fc.constantFrom("WK079601", "WK079602", "<b>Wijk & co</b>"),
    programme: fc.option(fc.constantFrom("Thuis in de wijk", "Schulden"), { nil: undefined }),
    start: fc.constantFrom("2024-01-31", "2024-04-01", "2024-12-31", "2025-06-15"),
    payers: fc.dictionary(
      fc.constantFrom("gemeente.wmo", "zvw", "woningcorporatie", "rijk.jenv"),
      fc.tuple(cents, cents, cents),
      { minKeys: 0, maxKeys: 3 },
    ),
    transferShare: fc.boolean(),
    unexplained: fc.integer({ min: 0, max: 2 }),
    wb: fc.option(
      fc.record({
        instrument: fc.constantFrom("rapportcijfer", "vuistregels"),
        dims: fc.array(fc.tuple(score, fc.option(score, { nil: undefined })), { minLength: 1, maxLength: 3 }),
      }),
      { nil: undefined },
    ),
    fp: fc.constantFrom("a".repeat(64), "b".repeat(64)),
  })
  .map((x) => {
    // intervention never exceeds actual, as in a real case
    const payers: Record<string, [number, number, number]> = {};
    const soc: Record<string, [number, number, number]> = {};
    for (const [p, [c, a, i]] of Object.entries(x.payers)) {
      payers[p] = [c, a, Math.min(a, i)];
      soc[p] = x.transferShare ? [Math.floor(c / 2), a, Math.min(a, i)] : [c, a, Math.min(a, i)];
    }
    const wellbeing: CaseResult["wellbeing"] = x.wb
      ? [
          {
            instrument: x.wb.instrument,
            dimensions: x.wb.dims.map(([b, a], k) =>
              a === undefined
                ? { dimension: `d${k}`, before: b }
                : { dimension: `d${k}`, before: b, after: a, delta: a - b },
            ),
          },
        ]
      : [];
    return result({
      id: x.id,
      wijk: x.wijk,
      ...(x.programme !== undefined ? { programme: x.programme } : {}),
      start: x.start,
      payers,
      soc,
      unexplained: x.unexplained,
      lines: 2,
      wellbeing,
      fingerprint: x.fp,
    });
  });
