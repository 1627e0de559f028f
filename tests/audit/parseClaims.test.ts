import { describe, expect, it } from "vitest";
import { parseClaimsCsv } from "../../src/audit/parseClaimsCsv.js";
import { parseClaimsFile } from "../../src/audit/parseClaimsFile.js";
import type { InputError } from "../../src/errors/InputError.js";

const issues = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return (e as InputError).issues;
  }
  throw new Error("no error");
};

describe("parseClaimsFile", () => {
  it("accepts a claims file and a bare array", () => {
    const c = {
      id: "k1",
      caseId: "c1",
      date: "2024-03-05",
      amount: "1500.00",
      purpose: "huur",
      claimedSavings: "8400.00",
    };
    expect(parseClaimsFile({ claims: [c] }).claims[0]?.amount).toBe("1500.00");
    expect(parseClaimsFile([c]).claims).toHaveLength(1);
  });
  it("reports every problem with file and path", () => {
    const is = issues(() =>
      parseClaimsFile(
        {
          claims: [
            { id: "k1", caseId: "c1", date: "2024-02-30", amount: "1,5", purpose: "x", claimedSavings: "-3" },
            { id: "k1" },
          ],
        },
        { file: "claims.json" },
      ),
    );
    const where = is.map((i) => `${i.file}:${i.path.join(".")}`);
    expect(where).toEqual(
      expect.arrayContaining([
        "claims.json:claims.0.date",
        "claims.json:claims.0.amount",
        "claims.json:claims.0.claimedSavings",
        "claims.json:claims.1.caseId",
      ]),
    );
  });
  it("refuses duplicate claim ids", () => {
    const c = { id: "k1", caseId: "c1", date: "2024-03-05", amount: "1", purpose: "x", claimedSavings: "1" };
    expect(issues(() => parseClaimsFile({ claims: [c, c] }))[0]?.path).toEqual(["claims", 1, "id"]);
  });
});

describe("parseClaimsCsv", () => {
  it("reads the Dutch dialect: ; and decimal comma", () => {
    const f = parseClaimsCsv(
      '\uFEFFid;caseId;date;amount;purpose;claimedSavings;pricelist\r\nk1;c1;2024-03-05;1500,5;"huur; vijf maanden";8400,00;\r\nk2;c1;2024-03-06;20;x;0;sociaal-domein@2024\r\n',
    );
    expect(f.claims[0]).toEqual({
      id: "k1",
      caseId: "c1",
      date: "2024-03-05",
      amount: "1500.5",
      purpose: "huur; vijf maanden",
      claimedSavings: "8400.00",
    });
    expect(f.claims[1]?.pricelist).toBe("sociaal-domein@2024");
  });
  it("reads the international dialect: , and decimal point, without the pricelist column", () => {
    const f = parseClaimsCsv(
      'id,caseId,date,amount,purpose,claimedSavings\nk1,c1,2024-03-05,1500.00,"rent, arrears",8400.00\n',
    );
    expect(f.claims[0]).toMatchObject({ amount: "1500.00", purpose: "rent, arrears" });
  });
  it("names line and column of every bad cell", () => {
    const is = issues(() =>
      parseClaimsCsv(
        "id;caseId;date;amount;purpose;claimedSavings\nk1;c1;2024-13-01;1.500;x;8400\nk2;c1;2024-03-05;1;x\n",
        { file: "claims.csv" },
      ),
    );
    expect(is.map((i) => [i.file, i.path])).toEqual([
      ["claims.csv", ["row", 2, "date"]],
      ["claims.csv", ["row", 2, "amount"]],
      ["claims.csv", ["row", 3]],
    ]);
    expect(is[1]?.message).toMatch(/^row 2, column amount/);
  });
  it("names a missing or unknown column in the header", () => {
    const is = issues(() => parseClaimsCsv("id;caseId;datum;amount;purpose;claimedSavings\n"));
    expect(is.map((i) => i.code)).toEqual(["unknown_column", "missing_column"]);
  });
  it("names the line of a duplicate id", () => {
    const is = issues(() =>
      parseClaimsCsv(
        "id;caseId;date;amount;purpose;claimedSavings\nk1;c1;2024-03-05;1;x;1\n\nk1;c1;2024-03-05;1;y;1\n",
      ),
    );
    expect(is[0]?.path).toEqual(["row", 4, "id"]);
  });
  it("skips rows with only empty cells, as a spreadsheet writes them (;;;;;;), like empty lines", () => {
    const f = parseClaimsCsv(
      "id;caseId;date;amount;purpose;claimedSavings;pricelist\r\nk1;c1;2024-03-05;1500,00;huur;8400,00;\r\n;;;;;;\r\n ; ;;;;;\r\n\r\n",
    );
    expect(f.claims.map((c) => c.id)).toEqual(["k1"]);
  });
});
