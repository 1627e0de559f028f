import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// docs/first-case.md walks a new user from nothing to a wijk report: every
// `$ rendement …` line in it is run here, in order, in an empty folder, and
// the output block after it must be what the tool printed (standard output,
// then standard error). `UPDATE_GOLDEN=1 npx vitest run tests/docs` rewrites
// the output blocks; review the diff before committing.
const ROOT = join(__dirname, "../..");
const BIN = join(ROOT, "bin/rendement.js");
const DOC = join(ROOT, "docs/first-case.md");

interface Step {
  readonly args: string[];
  readonly exit: number;
  /** The output block after the command: its text and where it sits in the page. */
  readonly output?: { readonly text: string; readonly start: number; readonly end: number };
}

function steps(doc: string): Step[] {
  const out: Step[] = [];
  const block = /```sh\n\$ rendement ([^\n]*)\n```\n(?:\n```text\n([\s\S]*?)```\n)?/g;
  for (const m of doc.matchAll(block)) {
    const [line = "", comment] = (m[1] as string).split(/\s+#\s*/);
    const exit = Number(/exit (\d+)/.exec(comment ?? "")?.[1] ?? 0);
    const text = m[2];
    const start = text === undefined ? -1 : (m.index as number) + (m[0] as string).lastIndexOf("```text\n") + 8;
    out.push({
      args: line.trim().split(/\s+/),
      exit,
      ...(text !== undefined ? { output: { text, start, end: start + text.length } } : {}),
    });
  }
  return out;
}

describe("docs/first-case.md", () => {
  it("runs every command as written and shows what each printed", () => {
    if (!existsSync(join(ROOT, "dist/cli/main.js"))) throw new Error("dist/ is missing: run `npm run build`");
    const doc = readFileSync(DOC, "utf8");
    const all = steps(doc);
    expect(all.length).toBeGreaterThanOrEqual(7);
    // Every command of the page is one of the steps, none missed by the pattern above.
    expect(doc.match(/^\$ rendement /gm)?.length).toBe(all.length);
    const cwd = mkdtempSync(join(tmpdir(), "rendement-first-case-"));
    let updated = doc;
    const results = all.map((s) => {
      const r = spawnSync(process.execPath, [BIN, ...s.args], { cwd, encoding: "utf8" });
      expect(r.status, `rendement ${s.args.join(" ")}\n${r.stderr}`).toBe(s.exit);
      return `${r.stdout}${r.stderr}`;
    });
    if (process.env.UPDATE_GOLDEN === "1") {
      // Replace from the end so earlier positions stay valid.
      for (let i = all.length - 1; i >= 0; i--) {
        const o = all[i]?.output;
        if (o) updated = `${updated.slice(0, o.start)}${results[i]}${updated.slice(o.end)}`;
      }
      writeFileSync(DOC, updated);
      return;
    }
    all.forEach((s, i) => {
      if (s.output) expect(results[i], `output of rendement ${s.args.join(" ")}`).toBe(s.output.text);
    });
    // The walk-through ends with the wijk reports written.
    expect(existsSync(join(cwd, "mijn-casussen/rapport.html"))).toBe(true);
    expect(existsSync(join(cwd, "mijn-casussen/rapport.xlsx"))).toBe(true);
  });
});
