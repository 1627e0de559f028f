// Golden files of the reports (not a test file). `UPDATE_GOLDEN=1 npx vitest run tests/report`
// (or `npm run golden`) rewrites them; review the diff before committing.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { expect } from "vitest";

const DIR = join(import.meta.dirname, "golden");
const update = process.env.UPDATE_GOLDEN === "1";

export function expectGolden(name: string, actual: string): void {
  const file = join(DIR, name);
  if (update || !existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
    if (!update) throw new Error(`golden file ${name} was missing and has been written: review it and run again`);
    return;
  }
  expect(actual, `golden file tests/report/golden/${name} (UPDATE_GOLDEN=1 to rewrite)`).toBe(
    readFileSync(file, "utf8"),
  );
}
