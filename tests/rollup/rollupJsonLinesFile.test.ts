// A JSON-lines file rolled up on worker threads: the threads start the built module, so the library is
// imported from dist, as a user runs it. However the file is cut, the aggregate is the one-pass aggregate.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";

const node = await import("../../dist/node/index.js");
const core = await import("../../dist/index.js");

const dir = mkdtempSync(join(tmpdir(), "rendement-lines-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const district = JSON.parse(readFileSync("examples/district/cases.json", "utf8")).cases as unknown[];
const options = { catalog: core.bundledCatalog(), pricelist: "sociaal-domein", groupBy: ["wijk", "quarter"] as const };

let files = 0;
function write(text: string): string {
  const file = join(dir, `cases-${files++}.jsonl`);
  writeFileSync(file, text);
  return file;
}

async function issuesOf(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    if (core.isInputError(e)) return e.issues;
    throw e;
  }
  throw new Error("expected an InputError");
}

describe("rollupJsonLinesFile", () => {
  it("gives the one-pass aggregate and lists on 2, 3 and 7 threads, with a BOM, CRLF and blank lines", async () => {
    const lines = district.map((c) => JSON.stringify(c));
    const text = `\uFEFF${lines.map((l, i) => (i % 7 === 3 ? `${l}\r\n\n` : `${l}\n`)).join("")}`;
    const file = write(text);
    const one = await node.rollupJsonLinesFile(file, { ...options, workers: 1 });
    expect(one.threads).toBe(1);
    expect(one.table.total.cases).toBe(district.length);
    for (const workers of [2, 3, 7]) {
      const many = await node.rollupJsonLinesFile(file, { ...options, workers });
      expect(many.threads).toBe(workers);
      expect(JSON.stringify(many.aggregate)).toBe(JSON.stringify(one.aggregate));
      expect([...many.lists.keys()]).toEqual([...one.lists.keys()]);
    }
  });

  it("names every problem by its line, as one pass does, when a later range has one", async () => {
    const lines = district.slice(0, 60).map((c) => JSON.stringify(c));
    lines[45] = "{not json";
    const bad = { ...(district[50] as object), counterfactual: [{ item: "justitie.detenti.jaar", quantity: 1 }] };
    lines[50] = JSON.stringify(bad);
    const file = write(`${lines.join("\n")}\n`);
    const one = await issuesOf(node.rollupJsonLinesFile(file, { ...options, workers: 1 }));
    const three = await issuesOf(node.rollupJsonLinesFile(file, { ...options, workers: 3 }));
    expect(three).toEqual(one);
    expect((one as { path: unknown[] }[]).map((i) => i.path.slice(0, 2))).toEqual([
      ["line", 46],
      ["line", 51],
    ]);
  });

  it("keeps a byte order mark in the middle of the file a problem, wherever the file is cut", async () => {
    const lines = district.slice(0, 40).map((c) => JSON.stringify(c));
    lines[20] = `\uFEFF${lines[20]}`;
    const file = write(`${lines.join("\n")}\n`);
    const one = await issuesOf(node.rollupJsonLinesFile(file, { ...options, workers: 1 }));
    for (const workers of [2, 4])
      expect(await issuesOf(node.rollupJsonLinesFile(file, { ...options, workers }))).toEqual(one);
  });

  it("property: any cases, any line ends, any number of threads: the same aggregate", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.nat(district.length - 1), { minLength: 0, maxLength: 30 }),
        fc.array(fc.constantFrom("\n", "\r\n", "\n\n"), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 2, max: 5 }),
        async (picks, ends, workers) => {
          const text = picks.map((k, i) => `${JSON.stringify(district[k])}${ends[i % ends.length]}`).join("");
          const file = write(text);
          const one = await node.rollupJsonLinesFile(file, { ...options, workers: 1 });
          const many = await node.rollupJsonLinesFile(file, { ...options, workers });
          expect(JSON.stringify(many.aggregate)).toBe(JSON.stringify(one.aggregate));
          expect([...many.lists.keys()]).toEqual([...one.lists.keys()]);
        },
      ),
      { numRuns: 6 },
    );
  });

  it("does a roll-up whose groups outgrow a worker's memory on the calling thread: the same result", async () => {
    // 12,000 wijken: some 20 MiB of groups per worker, beyond a 12 MiB worker heap.
    const lines = Array.from({ length: 12_000 }, (_, i) =>
      JSON.stringify({ ...(district[i % district.length] as object), id: `k${i}`, wijk: `W${i}` }),
    );
    const file = write(`${lines.join("\n")}\n`);
    const one = await node.rollupJsonLinesFile(file, { ...options, workers: 1 });
    const bounded = await node.rollupJsonLinesFile(file, { ...options, workers: 2, workerMemoryMb: 12 });
    expect(bounded.threads).toBe(1);
    expect(JSON.stringify(bounded.aggregate)).toBe(JSON.stringify(one.aggregate));
    // With the default bound the same file runs on both threads.
    const roomy = await node.rollupJsonLinesFile(file, { ...options, workers: 2 });
    expect(roomy.threads).toBe(2);
    expect(JSON.stringify(roomy.aggregate)).toBe(JSON.stringify(one.aggregate));
  }, 60_000);

  it("refuses a worker memory that is no number of MiB", async () => {
    for (const workerMemoryMb of [0, -1, Number.NaN])
      await expect(node.rollupJsonLinesFile("x.jsonl", { ...options, workerMemoryMb })).rejects.toThrow(RangeError);
  });

  it("refuses a file that is not there, before starting any thread", async () => {
    const issues = (await issuesOf(node.rollupJsonLinesFile(join(dir, "missing.jsonl"), options))) as {
      code: string;
    }[];
    expect(issues[0]?.code).toBe("unreadable_file");
  });
});
