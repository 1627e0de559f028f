import { execFileSync, spawn, spawnSync } from "node:child_process";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

// Issue 13, the command line's share: path tricks, outputs that could destroy
// inputs, options typed carelessly. Run as a user runs it, against the build.
const ROOT = join(__dirname, "../..");
const BIN = join(ROOT, "bin/rendement.js");
const NS = join(ROOT, "examples/ns-jaarkaart.json");

function run(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, LANG: "C.UTF-8", LC_ALL: "", LC_MESSAGES: "", ...env },
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Exit 1 or 2 with a message and no trace of a bug. */
function expectClear(r: ReturnType<typeof run>, code: 1 | 2) {
  expect(r.code).toBe(code);
  expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
}

let dir: string;
beforeAll(() => {
  if (!existsSync(join(ROOT, "dist/cli/main.js"))) throw new Error("dist/ is missing: run `npm run build`");
  dir = mkdtempSync(join(tmpdir(), "rendement-hard-"));
});

function copyOfNs(name: string): string {
  const f = join(dir, name);
  writeFileSync(f, readFileSync(NS));
  return f;
}

describe("outputs that could destroy an input", () => {
  it("refuses --out naming the case file, before reading it, and leaves it unchanged", () => {
    const f = copyOfNs("cases-out.json");
    const before = readFileSync(f, "utf8");
    const r = run(["compute", f, "--out", f]);
    expectClear(r, 2);
    expect(r.stderr).toContain("is also an input");
    expect(readFileSync(f, "utf8")).toBe(before);
  });

  it("refuses --out naming the input through another path or a link", () => {
    const f = copyOfNs("cases-link.json");
    const link = join(dir, "link.json");
    symlinkSync(f, link);
    expectClear(run(["compute", f, "--out", link]), 2);
    expectClear(run(["compute", f, "--out", join(dir, ".", "cases-link.json")]), 2);
  });

  it("refuses --out and --bundle naming one file", () => {
    const out = join(dir, "both.json");
    const r = run(["compute", NS, "--out", out, "--bundle", out]);
    expectClear(r, 2);
    expect(r.stderr).toContain("--out and --bundle both name");
    expect(existsSync(out)).toBe(false);
  });

  it("refuses --out to a folder and an empty name as wrong usage", () => {
    expect(run(["compute", NS, "--out", dir]).stderr).toContain("is a folder");
    expectClear(run(["compute", NS, "--out", dir]), 2);
    expectClear(run(["compute", NS, "--out", ""]), 2);
    expectClear(run(["compute", NS, "--out="]), 2);
  });

  it("says a full disk plainly (/dev/full), exit 1", () => {
    if (!existsSync("/dev/full")) return;
    const r = run(["compute", NS, "--out", "/dev/full"]);
    expectClear(r, 1);
    expect(r.stderr).toContain("cannot write /dev/full: the disk is full");
  });

  it("says an unwritable place plainly, exit 1, and leaves no temporary file", () => {
    const file = join(dir, "a-file");
    writeFileSync(file, "x");
    const r = run(["compute", NS, "--out", join(file, "out.json")]);
    expectClear(r, 1);
    expect(r.stderr).toMatch(/cannot write .*out\.json: /);
    if (process.getuid?.() !== 0) {
      const ro = join(dir, "read-only");
      mkdirSync(ro);
      chmodSync(ro, 0o500);
      const w = run(["compute", NS, "--out", join(ro, "out.json")]);
      expectClear(w, 1);
      expect(w.stderr).toContain("no permission");
      chmodSync(ro, 0o700);
    }
  });

  it("writes atomically: the old output stays whole when the write fails, and no temporary file is left", () => {
    const out = join(dir, "kept.json");
    writeFileSync(out, "old report\n");
    // The bundle is written first and cannot be; the old output is untouched.
    const file = join(dir, "blocker");
    writeFileSync(file, "x");
    const r = run(["compute", NS, "--out", out, "--bundle", join(file, "b.json")]);
    expectClear(r, 1);
    expect(readFileSync(out, "utf8")).toBe("old report\n");
    expect(readdirSync(dir).filter((n) => n.endsWith(".tmp"))).toEqual([]);
    // A good run replaces it whole.
    expect(run(["compute", NS, "--out", out]).code).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8")).cases[0].netReturn).toBe("57849.47");
    expect(readdirSync(dir).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });
});

describe("files that are not files", () => {
  it("refuses a FIFO as a case file instead of hanging, in JSON, CSV and JSON lines", () => {
    for (const name of ["pipe.json", "pipe.csv", "pipe.jsonl"]) {
      const f = join(dir, name);
      execFileSync("mkfifo", [f]);
      const r = run(["compute", f]);
      expectClear(r, 1);
      expect(r.stderr).toContain("is not a regular file");
    }
  });

  it("refuses a case file too large to read whole, naming JSON lines as the way, in English and Dutch", () => {
    for (const name of ["huge.json", "huge.csv"]) {
      // Sparse: 300 MiB on paper, nothing on disk; the size is refused before a byte is read.
      const f = join(dir, name);
      writeFileSync(f, "");
      truncateSync(f, 300 * 1024 * 1024);
      const en = run(["compute", f, "--lang", "en"]);
      expectClear(en, 1);
      expect(en.stderr).toContain("is 300 MB, more than the 256 MB read whole");
      expect(en.stderr).toContain("JSON lines (.jsonl: one case object per line)");
      const nl = run(["compute", f, "--lang", "nl"]);
      expectClear(nl, 1);
      expect(nl.stderr).toContain("JSON lines (.jsonl: één casusobject per regel)");
      rmSync(f);
    }
  });

  it("refuses a FIFO in a folder of lists", () => {
    const lists = join(dir, "fifo-lists");
    mkdirSync(lists);
    execFileSync("mkfifo", [join(lists, "lijst.json")]);
    const r = run(["pricelist", "list", "--lists", lists]);
    expectClear(r, 1);
    expect(r.stderr).toContain("lijst.json: is not a regular file");
  });
});

describe("--lists folders with traps", () => {
  it("reports a broken link, a link loop and a link out of the folder, never following it out", () => {
    const lists = join(dir, "trap-lists");
    mkdirSync(join(lists, "sub"), { recursive: true });
    symlinkSync("/etc/hostname", join(lists, "buiten.json"));
    symlinkSync(join(lists, "nergens.json"), join(lists, "kapot.json"));
    symlinkSync(join(lists, "lus-b"), join(lists, "lus-a"));
    symlinkSync(join(lists, "lus-a"), join(lists, "lus-b"));
    symlinkSync(lists, join(lists, "sub", "terug")); // inside, back up: walked once, not forever
    const r = run(["pricelist", "list", "--lists", lists]);
    expectClear(r, 1);
    expect(r.stderr).toContain("buiten.json: is a symbolic link to /etc/hostname, outside the folder; not followed");
    expect(r.stderr).toContain("kapot.json: is a broken symbolic link");
    expect(r.stderr).toContain("lus-a: is a symbolic link loop");
  });

  it("refuses / and ../../ quickly with one clear message, not exit 70", () => {
    for (const d of ["/", "../../"]) {
      const r = run(["pricelist", "list", "--lists", d]);
      expectClear(r, 1);
    }
    expect(run(["pricelist", "list", "--lists", "/"]).stderr).toContain("point --lists at the folder");
  });

  it("reports an unreadable subfolder by name", () => {
    if (process.getuid?.() === 0) return; // root reads everything
    const lists = join(dir, "closed-lists");
    mkdirSync(join(lists, "dicht"), { recursive: true });
    chmodSync(join(lists, "dicht"), 0o000);
    const r = run(["pricelist", "list", "--lists", lists]);
    chmodSync(join(lists, "dicht"), 0o700);
    expectClear(r, 1);
    expect(r.stderr).toContain("dicht: cannot read the folder");
  });

  it("reports both of two basedOn cycles", () => {
    const lists = join(dir, "cycles");
    mkdirSync(lists);
    const list = (id: string, base: string) => ({
      id,
      version: "1",
      title: id,
      publisher: "gemeente",
      priceYear: 2024,
      currency: "EUR",
      validFrom: "2024-01-01",
      basedOn: { id: base, version: "1" },
      items: [],
    });
    for (const [a, b] of [
      ["a", "b"],
      ["b", "a"],
      ["c", "d"],
      ["d", "c"],
    ] as const)
      writeFileSync(join(lists, `${a}.json`), JSON.stringify(list(a, b)));
    const r = run(["pricelist", "list", "--lists", lists]);
    expectClear(r, 1);
    expect(r.stderr).toContain("basedOn cycle: a@1 → b@1 → a@1");
    expect(r.stderr).toContain("basedOn cycle: c@1 → d@1 → c@1");
  });
});

describe("options typed carelessly", () => {
  it("refuses --group-by __proto__ and constructor with the accepted values", () => {
    for (const v of ["__proto__", "constructor", "toString"]) {
      const r = run(["compute", NS, "--group-by", v, "--format", "html"]);
      expectClear(r, 2);
      expect(r.stderr).toContain("use wijk, programme, month, quarter, year, payer");
    }
  });

  it("reads a negative number in the spaced form as a value; the range check then decides", () => {
    const spaced = run(["whatif", NS, "--deadweight", "-0.1"]);
    const joined = run(["whatif", NS, "--deadweight=-0.1"]);
    expectClear(spaced, 2);
    expect(spaced.stderr).not.toContain("ambiguous");
    expect(spaced.stderr).toBe(joined.stderr);
    // Issue 10: negative rates down to −0.05 are allowed (the risk-free rate); below that the range check refuses.
    expect(run(["whatif", NS, "--discount-rate", "-0.01"]).code).toBe(0);
    expect(run(["whatif", NS, "--discount-rate", "-0.5"]).stderr).toContain(
      '--discount-rate: "-0.5" is not a discount rate from -0.05 to 0.20',
    );
    expect(run(["simulate", NS, "--seed", "-1", "--draws", "10"]).stderr).toContain('(got "-1")');
  });

  it("exits 2 for every wrong option value, in every command", () => {
    for (const args of [
      ["compute", NS, "--pricelist", "bestaat-niet"],
      ["compute", NS, "--price-year", "twintig"],
      ["whatif", NS, "--deadweight", "1.5"],
      ["whatif", NS, "--base-pricelist", "bestaat-niet"],
      ["simulate", NS, "--draws", "0"],
      ["pricelist", "show", "bestaat-niet"],
      ["audit", "examples/audit/claims.json", "--cases", "examples/audit/cases.json", "--tolerance", "x"],
    ])
      expectClear(run(args), 2);
  });

  it("reports a number beyond range as typed, never in exponent notation", () => {
    const big = "123456789012345678901234567890";
    for (const args of [
      ["simulate", NS, "--seed", big],
      ["simulate", NS, "--draws", big],
      ["whatif", NS, "--deadweight", big],
      ["whatif", NS, "--horizon", big],
    ]) {
      const r = run(args);
      expectClear(r, 2);
      expect(r.stderr).toContain(big);
      expect(r.stderr).not.toMatch(/e\+\d/);
    }
  });

  it("names the nearest option, command and list, in one line plus where the help is", () => {
    const r = run(["compute", NS, "--grouby", "wijk"]);
    expectClear(r, 2);
    expect(r.stderr).toBe(
      "rendement compute: unknown option --grouby; did you mean --group-by?\nsee: rendement compute --help\n",
    );
    expect(run(["cmopute"]).stderr).toContain('unknown command "cmopute"; did you mean compute?');
    expect(run(["compute", NS, "--pricelist", "sociaal-domijn@2024"]).stderr).toContain(
      "did you mean sociaal-domein@2024?",
    );
    expect(run(["compute", NS, "--group-by", "kwartal"]).stderr).toContain("did you mean kwartaal?");
    expect(run(["compute", NS, "--format", "htm"]).stderr).toContain("did you mean html?");
  });
});

describe("a closed pipe", () => {
  it("ends quietly with exit 0 when the reader stops early (| head)", async () => {
    const child = spawn(process.execPath, [BIN, "compute", "examples/district/cases.json"], { cwd: ROOT });
    let err = "";
    child.stderr.on("data", (d) => void (err += d));
    // Read one chunk, then close the pipe as head does.
    await new Promise<void>((resolve) => child.stdout.once("data", () => resolve()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on("close", (c) => resolve(c)));
    expect(err).not.toContain("EPIPE");
    expect(code).toBe(0);
  });
});

describe("node flags a worker thread cannot take", () => {
  // `node --max-semi-space-size=2 --expose-gc bin/rendement.js …`: Node refuses V8 and process-wide flags in a
  // worker (ERR_WORKER_INVALID_EXEC_ARGV); the workers run without them, with the same figures.
  const flagged = (args: string[]) =>
    spawnSync(process.execPath, ["--max-semi-space-size=2", "--expose-gc", BIN, ...args], {
      cwd: ROOT,
      encoding: "utf8",
      timeout: 60_000,
    });

  it("compute on JSON lines with 2 workers, and simulate with 2 workers, as without the flags", () => {
    const lines = join(dir, "district.jsonl");
    expect(run(["convert", join(ROOT, "examples/district/cases.json"), lines]).code).toBe(0);
    for (const args of [
      ["compute", lines, "--group-by", "wijk", "--workers", "2"],
      ["simulate", NS, "--draws", "200", "--seed", "1", "--workers", "2", "--no-tornado"],
    ]) {
      const r = flagged(args);
      expect(r.stderr).not.toMatch(/internal error|ERR_WORKER|\n\s+at /);
      expect(r.status).toBe(0);
      expect(r.stdout).toBe(run(args).stdout);
    }
  });
});
