// Small hand-made lists and cases for the scenario tests.

import { parseCaseFile } from "../../src/cases/parseCaseFile.js";
import type { Case, CaseInput } from "../../src/cases/schema.js";
import { BUNDLED_INDEX_FILES, BUNDLED_LIST_FILES } from "../../src/data/bundled.js";
import { createCatalog, type PriceListCatalog } from "../../src/pricelists/catalog.js";

export interface TestItem {
  code: string;
  amount: string;
  unit?: string;
  domain?: string;
  payer?: string;
  range?: { low: string; high: string };
  reliability?: "solid" | "rough";
}

export function item(t: TestItem) {
  return {
    code: t.code,
    label: { nl: t.code, en: t.code },
    unit: t.unit ?? "each",
    amount: t.amount,
    payer: t.payer ?? "gemeente",
    domain: t.domain ?? "zorg",
    source: { title: "test", year: 2024 },
    reliability: t.reliability ?? "rough",
    ...(t.range ? { range: t.range } : {}),
  };
}

export function testCatalog(
  items: TestItem[],
  versions: { version: string; validFrom: string; items?: TestItem[] }[] = [],
): PriceListCatalog {
  const head = { id: "test", title: "Test list", publisher: "tests", priceYear: 2024, currency: "EUR" };
  return createCatalog({
    lists: [
      { data: { ...head, version: "1", validFrom: "2020-01-01", items: items.map(item) }, file: "test/1.json" },
      ...versions.map((v) => ({
        data: { ...head, version: v.version, validFrom: v.validFrom, items: (v.items ?? items).map(item) },
        file: `test/${v.version}.json`,
      })),
    ],
  });
}

export function cases(input: CaseInput[]): Case[] {
  return parseCaseFile({ cases: input }).cases;
}

export function simpleCase(
  id: string,
  cf: CaseInput["counterfactual"],
  actual: CaseInput["actual"],
  extra: Partial<CaseInput> = {},
): CaseInput {
  return { id, wijk: "W1", start: "2024-03-01", counterfactual: cf, actual, ...extra };
}

/** The bundled lists with every range collapsed to its amount: a simulation over them draws nothing. */
export function zeroWidthCatalog() {
  const collapse = (data: unknown) => {
    const d = data as { items: { amount: string; range?: unknown; relativeRange?: unknown }[] };
    const items = d.items.map(({ relativeRange: _r, ...i }) => ({ ...i, range: { low: i.amount, high: i.amount } }));
    return { ...d, items };
  };
  return createCatalog({
    lists: BUNDLED_LIST_FILES.map((f) => ({ ...f, data: collapse(f.data) })),
    indexSeries: BUNDLED_INDEX_FILES,
  });
}

/** The ranks of `v` (0 for the least): Spearman's correlation is Pearson's of ranks. */
export const ranks = (v: readonly number[]): number[] => {
  const order = v.map((x, i) => [x, i] as const).sort((a, b) => a[0] - b[0]);
  const r = new Array<number>(v.length);
  order.forEach(([, i], k) => {
    r[i] = k;
  });
  return r;
};

/** Pearson's correlation of two equally long series. */
export const pearson = (a: readonly number[], b: readonly number[]): number => {
  const n = a.length;
  const ma = a.reduce((s, x) => s + x, 0) / n;
  const mb = b.reduce((s, x) => s + x, 0) / n;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < n; i++) {
    const da = (a[i] as number) - ma;
    const db = (b[i] as number) - mb;
    sab += da * db;
    saa += da * da;
    sbb += db * db;
  }
  return sab / Math.sqrt(saa * sbb);
};
