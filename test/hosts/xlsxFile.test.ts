import ExcelJS from "exceljs";
import JSZip from "jszip";
import { UnreadableFileError, openXlsx, shiftFormula, xmlText } from "../../src/hosts/xlsx/file";
import { readWorksheet } from "../../src/hosts/xlsx/read";
import { createXlsxHost } from "../../src/hosts/xlsx/xlsxHost";
import { cellAddress } from "../../src/sheets/address";
import { type SheetGrid, cellAt, filledCols, filledRows } from "../../src/sheets/read";
import { createCompetences } from "../../src/kinds/competences/workflows/competences";
import { createReadiness } from "../../src/kinds/readiness/workflows/readiness";
import { createTasks } from "../../src/kinds/tasks/workflows/tasks";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Every filled cell of a grid: address → value, formula and type. */
function cells(grid: SheetGrid): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const r of filledRows(grid))
    for (const c of filledCols(grid, r)) out[cellAddress(r, c)] = { ...cellAt(grid, r, c), type: grid.valueTypes[r]?.[c] };
  return out;
}

interface Parts {
  sheet: string;
  strings?: string;
  /** Relationship targets as openpyxl writes them: absolute part names. */
  absolute?: boolean;
  prefix?: string;
  extra?: Record<string, string>;
}

/** A one-sheet workbook ("Data") from hand-written XML, as other programs write it. */
async function workbook({ sheet, strings, absolute = false, prefix = "", extra = {} }: Parts): Promise<Uint8Array> {
  const zip = new JSZip();
  const p = prefix === "" ? "" : `${prefix}:`;
  const ns = prefix === "" ? `xmlns="${MAIN}"` : `xmlns:${prefix}="${MAIN}"`;
  const target = (path: string) => (absolute ? `/xl/${path}` : path);
  zip.file("[Content_Types].xml", `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`);
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="${absolute ? "/xl/workbook.xml" : "xl/workbook.xml"}"/></Relationships>`,
  );
  zip.file(
    "xl/workbook.xml",
    `<?xml version="1.0"?><${p}workbook ${ns} xmlns:r="${REL}"><${p}sheets><${p}sheet name="Data" sheetId="1" r:id="rId1"/></${p}sheets></${p}workbook>`,
  );
  const rels = [`<Relationship Id="rId1" Type="${REL}/worksheet" Target="${target("worksheets/sheet1.xml")}"/>`];
  if (strings !== undefined) rels.push(`<Relationship Id="rId2" Type="${REL}/sharedStrings" Target="${target("sharedStrings.xml")}"/>`);
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`,
  );
  zip.file("xl/worksheets/sheet1.xml", `<?xml version="1.0"?><${p}worksheet ${ns}><${p}sheetData>${sheet}</${p}sheetData></${p}worksheet>`);
  if (strings !== undefined) zip.file("xl/sharedStrings.xml", `<?xml version="1.0"?><sst xmlns="${MAIN}">${strings}</sst>`);
  for (const [path, text] of Object.entries(extra)) zip.file(path, text);
  return zip.generateAsync({ type: "uint8array" });
}

async function readData(parts: Parts): Promise<Record<string, unknown>> {
  return cells((await (await openXlsx(await workbook(parts))).readSheet("data"))!);
}

async function refusal(bytes: Uint8Array): Promise<string> {
  const opened = openXlsx(bytes);
  await expect(opened).rejects.toBeInstanceOf(UnreadableFileError);
  return opened.then(
    () => "",
    (e: Error) => e.message,
  );
}

