/**
 * JSON Schemas for every file format, generated from the zod schemas the
 * code validates with, so the two can never drift. `npm run schemas` writes
 * them to `schemas/`; CI checks they are current.
 * @internal
 */
import * as z from "zod/mini";
import { bundleSchema } from "./audit/bundleSchema.js";
import { claimsFileSchema } from "./audit/claimsSchema.js";
import { caseFileSchema } from "./cases/schema.js";
import { indexSeriesFileSchema, priceListFileSchema } from "./pricelists/schema.js";
import { rollupAggregateFileSchema } from "./rollup/schema.js";
import { spendingFileSchema } from "./rollup/spending/spendingSchema.js";
import { simulationScenarioSchema } from "./scenarios/simulationScenario.js";
import { instrumentFileSchema } from "./wellbeing/schema.js";

/** @internal Extra file formats registered by other modules (claims, bundles). */
export const FILE_FORMATS: Record<string, { schema: z.ZodMiniType; title: string }> = {
  "pricelist.schema.json": { schema: priceListFileSchema, title: "rendement price list (prijslijst)" },
  "index-series.schema.json": { schema: indexSeriesFileSchema, title: "rendement index series (e.g. CBS CPI)" },
  "cases.schema.json": { schema: caseFileSchema, title: "rendement case file (casussen)" },
  "instrument.schema.json": { schema: instrumentFileSchema, title: "rendement wellbeing instrument" },
  "claims.schema.json": { schema: claimsFileSchema, title: "rendement werkbudget claims" },
  "audit-bundle.schema.json": { schema: bundleSchema, title: "rendement re-performable bundle (compute or audit)" },
  "simulation-scenario.schema.json": {
    schema: simulationScenarioSchema,
    title: "rendement simulation scenario (what is drawn)",
  },
  "spending.schema.json": { schema: spendingFileSchema, title: "rendement observed spending (uitgaven per wijk)" },
  "rollup-aggregate.schema.json": {
    schema: rollupAggregateFileSchema,
    title: "rendement roll-up aggregate (mergeable partial)",
  },
};

/** @internal The JSON Schema documents by file name. */
export function jsonSchemas(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, { schema, title }] of Object.entries(FILE_FORMATS)) {
    const js = z.toJSONSchema(schema, { target: "draft-2020-12", io: "input", unrepresentable: "any" }) as Record<
      string,
      unknown
    >;
    out[name] = { $id: `https://rendement.invalid/schemas/${name}`, title, ...js };
  }
  return out;
}
