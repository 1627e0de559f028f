// Writes (or with --check, verifies) schemas/*.json from the zod schemas in the build.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { jsonSchemas } from "../dist/jsonSchemas.js";

const check = process.argv.includes("--check");
const schemas = jsonSchemas();
mkdirSync("schemas", { recursive: true });
const stale = [];
for (const [name, schema] of Object.entries(schemas)) {
  const text = `${JSON.stringify(schema, null, 2)}\n`;
  const path = `schemas/${name}`;
  let current = "";
  try {
    current = readFileSync(path, "utf8");
  } catch {}
  if (current !== text) {
    if (check) stale.push(path);
    else writeFileSync(path, text);
  }
}
const extra = readdirSync("schemas").filter((f) => !(f in schemas));
if (check) {
  if (stale.length || extra.length) {
    console.error(
      `JSON Schemas are not current: ${[...stale, ...extra.map((f) => `schemas/${f} (not generated)`)].join(", ")}\nRun: npm run schemas`,
    );
    process.exit(1);
  }
  console.log(`JSON Schemas current: ${Object.keys(schemas).length} files`);
} else console.log(`wrote ${Object.keys(schemas).length} JSON Schemas to schemas/`);
