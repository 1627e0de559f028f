import { DEFAULT_PRICELIST } from "../cases/createEvaluator.js";
import type { Case, CaseFile } from "../cases/schema.js";
import type { CaseResult, LineTrail } from "../cases/types.js";
import { InputError } from "../errors/InputError.js";
import type { Issue } from "../errors/issue.js";
import { centsToString, sumCents } from "../money/cents.js";
import { amountIssue, amountToCents } from "../money/parseDecimal.js";
import type { Ratio } from "../money/ratio.js";
import { addMonthsIso, isIsoDate } from "../periods/calendarDate.js";
import type { PriceListCatalog } from "../pricelists/catalog.js";
import { parsePriceListRef } from "../pricelists/parsePriceListRef.js";
import type { ResolvedPriceList } from "../pricelists/types.js";
import type { Claim, ClaimsFile } from "./claimsSchema.js";
import { type CompiledCase, horizonExcess, unexplainedLine, weightedCents } from "./horizon.js";
import { type Pricer, pricerFor } from "./listPricer.js";
import { catalogSource, type ListSource, versionOn } from "./listSource.js";
import type {
  AuditedClaim,
  AuditResult,
  AuditSettings,
  ClaimStatus,
  DuplicateGroup,
  Finding,
  FindingCode,
  FindingEvidence,
  LineEvidence,
  NamedListEvidence,
  PriceSource,
  Recomputation,
} from "./types.js";

/** Options of {@link audit}. */
export interface AuditOptions {
  /** Lists to recompute with (e.g. `bundledCatalog()`, merged with a municipality's own). */
  readonly catalog: PriceListCatalog;
  /** List id used where neither the claim, the case nor the case file names one (default `sociaal-domein`). */
  readonly pricelist?: string | undefined;
  /** Restate every list in this price year before pricing. */
  readonly priceYear?: number | undefined;
  /** How far claimed savings may differ from the recomputed ones and still be confirmed, euros (default `"0.00"`: to the cent). */
  readonly tolerance?: string | undefined;
  /** How many months after the spending a counterfactual line may end (default 12). */
  readonly maxHorizonMonths?: number | undefined;
  /** Who performed the audit, recorded in the result and the bundle. */
  readonly auditor?: string | undefined;
  /** The date of the audit, `YYYY-MM-DD` (never taken from the clock, so a bundle stays reproducible). */
  readonly auditDate?: string | undefined;
  /** What the audit covers, e.g. "werkbudget Ruwaard 2024, claims WB-2024-001 t/m WB-2024-120". */
  readonly scope?: string | undefined;
}

const META_MAX = 500;

const isControl = (ch: string): boolean => ch.charCodeAt(0) < 0x20 || ch === "\u007f";

function metaIssues(options: Omit<AuditOptions, "catalog">): Issue[] {
  const issues: Issue[] = [];
  for (const key of ["auditor", "scope"] as const) {
    const v = options[key];
    if (v !== undefined && (typeof v !== "string" || v.trim() === "" || v.length > META_MAX || [...v].some(isControl)))
      issues.push({
        code: "invalid_option",
        path: [key],
        message: `${key} must be text of 1 to ${META_MAX} characters on one line`,
        params: { rule: "meta_text", key, max: META_MAX },
      });
  }
  const d = options.auditDate;
  if (d !== undefined && (typeof d !== "string" || !isIsoDate(d)))
    issues.push({
      code: "invalid_option",
      path: ["auditDate"],
      message: `${JSON.stringify(d)} is not a calendar date`,
      expected: "YYYY-MM-DD",
      params: { rule: "audit_date", value: JSON.stringify(d) },
    });
  return issues;
}

