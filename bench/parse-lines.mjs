// The baseline of the end-to-end benchmark: the same JSON-lines file read line by line and each line
// given to a bare JSON.parse, nothing else; reports like bench/measure.mjs.
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";

const t0 = performance.now();
let n = 0;
let check = 0;
for await (const line of createInterface({ input: createReadStream(process.argv[2], "utf8"), crlfDelay: Infinity })) {
  if (line === "") continue;
  check += JSON.parse(line).actual.length;
  n++;
}
const seconds = (performance.now() - t0) / 1000;
process.stderr.write(
  `\nMEASURE ${JSON.stringify({ seconds, cases: n, check, maxRssBytes: process.resourceUsage().maxRSS * 1024 })}\n`,
);
