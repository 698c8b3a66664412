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

const ROOT = join(__dirname, "..", "..");
const SCHEMAS = join(ROOT, "test", "schemas");

/** The metadata the build writes as functions.json, generated from the same sources as the webpack plugin. */
async function metadata(): Promise<{ functions: Record<string, unknown>[] }> {
  const sources = ["readiness", "competences", "tasks"].map((m) => join(ROOT, "src", "functions", `${m}.ts`));
  const result = await generateCustomFunctionsMetadata(sources);
  expect(result.errors).toEqual([]);
  return JSON.parse(result.metadataJson);
}

const validate = new Ajv({ strict: false, allErrors: true }).compile(JSON.parse(readFileSync(join(SCHEMAS, "custom-functions-metadata.schema.json"), "utf8")));

describe("the custom-functions metadata", () => {
  it("is valid by Microsoft's schema, every function", async () => {
    const meta = await metadata();
    expect(meta.functions.length).toBe(10);
    expect(validate(meta) ? [] : validate.errors).toEqual([]);
  });

  it("would fail the check with a flag Excel refuses (addresses without a matrix result)", async () => {
    const meta = await metadata();
    const first = meta.functions[0]!;
    const bad = { ...meta, functions: [{ ...first, options: { ...(first.options as object), requiresParameterAddresses: true }, result: { type: "number" } }] };
    expect(validate(bad)).toBe(false);
  });
});

/** xmllint is required: CI installs it (libxml2-utils); a missing one fails here, never skips. */
function xmllint(file: string): { status: number | null; output: string } {
  const found = spawnSync("xmllint", ["--version"]);
  if (found.error !== undefined) throw new Error("xmllint is missing: apt-get install libxml2-utils");
  const r = spawnSync("xmllint", ["--noout", "--schema", "OfficeAppManifestV1_1.xsd", file], { cwd: join(SCHEMAS, "manifest-xsd"), encoding: "utf8" });
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