/** @internal Validates the options into the settings recorded with the result. */
export function auditSettings(options: Omit<AuditOptions, "catalog">): AuditSettings {
  const issues: Issue[] = [];
  const tolerance = options.tolerance ?? "0.00";
  const tp = amountIssue(tolerance);
  if (tp)
    issues.push({
      code: "invalid_option",
      path: ["tolerance"],
      message: tp.message,
      params: tp.params,
      expected: 'euros, zero or more, e.g. "0.00"',
    });
  const h = options.maxHorizonMonths ?? 12;
  if (!Number.isSafeInteger(h) || h < 0 || h > 1200)
    issues.push({
      code: "invalid_option",
      path: ["maxHorizonMonths"],
      message: `${String(h)} is not a whole number of months from 0 through 1200`,
      expected: "a whole number of months",
      params: { rule: "max_horizon", value: String(h) },
    });
  if (options.pricelist !== undefined && !parsePriceListRef(options.pricelist))
    issues.push({
      code: "invalid_pricelist_ref",
      path: ["pricelist"],
      message: `"${options.pricelist}" is not a list id or id@version`,
      params: { value: options.pricelist },
    });
  issues.push(...metaIssues(options));
  if (issues.length > 0) throw new InputError(issues);
  return {
    tolerance: amountToCents(tolerance),
    maxHorizonMonths: h,
    ...(options.pricelist !== undefined ? { pricelist: options.pricelist } : {}),
    ...(options.priceYear !== undefined ? { priceYear: options.priceYear } : {}),
    ...(options.auditor !== undefined ? { auditor: options.auditor.trim() } : {}),
    ...(options.auditDate !== undefined ? { auditDate: options.auditDate } : {}),
    ...(options.scope !== undefined ? { scope: options.scope.trim() } : {}),
  };
}

/**
 * Audits werkbudget claims: recomputes each claim's case with the price list
 * valid on the spending date (or the version the claim names, when that was
 * valid), attributes the case's net return to its claims in order of spending
 * date, and classifies every claim `confirmed`, `overclaimed`, `underclaimed`
 * or `unverifiable`, with findings that carry a stable `code` and their
 * evidence. The rules are in docs/audit.md.
 *
 * @throws {@link InputError} for invalid options (tolerance, horizon, list reference).
 *
 * @example
 * ```ts
 * const r = audit(parseClaimsFile(claimsJson), parseCaseFile(casesJson), { catalog: bundledCatalog() });
 * r.claims[0].status;            // "confirmed"
 * r.summary.unexplainedTotal;    // 0 (cents; auditResultToJson(r).summary.unexplainedTotal is "0.00")
 * ```
 */
export function audit(claims: ClaimsFile, cases: CaseFile, options: AuditOptions): AuditResult {
  const settings = auditSettings(options);
  return auditWith(claims, cases, catalogSource(options.catalog, settings.priceYear), settings);
}

interface Work {
  readonly claim: Claim;
  readonly findings: Finding[];
  unverifiable: boolean;
  repeat: boolean;
  /** Matched only an intervention line an earlier claim on the case holds. */
  sameLine?: { readonly holder: Work; readonly line: LineTrail } | undefined;
  result?: CaseResult | undefined;
  unexplainedCents: number;
  /** Counterfactual cost beyond the policy horizon (probability-weighted); 0 when none runs past it. */
  beyondCents: number;
  attributed?: number | undefined;
  /** The share attributed when every counterfactual is cut at its claim's horizon. */
  attributedWithin?: number | undefined;
  horizon?: { readonly from: string; readonly through: string } | undefined;
  resting: number;
}

/** A case priced with one list: its result and a way to its compiled lines, or the issues that stopped it. */
type Priced = ReturnType<Pricer>;

/** @internal Cost of counterfactual lines without a reason, Σ pᵢ × costᵢ rounded half-up once. */
export function unexplainedCost(c: CompiledCase): number {
  return weightedCents(c, (k) => unexplainedLine(c.set, k));
}

function lineEvidence(l: LineTrail): LineEvidence {
  return {
    path: l.path,
    ...(l.item !== undefined ? { item: l.item } : {}),
    description: l.description,
    ...(l.label ? { label: l.label } : {}),
    cost: l.cost,
    ...(l.date !== undefined ? { date: l.date } : {}),
    ...(l.period ? { period: l.period } : {}),
    ...(l.alternative ? { alternative: l.alternative.index, probability: l.alternative.probability } : {}),
  };
}

function fmtPath(p: readonly (string | number)[]): string {
  return p.map((s, i) => (typeof s === "number" ? `[${s}]` : i === 0 ? s : `.${s}`)).join("");
}

