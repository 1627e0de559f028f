import { describe, expect, it } from "vitest";
import { loadInstruments } from "../../src/wellbeing/instruments.js";
import { pijn } from "../fixtures/instruments.js";
import { issuesOf } from "../fixtures/lists.js";

describe("loadInstruments", () => {
  it("validates the bundled instruments", () => {
    const m = loadInstruments();
    expect([...m.keys()].sort()).toEqual(["levenstevredenheid", "rapportcijfer", "vuistregels", "zrm"]);
    expect(m.get("zrm")?.dimensions.length).toBe(13);
    expect(m.get("zrm")?.scale).toEqual({ min: 1, max: 5, step: 1 });
    expect(m.get("vuistregels")?.dimensions.map((d) => d.id)).toEqual([
      "wonen",
      "financien",
      "daginvulling",
      "ondersteuning",
      "leefomgeving",
    ]);
    expect(m.get("rapportcijfer")?.scale).toMatchObject({ min: 1, max: 10 });
    expect(m.get("levenstevredenheid")).toMatchObject({ lifeSatisfaction: true, scale: { min: 0, max: 10 } });
  });

  it("refuses bad instrument files with their paths", () => {
    const issues = issuesOf(() =>
      loadInstruments([
        { data: { ...pijn, scale: { min: 10, max: 0 } }, file: "a.json" },
        { data: { ...pijn, id: "b", lifeSatisfaction: true, scale: { min: 1, max: 10 } }, file: "b.json" },
        { data: { ...pijn, id: "c", dimensions: [pijn.dimensions[0], pijn.dimensions[0]] }, file: "c.json" },
        { data: { ...pijn, id: "d", direction: "up" }, file: "d.json" },
        { data: { ...pijn, id: "e", dimensions: [] }, file: "e.json" },
      ]),
    );
    expect(issues.map((i) => `${i.file}:${i.path.join(".")}`)).toEqual([
      "a.json:scale",
      "b.json:lifeSatisfaction",
      "c.json:dimensions.1.id",
      "d.json:direction",
      "e.json:dimensions",
    ]);
  });

  it("refuses the same instrument id twice", () => {
    expect(
      issuesOf(() =>
        loadInstruments([
          { data: pijn, file: "a.json" },
          { data: pijn, file: "b.json" },
        ]),
      )[0],
    ).toMatchObject({ code: "duplicate_instrument", file: "b.json" });
  });
});
