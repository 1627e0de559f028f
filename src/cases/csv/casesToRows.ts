import type { CaseInput, LineInput } from "../schema.js";
import { caseColumns } from "./columns.js";

/**
 * @internal Cases as the rows of the case table format (one row per
 * scenario line or wellbeing dimension, the case's own fields repeated;
 * `columns`, by default {@link caseColumns}), cells as text with a decimal point. The CSV
 * and Excel writers both write these rows.
 * @example
 * ```ts
 * casesToRows(parseCaseFile(json).cases)[0]; // ["tizo-ns-jaarkaart", "Zuidoost ('s-Hertogenbosch)", …]
 * ```
 */
export function casesToRows(cases: readonly CaseInput[], columns = caseColumns(cases)): string[][] {
  const rows: string[][] = [];
  const col = (o: Record<string, string | undefined>): string[] => columns.map((c) => o[c] ?? "");
  const str = (v: unknown): string | undefined => (v === undefined ? undefined : String(v));
  for (const c of cases) {
    const base = {
      id: c.id,
      wijk: c.wijk,
      programme: c.programme,
      start: c.start,
      end: c.end,
      pricelist: c.pricelist,
      notes: c.notes,
    };
    type Alt = { label: string; probability: string; concentration?: string; uncertaintyReason?: string };
    const line = (side: string, l: LineInput, alt?: Alt) =>
      col({
        ...base,
        side,
        ...(alt ? { ...alt, alternative: alt.label } : {}),
        item: l.item,
        quantity: str(l.quantity),
        from: l.period?.from,
        through: l.period?.through,
        rate: str(l.rate?.quantity),
        per: l.rate?.per ?? l.per,
        amount: l.amount,
        description: l.description,
        payer: l.payer,
        domain: l.domain,
        transfer: str(l.transfer),
        cashable: str(l.cashable),
        intervention: str(l.intervention),
        date: l.date,
        reason: l.reason,
        note: l.note,
      });
    const start = rows.length;
    if (Array.isArray(c.counterfactual)) for (const l of c.counterfactual) rows.push(line("counterfactual", l));
    else
      c.counterfactual.alternatives.forEach((a, i) => {
        const u = (c.counterfactual as { uncertainty?: { concentration: string | number; reason: string } })
          .uncertainty;
        const alt = {
          label: a.label ?? `${i + 1}`,
          probability: String(a.probability),
          ...(u ? { concentration: String(u.concentration), uncertaintyReason: u.reason } : {}),
        };
        if (a.lines.length === 0) rows.push(col({ ...base, side: "counterfactual", ...alt, alternative: alt.label }));
        for (const l of a.lines) rows.push(line("counterfactual", l, alt));
      });
    for (const l of c.actual) rows.push(line("actual", l));
    // every dimension scored before or after (one scored only after keeps its row)
    for (const w of c.wellbeing ?? [])
      for (const dim of new Set([...Object.keys(w.before.scores), ...Object.keys(w.after?.scores ?? {})]))
        rows.push(
          col({
            ...base,
            side: "wellbeing",
            instrument: w.instrument,
            dimension: dim,
            before: str(w.before.scores[dim]),
            after: str(w.after?.scores[dim]),
            beforeDate: w.before.date,
            afterDate: w.after?.date,
          }),
        );
    for (const p of c.pm ?? [])
      rows.push(col({ ...base, side: "pm", description: p.description, domain: p.domain, note: p.note }));
    if (rows.length === start) rows.push(col(base));
  }
  return rows;
}
