import { validate } from "../schemas/validate.js";
import { rollupAggregateSchema } from "./schema.js";
import type { RollupAggregate } from "./types.js";

/**
 * Validates a roll-up aggregate read from JSON (from a worker, a file, or
 * another engine) before it is merged: amounts as two-decimal strings,
 * counts as integers, delta keys as exact fractions, group keys matching
 * their values.
 *
 * @throws {@link InputError} listing every problem with its path.
 *
 * @example
 * ```ts
 * const part = parseRollupAggregate(JSON.parse(text), { file: "wijk-noord.json" });
 * const whole = mergeAggregates(part, mine);
 * ```
 */
export function parseRollupAggregate(data: unknown, options: { file?: string | undefined } = {}): RollupAggregate {
  return validate(rollupAggregateSchema, data, options) as RollupAggregate;
}
