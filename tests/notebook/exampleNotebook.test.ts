import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// examples/notebook.ipynb is for the Deno Jupyter kernel. Its code cells, run
// in order under Deno against the build (with "npm:rendement" mapped to it),
// must run and give objects that display as HTML and Vega-Lite.
const ROOT = join(__dirname, "../..");
const DENO = join(ROOT, "node_modules/.bin/deno");

describe("examples/notebook.ipynb", () => {
  it("runs under Deno and every view displays (HTML table, Vega-Lite charts), and merged halves equal the whole", () => {
    if (!existsSync(join(ROOT, "dist/index.js")))
      throw new Error("dist/ is missing: run `npm run build` (npm test does it first)");
    const nb = JSON.parse(readFileSync(join(ROOT, "examples/notebook.ipynb"), "utf8")) as {
      metadata: { kernelspec: { name: string } };
      cells: { cell_type: string; source: string[] }[];
    };
    expect(nb.metadata.kernelspec.name).toBe("deno");
    const code = nb.cells
      .filter((c) => c.cell_type === "code")
      .map((c) => c.source.join(""))
      .join("\n");
    const dir = mkdtempSync(join(tmpdir(), "rendement-notebook-"));
    writeFileSync(
      join(dir, "map.json"),
      JSON.stringify({
        imports: {
          "npm:rendement": join(ROOT, "dist/index.js"),
          "npm:rendement/notebook": join(ROOT, "dist/notebook/index.js"),
        },
      }),
    );
    const probe = `\nconsole.log(JSON.stringify({ merged: JSON.stringify(merged) === JSON.stringify(part(evaluation.cases)), display: [perWijk, perWijk.chart(), perWijk.payerChart(), perWijk.wellbeingChart(), casesView(evaluation, { limit: 3 })].map((o) => Object.keys(o[Symbol.for("Jupyter.display")]()).sort()) }));\n`;
    writeFileSync(join(dir, "notebook.ts"), code + probe);
    const out = execFileSync(
      DENO,
      [
        "run",
        "--node-modules-dir=manual",
        `--import-map=${join(dir, "map.json")}`,
        "--allow-read",
        join(dir, "notebook.ts"),
      ],
      {
        cwd: ROOT,
        encoding: "utf8",
        env: { ...process.env, DENO_NO_UPDATE_CHECK: "1", NO_COLOR: "1" },
      },
    );
    const html = ["text/html", "text/plain"];
    const chart = ["application/vnd.vegalite.v5+json", "text/plain"];
    expect(JSON.parse(out.trim().split("\n").pop() as string)).toEqual({
      merged: true,
      display: [html, chart, chart, chart, html],
    });
  });
});
