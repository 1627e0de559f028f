import type { IssueParams } from "../../errors/issue.js";
import type { IssueText, IssueTexts } from "../issueTextTypes.js";

// Each text is made from the issue's params; a param it needs and the issue lacks makes the
// whole text fall back to English (see issueText), so a text reads `p.x` only where the English has x.
// Optional parts are asked with `in`, which does not count as a read.

const TYPES: Readonly<Record<string, string>> = {
  string: "tekst",
  number: "getal",
  int: "geheel getal",
  boolean: "ja/nee-waarde (true of false)",
  object: "object",
  array: "lijst",
  null: "null",
  undefined: "niets",
  bigint: "geheel getal",
  record: "object",
};
const typeNl = (t: string | number): string => TYPES[String(t)] ?? String(t);

const MONTHS = [
  "januari",
  "februari",
  "maart",
  "april",
  "mei",
  "juni",
  "juli",
  "augustus",
  "september",
  "oktober",
  "november",
  "december",
];
const spoken = (iso: string): string => {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}`;
};
const DATE = "een datum JJJJ-MM-DD, bijv. 2024-03-01";

/** What each column-shaped list in a file is called, for "duplicate …". */
const WHAT: Readonly<Record<string, string>> = {
  "cases.id": "casus-id",
  "wijken.code": "wijkcode",
  "programmes.name": "programma",
  "claims.id": "claim-id",
  "items.code": "code",
};

/** What overflowed (MoneyOverflowError's `what`), with its verb. */
const OVERFLOWING: Readonly<Record<string, string>> = {
  "a total": "een totaal valt",
  "a difference": "een verschil valt",
  "an amount": "een bedrag valt",
  "a case total": "een casustotaal valt",
  "a yearly total": "een jaartotaal valt",
  "a line cost": "de kosten van een regel vallen",
};

/** The patterns of the schemas' own text fields, said as the English messages say them. */
const PATTERNS: Readonly<Record<string, string>> = {
  "^[a-z0-9][a-z0-9.-]*$": "verwacht een code: kleine letters, cijfers, '.' en '-'",
  "^[A-Za-z0-9][A-Za-z0-9._-]*$": 'verwacht een versielabel zoals "2024" of "2024.1"',
  "^[a-z0-9][a-z0-9.-]*(@[A-Za-z0-9][A-Za-z0-9._-]*)?$": "verwacht een lijst-id of id@versie",
  "^\\d{4}$": 'verwacht een jaar zoals "2024"',
  "^\\d+(\\.\\d+)?$": 'verwacht een decimaal indexniveau zoals "121.43"',
};

const near = (p: IssueParams, sep = "; "): string => ("near" in p ? `${sep}bedoelde u "${p.near}"?` : "");
/** What a projection's continuation could have named: the flows' own names, or that the flows are not split so. */
const flowsBy = (p: IssueParams, what: string): string => String(p.known) || `kasstromen per ${what}`;
const rule = (p: IssueParams): string | number | undefined => ("rule" in p ? p.rule : undefined);
const CASES_AS_JSON_LINES_NL =
  "meer casussen als JSON lines (.jsonl: één casusobject per regel), dat in vaste hoeveelheid geheugen gestroomd wordt";

const t = (message: string, expected?: string): IssueText =>
  expected === undefined ? { message } : { message, expected };

const AMOUNT: Readonly<Record<string, (p: IssueParams) => string>> = {
  amount_not_text: () => 'verwacht een decimale tekst zoals "1234.56"',
  amount_not_decimal: (p) =>
    `"${p.value}" is geen gewoon decimaal getal (geen exponent, NaN of scheidingstekens), bijv. "1234.56"`,
  amount_decimals: (p) => `"${p.value}" heeft meer dan twee decimalen; bedragen zijn euro's en centen`,
  amount_negative: (p) => `"${p.value}" is negatief; bedragen zijn nul of meer`,
  amount_too_large: (p) => `"${p.value}" is te groot; bedragen zijn hoogstens 90071992547409.91 euro`,
};
const amount = (p: IssueParams): string | undefined => AMOUNT[String(rule(p))]?.(p);

const DATES: Readonly<Record<string, (p: IssueParams) => string>> = {
  date_unreal: (p) =>
    `"${p.value}" is geen bestaande kalenderdatum (${
      Number(p.year) < 1
        ? "jaren beginnen bij 0001"
        : Number(p.month) < 1 || Number(p.month) > 12
          ? "maanden lopen van 01 tot 12"
          : `${MONTHS[Number(p.month) - 1]} ${p.year} heeft ${p.days} dagen`
    })`,
  date_form: (p) => `"${p.value}" is geen datum in de vorm JJJJ-MM-DD, bijv. 2024-03-01`,
  date_readings: (p) =>
    `"${p.value}" is geen datum in de vorm JJJJ-MM-DD: schrijf ${String(p.readings)
      .split(" ")
      .map((iso) => `${iso} (${spoken(iso)})`)
      .join(", of ")}`,
};
const date = (p: IssueParams): string | undefined => DATES[String(rule(p))]?.(p);

