#!/usr/bin/env node
// Renders an HTML report in real headless Chromium and checks what a reader
// would see: the title, group rows with a total, the inline SVG chart with
// bars, no script and no network. Usage:
//   node scripts/check-html-report.mjs REPORT.html [--expect TEXT]… [--forbid TEXT]… [--screenshot OUT.png]
// Exit 0 when every check passes, 1 when one fails, 2 on wrong usage or no Chromium.
// CI needs Debian's chromium: apt-get install -y --no-install-recommends chromium
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const args = process.argv.slice(2);
const expects = [];
const forbids = [];
let file;
let screenshot;
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === "--expect") expects.push(args[++i]);
  else if (a === "--forbid") forbids.push(args[++i]);
  else if (a === "--screenshot") screenshot = args[++i];
  else if (!file) file = a;
  else {
    console.error(`unexpected argument ${a}`);
    process.exit(2);
  }
}
if (!file) {
  console.error(
    "usage: node scripts/check-html-report.mjs REPORT.html [--expect TEXT]… [--forbid TEXT]… [--screenshot OUT.png]",
  );
  process.exit(2);
}
const chromium = process.env.CHROMIUM ?? ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));
if (!chromium) {
  console.error("no Chromium found (apt-get install -y chromium, or set CHROMIUM)");
  process.exit(2);
}

const url = pathToFileURL(resolve(file)).href;
const profile = mkdtempSync(join(tmpdir(), "rendement-chromium-"));
const flags = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-extensions",
  "--disable-sync",
  "--mute-audio",
  `--user-data-dir=${profile}`,
];
let dom;
try {
  dom = execFileSync(chromium, [...flags, "--dump-dom", url], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (screenshot)
    execFileSync(
      chromium,
      [...flags, "--hide-scrollbars", "--window-size=1280,2400", `--screenshot=${resolve(screenshot)}`, url],
      { stdio: "ignore", timeout: 60_000 },
    );
} finally {
  rmSync(profile, { recursive: true, force: true });
}

const failures = [];
const check = (ok, what) => {
  if (!ok) failures.push(what);
};
// Text as the browser parsed it: tags out, entities decoded.
const text = dom
  .replace(/<[^>]*>/g, " ")
  .replace(/&lt;/g, "<")
  .replace(/&gt;/g, ">")
  .replace(/&quot;/g, '"')
  .replace(/&#39;/g, "'")
  .replace(/&amp;/g, "&")
  .replace(/\s+/g, " ");
const title = /<title>([^<]*)<\/title>/.exec(dom)?.[1] ?? "";
check(/rendement/i.test(title), `title mentions rendement (got "${title}")`);
check(/<h1>[^<]+<\/h1>/.test(dom), "an h1 heading");
const groups = /<table class="groups">([\s\S]*?)<\/table>/.exec(dom)?.[1] ?? "";
const bodyRows = (groups.match(/<tr[ >]/g) ?? []).length - 1;
check(bodyRows >= 2, `the totals table has group rows and a total (got ${bodyRows} rows)`);
check(/<tr class="total">/.test(groups), "a total row");
check(/<svg[^>]*class="chart"/.test(dom), "an inline SVG chart");
const bars = (/<svg[\s\S]*?<\/svg>/.exec(dom)?.[0].match(/<rect /g) ?? []).length;
check(bars >= 4, `the chart has bars (got ${bars} rects)`);
check(!/<script/i.test(dom), "no script element");
check(!/(src|href)="https?:/i.test(dom), "no network resource");
check(/<table class="lists">[\s\S]*?[0-9a-f]{64}/.test(dom), "the price lists with fingerprints");
for (const e of expects) check(text.includes(e), `shows "${e}"`);
for (const f of forbids) check(!dom.includes(f), `no "${f}" in the DOM`);

if (failures.length > 0) {
  console.error(`FAIL ${file}:\n${failures.map((f) => `  - ${f}`).join("\n")}`);
  process.exit(1);
}
console.log(
  `OK ${file}: "${title}", ${bodyRows} rows in the totals table, ${bars} chart rects${screenshot ? `, screenshot ${screenshot}` : ""}`,
);
