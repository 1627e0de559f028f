import { describe, it } from "vitest";
import { allReports } from "./allReports.js";
import { expectGolden } from "./goldenFiles.js";

// Every report × format × language against tests/report/golden/** (UPDATE_GOLDEN=1 or `npm run golden` rewrites).
describe("golden reports", () => {
  for (const lang of ["nl", "en"] as const)
    it(`every report in every format, ${lang}`, () => {
      for (const [name, text] of allReports(lang)) expectGolden(name, text);
    });
});
