import * as z from "zod/mini";
import { identifier, labelSchema, versionLabel } from "../schemas/common.js";

/** A wellbeing instrument (welbevinden): its dimensions, scale and direction. */
export const instrumentFileSchema = z
  .strictObject({
    $schema: z.optional(z.string()),
    id: identifier,
    version: versionLabel,
    label: labelSchema,
    source: z.string().check(z.minLength(1), z.describe("where the instrument is defined")),
    scale: z.strictObject({
      min: z.number(),
      max: z.number(),
      step: z.optional(z.number().check(z.positive())).check(z.describe("allowed increments, e.g. 1 for whole scores")),
    }),
    direction: z.enum(["higher-is-better", "lower-is-better"]),
    lifeSatisfaction: z
      .optional(z.boolean())
      .check(
        z.describe(
          "true only for a 0–10 life-satisfaction question (as CBS asks it): the one scale that may be valued in euros (WELLBY)",
        ),
      ),
    dimensions: z.array(z.strictObject({ id: identifier, label: labelSchema })).check(z.minLength(1)),
    note: z.optional(z.string()),
  })
  .check(
    z.superRefine((s, ctx) => {
      if (s.scale.min >= s.scale.max)
        ctx.addIssue({
          code: "custom",
          path: ["scale"],
          message: "scale.min must be below scale.max",
          params: { rule: "scale_order" },
        });
      if (s.lifeSatisfaction && (s.scale.min !== 0 || s.scale.max !== 10))
        ctx.addIssue({
          code: "custom",
          path: ["lifeSatisfaction"],
          message: "a life-satisfaction instrument is scored 0–10",
          params: { rule: "life_satisfaction_scale" },
        });
      const ids = new Set<string>();
      s.dimensions.forEach((d, i) => {
        if (ids.has(d.id))
          ctx.addIssue({
            code: "custom",
            path: ["dimensions", i, "id"],
            message: `duplicate dimension "${d.id}"`,
            params: { rule: "duplicate_dimension", dimension: d.id },
          });
        ids.add(d.id);
      });
    }),
  );

// The validated shape is a named interface (instrumentTypes.ts); tests/types holds it equal to this schema.
export type { Instrument } from "./instrumentTypes.js";
