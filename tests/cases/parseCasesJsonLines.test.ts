import { describe, expect, it } from "vitest";
import { InputError, parseCasesCsvStream, parseCasesJsonLines } from "../../src/index.js";

const line = (id: string) =>
  JSON.stringify({
    id,
    wijk: "Noord",
    start: "2024-03-01",
    counterfactual: [{ item: "justitie.detentie.dag", quantity: 2 }],
    actual: [],
    notes: "één café",
  });

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

/** The text as UTF-8 bytes cut into chunks of `size` bytes, splitting characters. */
function bytes(text: string, size: number): Uint8Array[] {
  const all = new TextEncoder().encode(text);
  const out: Uint8Array[] = [];
  for (let i = 0; i < all.length; i += size) out.push(all.subarray(i, i + size));
  return out;
}

function readable(chunks: readonly Uint8Array[]): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream({
    pull(controller) {
      const c = chunks[i++];
      if (c) controller.enqueue(c);
      else controller.close();
    },
  });
}

describe("parseCasesJsonLines", () => {
  const text = `\uFEFF${line("a")}\r\n\n${line("b")}\n${line("c")}`;

  it("reads bytes split anywhere (inside a character, a CRLF, a BOM) the same as whole text", async () => {
    const whole = await collect(parseCasesJsonLines([text]));
    expect(whole.map((c) => c.id)).toEqual(["a", "b", "c"]);
    expect(whole[0]?.notes).toBe("één café");
    for (const size of [1, 2, 3, 7, 64]) expect(await collect(parseCasesJsonLines(bytes(text, size)))).toEqual(whole);
  });

  it("reads a web ReadableStream (a fetch body)", async () => {
    const cases = await collect(parseCasesJsonLines(readable(bytes(text, 5))));
    expect(cases.map((c) => c.id)).toEqual(["a", "b", "c"]);
  });

  it("names the line of every problem, after yielding the valid cases, and tells the line of each case", async () => {
    const lines: number[] = [];
    const seen: string[] = [];
    const source = [`${line("a")}\nnot json\n`, `${line("b")}\n{"id":"x"}\n`];
    const error = await (async () => {
      try {
        for await (const c of parseCasesJsonLines(source, { file: "c.jsonl", onLine: (n) => lines.push(n) }))
          seen.push(c.id);
      } catch (e) {
        return e;
      }
    })();
    expect(seen).toEqual(["a", "b"]);
    expect(lines).toEqual([1, 3]);
    expect(error).toBeInstanceOf(InputError);
    const issues = (error as InputError).issues;
    expect(issues[0]).toMatchObject({ code: "invalid_json", file: "c.jsonl", path: ["line", 2] });
    expect(issues.slice(1).every((i) => i.path[0] === "line" && i.path[1] === 4)).toBe(true);
  });
});

describe("parseCasesCsvStream", () => {
  it("reads a case CSV from a stream of bytes", async () => {
    const csv =
      "id;wijk;start;side;item;quantity;reason\nc1;WK079601;2024-03-01;counterfactual;justitie.detentie.dag;2;Valt vaak\n";
    const file = await parseCasesCsvStream(readable(bytes(csv, 3)), { file: "c.csv" });
    expect(file.cases[0]?.counterfactual).toEqual([
      { item: "justitie.detentie.dag", quantity: "2", reason: "Valt vaak" },
    ]);
  });
});
