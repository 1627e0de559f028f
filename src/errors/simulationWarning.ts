/**
 * The warnings of a simulation, with their English texts: apart from the case's warnings so that a program
 * that only prices cases does not carry them.
 */
import { SIMULATION_WARNINGS_EN } from "./simulationWarningTexts.js";
import { CASE_WARNINGS_EN, type Warning, type WarningParamsOf, type WarningTexts } from "./warning.js";

export { SIMULATION_WARNINGS_EN };

/** @internal The English text of every warning code (the `message` of each warning). */
export const WARNINGS_EN: WarningTexts = { ...CASE_WARNINGS_EN, ...SIMULATION_WARNINGS_EN };

/**
 * @internal A simulation's warning with its English `message`.
 *
 * @example
 * ```ts
 * simulationWarning("nothing_varied", [], {}).message; // "nothing varied: no price had a range, …"
 * ```
 */
export function simulationWarning<C extends keyof typeof SIMULATION_WARNINGS_EN>(
  code: C,
  path: readonly (string | number)[],
  params: WarningParamsOf<C>,
): Warning {
  return { code, path, params, message: (SIMULATION_WARNINGS_EN[code] as (p: WarningParamsOf<C>) => string)(params) };
}
