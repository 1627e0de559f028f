/**
 * Case evaluation against a {@link ListSource}: the same version choice as
 * `evaluateCases` (the case's list, else the caller's, else the file's; the
 * version valid on the case's start unless pinned), so a bundle's embedded
 * lists reproduce a compute run.
 * @internal
 */
import { DEFAULT_PRICELIST } from "../cases/createEvaluator.js";
import type { CaseFile } from "../cases/schema.js";
import type { CaseResult } from "../cases/types.js";
import { InputError } from "../errors/InputError.js";
import type { Issue } from "../errors/issue.js";
import { parsePriceListRef } from "../pricelists/parsePriceListRef.js";
import type { PriceListStamp } from "../pricelists/types.js";
import type { Instrument } from "../wellbeing/schema.js";
import { type Pricer, pricerFor } from "./listPricer.js";
import { type ListSource, versionOn } from "./listSource.js";

/** @internal What a compute bundle holds as its outputs. */
export interface ComputeOutputs {
  readonly lists: readonly (PriceListStamp & { readonly title: string; readonly example: boolean })[];
  readonly cases: readonly CaseResult[];
}

/** @internal */
export function computeWith(
  caseFile: CaseFile,
  source: ListSource,
  options: {
    pricelist?: string | undefined;
    instruments?: ReadonlyMap<string, Instrument> | undefined;
    file?: string | undefined;
  },
): ComputeOutputs {
  const issues: Issue[] = [];
  const pricers = new Map<string, Pricer>();
  const cases: CaseResult[] = [];
  const f = options.file ? { file: options.file } : {};
  caseFile.cases.forEach((c, i) => {
    const refText = c.pricelist ?? options.pricelist ?? caseFile.pricelist ?? DEFAULT_PRICELIST;
    const ref = parsePriceListRef(refText);
    const where = ["cases", i, c.pricelist !== undefined ? "pricelist" : "start"];
    if (!ref) {
      issues.push({
        code: "invalid_pricelist_ref",
        path: where,
        message: `"${refText}" is not a list id or id@version`,
        params: { value: refText },
        ...f,
      });
      return;
    }
    const version = ref.version ?? versionOn(source, ref.id, c.start)?.version;
    if (version === undefined) {
      issues.push({
        code: "no_valid_version",
        path: where,
        message: `no version of price list "${ref.id}" is valid on ${c.start}`,
        params: { id: ref.id, date: c.start },
        ...f,
      });
      return;
    }
    const key = `${ref.id}@${version}`;
    let p = pricers.get(key);
    if (!p) {
      try {
        p = pricerFor(source.resolve({ id: ref.id, version }), options.instruments);
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        for (const is of e.issues) issues.push({ ...is, path: [...where, ...is.path], ...f });
        return;
      }
      pricers.set(key, p);
    }
    const r = p(c);
    if (r.result) cases.push(r.result);
    else for (const is of r.issues) issues.push({ ...is, path: ["cases", i, ...is.path], ...f });
  });
  if (issues.length > 0) throw new InputError(issues);
  const lists = [...source.used.values()]
    .sort((a, b) => `${a.id}@${a.version}`.localeCompare(`${b.id}@${b.version}`))
    .map((l) => ({
      id: l.id,
      version: l.version,
      priceYear: l.priceYear,
      fingerprint: l.fingerprint,
      title: l.title,
      example: l.example,
    }));
  return { lists, cases };
}
