/**
 * @internal The period a case belongs to, from its start date:
 * `"2024-05"` (month), `"2024-Q2"` (quarter) or `"2024"` (year).
 */
export function periodOf(start: string, unit: "month" | "quarter" | "year"): string {
  const y = start.slice(0, 4);
  if (unit === "year") return y;
  const m = start.slice(5, 7);
  if (unit === "month") return `${y}-${m}`;
  return `${y}-Q${Math.floor((Number(m) - 1) / 3) + 1}`;
}
