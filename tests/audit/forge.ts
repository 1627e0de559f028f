/** The forgery of issue 13, shared by the forgery test and the docs test. */
import { readFileSync } from "node:fs";
import type { Bundle } from "../../src/audit/bundleSchema.js";
import { createBundle } from "../../src/audit/createBundle.js";
import { parseClaimsCsv } from "../../src/audit/parseClaimsCsv.js";
import { BUNDLED_INDEX_FILES, BUNDLED_LIST_FILES } from "../../src/data/bundled.js";
import { createCatalog } from "../../src/pricelists/catalog.js";

const CASES = JSON.parse(readFileSync("examples/audit/cases.json", "utf8")) as unknown;
const CLAIMS = parseClaimsCsv(readFileSync("examples/audit/claims.csv", "utf8"));
/** The version the docs show: the package's own. */
const VERSION = (JSON.parse(readFileSync("package.json", "utf8")) as { version: string }).version;
const POLICE = "veiligheid.politie-inzet.uur";
const copy = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

/** The forger's copy of rendement: the police hour in sociaal-domein/2024.json raised from 70.00 to 1500.00 (2013 euros). */
export function forged(): Bundle {
  const files = BUNDLED_LIST_FILES.map((f) => {
    if (f.file !== "pricelists/sociaal-domein/2024.json") return f;
    const data = copy(f.data) as { items: { code: string; amount: string }[] };
    const it = data.items.find((i) => i.code === POLICE);
    if (!it) throw new Error("no police item");
    it.amount = "1500.00";
    return { ...f, data };
  });
  const catalog = createCatalog({ lists: files, indexSeries: BUNDLED_INDEX_FILES });
  return createBundle({ kind: "audit", cases: CASES, claims: CLAIMS, catalog, version: VERSION });
}
