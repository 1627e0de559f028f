import { describe, expect, it } from "vitest";
import type { CaseResult } from "../../src/cases/types.js";
import { createRollup } from "../../src/rollup/createRollup.js";
import { finalizeRollup } from "../../src/rollup/finalizeRollup.js";
import { mergeAggregates } from "../../src/rollup/mergeAggregates.js";
import { parseRollupAggregate } from "../../src/rollup/parseRollupAggregate.js";
import { result } from "./fixtures.js";

// Worked by hand. All three start 2024-01-15: 6 months is 2024-07-15, 12 is 2025-01-15, 24 is 2026-01-15.
const base = {
  wijk: "A",
  start: "2024-01-15",
  payers: { gemeente: [100000, 20000, 10000] as [number, number, number] },
};
// Held at 12 months: checked 2024-07-20 (≥ 6 months) and 2025-02-01 (≥ 12), not at 24. Two PM effects.
const held: CaseResult = {
  ...result({ id: "held", ...base }),
  followUp: [
    { date: "2024-07-20", status: "held" },
    { date: "2025-02-01", status: "held" },
  ],
  pm: [{ description: "weer naar school" }, { description: "contact met familie" }],
};
// Relapsed at 8 months (2024-09-15), reported at 12: followed up at 6 and 12; held at 6 (the relapse
// is after 2024-07-15), not at 12.
const relapsed: CaseResult = {
  ...result({ id: "relapsed", ...base }),
  followUp: [{ date: "2025-01-20", status: "relapsed", relapseDate: "2024-09-15" }],
  pm: [{ description: "rust in de buurt" }],
};
// No follow-up: counted nowhere.
const none: CaseResult = result({ id: "none", ...base });

describe("follow-up and PM in the roll-up", () => {
  it("counts the worked example as worked by hand", () => {
    const r = createRollup(["wijk"]);
    for (const c of [held, relapsed, none]) r.add(c);
    const t = finalizeRollup(r.aggregate());
    expect(t.total.followUp).toEqual([
      { months: 6, followedUp: 2, held: 2, shareHeld: "1.0000" },
      { months: 12, followedUp: 2, held: 1, shareHeld: "0.5000" },
      { months: 24, followedUp: 0, held: 0 },
    ]);
    expect(t.total.pm).toBe(3);
    expect(t.rows[0]?.followUp).toEqual(t.total.followUp);
    expect(r.aggregate().total.followUp).toEqual({
      m6: { followedUp: 2, held: 2 },
      m12: { followedUp: 2, held: 1 },
      m24: { followedUp: 0, held: 0 },
    });
  });

  it("merges exactly and survives a JSON round trip", () => {
    const whole = createRollup(["wijk"]);
    const a = createRollup(["wijk"]);
    const b = createRollup(["wijk"]);
    for (const c of [held, relapsed, none]) whole.add(c);
    a.add(held);
    b.add(relapsed);
    b.add(none);
    const merged = mergeAggregates(a.aggregate(), b.aggregate());
    expect(JSON.stringify(merged)).toBe(JSON.stringify(whole.aggregate()));
    expect(parseRollupAggregate(JSON.parse(JSON.stringify(merged)))).toEqual(merged);
  });

  it("reads a version 2 aggregate as version 3 with no follow-up and no PM", () => {
    const r = createRollup(["wijk"]);
    r.add(none);
    const v3 = r.aggregate();
    const strip = ({ followUp: _f, pm: _p, ...g }: (typeof v3)["total"]) => g;
    const v2 = {
      ...v3,
      version: 2,
      total: strip(v3.total),
      groups: Object.fromEntries(Object.entries(v3.groups).map(([k, g]) => [k, strip(g)])),
    };
    expect(parseRollupAggregate(v2)).toEqual(v3);
  });

  it("rejects groups whose follow-up does not add up to the total", () => {
    const r = createRollup(["wijk"]);
    r.add(held);
    const a = JSON.parse(JSON.stringify(r.aggregate()));
    a.total.followUp.m12.held = 0;
    expect(() => parseRollupAggregate(a)).toThrow(/followUp/);
  });
});
