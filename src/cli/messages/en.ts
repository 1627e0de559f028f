/**
 * The command line's own messages in English (reports have their own
 * dictionaries in src/report). Every key here has its Dutch twin in nl.ts;
 * the type of this object is the contract.
 * @internal
 */
export const en = {
  /** The language of this dictionary: issues from the library are said in it (src/report/issueText.ts). */
  lang: "en" as "en" | "nl",
  tagline: "rendement — maatschappelijk rendement of neighbourhood social-care work",
  usage: "Usage: rendement <command> [options]",
  commands: "Commands:",
  commandHelp: "rendement <command> --help shows a command's options.",
  exitCodes:
    "Exit codes: 0 success, 1 invalid input (or a file that cannot be read or written), 2 wrong usage.\n" +
    "Messages follow --lang, else LANG (nl_* gives Dutch); reports are Dutch unless --lang en.",
  /** Summaries of the commands in the overview; the English ones are beside each command in main.ts. */
  summary: {} as Record<string, string>,
  seeHelp: (command: string) => `see: rendement ${command ? `${command} ` : ""}--help`,
  didYouMean: (x: string) => `did you mean ${x}?`,
  unknownCommand: (name: string) => `unknown command "${name}"`,
  unknownOption: (option: string) => `unknown option ${option}`,
  needsValue: (option: string) => `${option} needs a value`,
  takesNoValue: (option: string) => `${option} takes no value`,
  unexpectedArgument: (arg: string) => `unexpected argument "${arg}"`,
  invalidInput: (n: number) => `invalid input (${n} problem${n === 1 ? "" : "s"}):`,
  invalidOptions: (n: number) => `wrong option value${n === 1 ? "" : "s"} (${n} problem${n === 1 ? "" : "s"}):`,
  warning: (text: string) => `warning: ${text}`,
  byYearFormats: "--by-year gives JSON, md, html or CSV without --group-by (one row per case × year × payer)",
  byYearNeedsCases: "--by-year needs the cases themselves: a JSON, CSV or Excel case file",
  xlsxNeedsOut: "--format xlsx writes a workbook: give --out FILE.xlsx",
  sheetNotExcel: (option: string, what?: string) =>
    `${option} is for ${what !== undefined ? `${what} in ` : ""}an Excel workbook (.xlsx)`,
  sheetWhat: { claims: "claims", cases: "cases" } as Record<"claims" | "cases", string>,
  convertArgs: "convert needs an input and an output file: rendement convert IN OUT",
  spendingArgs: "spending needs a spending file and --cases: rendement spending SPENDING.json --cases CASES.json",
  noFormat: (file: string) => `"${file}": the extension says no format (use .json, .jsonl, .csv or .xlsx)`,
  overwritesInput: "the output would overwrite the input: name another file",
  outputExists: (file: string) => `${file} exists: name another file, or add --force to overwrite it`,
  convertListOnEachCase: (list: string) =>
    `the file's price list ${list} is written on each case (this format has no file-wide list)`,
  convertLeftOut: (what: readonly string[]) => `left out, the format cannot hold it: ${what.join(", ")}`,
  leftOutPart: (part: "description" | "synthetic" | "narratives" | "programmes" | "followUp", value: string) =>
    part === "description"
      ? "the file's description"
      : part === "synthetic"
        ? `the file's synthetic flag (${value})`
        : part === "programmes"
          ? "the file's programmes (their PM effects)"
          : part === "followUp"
            ? "follow-up checkpoints (a JSON case field: keep them in a .json or .jsonl file)"
            : "wellbeing narratives",
  note: (text: string) => `note: ${text}`,
  writtenCases: (file: string, n: number) => `written: ${file} (${n} case${n === 1 ? "" : "s"})`,
  bundleWritten: (file: string) => `bundle written: ${file}`,
  maxHorizon: (got: string) =>
    `--max-horizon-months must be a whole number of months from 0 through 1200 (got "${got}")`,
  auditArgs: "audit needs exactly one claims file: rendement audit CLAIMS --cases CASES.json",
  auditNeedsCases: "audit needs --cases CASES.json",
  tolerance: (got: string) => `--tolerance must be euros such as 0.00, 0,50 or 5 (got "${got}")`,
  verifyArgs: "verify needs exactly one bundle: rendement verify BUNDLE.json",
  initArgs: "init takes at most one folder: rendement init [DIR]",
  initExists: (files: readonly string[]) =>
    `init never overwrites a file, and these exist: ${files.join(", ")} (choose another folder)`,
  initWritten: (files: readonly string[], next: readonly string[]) =>
    `written:\n${files.map((f) => `  ${f}\n`).join("")}next:\n${next.map((c) => `  ${c}\n`).join("")}walk-through: docs/first-case.md\n`,
  written: (file: string) => `written: ${file}`,
  cannotWrite: (file: string, why: string) => `cannot write ${file}: ${why}`,
  missingPackage: (pkg: string) =>
    `Excel needs the optional package ${pkg}, which is not installed: run "npm install ${pkg}" (JSON, JSON lines and CSV work without it)`,
  initNoExcel: (pkg: string) =>
    `casussen.xlsx not written: Excel needs the optional package ${pkg} ("npm install ${pkg}", then run init in a new folder)\n`,
  why: {
    ENOSPC: "the disk is full",
    EDQUOT: "the disk quota is used up",
    EACCES: "no permission to write there",
    EPERM: "no permission to write there",
    EROFS: "the file system is read-only",
    EISDIR: "it is a folder",
    ENOTDIR: "a part of the path is not a folder",
    ENOENT: "the folder does not exist",
    EEXIST: "a part of the path is a file, not a folder",
    ENAMETOOLONG: "the name is too long",
  } as Record<string, string>,
  otherError: (code: string) => `error ${code}`,
  emptyName: (option: string) => `${option} needs a file name, not an empty one`,
  outputIsFolder: (option: string, file: string) => `${option} ${file} is a folder; give a file name`,
  outputIsInput: (option: string, file: string) =>
    `${option} ${file} is also an input; writing it would destroy the input, choose another file`,
  sameOutput: (a: string, b: string, file: string) => `${a} and ${b} both name ${file}; give each its own file`,
  oneOf: (option: string, allowed: readonly string[], got: string) =>
    `${option} must be one of ${allowed.join(", ")} (got "${got}")`,
  year: (option: string, got: string) => `${option} must be a year such as 2024 (got "${got}")`,
  /** How a command's list argument is named in its usage line. */
  listArgument: "ID[@VERSION]",
  listRef: (option: string, got: string) => `${option} must be a list id or id@version (got "${got}")`,
  noList: (id: string) => `no price list with id "${id}"`,
  noVersion: (id: string, version: string, versions: readonly string[]) =>
    `price list "${id}" has no version "${version}" (versions: ${versions.join(", ")})`,
  knownLists: (ids: readonly string[]) => `known lists: ${ids.join(", ")}`,
  groupBy: (option: string, problems: readonly string[], allowed: readonly string[]) =>
    `${option}: ${problems.join("; ")} (use ${allowed.join(", ")})`,
  notADimension: (value: string) => `"${value}" is not a dimension`,
  needsFile: (command: string, example: string) => `${command} needs exactly one case file: ${example}`,
  bundleNotJsonLines: "--bundle needs a JSON or CSV case file, not JSON lines",
  draws: (got: string) => `--draws must be a whole number from 1 to 999999999 (got "${got}")`,
  seed: (got: string) => `--seed must be an integer from 0 to 2^64-1 (got "${got}")`,
  workers: (got: string) => `--workers must be auto or a whole number of threads from 1 to 999 (got "${got}")`,
  horizon: (got: string) => `--horizon must be a whole number of years from 1 to 999 (got "${got}")`,
  rateForm: (option: string, got: string) => `${option} expects R, domain:NAME=R or item:CODE=R (got "${got}")`,
  continueForm: (got: string) => `--continue expects domain:NAME=YEARS or item:CODE=YEARS (got "${got}")`,
  givenTwice: (option: string, scope: string) => `${option} is given twice for ${scope}`,
  needsWellby: (option: string) =>
    `${option} needs --wellby VALUE (euros per point of life satisfaction per person-year): wellbeing is valued only by explicit choice`,
  globalRate: "the global rate",
  setForm: (got: string) => `--set expects CODE=AMOUNT such as justitie.detentie.dag=250.00 (got "${got}")`,
  pricelistNoArgs: "pricelist list takes no arguments",
  pricelistShowArgs: "pricelist show needs one list: rendement pricelist show ID[@VERSION]",
  pricelistDiffArgs: "pricelist diff needs two lists: rendement pricelist diff ID@A ID@B",
  pricelistSub: (got: string) => `unknown pricelist command "${got}"; use list, show or diff`,
  progressCases: (n: string) => `computing: ${n} cases`,
  progressClaims: (claims: string, cases: string) => `auditing: ${claims} claims against ${cases} cases`,
  progressWhatIf: (n: string) => `computing base and scenario: ${n} cases`,
  progressDraws: (pct: number, done: string, total: string) => `simulating: ${pct}% (${done}/${total} draws)`,
  unusedLists: (dir: string, lists: readonly string[]) =>
    `note: the price lists of --lists ${dir} (${lists.join(", ")}) priced no case; ` +
    "name one with --pricelist ID or in the case file to use it",
  listsPriced: (lines: readonly string[]) => `price lists used:\n${lines.map((l) => `  ${l}`).join("\n")}`,
  listPriced: (ref: string, validFrom: string, why: string, cases: number) =>
    `${ref} (valid from ${validFrom}; ${why}): ${cases} case${cases === 1 ? "" : "s"}`,
  chosenBy: {
    option: "named by --pricelist",
    file: "named in the case file",
    date: "the version valid on each case's start date",
  } as Record<string, string>,
  beforeEdition: (item: string, start: string, used: string, newer: string, validFrom: string) =>
    `the case starts on ${start}, before ${newer} (valid from ${validFrom}), which has "${item}"; ` +
    `it was priced with ${used}. Give --pricelist ${newer} or a later start date to use the newer edition`,
};

/** @internal The shape of a message dictionary. */
export type Messages = typeof en;
