// Generates examples/district/cases.json: a SYNTHETIC but plausible district
// of a few hundred cases, built only from items of the bundled sociaal-domein
// list. Deterministic: a seeded PRNG (mulberry32), never Math.random, so the
// committed file is reproducible with `node scripts/generate-district.mjs`.
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { mulberry32 } from "./mulberry32.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const SEED = 796;
const N = 320;

const rnd = mulberry32(SEED);
const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
const chance = (p) => rnd() < p;

// Calendar arithmetic on day numbers (UTC, no time zone involved).
const DAY = 86400000;
const toDay = (iso) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY;
const toIso = (d) => new Date(d * DAY).toISOString().slice(0, 10);
const addDays = (iso, n) => toIso(toDay(iso) + n);

const WIJKEN = [
  { code: "WK079601", name: "Centrum", weight: 2 },
  { code: "WK079602", name: "Noord", weight: 4 },
  { code: "WK079603", name: "Oost", weight: 3 },
  { code: "WK079604", name: "Zuidoost", weight: 5 },
  { code: "WK079605", name: "West", weight: 3 },
];
const weighted = WIJKEN.flatMap((w) => Array(w.weight).fill(w.code));

// Without a reason on roughly 1 in 25 counterfactual lines: the realistic few.
const reason = (text) => (chance(0.04) ? {} : { reason: text });

