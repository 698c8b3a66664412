/**
 * What Excel parses before anything of ours runs, checked against Microsoft's published definitions (copies in
 * test/schemas): the custom-functions metadata the build generates, and manifest.xml. An invalid file would keep
 * the functions from registering, or the add-in from loading, in an Excel we cannot run here.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Ajv from "ajv";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import deDE from "hyperformula/i18n/languages/deDE";
import enGB from "hyperformula/i18n/languages/enGB";
import nlNL from "hyperformula/i18n/languages/nlNL";
// the build's own step (webpack.config.js), so that what is tested here is what ships
import { kindFunctionModules } from "../../scripts/kinds.cjs";
import { LOCALIZED, localizeMetadata } from "../../scripts/localizeFunctions.cjs";

const ROOT = join(__dirname, "..", "..");
const SCHEMAS = join(ROOT, "test", "schemas");

type Metadata = { functions: { id: string; name: string; description: string; parameters: { name: string; description: string }[] }[] };

/** The metadata the build writes as functions.json, generated from the same sources as the webpack plugin. */
async function metadata(): Promise<Metadata> {
  const sources = kindFunctionModules();
  expect(sources).toHaveLength(5);
  const result = await generateCustomFunctionsMetadata(sources);
  expect(result.errors).toEqual([]);
  return JSON.parse(result.metadataJson);
}

const validate = new Ajv({ strict: false, allErrors: true }).compile(
  JSON.parse(readFileSync(join(SCHEMAS, "custom-functions-metadata.schema.json"), "utf8")),
);

describe("the custom-functions metadata", () => {
  it("is valid by Microsoft's schema, every function", async () => {
    const meta = await metadata();
    expect(meta.functions.length).toBe(17);
    expect(validate(meta) ? [] : validate.errors).toEqual([]);
  });

  it("would fail the check with a flag Excel refuses (addresses without a matrix result)", async () => {
    const meta = await metadata();
    const first = meta.functions[0]! as Record<string, unknown>;
    const bad = {
      ...meta,
      functions: [{ ...first, options: { ...(first.options as object), requiresParameterAddresses: true }, result: { type: "number" } }],
    };
    expect(validate(bad)).toBe(false);
  });
});

/**
 * Excel's own function names in English, German and Dutch: HyperFormula's translations (a dev dependency; they
 * follow Excel's names), and the Excel functions HyperFormula does not implement whose names are near ours.
 */
const BUILT_IN = new Set(
  [
    ...[enGB, deDE, nlNL].flatMap((l) => [...Object.keys(l.functions), ...Object.values(l.functions)]),
    ...[
      "RANK",
      "RANK.EQ",
      "RANK.AVG",
      "PERCENTRANK",
      "PERCENTRANK.INC",
      "PERCENTRANK.EXC",
      "FORECAST",
      "TREND",
      "GROWTH",
      "STEYX",
      "SCORE",
    ],
    ...[
      "RANG",
      "RANG.GLEICH",
      "RANG.MITTELW",
      "QUANTILSRANG",
      "QUANTILSRANG.INKL",
      "QUANTILSRANG.EXKL",
      "PROGNOSE",
      "VARIATION",
      "STFEHLERYX",
    ],
    ...[
      "RANG",
      "RANG.GELIJK",
      "RANG.GEMIDDELDE",
      "PERCENT.RANG",
      "PERCENT.RANG.INC",
      "PERCENT.RANG.EXC",
      "VOORSPELLEN",
      "GROEI",
      "STAND.FOUT.YX",
    ],
  ].map((n) => n.toUpperCase()),
);

