import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { COMMANDS, helpOf, main } from "../../src/cli/main.js";
import { en } from "../../src/cli/messages/en.js";
import { helpNl } from "../../src/cli/messages/helpNl.js";
import { messageLang } from "../../src/cli/messages/index.js";
import { nl } from "../../src/cli/messages/nl.js";

async function run(argv: string[], o: { env?: Record<string, string>; tty?: boolean } = {}) {
  let out = "";
  let err = "";
  const code = await main(argv, {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    writeFile: () => undefined,
    isTTY: o.tty ?? false,
    env: o.env ?? {},
  });
  return { code, out, err };
}

const NS = "examples/ns-jaarkaart.json";
const dir = mkdtempSync(join(tmpdir(), "rendement-msg-"));

describe("the language of messages", () => {
  it("follows --lang, else LC_ALL, LC_MESSAGES or LANG (nl_* is Dutch), else English", () => {
    expect(messageLang([], { LANG: "nl_NL.UTF-8" })).toBe("nl");
    expect(messageLang([], { LANG: "nl_BE" })).toBe("nl");
    expect(messageLang([], { LANG: "en_GB.UTF-8" })).toBe("en");
    expect(messageLang([], { LANG: "C.UTF-8" })).toBe("en");
    expect(messageLang([], {})).toBe("en");
    expect(messageLang([], { LC_ALL: "en_US", LANG: "nl_NL" })).toBe("en");
    expect(messageLang(["compute", "--lang", "nl"], { LANG: "en_GB" })).toBe("nl");
    expect(messageLang(["compute", "--lang=en"], { LANG: "nl_NL" })).toBe("en");
    expect(messageLang(["compute", "--lang", "fr"], { LANG: "nl_NL" })).toBe("nl");
  });

  it("prints help and usage errors in Dutch under LANG=nl_NL, and in English under --lang en", async () => {
    const help = await run(["compute", "--help"], { env: { LANG: "nl_NL.UTF-8" } });
    expect(help.out).toContain("Prijst elke casus");
    const overview = await run(["--help"], { env: { LANG: "nl_NL.UTF-8" } });
    expect(overview.out).toContain("Gebruik: rendement <opdracht> [opties]");
    expect(overview.out).toContain("prijs casussen");
    const wrong = await run(["compute", NS, "--grouby", "wijk"], { env: { LANG: "nl_NL.UTF-8" } });
    expect(wrong.err).toBe(
      "rendement compute: onbekende optie --grouby; bedoelde u --group-by?\nzie: rendement compute --help\n",
    );
    const english = await run(["compute", NS, "--grouby", "wijk", "--lang", "en"], { env: { LANG: "nl_NL.UTF-8" } });
    expect(english.err).toContain("unknown option --grouby; did you mean --group-by?");
  });

  it("has every message in both dictionaries and every option of the English help in the Dutch help", () => {
    expect(Object.keys(nl).sort()).toEqual(Object.keys(en).sort());
    expect(Object.keys(nl.why).sort()).toEqual(Object.keys(en.why).sort());
    for (const [name, text] of Object.entries(helpNl)) {
      const options = new Set(COMMANDS[name]?.help.match(/--[a-z-]+/g) ?? []);
      for (const o of options) expect(text, `${name} ${o}`).toContain(o);
      expect(helpOf(name, "nl")).toBe(text);
    }
    for (const name of Object.keys(COMMANDS)) expect(nl.summary[name], name).toBeDefined();
    expect(Object.keys(helpNl).sort()).toEqual(Object.keys(COMMANDS).sort());
  });
});

describe("hints", () => {
  it("suggests the item code nearest to a misspelt one", async () => {
    const f = join(dir, "typo.json");
    const data = JSON.parse(readFileSync(NS, "utf8"));
    data.cases[0].counterfactual[0].item = "justitie.detenti.jaar";
    writeFileSync(f, JSON.stringify(data));
    const r = await run(["compute", f]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('unknown price item "justitie.detenti.jaar"; did you mean "justitie.detentie.jaar"?');
  });
});

describe("the invisible choices", () => {
  it("names each list's validFrom, the cases it priced and why it was chosen", async () => {
    const r = await run(["compute", "examples/district/cases.json", "--totals-only"]);
    const lists = JSON.parse(r.out).lists as { id: string; validFrom: string; cases: number; chosenBy: string[] }[];
    const sd = lists.filter((l) => l.id === "sociaal-domein");
    expect(sd.length).toBeGreaterThan(0);
    for (const l of sd) {
      expect(l.validFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(l.chosenBy).toEqual(["date"]);
    }
    expect(sd.reduce((s, l) => s + l.cases, 0)).toBe(320);
    const ns = JSON.parse((await run(["compute", NS])).out).lists[0];
    expect(ns).toMatchObject({ id: "thuis-in-zuidoost", cases: 1, chosenBy: ["file"] });
  });

  it("explains an item missing because the case starts before the edition that has it", async () => {
    const f = join(dir, "cutoff.json");
    const c = {
      id: "c1",
      wijk: "WK1",
      start: "2024-01-10",
      counterfactual: [{ item: "daginvulling.dagbesteding.licht.dagdeel", quantity: "2" }],
      actual: [],
    };
    writeFileSync(f, JSON.stringify({ cases: [c] }));
    const r = await run(["compute", f]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(
      "the case starts on 2024-01-10, before sociaal-domein@2024 (valid from 2024-01-16), which has " +
        '"daginvulling.dagbesteding.licht.dagdeel"; it was priced with sociaal-domein@2018',
    );
    writeFileSync(f, JSON.stringify({ cases: [{ ...c, start: "2024-01-16" }] }));
    expect((await run(["compute", f])).code).toBe(0);
  });

  it("notes a --lists folder none of whose lists priced a case", async () => {
    const lists = join(dir, "eigen-lijsten");
    mkdirSync(lists);
    const list = JSON.parse(readFileSync("pricelists/thuis-in-zuidoost/voorbeeld-2024.json", "utf8"));
    writeFileSync(join(lists, "eigen.json"), JSON.stringify({ ...list, id: "eigen", version: "1" }));
    const unused = await run(["compute", NS, "--lists", lists]);
    expect(unused.code).toBe(0);
    expect(unused.err).toContain(`note: the price lists of --lists ${lists} (eigen@1) priced no case`);
    const used = await run(["compute", NS, "--lists", lists, "--pricelist", "eigen@1"]);
    expect(used.code).toBe(0);
    expect(used.err).not.toContain("priced no case");
  });
});

describe("progress", () => {
  it("shows a progress line on a terminal and wipes it, and says nothing when stderr is not one", async () => {
    const tty = await run(["compute", "examples/district/cases.json", "--totals-only"], { tty: true });
    expect(tty.err).toContain("computing: 320 cases");
    expect(tty.err.endsWith("\r\x1b[K")).toBe(true);
    const pipe = await run(["compute", "examples/district/cases.json", "--totals-only"]);
    expect(pipe.err).toBe("");
  });
});
