// Runs the command line in this process, as bin/rendement.js does, and reports its wall time and
// peak RSS on stderr as one `MEASURE {json}` line (for bench/endtoend.bench.js).
import { main } from "../dist/cli/main.js";

const t0 = performance.now();
process.on("exit", () => {
  const seconds = (performance.now() - t0) / 1000;
  process.stderr.write(
    `\nMEASURE ${JSON.stringify({ seconds, maxRssBytes: process.resourceUsage().maxRSS * 1024 })}\n`,
  );
});
process.exitCode = await main(process.argv.slice(2));
