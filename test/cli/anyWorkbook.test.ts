import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { main } from "../../src/cli/main";
import { io, newWorkbook } from "./io";

/** `kam read` on workbooks other tools wrote, damaged files and files that are no workbooks at all. */
describe("kam read on any workbook", () => {
  const dir = mkdtempSync(join(tmpdir(), "kam-any-"));

  async function read(file: string, ...options: string[]) {
    const out = io();
    const code = await main(["read", file, ...options], out.io);
    return { code, out: out.out.join("\n"), err: out.err.join("\n") };
  }

  /** A new English workbook with Anna rated, changed on the XML level by `edit` (part name → new text). */
  async function edited(name: string, edit: (parts: Map<string, string>) => void): Promise<string> {
    const file = join(dir, name);
    const wb = await newWorkbook(file, "--lang", "en", "--candidates", "Anna");
    wb.getWorksheet("Readiness")!.getCell("I10").value = 2;
    await wb.xlsx.writeFile(file);
    const zip = await JSZip.loadAsync(readFileSync(file));
    const parts = new Map<string, string>();
    for (const f of Object.values(zip.files)) if (!f.dir && /\.(xml|rels)$/.test(f.name)) parts.set(f.name, await f.async("string"));
    edit(parts);
    for (const [n, text] of parts) zip.file(n, text);
    writeFileSync(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
    return file;
  }

  // kam new writes the checklist first
  const readinessPart = () => "xl/worksheets/sheet1.xml";

  it("reads a workbook with one entry in XFD1048576 and names that cell", async () => {
    const file = await edited("far.xlsx", (parts) => {
      const part = readinessPart();
      parts.set(
        part,
        parts
          .get(part)!
          .replace("</sheetData>", '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>'),
      );
    });
    const r = await read(file, "--json");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.readiness.weak).toEqual(["R01"]);
    expect(json.problems.map((p: { cell: string }) => p.cell)).toContain("XFD1048576");
  });

  it("reads a workbook whose relationships use absolute part names, as openpyxl writes them", async () => {
    const plain = await read(await edited("plain.xlsx", () => undefined), "--json");
    const file = await edited("openpyxl.xlsx", (parts) => {
      for (const [n, text] of parts) {
        if (!n.endsWith(".rels")) continue;
        const folder = n.replace(/_rels\/[^/]*\.rels$/, "");
        parts.set(
          n,
          text.replace(
            /Target="(?!\/|https?:)([^"]+)"/g,
            (_, t: string) => `Target="/${new URL(t, `http://x/${folder}`).pathname.slice(1)}"`,
          ),
        );
      }
    });
    const zip = await JSZip.loadAsync(readFileSync(file));
    expect(await zip.file("xl/worksheets/_rels/sheet3.xml.rels")!.async("string")).toContain('Target="/xl/tables/');
    // ExcelJS cannot open it
    await expect(new ExcelJS.Workbook().xlsx.readFile(file)).rejects.toThrow();
    const r = await read(file, "--json");
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual(JSON.parse(plain.out));
  });

  it("finds the header however many rows a user put above it", async () => {
    const file = join(dir, "low.xlsx");
    const wb = await newWorkbook(file, "--lang", "en");
    const ws = wb.getWorksheet("Readiness")!;
    ws.spliceRows(1, 0, ...Array.from({ length: 100 }, () => []));
    ws.getCell("I110").value = 2;
    await wb.xlsx.writeFile(file);
    const r = await read(file, "--json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).readiness.weak).toEqual(["R01"]);
  });

  it("says so when a file is missing, and when a workbook holds no KAM sheet (exit 1)", async () => {
    const missing = await read(join(dir, "nowhere.xlsx"));
    expect(missing).toEqual({ code: 1, out: "", err: `Cannot read ${join(dir, "nowhere.xlsx")}: there is no such file.` });
    const other = join(dir, "other.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Budget").getCell("A1").value = "Q1";
    wb.addWorksheet("Tasks").getCell("A1").value = "my own list";
    await wb.xlsx.writeFile(other);
    const r = await read(other);
    expect(r.code).toBe(1);
    expect(r.err).toContain('it is an Excel workbook, but holds no KAM sheet (its sheets are "Budget", "Tasks")');
    expect(r.err).toContain('The sheet "Tasks" has a KAM sheet\'s name, but its header row');
    expect(r.err).toContain('a KAM task overview ("Aufgaben", "Taken", "Tasks")');
  });
});
