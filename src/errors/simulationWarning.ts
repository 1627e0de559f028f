/**
 * The warnings of a simulation, with their English texts: apart from the case's warnings so that a program
 * that only prices cases does not carry them.
 */
import { CASE_WARNINGS_EN, type Warning, type WarningParamsOf, type WarningTexts } from "./warning.js";

/** @internal The English texts of a simulation's warnings. */
export const SIMULATION_WARNINGS_EN = {
  nothing_varied: (_: Readonly<Record<string, never>>) =>
    "nothing varied: no price had a range, no rate was a distribution and no counterfactual had alternatives, so every draw is the exact figure and P(net > 0) says nothing about uncertainty",
  mostly_fixed_rough: (p: { readonly share: string; readonly count: number }) =>
    `${p.share} of the counterfactual cost rests on ${p.count} rough figure(s) held fixed`,
  rough_range_assumed: (p: { readonly count: number; readonly relative: string }) =>
    `${p.count} rough price(s) had no range in their list and were drawn within ±${p.relative} of the list amount (the simulation's roughRange)`,
} as const;

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
