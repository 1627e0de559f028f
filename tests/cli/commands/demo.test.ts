import { describe, expect, it } from "vitest";
import { main } from "../../../src/cli/main.js";

describe("rendement demo", () => {
  it("prints the examples and a Dutch roll-up of the district, and writes the HTML report", async () => {
    let out = "";
    const files = new Map<string, string>();
    const code = await main(["demo", "--out", "uit"], {
      stdout: (t) => void (out += t),
      stderr: () => {},
      writeFile: (p, t) => void files.set(p, t as string),
      isTTY: false,
    });
    expect(code).toBe(0);
    expect(out).toContain("netto rendement");
    expect(out).toContain("WK079604 Zuidoost");
    expect(out).toMatch(/totaal\s+320 /);
    expect(out).toContain("HTML-rapport geschreven naar uit/rendement-demo.html");
    expect(files.get("uit/rendement-demo.html")).toContain("Synthetische gegevens");
  });

  it("takes --lang as every command does (messages follow it), and refuses another language as wrong usage", async () => {
    const io = (err: string[]) => ({
      stdout: () => {},
      stderr: (t: string) => void err.push(t),
      writeFile: () => {},
      isTTY: false,
    });
    expect(await main(["demo", "--lang", "nl", "--out", "uit"], io([]))).toBe(0);
    const err: string[] = [];
    expect(await main(["demo", "--lang", "fr"], io(err))).toBe(2);
    expect(err.join("")).toContain('--lang must be one of nl, en (got "fr")');
  });
});
