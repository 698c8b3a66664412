/**
 * Native charts in the .xlsx files the .xlsx host saves: what Excel relies on to open them (well-formed parts,
 * the drawing where the schema wants it, every relationship and content type in place) and what the user sees
 * (the title, bars or columns over the right cells, colours and axes). LibreOffice's reading is in
 * test/libreoffice/charts.test.ts.
 */
import { spawnSync } from "node:child_process";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { addCharts, insertDrawing } from "../../src/hosts/xlsx/charts";
import { openXlsx } from "../../src/hosts/xlsx/file";
import { createXlsxHost, saveWorkbook } from "../../src/hosts/xlsx/xlsxHost";
import { barChart, bubbleChart, chartSheet, columnChart } from "./chartSheet";

const all = (xml: string, pattern: RegExp) => [...xml.matchAll(new RegExp(pattern, "g"))].map((m) => m[1]!);
const attrs = (xml: string, tag: string, name: string) => all(xml, new RegExp(`<${tag}\\b[^>]*?\\s${name}="([^"]*)"`));

/** The saved file's parts by name, and each sheet's part, drawing and charts (in the drawing's order). */
async function saved(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string>();
  for (const f of Object.values(zip.files)) if (!f.dir) parts.set(f.name, await f.async("string"));
  const target = (from: string, id: string) => {
    const rels = parts.get(from.replace(/([^/]*)$/, "_rels/$1.rels"))!;
    const rel = new RegExp(`Id="${id}"[^>]*Target="([^"]*)"`).exec(rels)![1]!;
    return new URL(rel, `file:///${from}`).pathname.slice(1);
  };
  const sheet = (name: string) => {
    const id = new RegExp(`<sheet [^>]*name="${name.replace(/'/g, "&apos;")}"[^>]*r:id="([^"]*)"`).exec(parts.get("xl/workbook.xml")!)![1]!;
    const part = target("xl/workbook.xml", id);
    const xml = parts.get(part)!;
    const drawingIds = attrs(xml, "drawing", "r:id");
    const drawingPart = drawingIds.length === 1 ? target(part, drawingIds[0]!) : undefined;
    const drawing = drawingPart === undefined ? undefined : parts.get(drawingPart)!;
    const charts = drawing === undefined ? [] : attrs(drawing, "c:chart", "r:id").map((id) => parts.get(target(drawingPart!, id))!);
    return { xml, drawingIds, drawing, charts };
  };
  return { parts, sheet };
}

/** Parts a strict parser rejects (xmllint: CI installs it), with its complaint. */
function malformed(parts: Map<string, string>): string[] {
  return [...parts]
    .filter(([name]) => /\.(xml|rels)$/.test(name))
    .flatMap(([name, xml]) => {
      const lint = spawnSync("xmllint", ["--noout", "-"], { input: xml, encoding: "utf8" });
      if (lint.error) throw lint.error;
      return lint.status === 0 && lint.stderr === "" ? [] : [`${name}: ${lint.stderr}`];
    });
}

async function workbookWith(...names: string[]): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  for (const name of names) await createXlsxHost(wb).writeSheet(chartSheet(name));
  return wb;
}

