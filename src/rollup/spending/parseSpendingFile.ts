import { validate } from "../../schemas/validate.js";
import { type SpendingFile, spendingFileSchema } from "./spendingSchema.js";

/**
 * Validates parsed JSON as a file of observed spending per wijk (or programme), payer and year.
 * Every problem is reported at once with its path, e.g. `spending[2].amount`.
 *
 * @throws {@link InputError} when the file is not valid.
 *
 * @example
 * ```ts
 * const file = parseSpendingFile({ spending: [{ programme: "ruwaard", payer: "gemeente", year: 2019, amount: "1200000.00" }] });
 * file.spending.length; // 1
 * ```
 */
export function parseSpendingFile(data: unknown, options: { file?: string | undefined } = {}): SpendingFile {
  return validate(spendingFileSchema, data, options) as SpendingFile;
}
