/**
 * The English texts of a simulation's warnings, apart from the case's (./warning.ts) so that pricing a case does
 * not carry them; a module of its own, importing nothing, so the warning types can name it without a cycle.
 */
/** @internal The English texts of a simulation's warnings. */
export const SIMULATION_WARNINGS_EN = {
  nothing_varied: (_: Readonly<Record<string, never>>) =>
    "nothing varied: no price had a range, no rate was a distribution and no counterfactual had alternatives, so every draw is the exact figure and P(net > 0) says nothing about uncertainty",
  mostly_fixed_rough: (p: { readonly share: string; readonly count: number }) =>
    `${p.share} of the counterfactual cost rests on ${p.count} rough figure(s) held fixed`,
  rough_range_assumed: (p: { readonly count: number; readonly relative: string }) =>
    `${p.count} rough price(s) had no range in their list and were drawn within ±${p.relative} of the list amount (the simulation's roughRange)`,
} as const;
