/**
 * The custom functions' metadata in German and Dutch (custom-functions-naming.md: one file per language, ids
 * unchanged, names and descriptions localized). The English functions.json is generated from the functions'
 * JSDoc; each localized file is that metadata with the names and descriptions of the kinds' function texts
 * (src/kinds/<kind>/i18n/functionMetadata.json, one per kind with functions, merged here).
 * Everything else (ids, types, dimensionality, options) comes from the English file, so the languages cannot
 * drift apart; a function or parameter missing from the catalog, or one the catalog has that the code does not,
 * fails the build.
 */
const { kindFunctionTexts } = require("./kinds.cjs");

const catalog = kindFunctionTexts();

/** The languages with a metadata file of their own, besides English (functions.json). */
const LOCALIZED = ["de", "nl"];

/** @returns {string} the file name of a language's metadata: functions.json for English, functions-de.json, … */
function metadataFile(lang) {
  return lang === "en" ? "functions.json" : `functions-${lang}.json`;
}

function localizeMetadata(english, lang) {
  const texts = catalog[lang];
  if (texts === undefined) throw new Error(`No function texts for "${lang}" in the kinds' functionMetadata.json`);
  const ids = english.functions.map((f) => f.id);
  const extra = Object.keys(texts).filter((id) => !ids.includes(id));
  if (extra.length > 0) throw new Error(`functionMetadata.json (${lang}) has functions the code does not: ${extra.join(", ")}`);
  const functions = english.functions.map((f) => {
    const t = texts[f.id];
    if (t === undefined) throw new Error(`functionMetadata.json (${lang}) lacks the function ${f.id}`);
    const names = f.parameters.map((p) => p.name);
    const unknown = Object.keys(t.parameters).filter((n) => !names.includes(n));
    if (unknown.length > 0)
      throw new Error(`functionMetadata.json (${lang}, ${f.id}) has parameters the code does not: ${unknown.join(", ")}`);
    const parameters = f.parameters.map((p) => {
      const pt = t.parameters[p.name];
      if (pt === undefined) throw new Error(`functionMetadata.json (${lang}, ${f.id}) lacks the parameter ${p.name}`);
      return { ...p, name: pt[0], description: pt[1] };
    });
    return { ...f, name: t.name, description: t.description, parameters };
  });
  return { ...english, functions };
}

/**
 * Writes functions-de.json and functions-nl.json next to the functions.json that CustomFunctionsMetadataPlugin
 * emits, in the same compilation.
 */
class LocalizedFunctionsPlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("LocalizedFunctionsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "LocalizedFunctionsPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE }, () => {
        const asset = compilation.getAsset(metadataFile("en"));
        if (asset === undefined) {
          compilation.errors.push(new Error("functions.json was not generated: no localized metadata"));
          return;
        }
        const english = JSON.parse(asset.source.source().toString());
        for (const lang of LOCALIZED) {
          try {
            compilation.emitAsset(metadataFile(lang), new sources.RawSource(JSON.stringify(localizeMetadata(english, lang), null, 2)));
          } catch (e) {
            compilation.errors.push(e);
          }
        }
      });
    });
  }
}

module.exports = { LOCALIZED, LocalizedFunctionsPlugin, localizeMetadata, metadataFile };
