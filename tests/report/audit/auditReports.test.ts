import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { audit } from "../../../src/audit/audit.js";
import { parseClaimsCsv } from "../../../src/audit/parseClaimsCsv.js";
import { parseClaimsFile } from "../../../src/audit/parseClaimsFile.js";
import type { AuditResult } from "../../../src/audit/types.js";
import { auditDocument } from "../../../src/report/audit/auditBlocks.js";
import { auditCsv } from "../../../src/report/audit/auditCsv.js";
import { auditHtml } from "../../../src/report/audit/auditHtml.js";
import { auditMarkdown } from "../../../src/report/audit/auditMarkdown.js";
import { renderText } from "../../../src/report/render/renderText.js";
import { c1, caseFile, catalog, claim } from "../../audit/fixtures.js";

// What a reader sees, without any format's escaping (the Markdown and HTML escaping is tested on its own).
const plain = (r: AuditResult, lang: "nl" | "en" = "nl") => renderText(auditDocument(r, lang));

const result = (over: Record<string, string> = {}) =>
  audit(parseClaimsFile({ claims: [claim(over)] }), caseFile([c1()]), { catalog });

describe("audit reports", () => {
  it("Markdown: status, line-by-line recomputation, totals and findings in words (nl and en)", () => {
    const md = auditMarkdown(result({ claimedSavings: "9000.00" }));
    expect(md).toContain("## Claim k1 — **te hoog geclaimd**");
    // opvang: 30 days × € 100,00 = € 3.000,00
    expect(md).toMatch(
      /\| `counterfactual\[1\]` \| `opvang\.dag`: opvang\.dag \| € 100,00 \| 30 dag \|.*\| € 3\.000,00 \|/,
    );
    expect(md).toContain("| Netto rendement van de casus (C − A) | € 8.400,00 |");
    expect(md).toContain("is € 600,00 hoger dan de herberekende (€ 8.400,00)");
    expect(auditMarkdown(result({ claimedSavings: "9000.00" }), "en")).toContain(
      "exceed the recomputed savings (€8,400.00) by €600.00",
    );
  });
  it("Markdown escapes user text outside tables", () => {
    const md = auditMarkdown(
      audit(parseClaimsFile({ claims: [claim({ id: "<b>*x*</b>" })] }), caseFile([c1()]), { catalog }),
    );
    expect(md).toContain("## Claim &lt;b&gt;&#42;x&#42;&lt;/b&gt;");
  });
  it("HTML is one page with every piece of user text escaped", () => {
    const html = auditHtml(
      audit(parseClaimsFile({ claims: [claim({ purpose: `"><img src=x onerror=alert(1)>` })] }), caseFile([c1()]), {
        catalog,
      }),
    );
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).not.toContain("<img");
    expect(html).toContain("&quot;&gt;&lt;img");
    expect(html).not.toMatch(/<script|<link/);
  });
  it("CSV: one row per claim, Dutch dialect, amounts as numbers", () => {
    const csv = auditCsv(result({ claimedSavings: "9000.00" }));
    const rows = csv.trimEnd().split("\r\n");
    expect(rows).toHaveLength(2);
    expect(rows[1]).toBe(
      "k1;c1;2024-03-05;1500,00;huurachterstand;te hoog geclaimd;9000,00;8400,00;600,00;0,00;test-lijst@2024;" +
        result().claims[0]?.recomputation?.pricelist.fingerprint +
        ";savings_above_recomputed",
    );
  });
  it("the worked example's JSON and CSV claims are the same claims", () => {
    const json = parseClaimsFile(JSON.parse(readFileSync("examples/audit/claims.json", "utf8")));
    const csv = parseClaimsCsv(readFileSync("examples/audit/claims.csv", "utf8"));
    expect(json.claims).toEqual(csv.claims);
  });
});

describe("audit reports: duplicate spending in words", () => {
  it("names the intervention line claimed twice and the claim that keeps it (nl and en)", () => {
    const r = audit(
      parseClaimsFile({ claims: [claim(), claim({ id: "k2", purpose: "huur maart", claimedSavings: "0.00" })] }),
      caseFile([c1()]),
      { catalog },
    );
    expect(plain(r)).toContain(
      "Inzetregel actual[0] (€ 1.500,00) is ook geclaimd in k1 (casus c1). Een uitgave levert maar één keer besparing op; alleen claim k1 telt.",
    );
    expect(plain(r, "en")).toContain(
      "Intervention line actual[0] (€1,500.00) is also claimed in k2 (case c1). Spending earns savings once; only claim k1 counts.",
    );
  });
});

describe("audit reports: a case that cannot be priced", () => {
  it("names the problem in the line's place once, without the English finding message in the Dutch report", () => {
    const c = c1({ start: "2023-06-01" });
    (c.actual as Record<string, unknown>[]).push({ item: "nieuw.item", quantity: "1" });
    const r = audit(parseClaimsFile({ claims: [claim({ date: "2023-06-05" })] }), caseFile([c]), { catalog });
    const md = plain(r);
    expect(md).toContain("De casus kan met test-lijst@2023 niet worden geprijsd: actual[2].item: ");
    expect(md).not.toContain("cannot be priced");
    expect(plain(r, "en")).toContain("The case cannot be priced with test-lijst@2023: actual[2].item: ");
  });
});

describe("audit reports: item names in the report's language", () => {
  it("names a priced line by its Dutch label in Dutch and its English label in English", async () => {
    const { bundledCatalog } = await import("../../../src/pricelists/bundledCatalog.js");
    const { parseCaseFile } = await import("../../../src/cases/parseCaseFile.js");
    const claims = parseClaimsCsv(readFileSync("examples/audit/claims.csv", "utf8"));
    const cases = parseCaseFile(JSON.parse(readFileSync("examples/audit/cases.json", "utf8")));
    const r = audit(claims, cases, { catalog: bundledCatalog() });
    // the rent-arrears case prices 4 hours of police without a reason
    expect(plain(r, "nl")).toContain("veiligheid.politie-inzet.uur: Politie-inzet (per uur)");
    expect(plain(r, "en")).toContain("veiligheid.politie-inzet.uur: Police deployment (per hour)");
    expect(plain(r, "en")).not.toContain("Politie-inzet (per uur)");
  });
});
