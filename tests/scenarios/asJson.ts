/**
 * The scenario functions as a file shows their results: amounts as two-decimal euro strings. The hand-worked
 * examples of these tests are in euros; the results hold cents, and `*ToJson` is how they are written.
 */
import { discountedFlowsToJson, discountFlows as discountFlowsCents } from "../../src/scenarios/discountFlows.js";
import { lensReturn as lensReturnCents, lensReturnToJson } from "../../src/scenarios/lenses.js";
import { flowProjectionToJson, projectFlows as projectFlowsCents } from "../../src/scenarios/projectFlows.js";
import { projectValue as projectValueCents } from "../../src/scenarios/projectValue.js";
import {
  projectionToJson,
  simulationResultToJson,
  tornadoResultToJson,
  whatIfResultToJson,
} from "../../src/scenarios/scenarioJson.js";
import { simulate as simulateCents } from "../../src/scenarios/simulate.js";
import { tornado as tornadoCents } from "../../src/scenarios/tornado.js";
import { tornadoOverYears as tornadoOverYearsCents } from "../../src/scenarios/tornadoYears.js";
import { whatIf as whatIfCents } from "../../src/scenarios/whatIf.js";

export {
  discountFlowsCents,
  lensReturnCents,
  projectFlowsCents,
  simulateCents,
  tornadoCents,
  tornadoOverYearsCents,
  whatIfCents,
};

/** `whatIf`, written. */
export const whatIf = (...a: Parameters<typeof whatIfCents>) => whatIfResultToJson(whatIfCents(...a));
/** `simulate`, written. */
export const simulate = (...a: Parameters<typeof simulateCents>) => simulationResultToJson(simulateCents(...a));
/** `tornado`, written. */
export const tornado = (...a: Parameters<typeof tornadoCents>) => tornadoResultToJson(tornadoCents(...a));
/** `tornadoOverYears` on a tornado of cents, written. */
export const tornadoOverYears = (...a: Parameters<typeof tornadoOverYearsCents>) =>
  tornadoResultToJson(tornadoOverYearsCents(...a));
/** `projectFlows`, written. */
export const projectFlows = (...a: Parameters<typeof projectFlowsCents>) =>
  flowProjectionToJson(projectFlowsCents(...a));
/** `discountFlows`, written. */
export const discountFlows = (...a: Parameters<typeof discountFlowsCents>) =>
  discountedFlowsToJson(discountFlowsCents(...a));
/** `lensReturn`, written. */
export const lensReturn = (...a: Parameters<typeof lensReturnCents>) => lensReturnToJson(lensReturnCents(...a));
/** `projectValue`, written. */
export const projectValue = (...a: Parameters<typeof projectValueCents>) => projectionToJson(projectValueCents(...a));