/** The refinements of the schemas and the checks of the tables (zod's `custom`, said as `invalid_value`). */
const VALUE: Readonly<Record<string, (p: IssueParams) => IssueText>> = {
  one_of: (p) => t(`verwacht een van ${p.values}`),
  not_decimal: (p) => t(`"${p.value}" is geen gewoon decimaal getal (geen exponent, NaN of scheidingstekens)`),
  quantity_negative: (p) => t(`hoeveelheid ${p.value} is negatief; hoeveelheden zijn nul of meer`),
  quantity_digits: (p) => t(`hoeveelheid ${p.value} heeft meer dan 15 significante cijfers`),
  not_probability: (p) => t(`"${p.value}" is geen decimaal getal van 0 tot en met 1`),
  probability_above_one: (p) => t(`kans ${p.value} is groter dan 1`),
  not_concentration: (p) =>
    t(`concentratie ${p.value} is geen decimaal getal boven 0`, 'κ > 0, bijv. "20": hoeveel casussen aan bewijs'),
  reason_missing: () => t("elke onzekere kans heeft een reden nodig", "een reden die niet leeg is"),
  uncertainty_one_alternative: () => t("onzekere kansen vragen twee alternatieven of meer"),
  duplicate: (p) =>
    t(`dubbele ${WHAT[String(p.what)] ?? p.what} "${p.value}" (ook ${p.earlier})`, "elke waarde één keer"),
  period_reversed: () => t("de periode eindigt voordat ze begint (from ligt na through)", "from op of vóór through"),
  item_line_field: (p) =>
    t(
      `"${p.field}" hoort bij een regel met een los bedrag, niet bij een regel met "item"`,
      "regels met item: item met quantity, period of period en rate",
    ),
  quantity_and_period: () => t("geef quantity of period, niet allebei"),
  item_needs_quantity: () =>
    t('een regel met "item" heeft een quantity of een period nodig', "quantity, of period {from, through}"),
  rate_needs_period: () => t('"rate" heeft een period nodig'),
  amount_line_field: (p) => t(`"${p.field}" hoort bij een regel met "item"`),
  needs_per: () =>
    t(
      'een terugkerend los bedrag heeft "per" nodig: het bedrag komt per dag, week, maand of jaar terug over de periode',
      '"per": "day", "week", "month" of "year" naast de period',
    ),
  per_needs_period: (p) =>
    t(`"per" heeft een period nodig: over welke dagen komt het bedrag per ${p.per} terug?`, "period {from, through}"),
  amount_line_needs: (p) =>
    t(`een regel met een los bedrag heeft "${p.field}" nodig`, "amount, description, payer en domain"),
  range_reversed: (p) => t(`de ondergrens ${p.low} van range ligt boven de bovengrens ${p.high}`, "low ≤ high"),
  range_excludes_amount: (p) => t(`range ${p.low}–${p.high} bevat het bedrag ${p.amount} niet`, "low ≤ amount ≤ high"),
  line_form: () =>
    t(
      'een regel heeft "item" (een code van de prijslijst) of "amount" (een los bedrag) nodig',
      "{item, quantity} | {item, period} | {item, period, rate} | {amount, description, payer, domain}",
    ),
  probability_sum: (p) =>
    t(`de kansen tellen op tot ${p.terms} = ${p.sum}, niet precies 1`, "kansen die samen precies 1 zijn"),
  relapse_needs_date: () =>
    t(
      "een terugval heeft de datum nodig vanaf wanneer de kosten zonder interventie weer lopen",
      'relapseDate als JJJJ-MM-DD, bijv. {"status": "relapsed", "relapseDate": "2025-03-01"}',
    ),
  relapse_status: (p) =>
    t(
      `relapseDate hoort bij een follow-upmoment met status "relapsed", niet "${p.status}"`,
      'status "relapsed" met relapseDate, of geen relapseDate',
    ),
  relapse_after_checkpoint: (p) =>
    t(
      `de terugval (${p.relapse}) ligt na het follow-upmoment dat hem meldt (${p.date})`,
      "relapseDate op of vóór de datum van het follow-upmoment",
    ),
  followup_before_start: (p) =>
    t(
      `de follow-up (${p.date}) is gedateerd vóór de start van de casus (${p.start})`,
      "een follow-updatum op of na de start van de casus",
    ),
  relapse_before_start: (p) =>
    t(
      `de terugval (${p.date}) is gedateerd vóór de start van de casus (${p.start})`,
      "een datum van terugval op of na de start van de casus",
    ),
  end_before_start: (p) => t(`de casus eindigt (${p.end}) voordat hij begint (${p.start})`, "end op of na start"),
  intervention_side: () =>
    t("interventieregels horen aan de kant met interventie (actual)", "intervention alleen in actual"),
  instrument_twice: (p) => t(`instrument "${p.instrument}" is in deze casus twee keer gemeten`),
  side: (p) => t(`"${p.value}" is geen kant`, "counterfactual, actual, wellbeing of pm (zonder, met, welbevinden, pm)"),
  score: (p) => t(`"${p.value}" is geen score`, "een getal zoals 7 of 7,5"),
  yes_no: (p) => t(`"${p.value}" is geen ja of nee`, "ja/nee, true/false, 1/0"),
  relative_width: (p) =>
    t(
      `"${p.value}" is geen relatieve breedte: verwacht een fractie boven 0 en onder 1 met hoogstens 4 decimalen`,
      'bijv. "0.25" voor ±25%',
    ),
  range_and_relative: () =>
    t("een post heeft de bandbreedte van de bron of een relatieve bandbreedte, niet allebei", "range of relativeRange"),
  removed_needs_base: () => t('"removed" heeft "basedOn" nodig: alleen overgenomen posten kunnen weg'),
  rough_needs_range: (p) =>
    t(
      `ruwe post ${p.item} heeft geen bandbreedte, en de lijst heeft geen defaultRange`,
      'de bandbreedte van de bron {low, high}, een relativeRange {relative, reason}, of een "defaultRange" van de lijst',
    ),
  removed_and_defined: (p) => t(`"${p.item}" is in dit bestand zowel verwijderd als gedefinieerd`),
  base_year: (p) => t(`het basisjaar ${p.year} heeft geen waarde`),
  scale_order: () => t("scale.min moet onder scale.max liggen"),
  life_satisfaction_scale: () => t("een instrument voor levenstevredenheid loopt van 0 tot 10"),
  duplicate_dimension: (p) => t(`dubbele dimensie "${p.dimension}"`),
  person_years: (p) => t(`"${p.value}" is geen decimaal getal van nul of meer`, 'persoonsjaren, bijv. "1" of "0.5"'),
  aggregate: () =>
    t("het aggregaat klopt niet met zichzelf (bewerkt of afgebroken?)", "een aggregaat zoals rendement het schrijft"),
  wijk_or_programme: () => t("een uitgavenrij noemt een wijk of een programma", '"wijk" of "programme"'),
  second_figure: (p) =>
    t(
      `een tweede bedrag voor ${p.scope === "wijk" ? "wijk" : "programma"} "${p.name}", financier ${p.payer}, ${p.year} (ook ${p.earlier})`,
      "één bedrag per wijk of programma, financier en jaar",
    ),
};

