import { describe, expect, it } from "vitest";
import { simulationMarkdown, whatIfMarkdown } from "../../src/report/scenarios/scenarioReports.js";
import { simulate } from "../../src/scenarios/simulate.js";
import { whatIf } from "../../src/scenarios/whatIf.js";
import { cases, simpleCase, testCatalog } from "./fixtures.js";

const catalog = testCatalog([
  { code: "cell", amount: "200.00", unit: "day", domain: "justitie", payer: "rijk" },
  { code: "meeting", amount: "1500.00", domain: "ondersteuning" },
]);
const [c] = cases([
  simpleCase(
    "a",
    [{ item: "cell", quantity: 30, reason: "r" }],
    [{ item: "meeting", quantity: 1, intervention: true }],
  ),
]);
const cs = [{ ...c!, pm: [{ description: "vertrouwen in het wijkteam", domain: "zorg", note: "niet te meten" }] }];
const programmes = [{ name: "Thuis", pm: [{ description: "buurtnetwerk" }] }];
const listed = [
  { caseId: "a", description: "vertrouwen in het wijkteam", domain: "zorg", note: "niet te meten" },
  { programme: "Thuis", description: "buurtnetwerk" },
];

describe("PM effects in the scenario reports", () => {
  it("a what-if lists the case's and the programme's PM effects, never as euros", () => {
    const w = whatIf(cs, { catalog, pricelist: "test", programmes }, {});
    expect(JSON.parse(JSON.stringify(w)).pm).toEqual(listed);
    const nl = whatIfMarkdown(w, "nl");
    expect(nl).toContain("## Niet in euro's (PM)");
    expect(nl).toMatch(/\| a \| vertrouwen in het wijkteam \| `zorg` \| niet te meten \| PM \|/);
    expect(nl).toContain("programma Thuis");
    const en = whatIfMarkdown(w, "en");
    expect(en).toContain("## Not in euros (PM)");
    expect(en).toContain("programme Thuis");
  });

  it("a simulation lists them too", () => {
    const s = simulate(cs, { catalog, pricelist: "test", seed: 1, draws: 10, programmes });
    expect(JSON.parse(JSON.stringify(s)).pm).toEqual(listed);
    expect(simulationMarkdown(s, undefined, "nl")).toMatch(/## Niet in euro's \(PM\)[\s\S]*\| a \| vertrouwen/);
    expect(simulationMarkdown(s, undefined, "en")).toContain("## Not in euros (PM)");
  });

  it("without PM effects the list is empty and the section absent", () => {
    const w = whatIf([c!], { catalog, pricelist: "test" }, {});
    expect(w.pm).toEqual([]);
    expect(whatIfMarkdown(w, "en")).not.toContain("(PM)");
  });
});
