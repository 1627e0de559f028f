#!/usr/bin/env node
import { main } from "../dist/cli/main.js";

// A reader that goes away (`rendement compute … | head`) is not an error: stop quietly.
process.stdout.on("error", (error) => {
  if (error?.code === "EPIPE") process.exit(process.exitCode ?? 0);
  process.stderr.write(`rendement: cannot write to standard output: ${error?.code ?? error}\n`);
  process.exit(1);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    // Only a bug in rendement reaches here; a user's mistake is reported by main().
    process.stderr.write(`rendement: internal error, please report it: ${error?.stack ? error.stack : error}\n`);
    process.exitCode = 70;
  },
);
