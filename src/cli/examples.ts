/**
 * The bundled example case files, inlined so `rendement demo` and `init` need no paths.
 * @internal
 */
import district from "../../examples/district/cases.json" with { type: "json" };
import ns from "../../examples/ns-jaarkaart.json" with { type: "json" };
import wijk from "../../examples/wijk-voorbeelden.json" with { type: "json" };

/** @internal A bundled file: its parsed JSON and its path in the package. */
type SourceFile = { readonly data: unknown; readonly file?: string | undefined };

/** @internal */
export const DEMO_CASE_FILES: readonly SourceFile[] = [
  { data: ns, file: "examples/ns-jaarkaart.json" },
  { data: wijk, file: "examples/wijk-voorbeelden.json" },
];

/** @internal The synthetic district of `rendement demo`. */
export const DISTRICT_CASE_FILE: SourceFile = { data: district, file: "examples/district/cases.json" };
