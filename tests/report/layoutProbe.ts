// Measures a report's layout in headless Chromium (not a test file): a copy of the page with a probe
// script (the report itself forbids scripts) lists every element wider than the viewport or sticking out
// of it, and the page's scroll width.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

export const CHROMIUM = "/usr/bin/chromium";
const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--hide-scrollbars", "--mute-audio"];

const PROBE = `<script>
addEventListener("load", () => {
  const vw = document.documentElement.clientWidth;
  const wide = [];
  for (const el of document.body.querySelectorAll("*")) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    if (r.right > vw + 0.5 || r.left < -0.5) wide.push(el.tagName.toLowerCase() + (el.className && typeof el.className === "string" ? "." + el.className : "") + " " + Math.round(r.left) + ".." + Math.round(r.right));
  }
  // A figure or a part of a code that the page wrapped over two lines (it has a box per line).
  const split = [];
  for (const el of document.body.querySelectorAll(".nw"))
    if (el.getClientRects().length > 1) split.push(el.textContent);
  top.postMessage(JSON.stringify({ viewport: vw, scrollWidth: document.documentElement.scrollWidth, wide: wide.slice(0, 20), split: split.slice(0, 20) }), "*");
});
</script>`;

/** The layout of an HTML report at a viewport width. */
export function measureLayout(
  html: string,
  width: number,
): { viewport: number; scrollWidth: number; wide: string[]; split: string[] } {
  const dir = mkdtempSync(join(tmpdir(), "rendement-layout-"));
  try {
    const file = join(dir, "report.html");
    writeFileSync(
      file,
      html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, "").replace("</head>", `${PROBE}</head>`),
    );
    // The page in a frame of the wanted width (a browser window has a minimum width above 390 px).
    const frame = join(dir, "frame.html");
    writeFileSync(
      frame,
      `<!DOCTYPE html><html><body style="margin:0"><iframe src="report.html" style="width:${width}px;height:900px;border:0"></iframe><pre id="layout-probe"></pre><script>addEventListener("message", (e) => { document.getElementById("layout-probe").textContent = e.data; });</script></body></html>`,
    );
    const dom = execFileSync(
      CHROMIUM,
      [
        ...FLAGS,
        `--user-data-dir=${join(dir, "profile")}`,
        `--window-size=${Math.max(width, 800)},1000`,
        "--virtual-time-budget=5000",
        "--dump-dom",
        pathToFileURL(frame).href,
      ],
      { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], timeout: 90_000, maxBuffer: 256 * 1024 * 1024 },
    );
    const m = /<pre id="layout-probe">([^<]*)<\/pre>/.exec(dom);
    if (!m) throw new Error("the layout probe did not run");
    return JSON.parse(
      (m[1] as string)
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&amp;/g, "&"),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A screenshot of an HTML report (the report as it is, CSP included). */
export function screenshot(html: string, width: number, out: string): void {
  const dir = mkdtempSync(join(tmpdir(), "rendement-shot-"));
  try {
    const file = join(dir, "report.html");
    writeFileSync(file, html);
    execFileSync(
      CHROMIUM,
      [
        ...FLAGS,
        `--user-data-dir=${join(dir, "profile")}`,
        `--window-size=${width},2400`,
        `--screenshot=${out}`,
        pathToFileURL(file).href,
      ],
      {
        stdio: "ignore",
        timeout: 90_000,
      },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