const ARCHETYPES = [
  {
    name: "huurachterstand",
    programme: "Thuis in de wijk",
    weight: 5,
    build(start) {
      const deur = addDays(start, int(30, 70));
      const cf = {
        alternatives: [
          {
            probability: "0.6",
            label: "uitzetting",
            lines: [
              {
                item: "wonen.huisuitzetting.directe-kosten",
                quantity: 1,
                ...reason("Vonnis tot ontruiming was gewezen; zonder betaling volgde uitzetting."),
              },
              ...(chance(0.5)
                ? [
                    {
                      item: "ondersteuning.respijtzorg.dag",
                      period: { from: deur, through: addDays(deur, int(7, 20)) },
                      ...reason("Opvang van de kinderen in de weken na de uitzetting."),
                    },
                  ]
                : []),
            ],
          },
          {
            probability: "0.4",
            label: "regeling zonder hulp",
            lines: [
              {
                item: "financien.schuldhulpverlening.traject",
                quantity: 1,
                ...reason("Later alsnog een volledig schuldhulptraject, zoals bij vergelijkbare huishoudens."),
              },
            ],
          },
        ],
      };
      const actual = [
        {
          amount: `${int(4, 30) * 100}.00`,
          description: "Huurachterstand betaald uit werkbudget",
          payer: "gemeente.werkbudget",
          domain: "wonen",
          cashable: true,
          date: addDays(start, int(1, 10)),
          intervention: true,
        },
        {
          item: "ondersteuning.begeleiding.meerinzicht-regulier.uur",
          period: { from: start, through: addDays(start, int(42, 120)) },
          rate: { quantity: int(1, 3), per: "week" },
          intervention: true,
        },
      ];
      return { cf, actual, instrument: "vuistregels" };
    },
  },
  {
    name: "ggz-crisis",
    programme: "GGZ in de wijk",
    weight: 4,
    build(start) {
      const opname = addDays(start, int(5, 30));
      const cf = [
        {
          item: "zorg.ggz.verpleegdag-paaz",
          period: { from: opname, through: addDays(opname, int(6, 20)) },
          ...reason("Eerdere crises leidden tot een opname van ongeveer twee weken."),
        },
        {
          item: "zorg.ggz.crisiscontact",
          quantity: int(1, 3),
          ...reason("Crisisdienst bij escalatie, zoals in het jaar ervoor."),
        },
        ...(chance(0.6)
          ? [
              {
                item: "veiligheid.politie-inzet.uur",
                quantity: int(2, 10),
                ...reason("Meldingen van buren bij verward gedrag."),
              },
            ]
          : []),
      ];
      const actual = [
        {
          item: "ondersteuning.begeleiding.meerinzicht-specialistisch.uur",
          period: { from: start, through: addDays(start, int(56, 112)) },
          rate: { quantity: int(2, 4), per: "week" },
          intervention: true,
        },
        { item: "zorg.ggz.basis-contact", quantity: int(2, 8) },
      ];
      return { cf, actual, instrument: "rapportcijfer" };
    },
  },
  {
    name: "overlast",
    programme: "Veilig in de wijk",
    weight: 3,
    build(start) {
      const cf = [
        {
          item: pick([
            "justitie.delict.vernieling",
            "justitie.delict.openbare-ordeverstoring",
            "justitie.delict.bedreiging",
          ]),
          quantity: 1,
          ...reason("Escalerende burenruzie; aangifte was aangekondigd."),
        },
        {
          item: "veiligheid.politie-inzet.uur",
          quantity: int(4, 16),
          ...reason("Politie kwam het afgelopen half jaar meerdere keren."),
        },
        ...(chance(0.3)
          ? [
              {
                item: "justitie.detentie.dag",
                quantity: int(5, 30),
                ...reason("Eerdere veroordeling; korte vrijheidsstraf lag in de lijn."),
              },
            ]
          : []),
      ];
      const actual = [
        {
          item: "ondersteuning.begeleiding.westerveld-plus.uur",
          period: { from: start, through: addDays(start, int(42, 90)) },
          rate: { quantity: 2, per: "week" },
          intervention: true,
        },
        {
          item: "daginvulling.dagbesteding.midden.dagdeel",
          period: { from: addDays(start, 14), through: addDays(start, int(60, 150)) },
          rate: { quantity: int(2, 4), per: "week" },
          intervention: chance(0.5),
        },
      ];
      return { cf, actual, instrument: "vuistregels" };
    },
  },
  {
    name: "eenzaamheid",
    programme: "Thuis in de wijk",
    weight: 4,
    build(start) {
      const cf = [
        {
          item: "zorg.huisarts-consult",
          quantity: int(4, 12),
          ...reason("Frequente spreekuurbezoeken met vage klachten."),
        },
        ...(chance(0.5)
          ? [{ item: "zorg.seh-bezoek", quantity: int(1, 2), ...reason("Valpartijen thuis zonder toezicht.") }]
          : []),
        ...(chance(0.4)
          ? [
              {
                item: "zorg.verpleegdag-ziekenhuis",
                quantity: int(2, 8),
                ...reason("Opname na een val, zoals vorig jaar."),
              },
            ]
          : []),
      ];
      const actual = [
        {
          item: "ondersteuning.huishoudelijke-hulp.uur",
          period: { from: start, through: addDays(start, int(60, 180)) },
          rate: { quantity: int(2, 3), per: "week" },
        },
        { item: "ondersteuning.maatschappelijk-werk-contact", quantity: int(2, 6), intervention: true },
      ];
      return { cf, actual, instrument: "rapportcijfer" };
    },
  },
  {
    name: "mantelzorg",
    programme: "Thuis in de wijk",
    weight: 2,
    build(start) {
      const cf = [
        {
          item: "ondersteuning.respijtzorg.dag",
          quantity: int(5, 20),
          ...reason("Mantelzorger dreigde uit te vallen; logeeropvang was aangevraagd."),
        },
        {
          item: "werk.productiviteitsverlies.uur",
          quantity: int(20, 80),
          ...reason("Ziekteverzuim van de werkende mantelzorger."),
        },
      ];
      const actual = [
        {
          item: "ondersteuning.begeleiding-thuis.uur",
          period: { from: start, through: addDays(start, int(30, 90)) },
          rate: { quantity: 3, per: "week" },
          intervention: true,
        },
        {
          item: "ondersteuning.mantelzorg.uur",
          period: { from: start, through: addDays(start, 90) },
          rate: { quantity: int(4, 10), per: "week" },
        },
      ];
      return { cf, actual, instrument: "vuistregels" };
    },
  },
  {
    name: "bijstand",
    programme: "Werk en inkomen",
    weight: 3,
    from2025: true,
    build(start) {
      const months = int(3, 9);
      const cf = [
        {
          item: "inkomen.bijstand.alleenstaande.maand",
          period: { from: start, through: addDays(start, months * 30) },
          ...reason("Zonder traject bleef de uitkering naar verwachting lopen."),
        },
        {
          item: "inkomen.bijstand.uitvoeringskosten.jaar",
          period: { from: start, through: addDays(start, months * 30) },
          ...reason("Uitvoeringskosten zolang de uitkering loopt."),
        },
      ];
      const actual = [
        {
          amount: `${int(3, 15) * 100}.00`,
          description: "Cursus en reiskosten uit werkbudget",
          payer: "gemeente.werkbudget",
          domain: "daginvulling",
          cashable: true,
          date: addDays(start, int(3, 20)),
          intervention: true,
        },
        {
          item: "ondersteuning.begeleiding.westerveld-basis.uur",
          period: { from: start, through: addDays(start, int(42, 84)) },
          rate: { quantity: 2, per: "week" },
          intervention: true,
        },
      ];
      return { cf, actual, instrument: chance(0.5) ? "levenstevredenheid" : "vuistregels" };
    },
  },
  {
    name: "dakloosheid",
    programme: "Thuis in de wijk",
    weight: 2,
    from2025: true,
    build(start) {
      const cf = [
        {
          item: "wonen.maatschappelijke-opvang.jaar",
          period: { from: addDays(start, 14), through: addDays(start, int(120, 300)) },
          ...reason("Zonder borg en eerste huur was de enige uitweg de nachtopvang."),
        },
      ];
      const actual = [
        {
          amount: `${int(8, 20) * 100}.00`,
          description: "Borg en eerste huur uit werkbudget",
          payer: "gemeente.werkbudget",
          domain: "wonen",
          cashable: true,
          date: addDays(start, int(2, 14)),
          intervention: true,
        },
        {
          item: "ondersteuning.begeleiding.meerinzicht-regulier.uur",
          period: { from: start, through: addDays(start, int(60, 120)) },
          rate: { quantity: 2, per: "week" },
          intervention: true,
        },
        { item: "wonen.huur-corporatie.maand", period: { from: addDays(start, 14), through: addDays(start, 180) } },
      ];
      return { cf, actual, instrument: "vuistregels" };
    },
  },
];
const weightedArchetypes = ARCHETYPES.flatMap((a) => Array(a.weight).fill(a));

