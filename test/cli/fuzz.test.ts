/**
 * kam read on whatever a file may hold: random bytes, workbooks cut short, workbooks whose XML was damaged and
 * zipped again, and valid workbooks with entries scattered up to XFD1048576. Every run ends with exit 0 (read)
 * or 1 (a message saying why not), never a crash; the far-cell workbooks are also read by the real command line
 * in a process whose memory is capped, so a reader that built the sheet's area would run out of it.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import JSZip from "jszip";
import { main } from "../../src/cli/main";
import { cellAddress } from "../../src/sheets/address";
import { compiledCli } from "./compiled";
import { io, newWorkbook } from "./io";

const dir = mkdtempSync(join(tmpdir(), "kam-fuzz-"));
let count = 0;

async function readBytes(bytes: Uint8Array): Promise<{ code: number; out: string; err: string }> {
  const file = join(dir, `case-${count++}.xlsx`);
  writeFileSync(file, bytes);
  const out = io();
  const code = await main(["read", file, "--json"], out.io);
  return { code, out: out.out.join("\n"), err: out.err.join("\n") };
}

function expectHandled(r: { code: number; out: string; err: string }): void {
  expect([0, 1]).toContain(r.code);
  if (r.code === 0) expect(() => JSON.parse(r.out)).not.toThrow();
  else expect(r.err).toMatch(/^Cannot read .+: \S/);
}

let workbook: Uint8Array;
let parts: Map<string, string>;

beforeAll(async () => {
  const file = join(dir, "base.xlsx");
  const wb = await newWorkbook(file, "--lang", "en", "--candidates", "Anna");
  wb.getWorksheet("Readiness")!.getCell("I10").value = 3;
  await wb.xlsx.writeFile(file);
  workbook = readFileSync(file);
  const zip = await JSZip.loadAsync(workbook);
  parts = new Map();
  for (const f of Object.values(zip.files)) if (!f.dir) parts.set(f.name, await f.async("string"));
});

async function zipOf(files: ReadonlyMap<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, text] of files) zip.file(name, text);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** Cells scattered over the sheet from column `fromCol` on, up to XFD1048576. */
const cellsFrom = (fromCol: number) =>
  fc.uniqueArray(
    fc.tuple(
      fc.integer({ min: 50, max: 1_048_575 }),
      fc.integer({ min: fromCol, max: 16_383 }),
      fc.oneof(
        fc.integer(),
        fc.string({ minLength: 1, maxLength: 8 }).filter((s) => s.trim() !== ""),
        fc.boolean(),
      ),
    ),
    {
      minLength: 1,
      maxLength: 20,
      selector: ([r, c]) => `${r},${c}`,
    },
  );
const farCells = cellsFrom(0);

function rowsXml(cells: readonly [number, number, number | string | boolean][]): string {
  const byRow = new Map<number, [number, number | string | boolean][]>();
  for (const [r, c, v] of cells) byRow.set(r, [...(byRow.get(r) ?? []), [c, v]]);
  const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return [...byRow.keys()]
    .sort((a, b) => a - b)
    .map((r) => {
      const cs = byRow.get(r)!.sort((a, b) => a[0] - b[0]);
      const xml = cs.map(([c, v]) => {
        const ref = cellAddress(r, c);
        if (typeof v === "number") return `<c r="${ref}"><v>${v}</v></c>`;
        if (typeof v === "boolean") return `<c r="${ref}" t="b"><v>${v ? 1 : 0}</v></c>`;
        return `<c r="${ref}" t="inlineStr"><is><t>${escape(v)}</t></is></c>`;
      });
      return `<row r="${r + 1}">${xml.join("")}</row>`;
    })
    .join("");
}

async function withFarCells(sheet: number, cells: readonly [number, number, number | string | boolean][]): Promise<Uint8Array> {
  const files = new Map(parts);
  const part = `xl/worksheets/sheet${sheet}.xml`;
  files.set(part, files.get(part)!.replace("</sheetData>", `${rowsXml(cells)}</sheetData>`));
  return zipOf(files);
}

describe("kam read on any bytes", () => {
  it("random bytes, and bytes that start like a zip or an OLE file, are refused with a message", async () => {
    const starts = fc.constantFrom(
      new Uint8Array(),
      new Uint8Array([0x50, 0x4b, 3, 4]),
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    );
    await fc.assert(
      fc.asyncProperty(starts, fc.uint8Array({ maxLength: 4096 }), async (start, rest) => {
        const r = await readBytes(new Uint8Array([...start, ...rest]));
        expect(r.code).toBe(1);
        expectHandled(r);
      }),
      { numRuns: 60 },
    );
  });

  it("a workbook cut short anywhere", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: workbook.length - 1 }), async (length) =>
        expectHandled(await readBytes(workbook.subarray(0, length))),
      ),
      { numRuns: 40 },
    );
  });

  it("a workbook whose parts were damaged (text cut out or put in) and zipped again", async () => {
    const damage = fc.tuple(fc.nat(), fc.nat({ max: 400 }), fc.string({ maxLength: 40 }));
    await fc.assert(
      fc.asyncProperty(fc.array(damage, { minLength: 1, maxLength: 4 }), async (damages) => {
        const files = new Map(parts);
        const names = [...files.keys()];
        for (const [at, cut, insert] of damages) {
          const name = names[at % names.length]!;
          const text = files.get(name)!;
          const from = at % Math.max(1, text.length);
          files.set(name, text.slice(0, from) + insert + text.slice(from + cut));
        }
        expectHandled(await readBytes(await zipOf(files)));
      }),
      { numRuns: 60 },
    );
  });

  it("a workbook with entries scattered up to XFD1048576 is read; entries right of the sheet change no result", async () => {
    const results = (out: string) => ({ ...JSON.parse(out), problems: undefined });
    const base = results((await readBytes(workbook)).out);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 3 }), fc.boolean(), farCells, cellsFrom(100), async (sheet, outside, anywhere, right) => {
        const r = await readBytes(await withFarCells(sheet, outside ? right : anywhere));
        expect(r.code).toBe(0);
        expectHandled(r);
        if (outside) expect(results(r.out)).toEqual(base);
      }),
      { numRuns: 30 },
    );
  });

  it("the command line reads far entries within 150 MB of heap, where a dense reader ran out of memory", async () => {
    const launcher = join(__dirname, "../../scripts/kam.cjs");
    const env = { ...process.env, KAM_CLI: compiledCli() };
    const samples = fc.sample(farCells, { numRuns: 3, seed: 16 });
    for (const [i, cells] of [[[1_048_575, 16_383, "x"] as [number, number, string]], ...samples].entries()) {
      const file = join(dir, `far-${i}.xlsx`);
      writeFileSync(file, await withFarCells(1, cells));
      // a generous time limit: a bound, not a benchmark (npm run bench times it)
      const r = spawnSync(process.execPath, ["--max-old-space-size=150", launcher, "read", file, "--json"], {
        env,
        encoding: "utf8",
        timeout: 120_000,
        maxBuffer: 1 << 28,
      });
      expect(r.stderr).not.toMatch(/heap out of memory/);
      expect(r.status).toBe(0);
      expect(JSON.parse(r.stdout).problems.length).toBeGreaterThan(0);
    }
  });
});
