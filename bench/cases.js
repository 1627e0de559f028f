// The generated cases of the benchmarks: 10 lines each, every line form, deterministic.
import { mulberry32 } from "../scripts/mulberry32.mjs";

const ITEMS = {
  month: ["wonen.huur-corporatie.maand", "mobiliteit.ns-altijd-vrij.maand"],
  day: ["justitie.detentie.dag", "zorg.ggz.verpleegdag-paaz", "wonen.beschermd-wonen.pgb.dag"],
  hour: ["ondersteuning.begeleiding.meerinzicht-regulier.uur", "veiligheid.politie-inzet.uur"],
  each: ["zorg.seh-bezoek", "financien.schuldhulpverlening.traject", "zorg.ggz.crisiscontact"],
  year: ["inkomen.bijstand.uitvoeringskosten.jaar"],
};

// A deterministic generator, so every run prices the same cases.
export const rng = mulberry32;
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

/** One generated case of 10 lines (5 counterfactual, 5 actual), every line form. */
export function makeCase(r, i) {
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
