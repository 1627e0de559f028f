/**
 * The bundled data files, inlined at build time so the core needs no file
 * system: price lists, index series and wellbeing instruments.
 */
import cpi2025 from "../../indexes/cbs-cpi/2025.json" with { type: "json" };
import cpi2026 from "../../indexes/cbs-cpi/2026.json" with { type: "json" };
import huurverhoging2026 from "../../indexes/huurverhoging/2026.json" with { type: "json" };
import wml2026 from "../../indexes/wml/2026.json" with { type: "json" };
import levenstevredenheid from "../../instruments/levenstevredenheid.json" with { type: "json" };
import rapportcijfer from "../../instruments/rapportcijfer.json" with { type: "json" };
import vuistregels from "../../instruments/vuistregels.json" with { type: "json" };
import zrm from "../../instruments/zrm.json" with { type: "json" };
import sociaal2018 from "../../pricelists/sociaal-domein/2018.json" with { type: "json" };
import sociaal2024 from "../../pricelists/sociaal-domein/2024.json" with { type: "json" };
import sociaal2025 from "../../pricelists/sociaal-domein/2025.json" with { type: "json" };
import sociaal2026 from "../../pricelists/sociaal-domein/2026.json" with { type: "json" };
import tizo from "../../pricelists/thuis-in-zuidoost/voorbeeld-2024.json" with { type: "json" };
import tizo2026 from "../../pricelists/thuis-in-zuidoost/voorbeeld-2026.json" with { type: "json" };
import zin2024 from "../../pricelists/zin-referentieprijzen/2024.json" with { type: "json" };

/** @internal A bundled file: its parsed JSON and its path in the package. */
type SourceFile = { readonly data: unknown; readonly file?: string | undefined };

/** @internal The bundled price-list files, with their paths in the package. */
export const BUNDLED_LIST_FILES: readonly SourceFile[] = [
  { data: zin2024, file: "pricelists/zin-referentieprijzen/2024.json" },
  { data: sociaal2018, file: "pricelists/sociaal-domein/2018.json" },
  { data: sociaal2024, file: "pricelists/sociaal-domein/2024.json" },
  { data: sociaal2025, file: "pricelists/sociaal-domein/2025.json" },
  { data: sociaal2026, file: "pricelists/sociaal-domein/2026.json" },
  { data: tizo, file: "pricelists/thuis-in-zuidoost/voorbeeld-2024.json" },
  { data: tizo2026, file: "pricelists/thuis-in-zuidoost/voorbeeld-2026.json" },
];

/** @internal The bundled index series files. */
export const BUNDLED_INDEX_FILES: readonly SourceFile[] = [
  { data: cpi2025, file: "indexes/cbs-cpi/2025.json" },
  { data: cpi2026, file: "indexes/cbs-cpi/2026.json" },
  { data: huurverhoging2026, file: "indexes/huurverhoging/2026.json" },
  { data: wml2026, file: "indexes/wml/2026.json" },
];

/** @internal The bundled wellbeing instrument files. */
export const BUNDLED_INSTRUMENT_FILES: readonly SourceFile[] = [
  { data: rapportcijfer, file: "instruments/rapportcijfer.json" },
  { data: levenstevredenheid, file: "instruments/levenstevredenheid.json" },
  { data: vuistregels, file: "instruments/vuistregels.json" },
  { data: zrm, file: "instruments/zrm.json" },
];
