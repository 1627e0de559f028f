import {
  type AuditReportOptions,
  type AuditResult,
  auditCsv,
  auditHtml,
  auditMarkdown,
  auditResultToJson,
  type ClaimsFile,
  createAuditBundle,
  InputError,
  parseClaimsCsv,
  parseClaimsFile,
  audit as runAudit,
} from "../../index.js";
import {
  auditWorkbook,
  type CasesRead,
  readCases,
  readClaimsXlsx,
  readJsonFile,
  readTextFile,
} from "../../node/index.js";
import { type CliIO, UsageError } from "../io.js";
import { messagesFor } from "../messages/index.js";
import { catalogFrom, checkPricelistOption, emit, oneOf, parse, withWijkFile, yearOption } from "../options.js";
import { count, createProgress } from "../progress.js";
import { RENDEMENT_VERSION } from "../version.js";

/** @internal */
export const auditHelp = `rendement audit CLAIMS --cases CASES.json [options]

Checks the savings claimed for werkbudget spending: recomputes each claim's
case with the price list valid on the spending date and classifies every
claim as confirmed, overclaimed, underclaimed or unverifiable, with findings.
CLAIMS is a JSON claims file ({"claims": [...]}), or a CSV file or Excel
workbook (.xlsx) with the columns id;caseId;date;amount;purpose;claimedSavings;pricelist.

  --cases FILE              the case file, JSON, CSV or Excel (required)
  --sheet NAME              Excel claims: the sheet to read (default: the first)
  --cases-sheet NAME        Excel cases: the sheet to read (default: the first)
  --lists DIR               also use the price lists in DIR (repeatable)
  --pricelist ID            list id where neither claim nor case names one
  --price-year YEAR         restate all prices in this price year (CBS CPI)
  --format json|md|html|csv|xlsx
                            output format (default json); xlsx an Excel workbook
                            of the claims table (needs --out)
  --tolerance EUROS         difference still confirmed, e.g. 0.50 or 0,50 (default 0.00: to the cent)
  --max-horizon-months N    counterfactual horizon after the spending (default 12)
  --wijken FILE             wijk names by code (CSV or Excel with code;name or
                            WK_CODE;WK_NAAM, or JSON {"wijken": [...]}): the report
                            names the wijk of each claim's case, "name (code)"
  --lang nl|en              report language (default nl)
  --out FILE                write to FILE instead of standard output
  --bundle FILE             also write a re-performable audit bundle (see rendement verify)
  --auditor NAME            who performs the audit (in the report and the bundle)
  --audit-date YYYY-MM-DD   the date of the audit (in the report and the bundle)
  --scope TEXT              what the audit covers (in the report and the bundle)
`;

/** @internal Reads a claims file: CSV or Excel by extension, JSON otherwise. */
export async function readClaims(file: string, sheet?: string): Promise<ClaimsFile> {
  if (/\.xlsx$/i.test(file)) return readClaimsXlsx(file, { sheet });
  if (/\.csv$/i.test(file)) {
    const text = readTextFile(file);
    return parseClaimsCsv(text, { file });
  }
  return parseClaimsFile(readJsonFile(file), { file });
}

/** @internal */
export function renderAudit(
  result: AuditResult,
  format: "json" | "md" | "html" | "csv",
  lang: "nl" | "en",
  options: AuditReportOptions = {},
): string {
  if (format === "md") return auditMarkdown(result, lang, options);
  if (format === "html") return auditHtml(result, lang, options);
  if (format === "csv") return auditCsv(result, { dialect: lang === "nl" ? "nl" : "intl", lang, ...options });
  return JSON.stringify(auditResultToJson(result), null, 2);
}

function horizon(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d{1,4}$/.test(v) || Number(v) > 1200) throw new UsageError((m) => m.maxHorizon(v));
  return Number(v);
}

/** The audit's metadata options; their values are checked with the other settings (exit 1 with the option named). */
function metadata(values: {
  auditor?: string | undefined;
  "audit-date"?: string | undefined;
  scope?: string | undefined;
}) {
  return {
    ...(values.auditor !== undefined ? { auditor: values.auditor } : {}),
    ...(values["audit-date"] !== undefined ? { auditDate: values["audit-date"] } : {}),
    ...(values.scope !== undefined ? { scope: values.scope } : {}),
  };
}

