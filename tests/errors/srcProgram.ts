import { readdirSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";

/** Every `.ts` file below `dir`. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

/** src/ as the type checker sees it (the options of tsconfig.json that matter for types), for the tests that scan it. */
export function srcProgram(): { files: string[]; program: ts.Program } {
  const files = sourceFiles("src");
  const program = ts.createProgram(files, {
    strict: true,
    exactOptionalPropertyTypes: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    resolveJsonModule: true,
    skipLibCheck: true,
    noEmit: true,
  });
  return { files, program };
}
