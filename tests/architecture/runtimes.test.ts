import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";

// "The core runs unchanged in Node, browsers and Deno": the same probe, on the
// build, in each runtime, must give byte-identical results.
const ROOT = join(__dirname, "../..");
const PROBE = join(__dirname, "runtimeProbe.mjs");
const DENO = join(ROOT, "node_modules/.bin/deno");
const CHROMIUM = "/usr/bin/chromium";
const requireChromium = process.env.RENDEMENT_REQUIRE_CHROMIUM === "1";

let inNode: string;
beforeAll(() => {
  if (!existsSync(join(ROOT, "dist/index.js")))
    throw new Error("dist/ is missing: run `npm run build` (npm test does it first)");
  inNode = execFileSync(
    process.execPath,
    [
      "--input-type=module",
      "-e",
      `import { probe } from ${JSON.stringify(pathToFileURL(PROBE).href)}; process.stdout.write(probe());`,
    ],
    { encoding: "utf8", cwd: ROOT },
  );
});

describe("the platform-neutral core in three runtimes", () => {
  it("computes in Node (the reference)", () => {
    const parsed = JSON.parse(inNode);
    expect(parsed[0].cases[0].netReturn).toBe("57849.47");
    expect(parsed[2]).toMatch(/^[0-9a-f]{64}$/);
  });

  it("gives byte-identical results in Deno", () => {
    const out = execFileSync(
      DENO,
      [
        "eval",
        "--node-modules-dir=manual",
        `import { probe } from ${JSON.stringify(pathToFileURL(PROBE).href)}; await Deno.stdout.write(new TextEncoder().encode(probe()));`,
      ],
      {
        encoding: "utf8",
        cwd: ROOT,
        env: { ...process.env, DENO_NO_UPDATE_CHECK: "1", NO_COLOR: "1" },
      },
    );
    expect(out).toBe(inNode);
  });

  it.skipIf(!existsSync(CHROMIUM) && !requireChromium)(
    "gives byte-identical results in a browser (headless Chromium, bundled for the browser)",
    async () => {
      const dir = mkdtempSync(join(tmpdir(), "rendement-browser-"));
      // Bundled as a browser would load it: no Node built-ins are available to it.
      const bundle = await build({
        stdin: {
          contents: `import { probe } from ${JSON.stringify(PROBE)}; document.getElementById("out").textContent = probe();`,
          resolveDir: __dirname,
          loader: "js",
        },
        bundle: true,
        format: "esm",
        platform: "browser",
        write: false,
        logLevel: "silent",
      });
      const js = (bundle.outputFiles[0]?.text ?? "").replace(/<\/script/gi, "<\\/script");
      const page = join(dir, "probe.html");
      writeFileSync(
        page,
        `<!doctype html><meta charset="utf-8"><pre id="out"></pre><script type="module">${js}</script>`,
      );
      const dom = execFileSync(
        CHROMIUM,
        [
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          `--user-data-dir=${join(dir, "profile")}`,
          "--dump-dom",
          pathToFileURL(page).href,
        ],
        { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], maxBuffer: 256 * 1024 * 1024 },
      );
      const m = /<pre id="out">([\s\S]*?)<\/pre>/.exec(dom);
      const text = (m?.[1] ?? "")
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&amp;/g, "&");
      expect(text).toBe(inNode);
    },
  );
});
