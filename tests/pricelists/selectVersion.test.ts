import { describe, expect, it } from "vitest";
import { bundledCatalog } from "../../src/pricelists/bundledCatalog.js";
import { createCatalog } from "../../src/pricelists/catalog.js";
import { latestVersion, selectVersion } from "../../src/pricelists/selectVersion.js";
import { files, issuesOf, list } from "../fixtures/lists.js";

describe("selectVersion: the newest version whose validFrom is on or before the date", () => {
  const c = createCatalog({
    lists: files(
      list("l", "2018", [], { validFrom: "2018-01-01" }),
      list("l", "2024", [], { validFrom: "2024-01-16" }),
      list("l", "2025", [], { validFrom: "2025-01-01" }),
    ),
  });

  it.each([
    ["2024-01-15", "2018"], // the day before validFrom
    ["2024-01-16", "2024"], // on validFrom
    ["2024-01-17", "2024"], // the day after
    ["2024-12-31", "2024"],
    ["2025-01-01", "2025"],
    ["2018-01-01", "2018"],
    ["2099-01-01", "2025"],
  ])("on %s: version %s", (date, version) => {
    expect(selectVersion(c, "l", date)).toEqual({ id: "l", version });
  });

  it("does not depend on the order of files in the catalog", () => {
    const rev = { lists: [...c.lists].reverse(), indexSeries: [] };
    expect(selectVersion(rev, "l", "2024-01-16")).toEqual({ id: "l", version: "2024" });
  });

  it("refuses a date before every version, and an unknown list", () => {
    expect(issuesOf(() => selectVersion(c, "l", "2017-12-31"))[0]).toMatchObject({
      code: "no_valid_version",
      expected: "a date on or after 2018-01-01",
    });
    expect(issuesOf(() => selectVersion(c, "x", "2024-01-01"))[0]).toMatchObject({
      code: "unknown_pricelist",
      expected: "one of l",
    });
  });

  it("chooses among the bundled social-domain versions at their boundaries", () => {
    const b = bundledCatalog();
    expect(selectVersion(b, "sociaal-domein", "2024-01-15").version).toBe("2018");
    expect(selectVersion(b, "sociaal-domein", "2024-01-16").version).toBe("2024");
    expect(selectVersion(b, "sociaal-domein", "2024-12-31").version).toBe("2024");
    expect(selectVersion(b, "sociaal-domein", "2025-01-01").version).toBe("2025");
  });
});

describe("latestVersion: the newest version by its label, whatever its validFrom", () => {
  const c = createCatalog({
    lists: files(
      list("l", "2024.9", [], { validFrom: "2024-09-01" }),
      list("l", "2024.10", [], { validFrom: "2024-01-01" }),
      list("l", "2024", [], { validFrom: "2024-01-16" }),
    ),
  });

  it("compares version labels as numbers: 2024.10 after 2024.9 (text order would say 2024.9)", () => {
    expect(latestVersion(c, "l")).toEqual({ id: "l", version: "2024.10" });
  });

  it("gives the bundled list's newest edition", () => {
    expect(latestVersion(bundledCatalog(), "sociaal-domein")).toEqual({ id: "sociaal-domein", version: "2026" });
  });

  it("refuses an unknown list as selectVersion does, naming the lists there are", () => {
    const issues = issuesOf(() => latestVersion(c, "m"));
    expect(issues).toEqual(issuesOf(() => selectVersion(c, "m", "2024-01-01")));
    expect(issues[0]).toMatchObject({ code: "unknown_pricelist", params: { id: "m", known: "l" } });
  });
});
