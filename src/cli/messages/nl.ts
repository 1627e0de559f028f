import type { Messages } from "./en.js";

/**
 * De meldingen van de opdrachtregel in het Nederlands; elke sleutel is die
 * van en.ts.
 * @internal
 */
export const nl: Messages = {
  lang: "nl",
  tagline: "rendement — maatschappelijk rendement van sociaal werk in de wijk",
  usage: "Gebruik: rendement <opdracht> [opties]",
  commands: "Opdrachten:",
  commandHelp: "rendement <opdracht> --help toont de opties van een opdracht.",
  exitCodes:
    "Afsluitcodes: 0 gelukt, 1 ongeldige invoer (of een bestand dat niet te lezen of te schrijven is), 2 verkeerd gebruik.\n" +
    "Meldingen volgen --lang, anders LANG (nl_* geeft Nederlands); rapporten zijn Nederlands tenzij --lang en.",
  summary: {
    demo: "reken de meegeleverde voorbeelden door en toon een Nederlandse samenvatting",
    compute: "prijs casussen: zonder interventie tegen met interventie, per casus",
    pricelist: "prijslijsten tonen, inzien en vergelijken",
    audit: "controleer werkbudgetclaims tegen opnieuw berekende casussen",
    verify: "herhaal een bundel die met --bundle is geschreven",
    simulate: "Monte Carlo: percentielen van netto rendement en verhouding, P(netto > 0), tornado",
    whatif: "dezelfde casussen onder andere prijzen, lijsten of SROI-correcties, naast de basis",
    spending: "waargenomen uitgaven per wijk naast de vermeden kosten van de casussen, en het verklaarde deel",
    init: "schrijf een eerste casusbestand (JSON, CSV, Excel) en een eigen prijslijst om aan te passen",
    convert: "zet een casusbestand om naar JSON, JSON lines, CSV of Excel",
  },
  seeHelp: (command) => `zie: rendement ${command ? `${command} ` : ""}--help`,
  didYouMean: (x) => `bedoelde u ${x}?`,
  unknownCommand: (name) => `onbekende opdracht "${name}"`,
  unknownOption: (option) => `onbekende optie ${option}`,
  needsValue: (option) => `${option} heeft een waarde nodig`,
  takesNoValue: (option) => `${option} neemt geen waarde`,
  unexpectedArgument: (arg) => `onverwacht argument "${arg}"`,
  invalidInput: (n) => `ongeldige invoer (${n} ${n === 1 ? "probleem" : "problemen"}):`,
  invalidOptions: (n) => `ongeldige optiewaarde (${n} ${n === 1 ? "probleem" : "problemen"}):`,
  warning: (text) => `let op: ${text}`,
  byYearFormats: "--by-year geeft JSON, md, html of CSV zonder --group-by (één rij per casus × jaar × financier)",
  byYearNeedsCases: "--by-year heeft de casussen zelf nodig: een JSON-, CSV- of Excel-casusbestand",
  xlsxNeedsOut: "--format xlsx schrijft een Excel-werkmap: geef --out BESTAND.xlsx",
  sheetNotExcel: (option, what) =>
    `${option} is voor ${what !== undefined ? `${what} in ` : ""}een Excel-werkmap (.xlsx)`,
  sheetWhat: { claims: "claims", cases: "casussen" },
  convertArgs: "convert heeft een invoer- en een uitvoerbestand nodig: rendement convert IN UIT",
  spendingArgs:
    "spending heeft een uitgavenbestand en --cases nodig: rendement spending UITGAVEN.json --cases CASUSSEN.json",
  noFormat: (file) => `"${file}": de extensie noemt geen formaat (gebruik .json, .jsonl, .csv of .xlsx)`,
  overwritesInput: "de uitvoer zou de invoer overschrijven: noem een ander bestand",
  outputExists: (file) => `${file} bestaat al: noem een ander bestand, of geef --force om het te overschrijven`,
  convertListOnEachCase: (list) =>
    `de prijslijst van het bestand, ${list}, staat nu bij elke casus (dit formaat kent geen lijst voor het hele bestand)`,
  convertLeftOut: (what) => `weggelaten, het formaat kan het niet bevatten: ${what.join(", ")}`,
  leftOutPart: (part, value) =>
    part === "description"
      ? "de beschrijving van het bestand"
      : part === "synthetic"
        ? `de vlag synthetic van het bestand (${value === "true" ? "ja" : "nee"})`
        : part === "programmes"
          ? "de programma's van het bestand (hun PM-effecten)"
          : part === "followUp"
            ? "follow-upmomenten (een veld van JSON-casussen: bewaar ze in een .json- of .jsonl-bestand)"
            : "toelichtingen bij welbevinden",
  note: (text) => `let op: ${text}`,
  writtenCases: (file, n) => `geschreven: ${file} (${n} ${n === 1 ? "casus" : "casussen"})`,
  bundleWritten: (file) => `bundel geschreven: ${file}`,
  maxHorizon: (got) =>
    `--max-horizon-months moet een geheel aantal maanden van 0 tot en met 1200 zijn (gegeven: "${got}")`,
  auditArgs: "audit heeft precies één claimbestand nodig: rendement audit CLAIMS --cases CASUSSEN.json",
  auditNeedsCases: "audit heeft --cases CASUSSEN.json nodig",
  tolerance: (got) => `--tolerance moet een bedrag in euro zijn, zoals 0.00, 0,50 of 5 (gegeven: "${got}")`,
  verifyArgs: "verify heeft precies één bundel nodig: rendement verify BUNDEL.json",
  initArgs: "init neemt hoogstens één map: rendement init [MAP]",
  initExists: (files) =>
    `init overschrijft nooit een bestand, en deze bestaan al: ${files.join(", ")} (kies een andere map)`,
  initWritten: (files, next) =>
    `geschreven:\n${files.map((f) => `  ${f}\n`).join("")}volgende stap:\n${next.map((c) => `  ${c}\n`).join("")}stap voor stap: docs/first-case.md\n`,
  written: (file) => `geschreven: ${file}`,
  cannotWrite: (file, why) => `kan ${file} niet schrijven: ${why}`,
  missingPackage: (pkg) =>
    `Excel vraagt het optionele pakket ${pkg}, dat niet geïnstalleerd is: voer "npm install ${pkg}" uit (JSON, JSON lines en CSV werken zonder)`,
  initNoExcel: (pkg) =>
    `casussen.xlsx niet geschreven: Excel vraagt het optionele pakket ${pkg} ("npm install ${pkg}", daarna init in een nieuwe map)\n`,
  why: {
    ENOSPC: "de schijf is vol",
    EDQUOT: "het schijfquotum is op",
    EACCES: "geen toestemming om daar te schrijven",
    EPERM: "geen toestemming om daar te schrijven",
    EROFS: "het bestandssysteem is alleen-lezen",
    EISDIR: "het is een map",
    ENOTDIR: "een deel van het pad is geen map",
    ENOENT: "de map bestaat niet",
    EEXIST: "een deel van het pad is een bestand, geen map",
    ENAMETOOLONG: "de naam is te lang",
  },
  otherError: (code) => `fout ${code}`,
  emptyName: (option) => `${option} heeft een bestandsnaam nodig, geen lege`,
  outputIsFolder: (option, file) => `${option} ${file} is een map; geef een bestandsnaam`,
  outputIsInput: (option, file) =>
    `${option} ${file} is ook invoer; schrijven zou de invoer vernietigen, kies een ander bestand`,
  sameOutput: (a, b, file) => `${a} en ${b} noemen allebei ${file}; geef elk een eigen bestand`,
  oneOf: (option, allowed, got) => `${option} moet een van ${allowed.join(", ")} zijn (gegeven: "${got}")`,
  year: (option, got) => `${option} moet een jaartal zijn, zoals 2024 (gegeven: "${got}")`,
  listArgument: "ID[@VERSIE]",
  listRef: (option, got) => `${option} moet een lijst-id of id@versie zijn (gegeven: "${got}")`,
  noList: (id) => `geen prijslijst met id "${id}"`,
  noVersion: (id, version, versions) =>
    `prijslijst "${id}" heeft geen versie "${version}" (versies: ${versions.join(", ")})`,
  knownLists: (ids) => `bekende lijsten: ${ids.join(", ")}`,
  groupBy: (option, problems, allowed) => `${option}: ${problems.join("; ")} (gebruik ${allowed.join(", ")})`,
  notADimension: (value) => `"${value}" is geen indeling`,
  needsFile: (command, example) => `${command} heeft precies één casusbestand nodig: ${example}`,
  bundleNotJsonLines: "--bundle heeft een JSON- of CSV-casusbestand nodig, geen JSON lines",
  draws: (got) => `--draws moet een geheel getal van 1 tot en met 999999999 zijn (gegeven: "${got}")`,
  seed: (got) => `--seed moet een geheel getal van 0 tot en met 2^64-1 zijn (gegeven: "${got}")`,
  workers: (got) => `--workers moet auto zijn of een aantal threads van 1 tot en met 999 (gegeven: "${got}")`,
  horizon: (got) => `--horizon moet een geheel aantal jaren van 1 tot en met 999 zijn (gegeven: "${got}")`,
  rateForm: (option, got) => `${option} verwacht R, domain:NAAM=R of item:CODE=R (gegeven: "${got}")`,
  continueForm: (got) => `--continue verwacht domain:NAAM=JAREN of item:CODE=JAREN (gegeven: "${got}")`,
  givenTwice: (option, scope) => `${option} is twee keer gegeven voor ${scope}`,
  needsWellby: (option) =>
    `${option} vraagt --wellby WAARDE (euro per punt levenstevredenheid per persoonsjaar): welbevinden krijgt alleen een waarde als u die kiest`,
  globalRate: "het algemene percentage",
  setForm: (got) => `--set verwacht CODE=BEDRAG, zoals justitie.detentie.dag=250.00 (gegeven: "${got}")`,
  pricelistNoArgs: "pricelist list neemt geen argumenten",
  pricelistShowArgs: "pricelist show heeft één lijst nodig: rendement pricelist show ID[@VERSIE]",
  pricelistDiffArgs: "pricelist diff heeft twee lijsten nodig: rendement pricelist diff ID@A ID@B",
  pricelistSub: (got) => `onbekende pricelist-opdracht "${got}"; gebruik list, show of diff`,
  progressCases: (n) => `berekenen: ${n} casussen`,
  progressClaims: (claims, cases) => `controleren: ${claims} claims tegen ${cases} casussen`,
  progressWhatIf: (n) => `basis en scenario berekenen: ${n} casussen`,
  progressDraws: (pct, done, total) => `simuleren: ${pct}% (${done}/${total} trekkingen)`,
  unusedLists: (dir, lists) =>
    `let op: de prijslijsten van --lists ${dir} (${lists.join(", ")}) hebben geen casus geprijsd; ` +
    "noem er een met --pricelist ID of in het casusbestand om hem te gebruiken",
  listsPriced: (lines) => `gebruikte prijslijsten:\n${lines.map((l) => `  ${l}`).join("\n")}`,
  listPriced: (ref, validFrom, why, cases) =>
    `${ref} (geldig vanaf ${validFrom}; ${why}): ${cases} ${cases === 1 ? "casus" : "casussen"}`,
  chosenBy: {
    option: "gekozen met --pricelist",
    file: "genoemd in het casusbestand",
    date: "de versie die gold op de startdatum van elke casus",
  },
  beforeEdition: (item, start, used, newer, validFrom) =>
    `de casus begint op ${start}, vóór ${newer} (geldig vanaf ${validFrom}), die "${item}" wel heeft; ` +
    `hij is geprijsd met ${used}. Geef --pricelist ${newer} of een latere startdatum om de nieuwere editie te gebruiken`,
};
