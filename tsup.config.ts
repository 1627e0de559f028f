import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

const { version } = JSON.parse(readFileSync("./package.json", "utf8")) as { version: string };

export default defineConfig({
  entry: {
    index: "src/index.ts",
    "node/index": "src/node/index.ts",
    "notebook/index": "src/notebook/index.ts",
    "cli/main": "src/cli/main.ts",
    "internal/schemas": "src/jsonSchemas.ts",
  },
  format: ["esm"],
  target: "node20",
  platform: "neutral",
  dts: {
    entry: { index: "src/index.ts", "node/index": "src/node/index.ts", "notebook/index": "src/notebook/index.ts" },
  },
  sourcemap: true,
  clean: true,
  splitting: true,
  treeshake: true,
  external: [/^node:/],
  define: { __VERSION__: JSON.stringify(version) },
});
