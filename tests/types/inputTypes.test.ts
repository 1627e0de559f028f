import { describe, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import type { bundleSchema } from "../../src/audit/bundleSchema.js";
import type { Bundle } from "../../src/audit/bundleTypes.js";
import type { claimSchema, claimsFileSchema } from "../../src/audit/claimsSchema.js";
import type { Claim, ClaimsFile } from "../../src/audit/claimTypes.js";
import type { Case, CaseFile, Line } from "../../src/cases/caseTypes.js";
import type { caseFileSchema, caseSchema, lineSchema } from "../../src/cases/schema.js";
import type { IndexSeriesData, PriceItem, PriceListData, Unit } from "../../src/pricelists/listTypes.js";
import type { indexSeriesFileSchema, priceItemSchema, priceListFileSchema } from "../../src/pricelists/schema.js";
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
