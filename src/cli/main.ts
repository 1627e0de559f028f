/**
 * The `rendement` command line: dispatch, usage and error handling. Exit
 * codes: 0 success, 1 invalid input or a file that cannot be read or
 * written (the message names the file and the path inside it), 2 wrong
 * usage (an unknown command or option, a wrong option value).
 * @internal
 */
import { formatIssuesIn, isInputError, issueText, type MoneyOverflowError, overflowIssue, suggest } from "../index.js";
import { audit, auditHelp } from "./commands/audit.js";
import { compute, computeHelp } from "./commands/compute.js";
import { convert, convertHelp } from "./commands/convert.js";
import { demoHelp } from "./commands/demoHelp.js";
import { init, initHelp } from "./commands/init.js";
import { pricelist, pricelistHelp } from "./commands/pricelist.js";
import { simulate, simulateHelp } from "./commands/simulate.js";
import { spending, spendingHelp } from "./commands/spending.js";
import { verify, verifyHelp } from "./commands/verify.js";
import { whatif, whatifHelp } from "./commands/whatif.js";
import { type CliIO, OutputError, processIO, UsageError } from "./io.js";
import { helpNl } from "./messages/helpNl.js";
import { type Lang, type Messages, messageLang, messagesFor } from "./messages/index.js";
import { nl } from "./messages/nl.js";
import { RENDEMENT_VERSION } from "./version.js";

/** @internal A command: runs with its arguments and returns the exit code. */
export interface Command {
  readonly run: (args: string[], io: CliIO) => number | Promise<number>;
  /** The help in English; the Dutch one is in messages/helpNl.ts. */
  readonly help: string;
  /** One line in English for the overview; the Dutch one is in messages/nl.ts. */
  readonly summary: string;
}

/** @internal Every command; new commands register here (and their Dutch summary and help in messages/). */
export const COMMANDS: Record<string, Command> = {
  demo: {
    run: async (args, io) => (await import("./commands/demo.js")).demo(args, io),
    help: demoHelp,
    summary: "compute the bundled examples and print a Dutch summary",
  },
  compute: { run: compute, help: computeHelp, summary: "price cases: counterfactual against actual, per case" },
  pricelist: { run: pricelist, help: pricelistHelp, summary: "list, show and diff price lists" },
  audit: { run: audit, help: auditHelp, summary: "audit werkbudget claims against recomputed cases" },
  verify: { run: verify, help: verifyHelp, summary: "re-perform a bundle written with --bundle" },
  simulate: {
    run: simulate,
    help: simulateHelp,
    summary: "Monte Carlo: percentiles of net return and ratio, P(net > 0), tornado",
  },
  whatif: {
    run: whatif,
    help: whatifHelp,
    summary: "the same cases under other prices, lists or SROI adjustments, beside the base",
  },
  spending: {
    run: spending,
    help: spendingHelp,
    summary: "observed spending per wijk beside the cases' avoided cost, and the share explained",
  },
  init: {
    run: init,
    help: initHelp,
    summary: "write a first case file (JSON, CSV, Excel) and a local price list to adapt",
  },
  convert: { run: convert, help: convertHelp, summary: "turn a case file into JSON, JSON lines, CSV or Excel" },
};

/** @internal A command's `--help` in a language (English where no Dutch text exists yet). */
export function helpOf(name: string, lang: Lang): string {
  const cmd = COMMANDS[name] as Command;
  return lang === "nl" && Object.hasOwn(helpNl, name) ? (helpNl[name] as string) : cmd.help;
}

function usage(m: Messages, lang: Lang): string {
  const names = Object.keys(COMMANDS);
  const w = Math.max(...names.map((n) => n.length));
  return `${m.tagline}

${m.usage}

${m.commands}
${names.map((n) => `  ${n.padEnd(w)}  ${(lang === "nl" ? nl.summary[n] : undefined) ?? (COMMANDS[n] as Command).summary}`).join("\n")}

${m.commandHelp}
${m.exitCodes}
`;
}

/** @internal Runs the command line; returns the exit code (never throws for a user's mistake). */
export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  const lang = messageLang(argv, io.env ?? {});
  const m = messagesFor(lang);
  const [name, ...args] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    (name === undefined ? io.stderr : io.stdout)(usage(m, lang));
    return name === undefined ? 2 : 0;
  }
  if (name === "--version" || name === "-v") {
    io.stdout(`${RENDEMENT_VERSION}\n`);
    return 0;
  }
  if (!Object.hasOwn(COMMANDS, name)) {
    const near = suggest(name, Object.keys(COMMANDS));
    io.stderr(`rendement: ${m.unknownCommand(name)}${near ? `; ${m.didYouMean(near)}` : ""}\n${m.seeHelp("")}\n`);
    return 2;
  }
  const cmd = COMMANDS[name] as Command;
  const dash = args.indexOf("--");
  const own = dash === -1 ? args : args.slice(0, dash);
  if (own.includes("--help") || own.includes("-h")) {
    io.stdout(helpOf(name, lang));
    return 0;
  }
  try {
    return await cmd.run(args, { ...io, lang });
  } catch (e) {
    return reportError(e, name, io, m);
  }
}

/** A user's mistake, in one short message; anything else is a bug and is rethrown. */
function reportError(e: unknown, name: string, io: CliIO, m: Messages): number {
  if (e instanceof UsageError) {
    // One line, then where the help is: the whole help would scroll the line that matters away.
    io.stderr(`rendement ${name}: ${e.localized(m)}\n${m.seeHelp(name)}\n`);
    return 2;
  }
  if (e instanceof OutputError) {
    io.stderr(`rendement ${name}: ${m.cannotWrite(e.file, m.why[e.code] ?? m.otherError(e.code))}\n`);
    return 1;
  }
  if (isInputError(e)) {
    io.stderr(
      `rendement ${name}: ${m.invalidInput(e.issues.length)}\n${formatIssuesIn(e.issues, m.lang).replace(/^/gm, "  ")}\n`,
    );
    return 1;
  }
  if (e instanceof Error && e.name === "MissingPackageError") {
    // Excel's optional package is not installed: say what to install, in the user's language.
    io.stderr(`rendement ${name}: ${m.missingPackage((e as Error & { packageName: string }).packageName)}\n`);
    return 1;
  }
  if (e instanceof Error && e.name === "MoneyOverflowError") {
    const said = issueText(overflowIssue(e as MoneyOverflowError, []), m.lang);
    io.stderr(`rendement ${name}: ${m.invalidInput(1)} ${said.message}\n`);
    return 1;
  }
  throw e;
}