const DIMS = {
  vuistregels: ["wonen", "financien", "daginvulling", "ondersteuning", "leefomgeving"],
  rapportcijfer: ["cijfer"],
  levenstevredenheid: ["tevredenheid"],
};
const SCALE = { vuistregels: [1, 10], rapportcijfer: [1, 10], levenstevredenheid: [0, 10] };
const clamp = (x, [lo, hi]) => Math.max(lo, Math.min(hi, x));

function wellbeing(instrument, start, end) {
  const before = {};
  const after = {};
  for (const d of DIMS[instrument]) {
    const b = clamp(int(2, 6), SCALE[instrument]);
    before[d] = b;
    after[d] = clamp(b + pick([-1, 0, 0, 1, 1, 2, 2, 3]), SCALE[instrument]);
  }
  const w = { instrument, before: { date: start, scores: before } };
  if (chance(0.85)) w.after = { date: end, scores: after };
  return w;
}

const cases = [];
const first = toDay("2024-02-01");
const last = toDay("2025-10-31");
for (let i = 1; i <= N; i++) {
  const arch = pick(weightedArchetypes);
  let start = toIso(int(first, last));
  if (arch.from2025 && start < "2025-01-01") start = toIso(int(toDay("2025-01-01"), last));
  const { cf, actual, instrument } = arch.build(start);
  const end = addDays(start, 182);
  const c = {
    id: `D-${String(i).padStart(4, "0")}`,
    wijk: pick(weighted),
    programme: arch.programme,
    start,
    end,
    counterfactual: cf,
    actual,
  };
  if (chance(0.45)) c.wellbeing = [wellbeing(instrument, start, end)];
  cases.push(c);
}

const out = {
  $schema: "../../schemas/cases.schema.json",
  description:
    "SYNTHETISCH district (verzonnen casussen, geen echte personen), gegenereerd door scripts/generate-district.mjs (seed 796). Wijken: WK079601 Centrum, WK079602 Noord, WK079603 Oost, WK079604 Zuidoost, WK079605 West (codes naar CBS-patroon, indeling illustratief). Alle regels komen uit de gebundelde prijslijst sociaal-domein.",
  synthetic: true,
  pricelist: "sociaal-domein",
  cases,
};
writeFileSync(join(here, "..", "examples", "district", "cases.json"), `${JSON.stringify(out, null, 1)}\n`);
console.log(`examples/district/cases.json: ${cases.length} cases`);