/** A relapse on or before the horizon's last day: the outcome the claim rests on did not hold within it. */
function relapseFindings(c: Case, from: string, through: string, months: number): Finding[] {
  const out: Finding[] = [];
  (c.followUp ?? []).forEach((f, i) => {
    if (f.status !== "relapsed" || f.relapseDate === undefined || f.relapseDate > through) return;
    out.push(
      finding(
        "relapsed_within_horizon",
        `case "${c.id}" relapsed on ${f.relapseDate} (checkpoint followUp[${i}] of ${f.date}), within the policy horizon of ${months} months from ${from} (through ${through})`,
        {
          caseId: c.id,
          path: ["followUp", i],
          checkpointDate: f.date,
          relapseDate: f.relapseDate,
          horizonStart: from,
          horizonEnd: through,
          maxHorizonMonths: months,
        },
      ),
    );
  });
  return out;
}

/** A finding with the evidence its code carries (typed per code, so an amount cannot be written as text). */
function finding<C extends FindingCode>(code: C, message: string, evidence: FindingEvidence[C]): Finding {
  return { code, message, ...evidence } as Finding;
}

function append<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const a = m.get(k);
  if (a) a.push(v);
  else m.set(k, [v]);
}

function bySpendingDate(a: Work, b: Work): number {
  const x = a.claim;
  const y = b.claim;
  return x.date < y.date ? -1 : x.date > y.date ? 1 : x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
}

/** Shares of the net returns in order: each claim but the last min(claimed, what is left); the last the rest. */
function attribute(ws: readonly Work[], net: (w: Work) => number): number[] {
  let taken = 0;
  return ws.map((w, i) => {
    const available = net(w) - taken;
    const claimed = amountToCents(w.claim.claimedSavings);
    const share = i === ws.length - 1 ? available : Math.min(claimed, Math.max(0, available));
    taken += share;
    return share;
  });
}

/** How many other claims of a duplicate group a finding names; the group itself lists them all. */
const NAMED_OTHERS = 3;

function duplicateFinding(w: Work, keeper: Work, members: readonly Work[], group: string, line?: LineTrail): Finding {
  const others: { claim: string; caseId: string }[] = [];
  for (const o of members) {
    if (others.length === NAMED_OTHERS) break;
    if (o !== w) others.push({ claim: o.claim.id, caseId: o.claim.caseId });
  }
  const more = members.length - 1 - others.length;
  const named = `${others.map((o) => `${o.claim} (case ${o.caseId})`).join(", ")}${more > 0 ? ` and ${more} more (duplicate group ${group})` : ""}`;
  const what = line
    ? `intervention line ${fmtPath(line.path)} of case "${w.claim.caseId}" (${line.description}, ${centsToString(line.cost)})`
    : `the same spending (${w.claim.date}, ${w.claim.amount}, "${w.claim.purpose}")`;
  return finding(
    "duplicate_spending",
    w === keeper
      ? `${what} is also claimed in ${named}; this claim keeps it`
      : `${what} is also claimed in ${keeper.claim.id} (case ${keeper.claim.caseId}), which keeps it; savings can be earned once, so this claim is attributed nothing`,
    {
      group,
      first: keeper.claim.id,
      others,
      ...(more > 0 ? { moreOthers: more } : {}),
      ...(line ? { line: lineEvidence(line) } : {}),
    },
  );
}

/** The source of every item the recomputations priced, from the lists that priced them. */
function priceSources(claims: readonly AuditedClaim[], source: ListSource): PriceSource[] {
  const seen = new Map<string, PriceSource>();
  for (const c of claims) {
    const r = c.recomputation;
    if (!r) continue;
    const list = `${r.pricelist.id}@${r.pricelist.version}`;
    const items = source.used.get(list)?.items;
    for (const l of r.lines) {
      const key = `${list}\u0000${l.item}`;
      if (l.item === undefined || seen.has(key)) continue;
      const it = items?.find((i) => i.code === l.item);
      if (!it) continue;
      const s = it.source;
      seen.set(key, {
        list,
        item: it.code,
        title: s.title,
        ...(s.publisher !== undefined ? { publisher: s.publisher } : {}),
        year: s.year,
        ...(s.url !== undefined ? { url: s.url } : {}),
      });
    }
  }
  return [...seen.values()].sort((a, b) =>
    a.list < b.list ? -1 : a.list > b.list ? 1 : a.item < b.item ? -1 : a.item > b.item ? 1 : 0,
  );
}

