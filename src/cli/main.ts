/**
 * The `rendement` command line: dispatch, usage and error handling. Exit
 * codes: 0 success, 1 invalid input (the message names the file and the path
 * inside it), 2 wrong usage.
 * @internal
 */
import { formatIssues } from "../errors/formatIssues.js";
import { isInputError } from "../errors/InputError.js";
import { audit, auditHelp } from "./commands/audit.js";
import { compute, computeHelp } from "./commands/compute.js";
import { convert, convertHelp } from "./commands/convert.js";
import { demo, demoHelp } from "./commands/demo.js";
import { init, initHelp } from "./commands/init.js";
import { pricelist, pricelistHelp } from "./commands/pricelist.js";
import { simulate, simulateHelp } from "./commands/simulate.js";
import { verify, verifyHelp } from "./commands/verify.js";
import { whatif, whatifHelp } from "./commands/whatif.js";
import { type CliIO, processIO, UsageError } from "./io.js";

/** @internal A command: runs with its arguments and returns the exit code. */
export interface Command {
  readonly run: (args: string[], io: CliIO) => number | Promise<number>;
  readonly help: string;
  readonly summary: string;
}

/** @internal Every command; new commands register here. */
export const COMMANDS: Record<string, Command> = {
  demo: { run: demo, help: demoHelp, summary: "compute the bundled examples and print a Dutch summary" },
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
  init: {
    run: init,
    help: initHelp,
    summary: "write a first case file (JSON, CSV, Excel) and a local price list to adapt",
  },
  convert: { run: convert, help: convertHelp, summary: "turn a case file into JSON, JSON lines, CSV or Excel" },
};

function usage(): string {
  const names = Object.keys(COMMANDS);
  const w = Math.max(...names.map((n) => n.length));
  return `rendement — maatschappelijk rendement of neighbourhood social-care work

Usage: rendement <command> [options]

Commands:
${names.map((n) => `  ${n.padEnd(w)}  ${(COMMANDS[n] as Command).summary}`).join("\n")}

rendement <command> --help shows a command's options.
Exit codes: 0 success, 1 invalid input, 2 wrong usage.
`;
}

/** @internal Runs the command line; returns the exit code (never throws for a user's mistake). */
export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    (name === undefined ? io.stderr : io.stdout)(usage());
    return name === undefined ? 2 : 0;
  }
  if (name === "--version" || name === "-v") {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const cmd = COMMANDS[name];
  if (!cmd) {
    io.stderr(`rendement: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  if (args.includes("--help") || args.includes("-h")) {
    io.stdout(cmd.help);
    return 0;
  }
  try {
    return await cmd.run(args, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`rendement ${name}: ${e.message}\n\n${cmd.help}`);
      return 2;
    }
    if (isInputError(e)) {
      const n = e.issues.length;
      io.stderr(
        `rendement ${name}: invalid input (${n} problem${n === 1 ? "" : "s"}):\n${formatIssues(e.issues).replace(/^/gm, "  ")}\n`,
      );
      return 1;
    }
    if (e instanceof Error && e.name === "MoneyOverflowError") {
      io.stderr(`rendement ${name}: invalid input: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}

declare const __VERSION__: string;
const VERSION = typeof __VERSION__ === "string" ? __VERSION__ : "0.0.0-dev";
