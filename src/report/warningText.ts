import { WARNINGS_EN } from "../errors/simulationWarning.js";
import { renderWarning, type Warning, type WarningTexts } from "../errors/warning.js";
import type { Lang } from "./labels.js";
import { WARNINGS_NL } from "./words/warningsNl.js";

/** @internal A path inside a case as people write it: `counterfactual[2]`. */
export function pathText(p: readonly (string | number)[]): string {
  return p.map((x, i) => (typeof x === "number" ? `[${x}]` : i === 0 ? x : `.${x}`)).join("");
}

const TEXTS: Readonly<Record<Lang, WarningTexts>> = { nl: WARNINGS_NL, en: WARNINGS_EN };

/**
 * A warning in a language, made from its code and data (one text per
 * code per language). A warning of a code this version does not know (read
 * from JSON written by another version) keeps its English message.
 *
 * @example
 * ```ts
 * const r = createEvaluator({ catalog: bundledCatalog() }).evaluate(c);
 * r.warnings.map((w) => warningText(w, "nl")); // the case's warnings in Dutch
 * ```
 */
export function warningText(w: Pick<Warning, "code" | "params" | "message">, lang: Lang): string {
  return (w.params !== undefined ? renderWarning(TEXTS[lang], w.code, w.params) : undefined) ?? w.message;
}