function value(p: IssueParams): IssueText | undefined {
  const r = String(rule(p));
  const a = amount(p);
  if (a !== undefined) return t(a, "what" in p ? "euro's per punt per persoonsjaar" : "een bedrag");
  const d = date(p);
  if (d !== undefined) return t(d, DATE);
  return VALUE[r]?.(p);
}

function sized(p: IssueParams, big: boolean): string {
  const incl = p.inclusive !== 0;
  const unit = p.origin === "string" ? " tekens" : p.origin === "array" || p.origin === "set" ? " elementen" : "";
  if (!big && p.origin === "string" && p.limit === "1" && incl) return "mag niet leeg zijn";
  if (unit !== "") return big ? `te lang: hoogstens ${p.limit}${unit}` : `te kort: minstens ${p.limit}${unit}`;
  if (big) return incl ? `te groot: hoogstens ${p.limit}` : `te groot: kleiner dan ${p.limit}`;
  return incl ? `te klein: minstens ${p.limit}` : `te klein: groter dan ${p.limit}`;
}

const ENCODING: Readonly<Record<string, (p: IssueParams) => string>> = {
  utf32: () => "het bestand is in UTF-32, dat niet gelezen wordt; sla het op als UTF-8",
  zip: () =>
    "het bestand is een zip-archief (een Excel-werkmap?), geen tekst; sla het op als CSV UTF-8, of lees het als .xlsx",
  zero_byte: (p) => `het bestand bevat nulbytes (regel ${p.line}): UTF-16 zonder byte-order mark, of geen tekstbestand`,
  control: (p) => `het bestand bevat een stuurteken (byte 0x${p.byte} op regel ${p.line}): geen tekstbestand`,
  bad_utf8: (p) =>
    `het bestand is gemarkeerd als UTF-8 maar is geen geldige UTF-8 op regel ${p.line} (byte 0x${p.byte})`,
  mixed: (p) =>
    `het bestand mengt UTF-8 met een andere codering: geldige UTF-8 tot regel ${p.line} (byte 0x${p.byte}); sla het opnieuw op als UTF-8`,
  neither: (p) => `het bestand is UTF-8 noch Windows-1252: byte 0x${p.byte} op regel ${p.line}`,
  odd_utf16: () => "het bestand is gemarkeerd als UTF-16 maar heeft een oneven aantal bytes",
  broken_utf16: () => "het bestand is gemarkeerd als UTF-16 maar bevat een kapot teken (een losse surrogaat)",
};

const OPTION: Readonly<Record<string, (p: IssueParams) => IssueText>> = {
  wellby_needed: () =>
    t(
      "er is geen WELLBY-waarde: welbevinden wordt alleen gewaardeerd met een opgegeven waarde per punt",
      "een wellby-waarde in euro's per punt per persoonsjaar, bijv. 15000",
    ),
  meta_text: (p) => t(`${p.key} moet tekst zijn van 1 tot ${p.max} tekens op één regel`),
  audit_date: (p) => t(`${p.value} is geen kalenderdatum`, "JJJJ-MM-DD"),
  max_horizon: (p) => t(`${p.value} is geen geheel aantal maanden van 0 tot en met 1200`, "een geheel aantal maanden"),
  combination: (p) => t(`onbekende combinatie "${p.value}"`, String(p.known)),
  rough_range: (p) =>
    t(
      `${p.value} is geen relatieve halve breedte van 0 tot 1`,
      '"0.3" voor ±30%, "0" om ruwe posten zonder bandbreedte vast te houden',
    ),
};