describe("reading .xlsx files as other programs write them", () => {
  it("reads what ExcelJS reads of the add-in's own workbook, cell for cell (merged cells as Excel gives them)", async () => {
    const wb = new ExcelJS.Workbook();
    const host = createXlsxHost(wb);
    await createReadiness(host, { lang: "de", respondents: ["Nord", "Süd"] });
    await createCompetences(host, { lang: "nl", candidates: ["Anna"] });
    await createTasks(host, { lang: "en" });
    const file = await openXlsx(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(file.sheetNames).toEqual(["Voraussetzungen", "Competenties", "Tasks"]);
    for (const ws of wb.worksheets) {
      // ExcelJS repeats a merged block's value in each of its cells; Excel (and this reader) only in the first
      const expected = Object.fromEntries(Object.entries(cells(readWorksheet(ws))).filter(([a]) => ws.getCell(a).master.address === a));
      expect(cells((await file.readSheet(ws.name))!)).toEqual(expected);
    }
  });

  it("keeps formula results 0, FALSE and an empty text as LibreOffice stores them", async () => {
    const read = await readData({
      sheet: `<row r="1"><c r="A1"><f>1-1</f><v>0</v></c><c r="B1" t="b"><f>1&gt;2</f><v>0</v></c><c r="C1" t="str"><f>IF(1,"","x")</f><v></v></c><c r="D1" t="e"><f>NA()</f><v>#N/A</v></c></row>`,
    });
    expect(read).toEqual({
      A1: { value: 0, formula: "=1-1", error: false, empty: false, type: "Double" },
      B1: { value: false, formula: "=1>2", error: false, empty: false, type: "Boolean" },
      C1: { value: "", formula: '=IF(1,"","x")', error: false, empty: false, type: "String" },
      D1: { value: "#N/A", formula: "=NA()", error: true, empty: false, type: "Error" },
    });
  });

  it("follows absolute relationship targets, as openpyxl writes them", async () => {
    const read = await readData({ sheet: `<row r="2"><c r="B2" t="s"><v>0</v></c></row>`, strings: "<si><t>Nr.</t></si>", absolute: true });
    expect(read).toEqual({ B2: { value: "Nr.", error: false, empty: false, type: "String" } });
  });

  it("reads shared, inline and rich strings, entities and escapes, namespace prefixes and cells without addresses", async () => {
    const read = await readData({
      prefix: "x",
      sheet: `<x:row><x:c t="s"><x:v>0</x:v></x:c><x:c t="inlineStr"><x:is><x:t>R &amp; D</x:t></x:is></x:c><x:c r="D1" s="3"/><x:c><x:v>4.5</x:v></x:c></x:row>`,
      strings: `<si><r><t>Ein</t></r><r><t xml:space="preserve">e Zeile_x000D_</t></r><rPh><t>フリガナ</t></rPh></si>`,
    });
    expect(read).toEqual({
      A1: { value: "Eine Zeile\r", error: false, empty: false, type: "String" },
      B1: { value: "R & D", error: false, empty: false, type: "String" },
      E1: { value: 4.5, error: false, empty: false, type: "Double" },
    });
  });

  it("reads what a second look at the XML found: empty cells before one without r, <t/>, bad character references, CDATA", async () => {
    const read = await readData({
      sheet: `<row><c s="1"/><c s="1"/><c><v>5</v></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>&#x110000;</t></is></c><c r="B2" t="str"><f>"x"</f><v><![CDATA[a<b&c]]></v></c></row>`,
      strings: `<si><r><t xml:space="preserve"/></r><r><t>abc</t></r></si>`,
    });
    expect(read).toEqual({
      C1: { value: 5, error: false, empty: false, type: "Double" },
      A2: { value: "\ufffd", error: false, empty: false, type: "String" },
      B2: { value: "a<b&c", formula: '="x"', error: false, empty: false, type: "String" },
    });
    const strings = await readData({
      sheet: `<row r="1"><c r="A1" t="s"><v>0</v></c></row>`,
      strings: `<si><r><t xml:space="preserve"/></r><r><t>abc</t></r></si>`,
    });
    expect(strings).toEqual({ A1: { value: "abc", error: false, empty: false, type: "String" } });
  });

  it("gives each cell of a shared formula its own references, absolute ones kept", async () => {
    const read = await readData({
      sheet: `<row r="10"><c r="C10"><f t="shared" ref="C10:C12" si="0">IF(COUNT($I10:$S10)=0,"",SUM(I10,"A1",$A$1))</f><v>1</v></c></row><row r="12"><c r="C12"><f t="shared" si="0"/><v>2</v></c></row>`,
    });
    expect((read.C12 as { formula: string }).formula).toBe('=IF(COUNT($I12:$S12)=0,"",SUM(I12,"A1",$A$1))');
    expect(shiftFormula("LOG10(A1)+Sheet2!B3+'My sheet'!C4", 1, 1)).toBe("LOG10(B2)+Sheet2!C4+'My sheet'!D5");
    // a table's column names stay; a reference moved off the sheet is #REF!, as in Excel
    expect(shiftFormula("SUM(T[Q1])+XFD1+A1", 0, 1)).toBe("SUM(T[Q1])+#REF!+B1");
  });

  it("costs one entry for a cell in XFD1048576 and none for cells that hold only a format", async () => {
    const read = await readData({
      sheet: `<row r="1"><c r="A1" s="1"/><c r="B1" s="1"/></row><row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>`,
    });
    expect(read).toEqual({ XFD1048576: { value: "x", error: false, empty: false, type: "String" } });
  });

  it('reads a date stored as text of the ISO form (t="d") as its serial number', async () => {
    const read = await readData({ sheet: `<row r="1"><c r="A1" t="d"><v>2026-03-31T00:00:00</v></c></row>` });
    expect(read).toEqual({ A1: { value: 46112, error: false, empty: false, type: "Double" } });
    expect(xmlText("&#x41;&#66;_x005F_x0041_")).toBe("AB_x0041_");
  });
});

describe("files that are not .xlsx workbooks are named for what they are", () => {
  it("an empty file, a text file, an XML file", async () => {
    expect(await refusal(new Uint8Array())).toMatch(/empty/);
    expect(await refusal(new TextEncoder().encode("Nr.;Task\n1;Plan\n"))).toMatch(/not an \.xlsx workbook/);
    expect(await refusal(new TextEncoder().encode("<html><body/></html>"))).toMatch(/XML or HTML/);
  });

  it("a password-protected workbook and an Excel 97–2003 file (both compound files)", async () => {
    const cfb = (...extra: number[]) =>
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(100).fill(0), ...extra]);
    const name = [..."EncryptionInfo"].flatMap((ch) => [ch.charCodeAt(0), 0]);
    expect(await refusal(cfb(...name))).toMatch(/password-protected/);
    expect(await refusal(cfb())).toMatch(/Excel 97–2003/);
  });

  it("an OpenDocument spreadsheet, a zip of a text file, a Word document", async () => {
    const zip = async (files: Record<string, string>) => {
      const z = new JSZip();
      for (const [n, t] of Object.entries(files)) z.file(n, t);
      return z.generateAsync({ type: "uint8array" });
    };
    expect(await refusal(await zip({ mimetype: "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<x/>" }))).toMatch(
      /OpenDocument spreadsheet \(\.ods\)/,
    );
    expect(await refusal(await zip({ "notes.txt": "hello" }))).toMatch(/zip archive, but not an Excel workbook/);
    expect(
      await refusal(
        await zip({
          "_rels/.rels": `<Relationships><Relationship Id="r" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
        }),
      ),
    ).toMatch(/Word document/);
  });

  it("a workbook whose worksheet part is missing, and one cut off", async () => {
    const whole = await workbook({ sheet: `<row r="1"><c r="A1"><v>1</v></c></row>` });
    const zip = await JSZip.loadAsync(whole);
    zip.remove("xl/worksheets/sheet1.xml");
    expect(await refusal(await zip.generateAsync({ type: "uint8array" }))).toMatch(
      /worksheet "Data" has no data \(its part xl\/worksheets\/sheet1\.xml is missing\)/,
    );
    expect(await refusal(whole.subarray(0, whole.length - 30))).toMatch(/damaged/);
  });
});