/** @internal The audit against any list source (a catalog, or the lists embedded in a bundle). */
export function auditWith(
  claimsFile: ClaimsFile,
  caseFile: CaseFile,
  source: ListSource,
  settings: AuditSettings,
): AuditResult {
  const tol = settings.tolerance;
  const caseById = new Map<string, Case>(caseFile.cases.map((c) => [c.id, c]));
  const work: Work[] = claimsFile.claims.map((claim) => ({
    claim,
    findings: [],
    unverifiable: false,
    repeat: false,
    unexplainedCents: 0,
    beyondCents: 0,
    resting: 0,
  }));

  const pricers = new Map<string, Pricer>();
  const cache = new Map<string, Priced>();
  const evaluate = (c: Case, list: ResolvedPriceList): Priced => {
    const lk = `${list.id}@${list.version}`;
    const key = `${c.id}\u0000${lk}`;
    let e = cache.get(key);
    if (!e) {
      let p = pricers.get(lk);
      if (!p) pricers.set(lk, (p = pricerFor(list)));
      // Wellbeing is not money: the audit leaves it out, so instruments are not needed.
      const { wellbeing: _w, ...rest } = c;
      void _w;
      e = p(rest as Case);
      cache.set(key, e);
    }
    return e;
  };
  const resolve = (id: string, version: string): ResolvedPriceList | Issue[] => {
    try {
      return source.resolve({ id, version });
    } catch (err) {
      if (err instanceof InputError) return [...err.issues];
      throw err;
    }
  };

  // Which claim holds each intervention line, per case: a line is one spending and earns savings once.
  const lineHolder = new Map<string, Work>();

  for (const w of work) {
    const { claim } = w;
    const c = caseById.get(claim.caseId);
    if (!c) {
      w.unverifiable = true;
      w.findings.push(
        finding("case_not_found", `case "${claim.caseId}" is not in the case file`, { caseId: claim.caseId }),
      );
      continue;
    }
    const named = claim.pricelist !== undefined ? parsePriceListRef(claim.pricelist) : undefined;
    // As in compute: the case's own list, else the caller's, else the case file's; the claim's wins over all.
    const listId =
      named?.id ??
      parsePriceListRef(c.pricelist ?? settings.pricelist ?? caseFile.pricelist ?? DEFAULT_PRICELIST)?.id ??
      DEFAULT_PRICELIST;
    const valid = versionOn(source, listId, claim.date);
    if (named?.version !== undefined && named.version !== valid?.version) {
      const nv = source.versions(listId).find((v) => v.version === named.version);
      let ev: NamedListEvidence = {
        named: `${listId}@${named.version}`,
        date: claim.date,
        ...(nv ? { namedValidFrom: nv.validFrom } : {}),
        ...(valid ? { validOnDate: `${valid.id}@${valid.version}` } : {}),
      };
      let why: string;
      if (!nv) why = `the claim names ${listId}@${named.version}, which does not exist`;
      else if (nv.validFrom > claim.date)
        why = `the claim names ${listId}@${named.version}, valid only from ${nv.validFrom}, after the spending date ${claim.date}`;
      else
        why = `the claim names ${listId}@${named.version}, but on ${claim.date} the newer ${listId}@${valid?.version ?? "?"} (valid from ${valid?.validFrom ?? "?"}) applied`;
      if (nv) {
        const nl = resolve(listId, named.version);
        if (!Array.isArray(nl)) {
          const r = evaluate(c, nl).result;
          if (r) ev = { ...ev, namedListNetReturn: r.netReturn };
        }
      }
      w.findings.push(
        finding(
          "pricelist_not_valid_on_date",
          `${why}; recomputed with ${valid ? `${valid.id}@${valid.version}` : "no list (none was valid)"}`,
          ev,
        ),
      );
    }
    if (!valid) {
      w.unverifiable = true;
      if (!w.findings.some((f) => f.code === "pricelist_not_valid_on_date"))
        w.findings.push(
          finding(
            "pricelist_not_valid_on_date",
            `no version of price list "${listId}" was valid on the spending date ${claim.date}`,
            {
              list: listId,
              date: claim.date,
              versions: source.versions(listId).map((v) => ({ version: v.version, validFrom: v.validFrom })),
            },
          ),
        );
      continue;
    }
    const list = resolve(valid.id, valid.version);
    const e: Priced = Array.isArray(list) ? { issues: list } : evaluate(c, list);
    if (!e.result) {
      w.unverifiable = true;
      w.findings.push(
        finding(
          "case_not_priceable",
          `case "${c.id}" cannot be priced with ${valid.id}@${valid.version}: ${e.issues.map((i) => `${fmtPath(i.path)}: ${i.message}`).join("; ")}`,
          {
            pricelist: `${valid.id}@${valid.version}`,
            // With their params, so a report can say each problem in its own language.
            issues: e.issues.map((i) => ({
              code: i.code,
              path: i.path,
              message: i.message,
              ...(i.params !== undefined ? { params: i.params } : {}),
            })),
          },
        ),
      );
      continue;
    }
    const r = e.result;
    w.result = r;
    const lines = r.lines ?? [];
    // The figures come from the compiled lines the result was made from; the trail (line k at
    // lines[k − from]) only names them in findings.
    const compiled = (e.compile as () => CompiledCase)();
    const { from } = compiled.shape;
    w.unexplainedCents = unexplainedCost(compiled);
    if (r.counterfactualLines === 0) {
      w.unverifiable = true;
      w.findings.push(
        finding(
          "no_counterfactual",
          `case "${c.id}" has no counterfactual lines: there is nothing the spending could have avoided`,
          { caseId: c.id },
        ),
      );
    }
    for (const l of lines)
      if (l.side === "counterfactual" && l.reason === undefined)
        w.findings.push(
          finding(
            "counterfactual_without_reason",
            `counterfactual line ${fmtPath(l.path)} (${l.description}, ${centsToString(l.cost)}) gives no reason why it would have happened`,
            lineEvidence(l),
          ),
        );
    // biome-ignore lint/complexity/useMathMinMax: ISO date strings compare as text, Math.max would make numbers of them
    const ref = c.start > claim.date ? c.start : claim.date;
    const limit = addMonthsIso(ref, settings.maxHorizonMonths);
    const beyond = new Map<number, Ratio>();
    const horizon = { ref, limit, months: settings.maxHorizonMonths };
    for (let k = from; k < compiled.shape.to; k++) {
      const l = lines[k - from] as LineTrail;
      if (l.side !== "counterfactual") continue;
      const x = horizonExcess(compiled.set, k, horizon);
      if (!x) continue;
      beyond.set(k, x.beyond);
      const { beyond: _b, ...h } = x;
      void _b;
      w.findings.push(
        finding(
          "counterfactual_horizon_exceeded",
          `counterfactual line ${fmtPath(l.path)} (${l.description}) ${h.end !== undefined ? `runs to ${h.end}` : `covers ${h.duration}`}, beyond the policy horizon of ${settings.maxHorizonMonths} months from ${ref} (through ${limit})`,
          {
            ...lineEvidence(l),
            ...h,
            horizonStart: ref,
            horizonEnd: limit,
            maxHorizonMonths: settings.maxHorizonMonths,
          },
        ),
      );
    }
    w.findings.push(...relapseFindings(c, ref, limit, settings.maxHorizonMonths));
    if (beyond.size > 0) {
      w.beyondCents = weightedCents(compiled, (k) => beyond.get(k));
      w.horizon = { from: ref, through: limit };
    }
    const amount = amountToCents(claim.amount);
    const interventions = lines.filter((l) => l.side === "actual" && l.intervention);
    const matching = interventions.filter((l) => l.cost === amount && (l.date === undefined || l.date === claim.date));
    const lineKey = (l: LineTrail): string => `${c.id}\u0000${l.path.join(".")}`;
    // Two equal payments on one day are two lines: a claim takes the first line no earlier claim holds.
    const free = matching.find((l) => !lineHolder.has(lineKey(l)));
    if (free) lineHolder.set(lineKey(free), w);
    else if (matching[0]) w.sameLine = { holder: lineHolder.get(lineKey(matching[0])) as Work, line: matching[0] };
    if (matching.length === 0) {
      const sameDay = interventions.filter((l) => l.date === claim.date);
      w.unverifiable = true;
      if (sameDay.length > 0)
        w.findings.push(
          finding(
            "spending_amount_differs",
            `the case records intervention spending on ${claim.date} of ${sameDay.map((l) => centsToString(l.cost)).join(", ")}, not the claimed ${claim.amount}`,
            {
              claimedAmount: amount,
              date: claim.date,
              lines: sameDay.map(lineEvidence),
            },
          ),
        );
      else
        w.findings.push(
          finding(
            "spending_not_found",
            `no intervention line of case "${c.id}" records ${claim.amount} spent on ${claim.date}`,
            {
              claimedAmount: amount,
              date: claim.date,
              interventionLines: interventions.map(lineEvidence),
            },
          ),
        );
    }
  }

  // The same spending claimed more than once: the same date, amount and purpose (in any case), or one
  // intervention line claimed twice in its case. Only one claim earns savings: the first in the file
  // whose case records the spending (else simply the first); the others are attributed nothing.
  // Each set of claims is one group, listed once in the result: a finding names at most a few others,
  // so 20,000 claims on one spending give linear, not quadratic, output.
  const spendKey = (c: Claim): string =>
    `${c.date}\u0000${amountToCents(c.amount)}\u0000${c.purpose.trim().toLowerCase().replace(/\s+/g, " ")}`;
  const bySpend = new Map<string, Work[]>();
  for (const w of work) append(bySpend, spendKey(w.claim), w);
  const duplicates: DuplicateGroup[] = [];
  const group = (members: readonly Work[], keeper: Work, line?: LineTrail): void => {
    const id = `D${duplicates.length + 1}`;
    const k = keeper.claim;
    duplicates.push({
      id,
      first: k.id,
      claims: members.map((m) => ({ claim: m.claim.id, caseId: m.claim.caseId })),
      ...(line ? { line: { caseId: k.caseId, ...lineEvidence(line) } } : {}),
      ...(line ? {} : { spending: { date: k.date, amount: amountToCents(k.amount), purpose: k.purpose } }),
    });
    for (const m of members) {
      if (m !== keeper) m.repeat = true;
      m.findings.push(duplicateFinding(m, keeper, members, id, line));
    }
  };
  for (const g of bySpend.values()) if (g.length > 1) group(g, g.find((w) => !w.unverifiable) ?? (g[0] as Work));
  const byLine = new Map<string, { holder: Work; line: LineTrail; members: Work[] }>();
  for (const w of work) {
    const s = w.sameLine;
    // Already found as the same date, amount and purpose above.
    if (!s || spendKey(s.holder.claim) === spendKey(w.claim)) continue;
    const key = `${s.holder.claim.id}\u0000${s.line.path.join(".")}`;
    const e = byLine.get(key) ?? { holder: s.holder, line: s.line, members: [s.holder] };
    e.members.push(w);
    byLine.set(key, e);
  }
  for (const e of byLine.values()) group(e.members, e.holder, e.line);

  // Attribution: per case, the net return goes to its verifiable claims in order of spending date (then id).
  const groups = new Map<string, Work[]>();
  for (const w of work) if (w.result && !w.unverifiable && !w.repeat) append(groups, w.claim.caseId, w);
  const onCase = new Map<string, string[]>();
  const netOf = (w: Work): number => (w.result as CaseResult).netReturn;
  for (const [caseId, ws] of groups) {
    ws.sort(bySpendingDate);
    onCase.set(
      caseId,
      ws.map((w) => w.claim.id),
    );
    const shares = attribute(ws, netOf);
    let takenExplained = 0;
    ws.forEach((w, i) => {
      const net = netOf(w);
      const claimed = amountToCents(w.claim.claimedSavings);
      const share = shares[i] as number;
      const explained = Math.max(0, Math.min(net, net - w.unexplainedCents)) - takenExplained;
      const fromExplained = Math.min(claimed, Math.max(0, explained), Math.max(0, share));
      takenExplained += fromExplained;
      w.attributed = share;
      w.resting = Math.max(0, Math.min(claimed, share) - fromExplained);
    });
    // The same attribution with every counterfactual cut at its claim's horizon.
    if (ws.some((w) => w.beyondCents > 0)) {
      const within = attribute(ws, (w) => netOf(w) - w.beyondCents);
      ws.forEach((w, i) => {
        if (w.beyondCents > 0) w.attributedWithin = within[i] as number;
      });
    }
  }
  for (const w of work) if (w.repeat && w.result && !w.unverifiable) w.attributed = 0;

  const claims: AuditedClaim[] = work.map((w) => {
    const { claim } = w;
    const claimed = amountToCents(claim.claimedSavings);
    let status: ClaimStatus;
    let recomputed: number | undefined;
    if (w.unverifiable || w.attributed === undefined) status = "unverifiable";
    else {
      recomputed = w.attributed;
      const diff = claimed - recomputed;
      const ev = {
        claimedSavings: claimed,
        recomputedSavings: recomputed,
        difference: diff,
        tolerance: settings.tolerance,
        // A claim is attributed a share only when its case was priced.
        caseNetReturn: (w.result as CaseResult).netReturn,
        claimsOnCase: onCase.get(claim.caseId) ?? [],
      };
      if (diff > tol) {
        status = "overclaimed";
        w.findings.push(
          finding(
            "savings_above_recomputed",
            `claimed savings ${claim.claimedSavings} exceed the recomputed ${centsToString(recomputed)} by ${centsToString(diff)}`,
            ev,
          ),
        );
      } else if (-diff > tol) {
        status = "underclaimed";
        w.findings.push(
          finding(
            "savings_below_recomputed",
            `claimed savings ${claim.claimedSavings} fall ${centsToString(-diff)} short of the recomputed ${centsToString(recomputed)}`,
            ev,
          ),
        );
      } else status = "confirmed";
    }
    const r = w.result;
    const pm = caseById.get(claim.caseId)?.pm;
    const recomputation: Recomputation | undefined = r && {
      pricelist: r.pricelist,
      counterfactualCost: r.counterfactualCost,
      actualCost: r.actualCost,
      interventionCost: r.interventionCost,
      netReturn: r.netReturn,
      unexplainedCounterfactualCost: w.unexplainedCents,
      claimsOnCase: onCase.get(claim.caseId) ?? [],
      lines: r.lines ?? [],
    };
    return {
      id: claim.id,
      caseId: claim.caseId,
      date: claim.date,
      amount: amountToCents(claim.amount),
      purpose: claim.purpose,
      status,
      claimedSavings: claimed,
      recomputedSavings: recomputed === undefined ? null : recomputed,
      difference: recomputed === undefined ? null : claimed - recomputed,
      unexplainedSavings: status === "unverifiable" ? 0 : w.resting,
      ...(recomputation ? { recomputation } : {}),
      ...(w.attributedWithin !== undefined && w.horizon && r
        ? {
            withinHorizon: {
              ...w.horizon,
              beyondHorizon: w.beyondCents,
              netReturn: r.netReturn - w.beyondCents,
              recomputedSavings: w.attributedWithin,
              difference: claimed - w.attributedWithin,
            },
          }
        : {}),
      ...(pm !== undefined && pm.length > 0 ? { pm } : {}),
      findings: w.findings,
    };
  });

  const byStatus: Record<ClaimStatus, number> = { confirmed: 0, overclaimed: 0, underclaimed: 0, unverifiable: 0 };
  const counts: Partial<Record<FindingCode, number>> = {};
  for (const c of claims) {
    byStatus[c.status]++;
    for (const f of c.findings) counts[f.code] = (counts[f.code] ?? 0) + 1;
  }
  const total = (pick: (c: AuditedClaim) => number): number => sumCents(claims.map(pick));
  const findings: Partial<Record<FindingCode, number>> = {};
  for (const k of Object.keys(counts).sort() as FindingCode[]) findings[k] = counts[k] as number;
  return {
    settings,
    claims,
    summary: {
      claims: claims.length,
      byStatus,
      claimedTotal: total((c) => c.claimedSavings),
      confirmedTotal: total((c) => (c.status === "confirmed" ? c.claimedSavings : 0)),
      recomputedTotal: total((c) => c.recomputedSavings ?? 0),
      overclaimedExcess: total((c) => (c.status === "overclaimed" ? (c.difference ?? 0) : 0)),
      underclaimedShortfall: total((c) => (c.status === "underclaimed" ? -(c.difference ?? 0) : 0)),
      unverifiableTotal: total((c) => (c.status === "unverifiable" ? c.claimedSavings : 0)),
      unexplainedTotal: total((c) => c.unexplainedSavings),
      findings,
    },
    duplicates,
    sources: priceSources(claims, source),
    lists: [...source.used.values()]
      .sort((a, b) => `${a.id}@${a.version}`.localeCompare(`${b.id}@${b.version}`))
      .map((l) => ({
        id: l.id,
        version: l.version,
        priceYear: l.priceYear,
        fingerprint: l.fingerprint,
        title: l.title,
        validFrom: l.validFrom,
        example: l.example,
      })),
  };
}
