import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FILE_FORMATS, jsonSchemas } from "../../src/jsonSchemas.js";

const root = join(import.meta.dirname, "..", "..");

describe("JSON Schemas generated from the zod schemas", () => {
  const schemas = jsonSchemas();

  it("cover the price list, index series, case and instrument formats", () => {
    expect(Object.keys(schemas)).toEqual(
      expect.arrayContaining([
        "pricelist.schema.json",
        "index-series.schema.json",
        "cases.schema.json",
        "instrument.schema.json",
      ]),
    );
    expect(Object.keys(schemas).length).toBe(Object.keys(FILE_FORMATS).length);
  });

  it("each has an $id, a title and the draft 2020-12 dialect", () => {
    for (const [name, s] of Object.entries(schemas) as [string, Record<string, unknown>][]) {
      expect(s.$id).toBe(`https://rendement.invalid/schemas/${name}`);
      expect(typeof s.title).toBe("string");
      expect(s.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    }
  });

  it("the checked-in schemas/*.json of these formats are current", () => {
    const onDisk = new Set(readdirSync(join(root, "schemas")));
    for (const name of [
      "pricelist.schema.json",
      "index-series.schema.json",
      "cases.schema.json",
      "instrument.schema.json",
    ]) {
      expect(onDisk.has(name)).toBe(true);
      expect(readFileSync(join(root, "schemas", name), "utf8"), `${name} is stale: npm run schemas`).toBe(
        `${JSON.stringify(schemas[name], null, 2)}\n`,
      );
    }
  });

  it("describe amounts as strings of at most two decimals", () => {
    const text = JSON.stringify(schemas["pricelist.schema.json"]);
    expect(text).toContain("^\\\\d+(\\\\.\\\\d{1,2})?$");
  });
});
