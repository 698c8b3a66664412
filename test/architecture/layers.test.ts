/**
 * Dependencies point one way: the rules (domain) know no wording, the wording knows no sheet, the sheets no host,
 * and so on up to the pane and the command line. A file may import its own layer or a lower one; an import that
 * points up fails here, with the file and the import named.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

const SRC = resolve(__dirname, "../../src");

/** Each layer may import the layers listed for it (and itself). */
const MAY_IMPORT: Readonly<Record<string, readonly string[]>> = {
  domain: [],
  i18n: ["domain"],
  sheets: ["domain", "i18n"],
  hosts: ["domain", "i18n", "sheets"],
  workflows: ["domain", "i18n", "sheets", "hosts"],
  functions: ["domain", "i18n"],
  taskpane: ["domain", "i18n", "sheets", "hosts", "workflows"],
  // the command line prints its version from package.json
  cli: ["domain", "i18n", "sheets", "hosts", "workflows", "package.json"],
  // a kind brings its own workflow, pane panel and command-line report: it may use every shared layer
  kinds: ["domain", "i18n", "sheets", "hosts", "workflows", "functions", "taskpane", "cli"],
  help: [],
};

/** The files that put the add-in together from the registry of kinds: above every layer, kinds included. */
const SHELLS: Readonly<Record<string, readonly string[]>> = {
  "taskpane/App.tsx": ["domain", "i18n", "sheets", "hosts", "workflows", "taskpane", "kinds"],
  "cli/main.ts": ["domain", "i18n", "sheets", "hosts", "workflows", "cli", "kinds", "package.json"],
};

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/**
 * A file's layer: its top folder under src/; inside a kind's folder, the layer folder it sits in (a kind has the
 * layers in small: src/kinds/<kind>/domain, i18n, sheets, workflows, functions, taskpane), else "kinds".
 */
function layerOf(file: string): string {
  const parts = relative(SRC, file).split(/[\\/]/);
  return parts[0] === "kinds" && parts.length > 3 && parts[2]! in MAY_IMPORT ? parts[2]! : parts[0]!;
}

/**
 * Every relative import of a file (static `from "…"` and dynamic `import("…")`, also with a webpack comment such
 * as `import(/* webpackChunkName: "tasks" *\/ "./tasks/TaskPanel")`), as the layer it reaches.
 */
function importsIn(text: string): string[] {
  return [...text.matchAll(/(?:from\s+|import\s+|import\(\s*(?:\/\*[\s\S]*?\*\/\s*)?)"(\.{1,2}\/[^"]+)"/g)].map((m) => m[1]!);
}

function imports(file: string): { spec: string; layer: string }[] {
  return importsIn(readFileSync(file, "utf8")).map((spec) => {
    const target = resolve(dirname(file), spec);
    const path = relative(SRC, target);
    return { spec, layer: path === "../package.json" ? "package.json" : path.startsWith("..") ? "outside src" : layerOf(target) };
  });
}

describe("the imports the layers see", () => {
  it("include dynamic imports with a webpack comment, static and type imports and re-exports", () => {
    const text = [
      'import { a } from "../domain/lang";',
      'import type { B } from "./b";',
      'export * from "../sheets/read";',
      'const P = lazy(() => import(/* webpackChunkName: "tasks" */ "./tasks/TaskPanel"));',
      'const Q = import("../workflows/tasks");',
      'import { c } from "react";',
      'import "../hosts/setup";',
    ].join("\n");
    expect(importsIn(text)).toEqual([
      "../domain/lang",
      "./b",
      "../sheets/read",
      "./tasks/TaskPanel",
      "../workflows/tasks",
      "../hosts/setup",
    ]);
  });
});

describe("a file's layer", () => {
  it("is its top folder, or inside a kind the layer folder it sits in", () => {
    expect(layerOf(join(SRC, "sheets/read.ts"))).toBe("sheets");
    expect(layerOf(join(SRC, "kinds/readiness/domain/evaluate.ts"))).toBe("domain");
    expect(layerOf(join(SRC, "kinds/readiness/taskpane/ReadinessPanel.tsx"))).toBe("taskpane");
    expect(layerOf(join(SRC, "kinds/readiness/module.ts"))).toBe("kinds");
    expect(layerOf(join(SRC, "kinds/registry.ts"))).toBe("kinds");
  });
});

describe("the layers of src/", () => {
  const files = sources(SRC);

  it("are known: every top folder has a place in the order", () => {
    expect([...new Set(files.map(layerOf))].filter((l) => !l.includes(".") && !(l in MAY_IMPORT))).toEqual([]);
  });

  it("import only their own layer or a lower one", () => {
    const upward = files.flatMap((file) => {
      const layer = layerOf(file);
      const allowed = SHELLS[relative(SRC, file).split(/[\\/]/).join("/")] ?? MAY_IMPORT[layer];
      if (allowed === undefined) return [];
      return imports(file)
        .filter((i) => i.layer !== layer && !allowed.includes(i.layer))
        .map((i) => `${relative(SRC, file)} imports ${i.spec} (${layer} → ${i.layer})`);
    });
    expect(upward).toEqual([]);
  });
});

describe("the kinds", () => {
  const kindsDir = join(SRC, "kinds");
  const kindOf = (file: string) => relative(kindsDir, file).split(/[\\/]/)[0]!;

  it("are not imported by the shared code: only the shells and the registry know them", () => {
    const intoKinds = sources(SRC)
      .filter((file) => relative(kindsDir, file).startsWith(".."))
      .filter((file) => SHELLS[relative(SRC, file).split(/[\\/]/).join("/")] === undefined)
      .flatMap((file) =>
        importsIn(readFileSync(file, "utf8"))
          .filter((spec) => !relative(kindsDir, resolve(dirname(file), spec)).startsWith(".."))
          .map((spec) => `${relative(SRC, file)} imports ${spec}`),
      );
    expect(intoKinds).toEqual([]);
  });

  it("never import one another: a kind is added or removed with its folder alone", () => {
    const across = sources(kindsDir).flatMap((file) => {
      const own = kindOf(file);
      if (!statSync(join(kindsDir, own)).isDirectory()) return [];
      return importsIn(readFileSync(file, "utf8"))
        .map((spec) => resolve(dirname(file), spec))
        .filter((target) => {
          const path = relative(kindsDir, target);
          return !path.startsWith("..") && /[\\/]/.test(path) && kindOf(target) !== own;
        })
        .map((target) => `${relative(SRC, file)} imports ${relative(SRC, target)}`);
    });
    expect(across).toEqual([]);
  });
});
