import { describe, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import type { bundleSchema } from "../../src/audit/bundleSchema.js";
import type { Bundle } from "../../src/audit/bundleTypes.js";
import type { claimSchema, claimsFileSchema } from "../../src/audit/claimsSchema.js";
import type { Claim, ClaimsFile } from "../../src/audit/claimTypes.js";
import type { Case, CaseFile, Line, WellbeingMeasure, WijkName } from "../../src/cases/caseTypes.js";
import type {
  caseFileSchema,
  caseSchema,
  lineSchema,
  wellbeingSchema,
  wijkNameSchema,
} from "../../src/cases/schema.js";
import type {
  IndexSeriesData,
  PriceItem,
  PriceListData,
  PriceSource,
  RelativeRange,
  Unit,
} from "../../src/pricelists/listTypes.js";
import type {
  indexSeriesFileSchema,
  priceItemSchema,
  priceListFileSchema,
  relativeRangeSchema,
  sourceSchema,
} from "../../src/pricelists/schema.js";
import type { rollupAggregateFileSchema } from "../../src/rollup/schema.js";
import type { SpendingFile, spendingFileSchema } from "../../src/rollup/spending/spendingSchema.js";
import type { RollupAggregate } from "../../src/rollup/types.js";
import type { labelSchema, unitSchema } from "../../src/schemas/common.js";
import type { Label } from "../../src/schemas/label.js";
import type { Instrument } from "../../src/wellbeing/instrumentTypes.js";
import type { instrumentFileSchema } from "../../src/wellbeing/schema.js";

// The input types are named interfaces so the API reference shows their
// fields; the zod schemas stay the validators. These checks (run by tsc, as
// the project's typecheck) hold each interface equal to its schema's output,
// so a field added to a schema without its interface fails the build.
describe("input interfaces agree with their zod schemas", () => {
  it("Line", () => {
    expectTypeOf<Line>().toEqualTypeOf<z.output<typeof lineSchema>>();
    expectTypeOf<Line>().toEqualTypeOf<z.input<typeof lineSchema>>();
  });
  it("Case", () => {
    expectTypeOf<Case>().toEqualTypeOf<z.output<typeof caseSchema>>();
    expectTypeOf<Case>().toEqualTypeOf<z.input<typeof caseSchema>>();
  });
  it("CaseFile", () => {
    expectTypeOf<Omit<CaseFile, "rejected" | "wijkNames">>().toEqualTypeOf<z.output<typeof caseFileSchema>>();
  });
});

describe("audit, price-list and instrument interfaces agree with their zod schemas", () => {
  it("Claim and ClaimsFile", () => {
    expectTypeOf<Claim>().toEqualTypeOf<z.output<typeof claimSchema>>();
    expectTypeOf<ClaimsFile>().toEqualTypeOf<z.output<typeof claimsFileSchema>>();
  });
  it("Bundle", () => {
    expectTypeOf<Bundle>().toEqualTypeOf<z.output<typeof bundleSchema>>();
  });
  it("PriceListData, PriceItem and IndexSeriesData", () => {
    expectTypeOf<PriceItem>().toEqualTypeOf<z.output<typeof priceItemSchema>>();
    expectTypeOf<PriceListData>().toEqualTypeOf<z.output<typeof priceListFileSchema>>();
    expectTypeOf<PriceListData>().toEqualTypeOf<z.input<typeof priceListFileSchema>>();
    expectTypeOf<IndexSeriesData>().toEqualTypeOf<z.output<typeof indexSeriesFileSchema>>();
    expectTypeOf<Unit>().toEqualTypeOf<z.output<typeof unitSchema>>();
    expectTypeOf<Label>().toEqualTypeOf<z.output<typeof labelSchema>>();
  });
  it("Instrument", () => {
    expectTypeOf<Instrument>().toEqualTypeOf<z.output<typeof instrumentFileSchema>>();
  });
});

/** `T` with every `readonly` removed, deeply. */
type Writable<T> = T extends readonly (infer U)[]
  ? Writable<U>[]
  : T extends object
    ? { -readonly [K in keyof T]: Writable<T[K]> }
    : T;

describe("the other schema-backed types agree with their zod schemas", () => {
  it("WijkName, WellbeingMeasure, PriceSource and RelativeRange", () => {
    expectTypeOf<WijkName>().toEqualTypeOf<z.output<typeof wijkNameSchema>>();
    expectTypeOf<WellbeingMeasure>().toEqualTypeOf<z.output<typeof wellbeingSchema>>();
    expectTypeOf<PriceSource>().toEqualTypeOf<z.output<typeof sourceSchema>>();
    expectTypeOf<RelativeRange>().toEqualTypeOf<z.output<typeof relativeRangeSchema>>();
  });
  // These two are read-only views of what their schema validates: equal once read-only is set aside.
  it("RollupAggregate", () => {
    expectTypeOf<Writable<RollupAggregate>>().toEqualTypeOf<z.output<typeof rollupAggregateFileSchema>>();
  });
  it("SpendingFile", () => {
    expectTypeOf<Writable<SpendingFile>>().toEqualTypeOf<z.output<typeof spendingFileSchema>>();
  });
});