const UNREADABLE: Readonly<Record<string, (p: IssueParams) => IssueText>> = {
  missing: () => t("bestand niet gevonden"),
  folder: () => t("is een map, geen bestand"),
  not_file: () => t("is geen gewoon bestand (een pipe, apparaat of socket); geef een bestand dat op schijf staat"),
  no_permission: () => t("geen toestemming om het bestand te lezen"),
  loop: () => t("is een symbolische koppeling die naar zichzelf wijst (een lus)"),
  too_large: (p) =>
    t(
      `is ${p.size}, meer dan de ${p.max} die in zijn geheel gelezen worden`,
      p.what === "cases" ? CASES_AS_JSON_LINES_NL : "een kleiner bestand",
    ),
  other: (p) => t(`kan het bestand niet lezen (${p.errno})`),
};

const FOLDER: Readonly<Record<string, (p: IssueParams) => string>> = {
  missing: () => "map niet gevonden",
  not_folder: () => "is geen map",
  loop: () => "is een symbolische koppeling die naar zichzelf wijst (een lus)",
  broken_link: () => "is een kapotte symbolische koppeling (het doel bestaat niet)",
  too_many: (p) =>
    `bevat meer dan ${Number(p.max).toLocaleString("nl-NL")} bestanden en mappen; wijs --lists naar de map met uw prijslijsten`,
  too_deep: (p) => `ligt meer dan ${p.max} mappen diep; niet gelezen`,
  outside: (p) =>
    `is een symbolische koppeling naar ${p.target}, buiten de map; niet gevolgd (kopieer de lijst naar de map)`,
  link_other: (p) => `kan de symbolische koppeling niet volgen (${p.errno})`,
  other: (p) => `kan de map niet lezen (${p.errno})`,
};

