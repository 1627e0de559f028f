import { describe, expect, it } from "vitest";
import { formatPath } from "../../src/errors/issue.js";

describe("formatPath", () => {
  it("writes JSON paths as in JavaScript", () => {
    expect(formatPath(["cases", 3, "actual", 1, "item"])).toBe("cases[3].actual[1].item");
    expect(formatPath([])).toBe("(root)");
    expect(formatPath([0, "id"])).toBe("[0].id");
    expect(formatPath(["values", "2016"])).toBe('values["2016"]');
    expect(formatPath(["scores", "werk-opleiding"])).toBe('scores["werk-opleiding"]');
    expect(formatPath(["items", 0, "__proto__"])).toBe("items[0].__proto__");
  });
});