describe("charts in a saved .xlsx", () => {
  it("draws the bars and the columns over the sheet's cells, as the spec says", async () => {
    const { sheet } = await saved(await saveWorkbook(await workbookWith("Reife Ist")));
    const { xml, drawingIds, drawing, charts } = sheet("Reife Ist");
    expect(drawingIds).toHaveLength(1);
    // after the print setup, before the table (the schema's order)
    expect(xml).toMatch(/<\/headerFooter><drawing r:id="rId\d+"\/><tableParts /);
    expect(attrs(drawing!, "xdr:cNvPr", "name")).toEqual(["KAM_Maturity", "KAM_Shares"]);
    expect(all(drawing!, /<xdr:from>(.*?)<\/xdr:from>/)).toEqual([
      "<xdr:col>5</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>0</xdr:row><xdr:rowOff>0</xdr:rowOff>",
      "<xdr:col>5</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>24</xdr:row><xdr:rowOff>0</xdr:rowOff>",
    ]);
    expect(all(drawing!, /<xdr:to><xdr:col>(\d+)<\/xdr:col><xdr:colOff>0<\/xdr:colOff><xdr:row>(?:\d+)/)).toEqual(["13", "13"]);
    expect(all(drawing!, /<xdr:to>.*?<xdr:row>(\d+)<\/xdr:row>/)).toEqual(["20", "39"]);

    const [bars, columns] = charts as [string, string];
    expect(all(bars, /<a:t>(.*?)<\/a:t>/)).toEqual(["Reife „Ist“ &amp; &lt;Soll&gt;"]);
    expect(attrs(bars, "c:barDir", "val")).toEqual(["bar"]);
    expect(all(bars, /<c:cat><c:strRef><c:f>(.*?)<\/c:f>/)).toEqual(["&apos;Reife Ist&apos;!$A$10:$A$23"]);
    expect(all(bars, /<c:val><c:numRef><c:f>(.*?)<\/c:f>/)).toEqual(["&apos;Reife Ist&apos;!$B$10:$B$23"]);
    expect(attrs(bars, "a:srgbClr", "val")).toEqual(["1F77B4"]);
    expect(bars).toMatch(
      /<c:catAx><c:axId val="1"\/><c:scaling><c:orientation val="maxMin"\/><\/c:scaling>.*<c:crossesAt val="3"\/>.*<\/c:catAx>/,
    );
    expect(bars).toMatch(
      /<c:valAx>.*<c:scaling><c:orientation val="minMax"\/><c:max val="5"\/><c:min val="1"\/><\/c:scaling>.*<c:crosses val="max"\/>.*<c:majorUnit val="1"\/><\/c:valAx>/,
    );
    expect(bars).not.toContain("<c:legend>");

    expect(attrs(columns, "c:barDir", "val")).toEqual(["col"]);
    expect(all(columns, /<c:tx><c:v>(.*?)<\/c:v>/)).toEqual(["Plan", "Ist"]);
    expect(all(columns, /<c:cat><c:strRef><c:f>(.*?)<\/c:f>/)).toEqual(Array(2).fill("&apos;Reife Ist&apos;!$B$2:$D$2"));
    expect(all(columns, /<c:val><c:numRef><c:f>(.*?)<\/c:f>/)).toEqual([
      "&apos;Reife Ist&apos;!$B$3:$D$3",
      "&apos;Reife Ist&apos;!$B$4:$D$4",
    ]);
    expect(attrs(columns, "a:srgbClr", "val")).toEqual(["2CA02C", "D62728"]);
    expect(columns).toMatch(/<c:catAx>.*<c:orientation val="minMax"\/>.*<c:crosses val="autoZero"\/>.*<\/c:catAx>/);
    expect(columns).toMatch(
      /<c:valAx>.*<c:max val="1"\/><c:min val="0"\/>.*<c:numFmt formatCode="0%" sourceLinked="0"\/>.*<c:crosses val="autoZero"\/>/,
    );
    expect(columns).toContain("<c:legend>");
  });

  it("draws bubbles from their columns, labels from cells (Excel's value from cells), the axes crossing at their thresholds", async () => {
    const wb = new ExcelJS.Workbook();
    await createXlsxHost(wb).writeSheet(chartSheet("Portfolio 1", [bubbleChart()]));
    const { parts, sheet } = await saved(await saveWorkbook(wb));
    expect(malformed(parts)).toEqual([]);
    const [bubbles] = sheet("Portfolio 1").charts as [string];
    const ref = (col: string) => `&apos;Portfolio 1&apos;!$${col}$10:$${col}$23`;
    expect(bubbles).toContain("<c:bubbleChart>");
    expect(all(bubbles, /<c:tx><c:v>(.*?)<\/c:v>/)).toEqual(["Bereiche", "Leer"]);
    expect(all(bubbles, /<c:xVal><c:numRef><c:f>(.*?)<\/c:f>/)).toEqual([ref("B"), ref("B")]);
    expect(all(bubbles, /<c:yVal><c:numRef><c:f>(.*?)<\/c:f>/)).toEqual([ref("D"), ref("C")]);
    expect(all(bubbles, /<c:bubbleSize><c:numRef><c:f>(.*?)<\/c:f>/)).toEqual([ref("B"), ref("B")]);
    // the first series' labels from column A; the second has none
    expect(all(bubbles, /<c15:datalabelsRange><c15:f>(.*?)<\/c15:f>/)).toEqual([ref("A")]);
    expect(all(bubbles, /<c15:showDataLabelsRange val="(\d)"\/>/)).toEqual(["1"]);
    expect(attrs(bubbles, "a:srgbClr", "val")).toEqual(["70AD47", "BFBFBF"]);
    expect(bubbles).toContain("<c:legend>");
    // CT_BubbleSer's order: the labels before the values, the extension last
    expect(bubbles).toMatch(
      /<c:ser><c:idx val="0"\/><c:order val="0"\/><c:tx>.*<\/c:tx><c:spPr>.*<\/c:spPr><c:invertIfNegative val="0"\/><c:dLbls>.*<\/c:dLbls><c:xVal>.*<\/c:xVal><c:yVal>.*<\/c:yVal><c:bubbleSize>.*<\/c:bubbleSize><c:bubble3D val="0"\/><c:extLst>.*<\/c:extLst><\/c:ser>/,
    );
    // two value axes: x (bottom) from 0 to 5 crossed by y at 3, y (left) from 0 to 10 crossed by x at 6, each titled
    const axes = all(bubbles, /(<c:valAx>.*?<\/c:valAx>)/);
    expect(axes).toHaveLength(2);
    expect(axes[0]).toMatch(
      /<c:axPos val="b"\/>.*<a:t>Score<\/a:t>.*<c:tickLblPos val="low"\/>.*<c:crossesAt val="6"\/>.*<c:majorUnit val="1"\/>/,
    );
    expect(axes[0]).toMatch(/<c:max val="5"\/><c:min val="0"\/>/);
    expect(axes[1]).toMatch(/<c:axPos val="l"\/>.*<a:t>Doppelt<\/a:t>.*<c:crossesAt val="3"\/>/);
    expect(axes[1]).toMatch(/<c:max val="10"\/><c:min val="0"\/>/);
  });

  it("writes a package Excel opens: well-formed parts, every relationship's target there, every part typed", async () => {
    const { parts } = await saved(await saveWorkbook(await workbookWith("Reife Ist", "Übersicht")));
    expect([...parts.keys()].filter((p) => /^xl\/(charts|drawings)\//.test(p)).sort()).toEqual([
      "xl/charts/chart1.xml",
      "xl/charts/chart2.xml",
      "xl/charts/chart3.xml",
      "xl/charts/chart4.xml",
      "xl/drawings/_rels/drawing1.xml.rels",
      "xl/drawings/_rels/drawing2.xml.rels",
      "xl/drawings/drawing1.xml",
      "xl/drawings/drawing2.xml",
    ]);
    expect(malformed(parts)).toEqual([]);
    for (const [name, xml] of parts) {
      if (!name.endsWith(".rels")) continue;
      const source = name.replace(/_rels\/([^/]*)\.rels$/, "$1");
      for (const target of attrs(xml, "Relationship", "Target"))
        expect([name, parts.has(new URL(target, `file:///${source}`).pathname.slice(1))]).toEqual([name, true]);
    }
    const types = parts.get("[Content_Types].xml")!;
    const defaults = new Set(attrs(types, "Default", "Extension"));
    const overrides = new Map(
      all(types, /<Override (PartName="[^"]*" ContentType="[^"]*")/).map((a) => [
        /PartName="\/([^"]*)"/.exec(a)![1]!,
        /ContentType="([^"]*)"/.exec(a)![1]!,
      ]),
    );
    for (const name of parts.keys())
      if (name !== "[Content_Types].xml") expect([name, overrides.has(name) || defaults.has(name.split(".").pop()!)]).toEqual([name, true]);
    expect(overrides.get("xl/charts/chart1.xml")).toBe("application/vnd.openxmlformats-officedocument.drawingml.chart+xml");
    expect(overrides.get("xl/drawings/drawing2.xml")).toBe("application/vnd.openxmlformats-officedocument.drawing+xml");
  });

  it("leaves the cells as they were: ExcelJS loads the file, and our reader reads the same cells", async () => {
    const wb = await workbookWith("Reife Ist");
    const plain = await openXlsx(new Uint8Array(await wb.xlsx.writeBuffer()));
    const bytes = await saveWorkbook(wb);
    const charted = await openXlsx(bytes);
    expect(await charted.readSheet("Reife Ist")).toEqual(await plain.readSheet("Reife Ist"));
    const again = new ExcelJS.Workbook();
    await again.xlsx.load(bytes.slice().buffer);
    expect(again.getWorksheet("Reife Ist")!.getCell("A11").value).toBe("Führung");
  });

  it("draws a re-created sheet's charts once, under its new name where it was renamed", async () => {
    const wb = await workbookWith("Reife");
    const host = createXlsxHost(wb);
    await host.writeSheet(chartSheet("Reife"), { replace: "Reife" });
    await host.writeSheet(chartSheet("Reife"), { replace: "Reife", clear: { row: 0, col: 0, rows: 23, cols: 4 } });
    let file = await saved(await saveWorkbook(wb));
    expect(file.sheet("Reife").drawingIds).toHaveLength(1);
    expect(file.sheet("Reife").charts).toHaveLength(2);
    expect([...file.parts.keys()].filter((p) => p.startsWith("xl/charts/"))).toHaveLength(2);

    await host.writeSheet(chartSheet("Maturity"), { replace: "Reife", clear: { row: 0, col: 0, rows: 23, cols: 4 } });
    file = await saved(await saveWorkbook(wb));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Maturity"]);
    const { charts } = file.sheet("Maturity");
    expect(charts).toHaveLength(2);
    expect(all(charts[0]!, /<c:f>(.*?)<\/c:f>/)).toEqual(["Maturity!$A$10:$A$23", "Maturity!$B$10:$B$23"]);

    // written again without charts, it has none
    await host.writeSheet(chartSheet("Maturity", []), { replace: "Maturity" });
    expect((await saved(await saveWorkbook(wb))).sheet("Maturity").drawingIds).toEqual([]);
  });

  it("quotes a sheet name with an apostrophe and escapes titles and names", async () => {
    const wb = new ExcelJS.Workbook();
    const name = "Kunden d'Or";
    await createXlsxHost(wb).writeSheet(
      chartSheet(name, [{ ...barChart("„Stärken“ & <Schwächen>"), name: 'Chart "A" & B' }, columnChart()]),
    );
    const { parts, sheet } = await saved(await saveWorkbook(wb));
    expect(malformed(parts)).toEqual([]);
    const { drawing, charts } = sheet(name);
    expect(attrs(drawing!, "xdr:cNvPr", "name")[0]).toBe("Chart &quot;A&quot; &amp; B");
    expect(all(charts[0]!, /<a:t>(.*?)<\/a:t>/)).toEqual(["„Stärken“ &amp; &lt;Schwächen&gt;"]);
    expect(all(charts[0]!, /<c:f>(.*?)<\/c:f>/)).toEqual([
      "&apos;Kunden d&apos;&apos;Or&apos;!$A$10:$A$23",
      "&apos;Kunden d&apos;&apos;Or&apos;!$B$10:$B$23",
    ]);
  });

  it("saves a workbook without charts as ExcelJS wrote it", async () => {
    const wb = new ExcelJS.Workbook();
    await createXlsxHost(wb).writeSheet(chartSheet("Plain", []));
    const { parts } = await saved(await saveWorkbook(wb));
    expect([...parts.keys()].some((p) => /drawing|chart/.test(p))).toBe(false);
  });

  it("refuses a sheet that has a drawing already, and one that is not there", async () => {
    const wb = await workbookWith("Reife");
    const once = await saveWorkbook(wb);
    await expect(addCharts(once, new Map([["Reife", [barChart()]]]))).rejects.toThrow(/already has a drawing/);
    await expect(addCharts(once, new Map([["Nowhere", [barChart()]]]))).rejects.toThrow(/no sheet Nowhere/);
  });
});

