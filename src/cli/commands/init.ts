import { existsSync } from "node:fs";
import { join } from "node:path";
import { bundledCatalog, type CaseFile, parseCaseFile } from "../../index.js";
import { canUseExcel } from "../../node/index.js";
import { writeCaseFile } from "../caseFiles.js";
import { DEMO_CASE_FILES } from "../examples.js";
import { type CliIO, UsageError } from "../io.js";
import { messagesFor } from "../messages/index.js";
import { parse } from "../options.js";

/** @internal */
export const initHelp = `rendement init [DIR]

Writes a first case file to start from, in DIR (default: this folder):

  casussen.json, casussen.csv, casussen.xlsx
      the NS-jaarkaart case of Thuis in Zuidoost, the same in each format
      (the CSV ends with an empty row to fill in); rendement compute reads
      any of them as written
  prijslijsten/eigen-lijst/2026.json
      a local price list to adapt: it builds on the bundled
      thuis-in-zuidoost@voorbeeld-2026 list and repeats one of its items,
      amount and source unchanged, for you to replace with your own tariff
      (use it with --lists prijslijsten)

It never overwrites a file: if one of them exists, nothing is written.
A walk-through from here to a wijk report: docs/first-case.md.
`;

/** The bundled list the starter files price with, and the item the local list repeats from it. */
const BASE = { id: "thuis-in-zuidoost", version: "voorbeeld-2026" } as const;
const ITEM = "mobiliteit.ns-jaarkaart.jaar";

function starterCases(): CaseFile {
  const ns = DEMO_CASE_FILES.find((f) => f.file === "examples/ns-jaarkaart.json");
  const file = parseCaseFile(ns?.data, { file: "examples/ns-jaarkaart.json" });
  return {
    description:
      "Startbestand van rendement init: de NS-jaarkaart-casus van Thuis in Zuidoost ('s-Hertogenbosch), met bedragen uit de voorbeeldprijslijst thuis-in-zuidoost@voorbeeld-2026. Vervang hem door uw eigen casussen of vul aan; de velden staan in docs/first-case.md.",
    pricelist: `${BASE.id}@${BASE.version}`,
    cases: file.cases,
  };
}

function starterList(): string {
  const entry = bundledCatalog().lists.find((e) => e.list.id === BASE.id && e.list.version === BASE.version);
  const item = entry?.list.items.find((i) => i.code === ITEM);
  if (!entry || !item) throw new Error(`init: the bundled list ${BASE.id}@${BASE.version} lacks ${ITEM}`);
  const list = {
    id: "eigen-lijst",
    version: "2026",
    title: "Eigen prijslijst (startpunt om aan te passen)",
    publisher: "Vul hier uw organisatie in",
    priceYear: entry.list.priceYear,
    currency: "EUR",
    validFrom: entry.list.validFrom,
    example: true,
    description: `Geschreven door rendement init als startpunt. Alle items van ${BASE.id}@${BASE.version} (en de lijsten waarop die bouwt) gelden ook hier. Het item hieronder is ongewijzigd overgenomen uit ${BASE.id}@${BASE.version}, met zijn bron: vervang bedrag, bron en toelichting door uw eigen tarief, vul title en publisher in, en haal "example": true weg zodra de bedragen echt zijn.`,
    basedOn: { id: BASE.id, version: BASE.version },
    items: [
      {
        ...item,
        note: `Overgenomen uit ${BASE.id}@${BASE.version}; vervang door uw eigen bedrag en bron. Toelichting daar: ${item.note ?? ""}`.trim(),
      },
    ],
  };
  return `${JSON.stringify(list, null, 2)}\n`;
}

/** @internal `rendement init` */
export async function init(args: string[], io: CliIO): Promise<number> {
  const { positionals } = parse(args, {});
  if (positionals.length > 1) throw new UsageError((m) => m.initArgs);
  const dir = positionals[0] ?? ".";
  // Excel is an optional package: without it the starter files are JSON and CSV, and init says so.
  const excel = await canUseExcel();
  const names = ["casussen.json", "casussen.csv", ...(excel ? ["casussen.xlsx"] : [])];
  const paths = [...names, join("prijslijsten", "eigen-lijst", "2026.json")].map((n) => join(dir, n));
  const existing = paths.filter((p) => existsSync(p));
  if (existing.length > 0) throw new UsageError((m) => m.initExists(existing));
  const cases = starterCases();
  const csv = (await writeCaseFile(cases, "csv")).data as string;
  // An emptied row, as a spreadsheet writes it, to fill in (one cell per column of the header); readers skip it.
  const header = csv.slice(0, csv.indexOf("\r\n"));
  const empty = `${";".repeat(header.split(";").length - 1)}\r\n`;
  const data: (string | Uint8Array)[] = [
    (await writeCaseFile(cases, "json")).data,
    `${csv}${empty}`,
    ...(excel ? [(await writeCaseFile(cases, "xlsx")).data] : []),
    starterList(),
  ];
  paths.forEach((p, i) => io.writeFile(p, data[i] as string | Uint8Array));
  const m = messagesFor(io.lang ?? "en");
  const rollupInput = join(dir, excel ? "casussen.xlsx" : "casussen.csv");
  io.stdout(
    m.initWritten(paths, [
      `rendement compute ${join(dir, "casussen.csv")} --format md`,
      `rendement compute ${rollupInput} --group-by wijk --format html --out ${join(dir, "rapport.html")}`,
    ]),
  );
  if (!excel) io.stdout(m.initNoExcel("@e965/xlsx"));
  return 0;
}