/** @internal Every issue the library can report, in Dutch: one text per code, made from the issue's data. */
export const ISSUES_NL: IssueTexts = {
  invalid_type: (p) => {
    if (rule(p) === "missing")
      return t(`verplicht veld ontbreekt (verwacht ${typeNl(p.expected as string)})`, typeNl(p.expected as string));
    if (rule(p) === "cases") return t("verwacht een lijst van casussen");
    return t(
      `verwacht ${typeNl(p.expected as string)}, gekregen ${typeNl(p.received as string)}`,
      typeNl(p.expected as string),
    );
  },
  too_big: (p) => t(sized(p, true)),
  too_small: (p) => t(sized(p, false)),
  invalid_format: (p) => {
    const pattern = "pattern" in p ? String(p.pattern).replace(/^\/|\/[a-z]*$/g, "") : undefined;
    const said = pattern !== undefined ? PATTERNS[pattern] : undefined;
    return t(said ?? `heeft niet de vereiste vorm${pattern !== undefined ? ` (patroon ${pattern})` : ""}`);
  },
  not_multiple_of: (p) => t(`ongeldig getal: moet een veelvoud zijn van ${p.divisor}`),
  invalid_union: () => t("past bij geen van de toegestane vormen"),
  invalid_key: () => t("ongeldige sleutel"),
  invalid_element: () => t("ongeldig element"),
  invalid_value: value,
  unknown_field: (p) => t(`onbekend veld "${p.field}"`),
  unreadable_file: (p) => UNREADABLE[String(rule(p))]?.(p),
  unreadable_folder: (p) => {
    const said = FOLDER[String(rule(p))]?.(p);
    return said === undefined ? undefined : t(said);
  },
  empty_file: (p) => t("het bestand heeft geen kopregel", String(p.columns)),
  invalid_json: (p) =>
    rule(p) === "jsonl_line"
      ? t(`regel ${p.line} is geen geldige JSON`, "één casusobject per regel")
      : t(
          "line" in p ? `geen geldige JSON op regel ${p.line}, kolom ${p.column}` : "geen geldige JSON",
          "een JSON-document",
        ),
  inexact_number: (p) =>
    t(
      `het getal ${p.literal} heeft meer cijfers dan een JSON-getal bewaart: het zou gelezen worden als ${p.read}`,
      `bedragen en hoeveelheden als decimale tekst ("${p.literal}")`,
    ),
  forbidden_key: (p) =>
    rule(p) === "dimension"
      ? t(
          `"${p.key}" is een gereserveerd woord, geen naam van een dimensie`,
          "de naam van een dimensie van het instrument",
        )
      : t(`de sleutel "${p.key}" is niet toegestaan`, "gewone veldnamen"),
  cyclic_data: () =>
    t("de gegevens bevatten hier zichzelf (een kringloop)", "gewone gegevens, zoals JSON.parse ze geeft"),
  too_deep: (p) =>
    t(
      `meer dan ${p.limit} niveaus diep genest (de eerste niveaus staan erbij); geen bestand van dit programma heeft er meer dan ongeveer 20 nodig`,
      `hoogstens ${p.limit} niveaus`,
    ),
  too_many_cases: (p) =>
    t(
      `bevat ${p.count} casussen; een bestand dat in zijn geheel gelezen wordt bevat er hoogstens ${p.limit}`,
      CASES_AS_JSON_LINES_NL,
    ),
  unknown_encoding: (p) => {
    const said = ENCODING[String(rule(p))]?.(p);
    return said === undefined
      ? undefined
      : t(said, 'tekst in UTF-8 (Excel: "CSV UTF-8"), UTF-16 met een byte-order mark, of Windows-1252');
  },
  unclosed_quote: (p) =>
    t(
      `de cel met aanhalingsteken "${p.start} wordt nooit gesloten, zodat elke rij erna in deze cel gelezen zou worden`,
      'een sluitend " aan het eind van de cel (een aanhalingsteken in een cel schrijft u als "")',
    ),
  wrong_column_count: (p) =>
    t(`heeft ${p.count} velden, de kopregel ${p.header}`, `${p.header} velden gescheiden door "${p.separator}"`),
  unknown_column: (p) => t(`onbekende kolom "${p.name}"`, `kolommen uit: ${p.columns}`),
  duplicate_column: (p) => t(`kolom "${p.name}" staat er twee keer`),
  missing_column: (p) =>
    rule(p) === "wijk_table"
      ? t(
          "de kopregel heeft een kolom voor de code en een voor de naam nodig",
          "kolommen code en name (of wijkcode en wijknaam, WK_CODE en WK_NAAM)",
        )
      : t(`de kopregel heeft geen kolom "${p.name}"`, "columns" in p ? `kolommen uit: ${p.columns}` : undefined),
  misplaced_value: (p) => {
    const what: Readonly<Record<string, string>> = {
      "": "een rij zonder kant",
      wellbeing: "een rij voor welbevinden",
      pm: "een pm-rij",
      actual: "een rij met interventie",
      counterfactual: "een rij zonder interventie",
    };
    const row = what[String(p.side)] ?? String(p.side);
    return t(
      `"${p.name}" betekent niets op ${row}`,
      p.side === ""
        ? "een kant (counterfactual, actual of wellbeing) voor een rij met een regel of een score"
        : `alleen de kolommen van ${row}`,
    );
  },
  duplicate_score: (p) =>
    t(
      `${p.instrument} "${p.dimension}" heeft al een score op rij ${p.earlierRow} van dezelfde casus`,
      "één rij per instrument en dimensie",
    ),
  mixed_counterfactual: () =>
    t("de rijen zonder interventie van een casus noemen allemaal een alternatief, of geen enkele"),
  missing_value: (p) => {
    if (rule(p) === "case_id") return t("elke rij heeft de casus-id nodig");
    if (rule(p) === "wellbeing") return t(`een rij voor welbevinden heeft "${p.name}" nodig`);
    if (rule(p) === "wellbeing_score")
      return t(
        'een rij voor welbevinden heeft "before" nodig (of "after" voor een dimensie die alleen na gescoord is)',
      );
    return t("leeg");
  },
  invalid_number: (p) =>
    rule(p) === "amount_decimals"
      ? t(
          `"${p.value}" heeft meer dan twee decimalen: bedragen zijn euro's en centen, bijv. 1234,56`,
          "een bedrag zoals 1234,56 of 3.000,00",
        )
      : t(
          `"${p.value}" is geen getal: schrijf cijfers met een decimale komma, bijv. ${rule(p) === "not_amount" ? "1234,56" : "2,5"}`,
          rule(p) === "not_amount" ? "een bedrag zoals 1234,56 of 3.000,00" : "een getal zoals 2,5",
        ),
  ambiguous_number: (p) =>
    t(
      `"${p.value}" is ${p.whole} met een duizendtallenpunt, of ${p.decimal} gelezen met een decimale punt: schrijf ${p.whole}, of ${p.decimal}`,
      `${p.whole} of ${p.decimal}`,
    ),
  invalid_date: (p) => {
    if (rule(p) === "not_real") return t(`"${p.value}" is geen bestaande datum`, "JJJJ-MM-DD");
    const d = date(p);
    return d === undefined ? undefined : t(d, DATE);
  },
  invalid_workbook: (p) =>
    rule(p) === "unreadable"
      ? t(`kan de werkmap niet lezen (${p.error})`, "een .xlsx-bestand")
      : t("het bestand is geen Excel-werkmap (.xlsx)", "een .xlsx-bestand"),
  unsupported_workbook: () =>
    t("een Excel 97-2003-werkmap (.xls) of een versleutelde werkmap wordt niet gelezen", "sla het op als .xlsx"),
  empty_workbook: () => t("de werkmap heeft geen werkbladen"),
  unknown_sheet: (p) => t(`de werkmap heeft geen werkblad "${p.sheet}"${near(p)}`, `een van: ${p.known}`),
  duplicate: (p) => t(`wijkcode "${p.wijk}" staat ook op rij ${p.earlierRow}`, "één naam per wijkcode"),
  conflicting_value: (p) => {
    if (rule(p) === "wijk_name")
      return t(`wijk "${p.wijk}" heet hier "${p.name}" en in het casusbestand "${p.own}"`, "één naam per wijkcode");
    if (rule(p) === "probability") return t(`alternatief "${p.label}" heeft kans ${p.value} op rij ${p.earlierRow}`);
    return t(
      `"${p.value}" verschilt van "${p.earlier}" op rij ${p.earlierRow} van dezelfde casus`,
      "dezelfde casusvelden op elke rij van een casus",
    );
  },
  invalid_case: () =>
    t(
      "een casus heeft regels met interventie en regels zonder interventie (of alternatieven) nodig",
      "een casus gecontroleerd door parseCaseFile",
    ),
  invalid_line: (p) => {
    if (rule(p) === "recurrence")
      return t(
        `"${p.per}" is geen herhaling van een los bedrag over zijn periode`,
        '"per": "day", "week", "month" of "year" met een period',
      );
    const expected =
      'een gecontroleerde regel: een post met quantity of period, of een bedrag zoals "1234.56" met een payer';
    if (rule(p) === "needs_amount_and_payer")
      return t("een regel met een los bedrag heeft een amount en een payer nodig", expected);
    const a = amount(p);
    return a === undefined ? undefined : t(a, expected);
  },
  invalid_quantity: (p) => {
    const said: Readonly<Record<string, () => IssueText>> = {
      not_quantity: () => t(`"${p.value}" is geen hoeveelheid`, "een decimaal getal van nul of meer, bijv. 2.5"),
      per_needs_period: () => t('"per" heeft een period nodig', "period met from en through"),
      needs_quantity: () =>
        t("een regel met een post heeft een quantity of een period nodig", "quantity, of period met from en through"),
      period_dates: () =>
        t("de data van de periode zijn geen bestaande kalenderdata", "from en through als JJJJ-MM-DD"),
      period_reversed: () => t("de periode eindigt voordat ze begint", "through op of na from"),
    };
    return said[String(rule(p))]?.();
  },
  invalid_probability: (p) => t(`"${p.value}" is geen kans`, "een decimaal getal van 0 tot 1"),
  unknown_item: (p) => {
    if (rule(p) === "flow") return t(`geen kasstroom heeft de post "${p.item}"${near(p)}`, flowsBy(p, "post"));
    if (rule(p) === "scenario")
      return t(
        `geen gebruikte lijst heeft een post "${p.item}"${near(p)}`,
        "een code van de lijst(en) waarmee de casussen geprijsd zijn",
      );
    if (rule(p) === "group")
      return t(
        `correlatiegroep "${p.group}" noemt "${p.item}", dat geen gebruikte lijst heeft${near(p, " ")}`.replace(
          / bedoelde u (.*)\?$/,
          " (bedoelde u $1?)",
        ),
        "een code van de lijst(en) waarmee de casussen geprijsd zijn",
      );
    if (rule(p) === "list_group")
      return t(
        `correlatiegroep "${p.group}" noemt "${p.item}", dat ${p.list} niet heeft${near(p, " ")}`.replace(
          / bedoelde u (.*)\?$/,
          " (bedoelde u $1?)",
        ),
        `een code van ${p.list} (eigen of overgenomen)`,
      );
    const hint = "hint" in p ? `; ${p.hint}` : "";
    return t(`onbekende prijspost "${p.item}"${near(p)}${hint}`, `een code van prijslijst ${p.list}`);
  },
  rate_required: (p) =>
    t(
      `post "${p.item}" is geprijsd per ${p.unit}; een periode heeft een rate nodig zoals {"quantity": 4, "per": "week"}`,
      "rate met een periode voor posten per hour, dagdeel en each",
    ),
  amount_overflow: (p) =>
    t(
      `${("what" in p ? OVERFLOWING[String(p.what)] : undefined) ?? "een bedrag valt"} buiten wat exact te rekenen is (±90 biljoen euro)`,
      "kosten binnen ±90 biljoen euro",
    ),
  invalid_amount: (p) => {
    if (rule(p) === "amount_distribution")
      return t(
        `${p.value} is geen bedrag en geen verdeling van bedragen`,
        '"15000", "10000:15000:20000" (driehoeksverdeling min:modus:max), "pert:10000:15000:20000" of "uniform:10000:20000"',
      );
    const a = amount(p);
    return a === undefined ? undefined : t(a);
  },
  invalid_pricelist_ref: (p) => t(`"${p.value}" is geen lijst-id of id@versie`),
  unknown_pricelist: (p) => {
    if (rule(p) === "version") return t(`prijslijst "${p.id}" heeft geen versie "${p.version}"`, `een van ${p.known}`);
    if (rule(p) === "bundle") return t(`prijslijst ${p.list} zit niet in de bundel`, `een van ${p.known}`);
    return t(`geen prijslijst met id "${p.id}"${near(p)}`, `een van ${p.known}`);
  },
  no_valid_version: (p) =>
    t(
      `geen versie van prijslijst "${p.id}" geldt op ${p.date}`,
      "first" in p ? `een datum op of na ${p.first}` : undefined,
    ),
  pricelist_cycle: (p) =>
    t(`basedOn-kringloop: ${p.chain}`, "een keten van basislijsten die eindigt in een lijst zonder basedOn"),
  unknown_base: (p) => t(`gebaseerd op ${p.base}, dat niet in de catalogus staat`, "een bestaande lijst id@versie"),
  unknown_removed_code: (p) =>
    t(
      `"${p.item}" wordt verwijderd maar ${"base" in p ? p.base : "de basislijst"} heeft zo'n post niet`,
      "een code van de basislijst",
    ),
  unknown_index_series: (p) =>
    t(
      `post ${p.item} volgt indexreeks "${p.series}", die niet in de catalogus staat`,
      "known" in p ? `een van ${p.known}` : "een id van een indexreeks in de catalogus",
    ),
  index_year_missing: (p) =>
    rule(p) === "price_year"
      ? t(
          `kan niet herrekenen naar prijspeil ${p.year}: indexreeks ${p.series} heeft daarvoor geen niveau`,
          `een prijspeil vanaf ${p.first} (niveaus t/m ${p.last}, latere jaren op het laatste niveau)`,
        )
      : t(
          `indexreeks ${p.series} heeft geen niveau voor ${String(p.missing).split(" ").join(" en ")}`,
          `een jaar van ${p.first} t/m ${p.last}`,
        ),
  duplicate_list: (p) =>
    t(
      `prijslijst ${p.list} is twee keer gedefinieerd (ook in ${"other" in p ? p.other : "een andere catalogus"})`,
      "één bestand per id@versie",
    ),
  duplicate_series: (p) => t(`indexreeks ${p.series} is twee keer gedefinieerd`),
  ambiguous_valid_from: (p) =>
    t(`${p.list} en ${p.other} gelden allebei vanaf ${p.date}`, "een andere validFrom per versie"),
  invalid_price_year: (p) => t(`${p.value} is geen prijspeil`),
  unknown_instrument: (p) =>
    rule(p) === "wellby"
      ? t(
          `geen instrument "${p.instrument}"`,
          `een instrument voor levenstevredenheid van 0 tot 10, zoals ${p.default}`,
        )
      : t(`onbekend instrument voor welbevinden "${p.instrument}"`, `een van ${p.known}`),
  duplicate_instrument: (p) => t(`instrument "${p.instrument}" is twee keer gedefinieerd`),
  unknown_dimension: (p) => t(`"${p.dimension}" is geen dimensie van ${p.instrument}`, `een van ${p.known}`),
  score_out_of_scale: (p) =>
    t(
      rule(p) === "step"
        ? `score ${p.score} is geen stap van ${p.step} op de schaal van ${p.instrument}`
        : `score ${p.score} ligt buiten de schaal van ${p.instrument}, ${p.min}–${p.max}`,
      `een score van ${p.min} t/m ${p.max}`,
    ),
  wellbeing_not_valuable: (p) => {
    if (rule(p) === "other_instrument")
      return t(
        `het resultaat is voor "${p.measured}", niet voor "${p.instrument}"`,
        "het instrument waarmee het resultaat gemeten is",
      );
    if (rule(p) === "not_life_satisfaction")
      return t(
        `"${p.instrument}" is geen schaal voor levenstevredenheid van 0 tot 10; alleen die schaal kan in euro's gewaardeerd worden (WELLBY)`,
        "een instrument voor levenstevredenheid zoals levenstevredenheid",
      );
    return t("er is geen score na, dus geen verandering om te waarderen", "een meting voor en een meting na");
  },
  invalid_group_by: (p) => {
    if (rule(p) === "payer")
      return t("een simulatie kan niet per financier groeperen: elke trekking prijst hele casussen", String(p.fields));
    const expected = `een lijst met komma's van ${p.dimensions}`;
    if (rule(p) === "unknown")
      return t(`"${p.value}" is geen dimensie${"near" in p ? `; bedoelde u ${p.near}?` : ""}`, expected);
    if (rule(p) === "twice") return t(`"${p.value}" staat er twee keer`, expected);
    if (rule(p) === "periods") return t("geef hoogstens één van month, quarter en year", expected);
    return undefined;
  },
  invalid_aggregate: (p) => {
    if (rule(p) === "nothing") return t("niets om samen te voegen");
    if (rule(p) === "fraction") return t(`"${p.value}" is geen breuk zoals "7/5"`, "n of n/d");
    return t(
      "geen aggregaat van rendement (format rendement-rollup, versie 3; lees bestanden met parseRollupAggregate)",
    );
  },
  incompatible_aggregates: (p) =>
    t(`aggregaten die anders gegroepeerd zijn, kunnen niet samen: [${p.first}] en [${p.second}]`, "dezelfde groupBy"),
  spending_without_cases: (p) =>
    t(
      `geen casus hoort bij ${p.scope === "wijk" ? "wijk" : "programma"} "${p.name}": de waargenomen uitgaven staan op zichzelf`,
    ),
  spending_years_without_cases: (p) =>
    t(
      `geen casus van ${p.scope === "wijk" ? "wijk" : "programma"} "${p.name}" vermijdt in deze jaren kosten voor ${p.payer}: de waargenomen uitgaven staan op zichzelf`,
    ),
  invalid_option: (p) => {
    const a = amount(p);
    if (a !== undefined) return t(a, 'euro\'s, nul of meer, bijv. "0.00"');
    return OPTION[String(rule(p))]?.(p);
  },
  invalid_rate: (p) => {
    if (rule(p) === "discount")
      return t(
        `${p.value} is geen disconteringsvoet van ${p.low} tot ${p.high}`,
        'een decimaal getal zoals "0.0225" of "-0.01"',
      );
    if (rule(p) === "rate_range")
      return t(`${p.value} is geen percentage van 0 tot ${p.max}`, 'een decimaal getal zoals "0.2"');
    return t(
      `${p.value} is geen percentage en geen verdeling van percentages`,
      '"0.2", "0.1:0.2:0.3" (driehoeksverdeling min:modus:max), "pert:0.1:0.2:0.3" of "uniform:0.1:0.3"',
    );
  },
  invalid_horizon: (p) =>
    t(
      `${rule(p) === "continuation" ? "een voortzetting" : "de horizon"} moet een geheel aantal jaren van 1 tot 100 zijn (gekregen ${p.value})`,
      "bijv. 5",
    ),
  invalid_timing: (p) => t(`${p.value} is geen moment van disconteren`, String(p.known).replace(/ or /g, " of ")),
  invalid_continuation: () =>
    t(
      "een voortzetting noemt een domein of een post",
      '{ "domain": "wonen", "years": 3 } of { "item": "<code>", "years": 3 }',
    ),
  duplicate_continuation: (p) => t(`${p.scope} wordt twee keer voortgezet`),
  no_flows: () => t("er zijn geen gedateerde kasstromen om door te trekken"),
  unknown_domain: (p) =>
    rule(p) === "flow"
      ? t(`geen kasstroom heeft het domein "${p.domain}"${near(p)}`, flowsBy(p, "domein"))
      : t(`geen gebruikte lijst en geen regel heeft het domein "${p.domain}"${near(p)}`, String(p.known)),
  invalid_draws: (p) => t(`het aantal trekkingen moet een geheel getal van minstens 1 zijn (gekregen ${p.value})`),
  invalid_distribution: (p) => t(`onbekende verdeling ${p.value}`, String(p.known)),
  invalid_seed: (p) => t(`${p.value} is geen geldige startwaarde`, "een geheel getal van 0 tot 2^64 - 1"),
  simulation_too_large: (p) =>
    t(
      `${p.draws} trekkingen over ${p.groups} groepen en ${p.payers} financiers in twee perspectieven${Number(p.prices) > 0 ? ` en ${p.prices} getrokken prijzen` : ""} zouden ${p.values} getallen bewaren, meer dan de ${p.max} die een simulatie in het geheugen houdt`,
      "minder trekkingen, een grovere indeling (bijv. wijk in plaats van wijk,month), of één run per deel van de casussen",
    ),
  range_low_above_high: (p) => t(`het minimum ${p.min} ligt boven het maximum ${p.max}`, "min ≤ max"),
  mode_outside_bounds: (p) => t(`de modus ${p.mode} ligt buiten ${p.min} … ${p.max}`, "min ≤ modus ≤ max"),
  additive_above_one: (p) =>
    rule(p) === "rates"
      ? t(
          `opgeteld komen de hoogste waarden van ${p.keys} boven 1: een besparing zou een kostenpost worden`,
          "percentages die samen hoogstens 1 zijn, of de vermenigvuldigende combinatie",
        )
      : t(
          "opgeteld komen nuleffect, verplaatsing en toerekening aan anderen van een regel boven 1: de vermeden kosten zouden negatief worden",
          "percentages die samen hoogstens 1 zijn, of de vermenigvuldigende combinatie",
        ),
  groups_need_inverse_cdf: () =>
    t(
      "correlatiegroepen trekken elke post op het kwantiel van de groep, en daarvoor heeft PERT geen gesloten vorm",
      "--distribution triangular of uniform bij correlatiegroepen",
    ),
  duplicate_group: (p) => t(`een tweede correlatiegroep heet "${p.name}"`, "een eigen naam per groep"),
  fixed_item_in_group: (p) =>
    t(
      `correlatiegroep "${p.group}" noemt "${p.item}", waarvan de prijs niet getrokken wordt (geen casus gebruikt hem, of hij heeft geen bandbreedte)`,
      "een post met een bandbreedte (of een ruwe post) die de casussen gebruiken",
    ),
  item_in_two_groups: (p) =>
    t(`"${p.item}" zit al in correlatiegroep "${p.group}"`, "elke post in hoogstens één groep"),
  unknown_case: (p) => t(`geen casus heeft id "${p.id}"${near(p)}`, "de id van een casus met alternatieven"),
  no_alternatives: (p) =>
    t(
      `casus "${p.id}" heeft geen alternatieven om onzeker over te zijn (zijn situatie zonder interventie staat vast)`,
      "een casus met twee alternatieven of meer",
    ),
};
