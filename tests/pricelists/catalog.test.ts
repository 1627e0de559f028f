import { describe, expect, it } from "vitest";
import { bundledCatalog } from "../../src/pricelists/bundledCatalog.js";
import { createCatalog, mergeCatalogs } from "../../src/pricelists/catalog.js";
import { files, issuesOf, item, list, series } from "../fixtures/lists.js";

describe("createCatalog / mergeCatalogs", () => {
  it("keeps valid files with their names", () => {
    const c = createCatalog({
      lists: files(list("a", "1", [item("x", "each", "1")])),
      indexSeries: [{ data: series(), file: "s.json" }],
    });
    expect(c.lists.map((l) => [l.list.id, l.list.version, l.file])).toEqual([["a", "1", "fixtures/a/1.json"]]);
    expect(c.indexSeries[0]?.series.values["2024"]).toBe("130.27");
  });

  it("refuses the same id@version twice", () => {
    const issues = issuesOf(() =>
      createCatalog({ lists: files(list("a", "1", []), list("a", "1", [], { validFrom: "2025-01-01" })) }),
    );
    expect(issues[0]).toMatchObject({ code: "duplicate_list", path: ["version"], file: "fixtures/a/1.json" });
  });

  it("refuses two versions valid from the same day (the choice by date would be ambiguous)", () => {
    const issues = issuesOf(() => createCatalog({ lists: files(list("a", "1", []), list("a", "2", [])) }));
    expect(issues[0]).toMatchObject({ code: "ambiguous_valid_from", path: ["validFrom"] });
    expect(issues[0]?.message).toMatch(/a@2 and a@1 are both valid from 2024-01-01/);
  });

  it("merging a municipality's list with the bundled ones refuses shadowing a bundled version", () => {
    const own = createCatalog({ lists: files(list("sociaal-domein", "2024", [], { validFrom: "2030-01-01" })) });
    expect(issuesOf(() => mergeCatalogs(bundledCatalog(), own))[0]?.code).toBe("duplicate_list");
    const ok = mergeCatalogs(
      bundledCatalog(),
      createCatalog({ lists: files(list("gemeente-oss", "2025", [item("x", "hour", "60")])) }),
    );
    expect(ok.lists.some((l) => l.list.id === "gemeente-oss")).toBe(true);
  });

  it("refuses the same index series version twice", () => {
    const s = { data: series(), file: "s.json" };
    expect(issuesOf(() => createCatalog({ indexSeries: [s, s] }))[0]?.code).toBe("duplicate_series");
  });
});
