import { DEFAULT_PRICELIST } from "../cases/createEvaluator.js";
import type { Case, CaseFile } from "../cases/schema.js";
import type { CaseResult, LineTrail } from "../cases/types.js";
import { InputError } from "../errors/InputError.js";
import type { Issue } from "../errors/issue.js";
import { centsToString, sumCents } from "../money/cents.js";
import { amountProblem, amountToCents, parseDecimal } from "../money/parseDecimal.js";
import { mulCentsRound } from "../money/ratio.js";
import { daysInMonth, isoToDay, parseYMD } from "../periods/calendarDate.js";
import type { PriceListCatalog } from "../pricelists/catalog.js";
import { parsePriceListRef } from "../pricelists/parsePriceListRef.js";
import type { ResolvedPriceList } from "../pricelists/types.js";
import type { Claim, ClaimsFile } from "./claimsSchema.js";
import { type Pricer, pricerFor } from "./listPricer.js";
import { catalogSource, type ListSource, versionOn } from "./listSource.js";
import type {
  AuditedClaim,
  AuditResult,
  AuditSettings,
  ClaimStatus,
  Finding,
  FindingCode,
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
}

/** @internal Validates the options into the settings recorded with the result. */
export function auditSettings(options: Omit<AuditOptions, "catalog">): AuditSettings {
  const issues: Issue[] = [];
  const tolerance = options.tolerance ?? "0.00";
  const tp = amountProblem(tolerance);
  if (tp)
    issues.push({
      code: "invalid_option",
      path: ["tolerance"],
      message: tp,
      expected: 'euros, zero or more, e.g. "0.00"',
    });
  const h = options.maxHorizonMonths ?? 12;
  if (!Number.isSafeInteger(h) || h < 0 || h > 1200)
    issues.push({
      code: "invalid_option",
      path: ["maxHorizonMonths"],
      message: `${String(h)} is not a whole number of months from 0 through 1200`,
      expected: "a whole number of months",
    });
  if (options.pricelist !== undefined && !parsePriceListRef(options.pricelist))
    issues.push({
      code: "invalid_pricelist_ref",
      path: ["pricelist"],
      message: `"${options.pricelist}" is not a list id or id@version`,
    });
  if (issues.length > 0) throw new InputError(issues);
  return {
    tolerance: centsToString(amountToCents(tolerance)),
    maxHorizonMonths: h,
    ...(options.pricelist !== undefined ? { pricelist: options.pricelist } : {}),
    ...(options.priceYear !== undefined ? { priceYear: options.priceYear } : {}),
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
 * r.summary.unexplainedTotal;    // "0.00"
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
  attributed?: number | undefined;
  resting: number;
}

const TIME_UNIT_DAYS: Record<string, bigint> = { day: 1n, night: 1n, week: 7n };
const TIME_UNIT_MONTHS: Record<string, bigint> = { month: 1n, year: 12n };

/** @internal `iso` plus `n` calendar months, the day clamped to the month's end. */
export function addMonths(iso: string, n: number): string {
  const p = parseYMD(iso);
  if (!p) throw new RangeError(`not a date: ${iso}`);
  const total = p.y * 12 + (p.m - 1) + n;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  const d = Math.min(p.d, daysInMonth(y, m));
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

function parseQuantity(q: string): { n: bigint; d: bigint } | undefined {
  const f = /^(\d+)\/(\d+)$/.exec(q);
  if (f) return { n: BigInt(f[1] as string), d: BigInt(f[2] as string) };
  const p = parseDecimal(q);
  return p ? { n: p.units, d: 10n ** BigInt(p.scale) } : undefined;
}

/** @internal Cost of counterfactual lines without a reason, Σ pᵢ × costᵢ rounded half-up once. */
export function unexplainedCost(lines: readonly LineTrail[]): number {
  const perAlt = new Map<number, { cents: number; p: string }>();
  for (const l of lines) {
    if (l.side !== "counterfactual" || l.reason !== undefined) continue;
    const k = l.alternative ? l.alternative.index : -1;
    const e = perAlt.get(k) ?? { cents: 0, p: l.alternative ? l.alternative.probability : "1" };
    e.cents = sumCents([e.cents, amountToCents(l.cost)]);
    perAlt.set(k, e);
  }
  let n = 0n;
  let d = 1n;
  for (const { cents, p } of perAlt.values()) {
    const pd = parseDecimal(p);
    const wn = pd ? pd.units : 0n;
    const wd = pd ? 10n ** BigInt(pd.scale) : 1n;
    n = n * wd + BigInt(cents) * wn * d;
    d = d * wd;
  }
  return Number(mulCentsRound(1, { n, d }));
}

function horizonEnd(
  l: LineTrail,
  ref: string,
  limit: string,
  months: number,
): { end?: string | undefined; duration?: string | undefined } | undefined {
  if (l.period) return l.period.through > limit ? { end: l.period.through } : undefined;
  if (l.date !== undefined) return l.date > limit ? { end: l.date } : undefined;
  if (l.unit === undefined || l.quantity === undefined) return undefined;
  const q = parseQuantity(l.quantity);
  if (!q) return undefined;
  const dm = TIME_UNIT_MONTHS[l.unit];
  if (dm !== undefined) return q.n * dm > BigInt(months) * q.d ? { duration: `${l.quantity} ${l.unit}` } : undefined;
  const dd = TIME_UNIT_DAYS[l.unit];
  if (dd !== undefined) {
    const days = BigInt((isoToDay(limit) as number) - (isoToDay(ref) as number));
    return q.n * dd > days * q.d ? { duration: `${l.quantity} ${l.unit}` } : undefined;
  }
  return undefined;
}

function lineEvidence(l: LineTrail): Record<string, unknown> {
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

function finding(code: FindingCode, message: string, evidence: Record<string, unknown> = {}): Finding {
  return { code, message, ...evidence };
}

/** @internal The audit against any list source (a catalog, or the lists embedded in a bundle). */
export function auditWith(
  claimsFile: ClaimsFile,
  caseFile: CaseFile,
  source: ListSource,
  settings: AuditSettings,
): AuditResult {
  const tol = amountToCents(settings.tolerance);
  const caseById = new Map<string, Case>(caseFile.cases.map((c) => [c.id, c]));
  const work: Work[] = claimsFile.claims.map((claim) => ({
    claim,
    findings: [],
    unverifiable: false,
    repeat: false,
    unexplainedCents: 0,
    resting: 0,
  }));

  const pricers = new Map<string, Pricer>();
  const cache = new Map<string, { result?: CaseResult | undefined; issues: readonly Issue[] }>();
  const evaluate = (
    c: Case,
    list: ResolvedPriceList,
  ): { result?: CaseResult | undefined; issues: readonly Issue[] } => {
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
      const ev: Record<string, unknown> = { named: `${listId}@${named.version}`, date: claim.date };
      if (nv) ev.namedValidFrom = nv.validFrom;
      if (valid) ev.validOnDate = `${valid.id}@${valid.version}`;
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
          if (r) ev.namedListNetReturn = r.netReturn;
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
    const e: { result?: CaseResult | undefined; issues: readonly Issue[] } = Array.isArray(list)
      ? { issues: list }
      : evaluate(c, list);
    if (!e.result) {
      w.unverifiable = true;
      w.findings.push(
        finding(
          "case_not_priceable",
          `case "${c.id}" cannot be priced with ${valid.id}@${valid.version}: ${e.issues.map((i) => `${fmtPath(i.path)}: ${i.message}`).join("; ")}`,
          {
            pricelist: `${valid.id}@${valid.version}`,
            issues: e.issues.map((i) => ({ code: i.code, path: i.path, message: i.message })),
          },
        ),
      );
      continue;
    }
    const r = e.result;
    w.result = r;
    const lines = r.lines ?? [];
    w.unexplainedCents = unexplainedCost(lines);
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
            `counterfactual line ${fmtPath(l.path)} (${l.description}, ${l.cost}) gives no reason why it would have happened`,
            lineEvidence(l),
          ),
        );
    // biome-ignore lint/complexity/useMathMinMax: ISO date strings compare as text, Math.max would make numbers of them
    const ref = c.start > claim.date ? c.start : claim.date;
    const limit = addMonths(ref, settings.maxHorizonMonths);
    for (const l of lines) {
      if (l.side !== "counterfactual") continue;
      const h = horizonEnd(l, ref, limit, settings.maxHorizonMonths);
      if (h)
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
    const amount = amountToCents(claim.amount);
    const interventions = lines.filter((l) => l.side === "actual" && l.intervention);
    const matching = interventions.filter(
      (l) => amountToCents(l.cost) === amount && (l.date === undefined || l.date === claim.date),
    );
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
            `the case records intervention spending on ${claim.date} of ${sameDay.map((l) => l.cost).join(", ")}, not the claimed ${claim.amount}`,
            {
              claimedAmount: claim.amount,
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
              claimedAmount: claim.amount,
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
  const spendKey = (c: Claim): string =>
    `${c.date}\u0000${amountToCents(c.amount)}\u0000${c.purpose.trim().toLowerCase().replace(/\s+/g, " ")}`;
  const bySpend = new Map<string, Work[]>();
  for (const w of work) {
    const k = spendKey(w.claim);
    bySpend.set(k, [...(bySpend.get(k) ?? []), w]);
  }
  const dupOf = (w: Work, keeper: Work, others: readonly Work[], line?: LineTrail): void => {
    const ids = others.map((o) => ({ claim: o.claim.id, caseId: o.claim.caseId }));
    const what = line
      ? `intervention line ${fmtPath(line.path)} of case "${w.claim.caseId}" (${line.description}, ${line.cost})`
      : `the same spending (${w.claim.date}, ${w.claim.amount}, "${w.claim.purpose}")`;
    w.findings.push(
      finding(
        "duplicate_spending",
        w === keeper
          ? `${what} is also claimed in ${ids.map((o) => `${o.claim} (case ${o.caseId})`).join(", ")}; this claim keeps it`
          : `${what} is also claimed in ${keeper.claim.id} (case ${keeper.claim.caseId}), which keeps it; savings can be earned once, so this claim is attributed nothing`,
        { others: ids, first: keeper.claim.id, ...(line ? { line: lineEvidence(line) } : {}) },
      ),
    );
  };
  for (const group of bySpend.values()) {
    if (group.length < 2) continue;
    const keeper = group.find((w) => !w.unverifiable) ?? (group[0] as Work);
    for (const w of group) {
      if (w !== keeper) w.repeat = true;
      dupOf(
        w,
        keeper,
        group.filter((o) => o !== w),
      );
    }
  }
  for (const w of work) {
    const s = w.sameLine;
    // Already found as the same date, amount and purpose above.
    if (!s || spendKey(s.holder.claim) === spendKey(w.claim)) continue;
    w.repeat = true;
    dupOf(w, s.holder, [s.holder], s.line);
    dupOf(s.holder, s.holder, [w], s.line);
  }

  // Attribution: per case, the net return goes to its verifiable claims in order of spending date (then id).
  const groups = new Map<string, Work[]>();
  for (const w of work)
    if (w.result && !w.unverifiable && !w.repeat)
      groups.set(w.claim.caseId, [...(groups.get(w.claim.caseId) ?? []), w]);
  const onCase = new Map<string, string[]>();
  for (const [caseId, ws] of groups) {
    ws.sort((a, b) =>
      a.claim.date < b.claim.date
        ? -1
        : a.claim.date > b.claim.date
          ? 1
          : a.claim.id < b.claim.id
            ? -1
            : a.claim.id > b.claim.id
              ? 1
              : 0,
    );
    onCase.set(
      caseId,
      ws.map((w) => w.claim.id),
    );
    let taken = 0;
    let takenExplained = 0;
    ws.forEach((w, i) => {
      const r = w.result as CaseResult;
      const net = amountToCents(r.netReturn);
      const claimed = amountToCents(w.claim.claimedSavings);
      const available = net - taken;
      const share = i === ws.length - 1 ? available : Math.min(claimed, Math.max(0, available));
      taken += share;
      const explained = Math.max(0, Math.min(net, net - w.unexplainedCents)) - takenExplained;
      const fromExplained = Math.min(claimed, Math.max(0, explained), Math.max(0, share));
      takenExplained += fromExplained;
      w.attributed = share;
      w.resting = Math.max(0, Math.min(claimed, share) - fromExplained);
    });
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
        claimedSavings: claim.claimedSavings,
        recomputedSavings: centsToString(recomputed),
        difference: centsToString(diff),
        tolerance: settings.tolerance,
        caseNetReturn: w.result?.netReturn,
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
    const recomputation: Recomputation | undefined = r && {
      pricelist: r.pricelist,
      counterfactualCost: r.counterfactualCost,
      actualCost: r.actualCost,
      interventionCost: r.interventionCost,
      netReturn: r.netReturn,
      unexplainedCounterfactualCost: centsToString(w.unexplainedCents),
      claimsOnCase: onCase.get(claim.caseId) ?? [],
      lines: r.lines ?? [],
    };
    return {
      id: claim.id,
      caseId: claim.caseId,
      date: claim.date,
      amount: claim.amount,
      purpose: claim.purpose,
      status,
      claimedSavings: centsToString(claimed),
      recomputedSavings: recomputed === undefined ? null : centsToString(recomputed),
      difference: recomputed === undefined ? null : centsToString(claimed - recomputed),
      unexplainedSavings: centsToString(status === "unverifiable" ? 0 : w.resting),
      ...(recomputation ? { recomputation } : {}),
      findings: w.findings,
    };
  });

  const byStatus: Record<ClaimStatus, number> = { confirmed: 0, overclaimed: 0, underclaimed: 0, unverifiable: 0 };
  const counts: Partial<Record<FindingCode, number>> = {};
  for (const c of claims) {
    byStatus[c.status]++;
    for (const f of c.findings) counts[f.code] = (counts[f.code] ?? 0) + 1;
  }
  const total = (pick: (c: AuditedClaim) => number): string => centsToString(sumCents(claims.map(pick)));
  const cents = (s: string | null): number =>
    s === null ? 0 : amountToCents(s.replace(/^-/, "")) * (s.startsWith("-") ? -1 : 1);
  const findings: Partial<Record<FindingCode, number>> = {};
  for (const k of Object.keys(counts).sort() as FindingCode[]) findings[k] = counts[k] as number;
  return {
    settings,
    claims,
    summary: {
      claims: claims.length,
      byStatus,
      claimedTotal: total((c) => amountToCents(c.claimedSavings)),
      confirmedTotal: total((c) => (c.status === "confirmed" ? amountToCents(c.claimedSavings) : 0)),
      recomputedTotal: total((c) => cents(c.recomputedSavings)),
      overclaimedExcess: total((c) => (c.status === "overclaimed" ? cents(c.difference) : 0)),
      underclaimedShortfall: total((c) => (c.status === "underclaimed" ? -cents(c.difference) : 0)),
      unverifiableTotal: total((c) => (c.status === "unverifiable" ? amountToCents(c.claimedSavings) : 0)),
      unexplainedTotal: total((c) => amountToCents(c.unexplainedSavings)),
      findings,
    },
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
