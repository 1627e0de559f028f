import { BUNDLED_INSTRUMENT_FILES } from "../data/bundled.js";
import { InputError } from "../errors/InputError.js";
import type { Issue } from "../errors/issue.js";
import type { SourceFile } from "../schemas/sourceFile.js";
import { check } from "../schemas/validate.js";
import { type Instrument, instrumentFileSchema } from "./schema.js";

/**
 * Validates wellbeing instrument files into a map by id; the bundled ones
 * (rapportcijfer, levenstevredenheid, vuistregels, zrm) when none are given.
 *
 * @example
 * ```ts
 * const instruments = loadInstruments();
 * instruments.get("zrm")?.dimensions.length; // 13
 * ```
 */
export function loadInstruments(
  files: readonly SourceFile[] = BUNDLED_INSTRUMENT_FILES,
): ReadonlyMap<string, Instrument> {
  const issues: Issue[] = [];
  const out = new Map<string, Instrument>();
  for (const f of files) {
    const r = check(instrumentFileSchema, f.data, f.file ? { file: f.file } : {});
    if (!r.ok) issues.push(...r.issues);
    else if (out.has(r.value.id))
      issues.push({
        code: "duplicate_instrument",
        path: ["id"],
        message: `instrument "${r.value.id}" is defined twice`,
        params: { instrument: r.value.id },
        ...(f.file ? { file: f.file } : {}),
      });
    else out.set(r.value.id, r.value);
  }
  if (issues.length > 0) throw new InputError(issues);
  return out;
}
