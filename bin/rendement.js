#!/usr/bin/env node
import { main } from "../dist/cli/main.js";

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
