/**
 * The command line compiled to plain CommonJS (TypeScript's transpiler, file by file), for tests that run it in a
 * process of their own before `npm run build` has made dist/cli: the launcher runs it through KAM_CLI.
 */
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import ts from "typescript";

const ROOT = join(__dirname, "..", "..");

function sources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((e) => {
    const path = join(folder, e.name);
    if (e.isDirectory()) return e.name === "taskpane" ? [] : sources(path);
    return e.name.endsWith(".ts") ? [path] : [];
  });
}

let built: string | undefined;

/** Compiles src/ (but the pane) into test-results/cli-compiled once per test file; returns the main module's path. */
export function compiledCli(): string {
  if (built !== undefined) return built;
  const out = join(ROOT, "test-results", "cli-compiled");
  for (const file of sources(join(ROOT, "src"))) {
    const js = ts.transpileModule(readFileSync(file, "utf8"), {
      fileName: file,
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true, resolveJsonModule: true },
    }).outputText;
    const target = join(out, relative(ROOT, file)).replace(/\.ts$/, ".js");
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, js);
  }
  copyFileSync(join(ROOT, "package.json"), join(out, "package.json"));
  built = join(out, "src", "cli", "main.js");
  return built;
}