describe("the German and Dutch custom-functions metadata (functions-de.json, functions-nl.json)", () => {
  it("is valid by Microsoft's schema, with the ids, types and parameters of the English metadata", async () => {
    const en = await metadata();
    for (const lang of LOCALIZED) {
      const meta = localizeMetadata(en, lang) as Metadata;
      expect([lang, validate(meta) ? [] : validate.errors]).toEqual([lang, []]);
      expect(meta.functions.map((f) => f.id)).toEqual(en.functions.map((f) => f.id));
      meta.functions.forEach((f, i) => {
        const e = en.functions[i]!;
        const shape = (x: typeof f) => x.parameters.map((p) => ({ ...p, name: undefined, description: undefined }));
        expect(shape(f)).toEqual(shape(e));
        // every help text is translated
        expect(f.description).not.toBe(e.description);
        f.parameters.forEach((p, k) => expect(p.description).not.toBe(e.parameters[k]!.description));
      });
    }
  });

  it("gives no function a name or id of one of Excel's own, in any of the three languages, nor one name twice", async () => {
    const en = await metadata();
    const all = [en, ...LOCALIZED.map((lang) => localizeMetadata(en, lang) as Metadata)];
    for (const meta of all) {
      const names = meta.functions.map((f) => f.name.toUpperCase());
      expect(new Set(names).size).toBe(names.length);
      expect(names.filter((n) => BUILT_IN.has(n))).toEqual([]);
      expect(meta.functions.map((f) => f.id).filter((id) => BUILT_IN.has(id))).toEqual([]);
    }
    // the check knows Excel's names: RANK, the English name the rank function had, is one in every language
    expect(["RANK", "RANG", "SUMME", "SOM", "ZÄHLENWENN", "AANTAL.ALS"].every((n) => BUILT_IN.has(n))).toBe(true);
  });

  it("are the names the README lists for German and Dutch Excel", async () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const en = await metadata();
    const [de, nl] = LOCALIZED.map((lang) => localizeMetadata(en, lang) as Metadata);
    en.functions.forEach((f, i) =>
      expect(readme).toContain(`| \`KAM.${f.name}\` | \`KAM.${de!.functions[i]!.name}\` | \`KAM.${nl!.functions[i]!.name}\` |`),
    );
  });

  it("fails the build when the code has a function or parameter the texts lack, or the texts one the code has not", async () => {
    const en = await metadata();
    const added = { ...en, functions: [...en.functions, { ...en.functions[0]!, id: "NEWFUNCTION" }] };
    expect(() => localizeMetadata(added, "de")).toThrow(/lacks the function NEWFUNCTION/);
    const renamed = { ...en, functions: en.functions.map((f, i) => (i === 0 ? { ...f, id: "NEWFUNCTION" } : f)) };
    expect(() => localizeMetadata(renamed, "de")).toThrow(`has functions the code does not: ${en.functions[0]!.id}`);
    const extraParameter = {
      ...en,
      functions: en.functions.map((f, i) => (i === 0 ? { ...f, parameters: [...f.parameters, { name: "more", description: "x" }] } : f)),
    };
    expect(() => localizeMetadata(extraParameter, "nl")).toThrow(/lacks the parameter more/);
  });
});

/** xmllint is required: CI installs it (libxml2-utils); a missing one fails here, never skips. */
function xmllint(file: string): { status: number | null; output: string } {
  const found = spawnSync("xmllint", ["--version"]);
  if (found.error !== undefined) throw new Error("xmllint is missing: apt-get install libxml2-utils");
  const r = spawnSync("xmllint", ["--noout", "--schema", "OfficeAppManifestV1_1.xsd", file], {
    cwd: join(SCHEMAS, "manifest-xsd"),
    encoding: "utf8",
  });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

describe("manifest.xml", () => {
  it("is valid by Microsoft's manifest XSDs", () => {
    const r = xmllint(join(ROOT, "manifest.xml"));
    expect(r.output).toContain("validates");
    expect(r.status).toBe(0);
  });

  it("would fail the check with its elements out of the order Office requires", () => {
    const text = readFileSync(join(ROOT, "manifest.xml"), "utf8");
    // the task pane's first element moved after its last: the XSD demands their order
    const moved = text.replace(/(<Permissions>[\s\S]*?<\/Permissions>)([\s\S]*?)(<\/OfficeApp>)/, "$2$1$3");
    expect(moved).not.toBe(text);
    const file = join(mkdtempSync(join(tmpdir(), "kam-manifest-")), "manifest.xml");
    writeFileSync(file, moved);
    expect(xmllint(file).status).not.toBe(0);
  });
});
