/**
 * Results do not depend on the machine's time zone: the probe set of
 * tzProbe.test.ts is evaluated in child processes under several TZ settings
 * (including +14:00, −03:30 and +05:45) and the outputs compared byte for byte.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");
const dir = mkdtempSync(join(tmpdir(), "rendement-tz-"));
const ZONES = ["UTC", "Pacific/Kiritimati", "America/St_Johns", "Asia/Kathmandu"];

function probe(tz: string): { offset: number; results: string } {
  const out = join(dir, `${tz.replace("/", "_")}.json`);
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env))
    if (v !== undefined && !k.startsWith("VITEST") && k !== "NODE_OPTIONS") env[k] = v;
  const r = spawnSync(
    process.execPath,
    [join(root, "node_modules/vitest/vitest.mjs"), "run", "tests/cases/tzProbe.test.ts"],
    {
      cwd: root,
      env: { ...env, TZ: tz, RENDEMENT_TZ_PROBE_OUT: out },
      encoding: "utf8",
      timeout: 120_000,
    },
  );
  expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
  return JSON.parse(readFileSync(out, "utf8"));
}

describe("time zones", () => {
  it("gives byte-identical results under TZ=UTC, Pacific/Kiritimati, America/St_Johns and Asia/Kathmandu", () => {
    const runs = ZONES.map(probe);
    // the zones really were in effect: offsets of 0, −14 h, +3:30 and −5:45 (in minutes west of UTC)
    expect(runs.map((r) => r.offset)).toEqual([0, -840, 210, -345]);
    for (const r of runs.slice(1)) expect(r.results).toBe(runs[0]?.results);
    expect(runs[0]?.results.length).toBeGreaterThan(1000);
  }, 300_000);
});
