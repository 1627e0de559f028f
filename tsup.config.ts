import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import type { Plugin } from "esbuild";
import { defineConfig } from "tsup";

const { version } = JSON.parse(readFileSync("./package.json", "utf8")) as { version: string };

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith(".ts") && !p.endsWith(".d.ts") ? [p] : [];
  });
}

/**
 * One output module per source module, so that a bundler that imports one
 * function follows only the modules it needs (a merged chunk drags in all of
 * its neighbours). Relative imports stay imports; JSON data is inlined into
 * the one module that imports it (src/data), so Node never loads JSON modules.
 */
const keepModulesApart: Plugin = {
  name: "keep-modules-apart",
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, (args) =>
      args.kind === "entry-point" || args.path.endsWith(".json") ? undefined : { path: args.path, external: true },
    );
  },
};

export default defineConfig({
  entry: Object.fromEntries(sources("src").map((f) => [relative("src", f).replace(/\.ts$/, ""), f])),
  format: ["esm"],
  target: "node20",
  platform: "neutral",
  dts: {
    entry: { index: "src/index.ts", "node/index": "src/node/index.ts", "notebook/index": "src/notebook/index.ts" },
  },
  sourcemap: true,
  clean: true,
  bundle: true,
  splitting: false,
  treeshake: false,
  esbuildPlugins: [keepModulesApart],
  external: [/^node:/],
  define: { __VERSION__: JSON.stringify(version) },
});
