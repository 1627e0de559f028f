// The simulation over several years on the command line: run as a process (the built bin) and in process, every
// report format stating the horizon, timing, discount rate and drop-off, each as drawn or fixed.

import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as XLSX from "@e965/xlsx";
import { describe, expect, it } from "vitest";
import { runCli } from "../fixtures/cli.js";

const FILE = "examples/meerjarig.json";
const YEARS = ["--horizon", "3", "--discount-rate", "uniform:0:0.04", "--continue", "domain:justitie=1"];
const DROP = ["--drop-off", "domain:justitie=0.4:0.5:0.6"];

function cli(args: string[]) {
  return spawnSync(process.execPath, ["bin/rendement.js", ...args], { encoding: "utf8" });
}

const inProcess = (...argv: string[]) => runCli(argv);

describe("simulate --horizon (process)", () => {
  it("gives present values in JSON with the years stated, the drawn inputs named", () => {
    const r = cli(["simulate", FILE, ...YEARS, ...DROP, "--draws", "300", "--seed", "2", "--no-tornado"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.years).toMatchObject({
      horizon: 3,
      horizonDefault: false,
      firstYear: 2026,
      lastObservedYear: 2027,
      timing: "start",
      timingDefault: true,
      discountRate: { key: "discountRate", value: "uniform:0:0.04", distribution: "uniform", default: false },
      continuation: [{ scope: "domain:justitie", years: 1, dropOff: "0.4:0.5:0.6", rate: "dropOff@domain:justitie" }],
    });
    expect(j.certainty.variedInputs).toEqual(["dropOff@domain:justitie", "discountRate"]);
    // The point estimate at the midpoint 0.02 and the mode 0.5: 6,000 + 10,000 / 1.02 + 5,000 / 1.02².
    expect(j.total.exact.netReturn).toBe("20609.76");
    expect(j.method).toContain("Over several years");
  });

  it("without the year options prints what it printed before: no years, the year-1 method", () => {
    const r = cli(["simulate", FILE, "--draws", "100", "--no-tornado"]);
    const j = JSON.parse(r.stdout);
    expect(j.years).toBeUndefined();
    expect(j.total.exact.netReturn).toBe("16000.00");
    expect(j.method).not.toContain("Over several years");
  });

  it("refuses a bad horizon, discount rate or drop-off with its path (exit 1) and a malformed one as usage (exit 2)", () => {
    const bad = (args: string[]) => cli(["simulate", FILE, "--draws", "10", "--no-tornado", ...args]);
    expect(bad(["--horizon", "0"]).stderr).toContain(
      "horizon: the horizon must be a whole number of years from 1 to 100",
    );
    expect(bad(["--horizon", "101"]).status).toBe(1);
    expect(bad(["--horizon", "drie"]).status).toBe(2);
    const mode = bad(["--discount-rate", "0.01:0.05:0.04"]);
    expect(mode.status).toBe(1);
    expect(mode.stderr).toContain("discountRate.mode: the mode 0.05 lies outside 0.01 … 0.04");
    expect(bad(["--drop-off", "1.5"]).stderr).toContain('adjustments.dropOff.global: "1.5" is not a rate from 0 to 1');
    expect(bad(["--timing", "noon"]).status).toBe(2);
  });

  it("reads the years from a scenario file, the command line over it", () => {
    const dir = mkdtempSync(join(tmpdir(), "rendement-years-"));
    const file = join(dir, "s.json");
    writeFileSync(
      file,
      JSON.stringify({
        horizon: 3,
        discountRate: { distribution: "uniform", min: "0", max: "0.04" },
        timing: "mid",
        continuation: [{ domain: "justitie", years: 1, reason: "nazorg" }],
        adjustments: { dropOff: { domains: { justitie: "0.5" } } },
      }),
    );
    const j = JSON.parse(cli(["simulate", FILE, "--scenario", file, "--draws", "50", "--no-tornado"]).stdout);
    expect(j.years).toMatchObject({ horizon: 3, timing: "mid", discountRate: { value: "uniform:0:0.04" } });
    expect(j.years.continuation[0]).toMatchObject({ dropOff: "0.5", reason: "nazorg" });
    const over = cli(["simulate", FILE, "--scenario", file, "--horizon", "2", "--draws", "50", "--no-tornado"]);
    expect(JSON.parse(over.stdout).years.horizon).toBe(2);
    writeFileSync(file, JSON.stringify({ discountRate: "0.01:0.3:0.4" }));
    const wrong = cli(["simulate", FILE, "--scenario", file, "--draws", "10", "--no-tornado"]);
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain("discountRate.mode");
  });
});

describe("every report states the years", () => {
  const args = ["simulate", FILE, ...YEARS, ...DROP, "--draws", "200", "--no-tornado"];
  for (const lang of ["nl", "en"] as const)
    it(`in md, html, text, csv and xlsx (${lang})`, async () => {
      const horizon = lang === "nl" ? "Horizon: 3 jaar" : "Horizon: 3 years";
      const drawn = lang === "nl" ? "getrokken, uniforme verdeling" : "drawn, uniform";
      const cont = lang === "nl" ? "loopt het effect 1 jaar door na 2027" : "continues 1 year after 2027";
      for (const format of ["md", "html", "text"]) {
        const r = await inProcess(...args, "--format", format, "--lang", lang);
        expect(r.code).toBe(0);
        expect(r.out).toContain(horizon);
        expect(r.out).toContain(drawn);
        expect(r.out).toContain(cont);
        expect(r.out).toContain("uniform:0:0.04");
      }
      const csv = await inProcess(...args, "--format", "csv", "--lang", lang);
      expect(csv.out).toContain(horizon);
      expect(csv.out).toContain(drawn);
      expect(csv.out).toContain(cont);
      const x = await inProcess(...args, "--format", "xlsx", "--lang", lang, "--out", "s.xlsx");
      const wb = XLSX.read(x.files.get("s.xlsx") as Uint8Array, { type: "buffer" });
      const sheet = wb.SheetNames.find((n) => n.startsWith("SROI")) as string;
      const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[sheet] as XLSX.WorkSheet, { header: 1 });
      const text = JSON.stringify(rows);
      expect(text).toContain("uniform:0:0.04");
      expect(text).toContain("0.4:0.5:0.6");
      expect(text).toContain(lang === "nl" ? "begin van het jaar" : "start of the year");
    });
});