describe("the drawing's place in the sheet", () => {
  const root = '<worksheet xmlns="s" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';
  it("goes before the first element the schema puts after it, never into a rule's own extLst", () => {
    const rules =
      '<conditionalFormatting sqref="A1"><cfRule type="expression"><formula>A1&gt;1</formula><extLst><ext uri="x"/></extLst></cfRule></conditionalFormatting>';
    const sheet = `${root}<sheetData><row r="1"/></sheetData>${rules}<pageMargins left="0.7"/><pageSetup/><headerFooter><oddHeader>&amp;A</oddHeader></headerFooter><legacyDrawing r:id="rId1"/><extLst><ext uri="y"/></extLst></worksheet>`;
    expect(insertDrawing(sheet, "rId9")).toBe(sheet.replace("<legacyDrawing", '<drawing r:id="rId9"/><legacyDrawing'));
    const bare = `${root}<sheetData/>${rules}</worksheet>`;
    expect(insertDrawing(bare, "rId2")).toBe(bare.replace("</worksheet>", '<drawing r:id="rId2"/></worksheet>'));
    expect(insertDrawing(`${root}<sheetData/>${rules}<extLst/></worksheet>`, "rId3")).toContain('<drawing r:id="rId3"/><extLst/>');
  });

  it("declares the relationships namespace where the sheet does not, and keeps the sheet's prefix", () => {
    expect(insertDrawing('<x:worksheet xmlns:x="s"><x:sheetData/></x:worksheet>', "rId1")).toBe(
      '<x:worksheet xmlns:x="s"><x:sheetData/><x:drawing xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/></x:worksheet>',
    );
  });
});