/** @internal `rendement audit` */
export async function audit(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse(args, {
    cases: { type: "string" },
    sheet: { type: "string" },
    "cases-sheet": { type: "string" },
    lists: { type: "string", multiple: true },
    pricelist: { type: "string" },
    "price-year": { type: "string" },
    format: { type: "string" },
    tolerance: { type: "string" },
    "max-horizon-months": { type: "string" },
    lang: { type: "string" },
    out: { type: "string" },
    bundle: { type: "string" },
    auditor: { type: "string" },
    "audit-date": { type: "string" },
    scope: { type: "string" },
    wijken: { type: "string" },
  });
  if (positionals.length !== 1) throw new UsageError((m) => m.auditArgs);
  if (values.cases === undefined) throw new UsageError((m) => m.auditNeedsCases);
  // A Dutch auditor writes 0,50.
  const tolerance = values.tolerance?.replace(/^(\d+),(\d{1,2})$/, "$1.$2");
  if (tolerance !== undefined && !/^\d+(\.\d{1,2})?$/.test(tolerance))
    throw new UsageError((m) => m.tolerance(values.tolerance ?? ""));
  const format = oneOf(values.format, ["json", "md", "html", "csv", "xlsx"] as const, "format", "json");
  const lang = oneOf(values.lang, ["nl", "en"] as const, "lang", "nl");
  if (format === "xlsx" && values.out === undefined) throw new UsageError((m) => m.xlsxNeedsOut);
  const priceYear = yearOption(values["price-year"], "price-year");
  const maxHorizonMonths = horizon(values["max-horizon-months"]);
  const claimsFile = positionals[0] as string;
  const casesFile = values.cases;
  if (values.sheet !== undefined && !/\.xlsx$/i.test(claimsFile))
    throw new UsageError((m) => m.sheetNotExcel("--sheet", m.sheetWhat.claims));
  if (values["cases-sheet"] !== undefined && !/\.xlsx$/i.test(casesFile))
    throw new UsageError((m) => m.sheetNotExcel("--cases-sheet", m.sheetWhat.cases));
  const catalog = catalogFrom(values.lists);
  checkPricelistOption(catalog, values.pricelist);
  // Read both files before reporting, so problems in either are named together.
  const problems: InputError[] = [];
  let claims: ClaimsFile | undefined;
  let read: CasesRead | undefined;
  try {
    claims = await readClaims(claimsFile, values.sheet);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    problems.push(e);
  }
  try {
    read = await readCases(casesFile, { sheet: values["cases-sheet"] });
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    problems.push(e);
  }
  if (problems.length > 0) throw new InputError(problems.flatMap((p) => p.issues));
  const settings = {
    ...(values.pricelist !== undefined ? { pricelist: values.pricelist } : {}),
    ...(priceYear !== undefined ? { priceYear } : {}),
    ...(tolerance !== undefined ? { tolerance } : {}),
    ...(maxHorizonMonths !== undefined ? { maxHorizonMonths } : {}),
    ...metadata(values),
  };
  // The cases validated (a bundle validates its own copy again): the audit's input and the wijk of each
  // claim's case, named where --wijken or the file's own wijken know it.
  const cases = (read as CasesRead).file;
  const caseFile = await withWijkFile(cases, values.wijken);
  const shown: AuditReportOptions =
    caseFile.wijkNames === undefined
      ? {}
      : { caseWijken: new Map(caseFile.cases.map((c) => [c.id, c.wijk])), wijkNames: caseFile.wijkNames };
  // A sign of life on a terminal for a long audit (never in a pipe or a file), as compute gives.
  const progress = createProgress(io);
  const nCases = cases.cases.length;
  progress.update((m) => m.progressClaims(count((claims as ClaimsFile).claims.length, m), count(nCases, m)), true);
  let result: AuditResult;
  let bundle: ReturnType<typeof createAuditBundle>["bundle"] | undefined;
  try {
    if (values.bundle === undefined)
      // No bundle asked for: the same audit without fingerprinting everything it would hold.
      result = runAudit(claims as ClaimsFile, caseFile, { catalog, ...settings });
    else {
      ({ bundle, result } = createAuditBundle({
        cases,
        claims: claims as ClaimsFile,
        catalog,
        ...settings,
        version: RENDEMENT_VERSION,
        file: casesFile,
      }));
    }
  } finally {
    progress.done();
  }
  if (bundle !== undefined && values.bundle !== undefined) {
    io.writeFile(values.bundle, `${JSON.stringify(bundle, null, 2)}\n`);
    io.stderr(`${messagesFor(io.lang ?? "en").bundleWritten(values.bundle)}\n`);
  }
  emit(
    io,
    format === "xlsx" ? await auditWorkbook(result, lang, shown) : renderAudit(result, format, lang, shown),
    values.out,
  );
  return 0;
}
