/**
 * What the build finds in the kinds' folders (src/kinds/<kind>/), so that a kind with custom functions needs no
 * line in the build: its functions module (functions/<kind>.ts; helpers beside it have other names) and its
 * functions' German and Dutch texts (i18n/functionMetadata.json).
 */
const fs = require("fs");
const path = require("path");

const KINDS = path.resolve(__dirname, "../src/kinds");

const kindDirs = () =>
  fs
    .readdirSync(KINDS, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);

/** @returns {string[]} each kind's functions module, as an absolute path. */
function kindFunctionModules() {
  return kindDirs()
    .map((kind) => path.join(KINDS, kind, "functions", `${kind}.ts`))
    .filter((file) => fs.existsSync(file));
}

/** Every kind's function texts, merged by language; an id two kinds both give is refused. */
function kindFunctionTexts() {
  const merged = {};
  for (const kind of kindDirs()) {
    const file = path.join(KINDS, kind, "i18n", "functionMetadata.json");
    if (!fs.existsSync(file)) continue;
    for (const [lang, functions] of Object.entries(JSON.parse(fs.readFileSync(file, "utf8"))))
      for (const [id, f] of Object.entries(functions)) {
        merged[lang] ??= {};
        if (merged[lang][id] !== undefined) throw new Error(`Two kinds give texts for the function ${id} (${lang})`);
        merged[lang][id] = f;
      }
  }
  return merged;
}

module.exports = { kindFunctionModules, kindFunctionTexts };
