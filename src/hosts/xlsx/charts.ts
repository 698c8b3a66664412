import JSZip from "jszip";
import { chartRef } from "../../sheets/address";
import type { Area, BarChartSpec, BubbleChartSpec, ChartSpec, ValueAxisSpec } from "../../sheets/spec";
import { xmlText } from "./file";

/**
 * Native charts for .xlsx files that ExcelJS wrote: ExcelJS writes no charts, so their parts are added to its zip
 * afterwards (a drawing per sheet anchoring the charts over their cells, a chart part each, their relationships
 * and content types). The charts refer to the sheet's cells and carry no cached values: Excel and LibreOffice
 * draw them from the cells on open. No ExcelJS here: the pane loads this with the portable copy only.
 */

const NS = {
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  /** Excel 2013's chart extensions: data labels from cells. */
  c15: "http://schemas.microsoft.com/office/drawing/2012/chart",
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  rels: "http://schemas.openxmlformats.org/package/2006/relationships",
};
const REL = { drawing: `${NS.r}/drawing`, chart: `${NS.r}/chart` };
const TYPE = {
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
};
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
/** The two axes of a chart; ids need only be unique within its part. */
const CAT_AX = 1;
const VAL_AX = 2;

/** Text for XML content or attributes; characters XML 1.0 cannot hold at all are dropped. */
export function escapeXml(text: string): string {
  const map: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/g, "").replace(/[&<>"']/g, (ch) => map[ch]!);
}

const val = (name: string, value: string | number) => `<c:${name} val="${escapeXml(String(value))}"/>`;

/** A chart's part: clustered bars or columns, or bubbles, over the sheet's cells, its axes as the spec scales them. */
export function chartXml(chart: ChartSpec, sheet: string): string {
  return chart.type === "bubble" ? bubbleXml(chart, sheet) : barXml(chart, sheet);
}

const fill = (color: string) =>
  `<c:spPr><a:solidFill><a:srgbClr val="${escapeXml(color.replace("#", "").toUpperCase())}"/></a:solidFill></c:spPr>`;
const titleXml = (text: string) =>
  `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx>${val("overlay", 0)}</c:title>`;
const chartSpaceXml = (chart: ChartSpec, plot: string, legend: string) =>
  `${HEAD}<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">${val("roundedCorners", 0)}<c:chart>${titleXml(chart.title)}${val("autoTitleDeleted", 0)}` +
  `<c:plotArea><c:layout/>${plot}</c:plotArea>${legend}${val("plotVisOnly", 1)}${val("dispBlanksAs", "gap")}</c:chart></c:chartSpace>`;
/** Several series need a legend; one is named by the title. */
const legendXml = (series: number) => (series > 1 ? `<c:legend>${val("legendPos", "b")}${val("overlay", 0)}</c:legend>` : "");
const numRef = (tag: string, sheet: string, a: Area) =>
  `<c:${tag}><c:numRef><c:f>${escapeXml(chartRef(sheet, a))}</c:f></c:numRef></c:${tag}>`;
const scalingXml = (axis: ValueAxisSpec) =>
  `<c:scaling>${val("orientation", "minMax")}${axis.max === undefined ? "" : val("max", axis.max)}${val("min", axis.min)}</c:scaling>`;
const numFmtXml = (axis: ValueAxisSpec) =>
  `<c:numFmt formatCode="${escapeXml(axis.numberFormat ?? "General")}" sourceLinked="${axis.numberFormat === undefined ? 1 : 0}"/>`;

function barXml(chart: BarChartSpec, sheet: string): string {
  const bars = chart.type === "bar";
  const axis = chart.valueAxis;
  const series = chart.series.map(
    (s, i) =>
      `<c:ser>${val("idx", i)}${val("order", i)}<c:tx><c:v>${escapeXml(s.name)}</c:v></c:tx>` +
      `${fill(s.color)}${val("invertIfNegative", 0)}` +
      `<c:cat><c:strRef><c:f>${escapeXml(chartRef(sheet, chart.categories))}</c:f></c:strRef></c:cat>` +
      `${numRef("val", sheet, s.values)}</c:ser>`,
  );
  // "categories in reverse order" as Excel writes it: the category axis runs from the top, and the value axis
  // crosses it at its last category, so that the value labels stay at the bottom
  const topDown = chart.categoriesTopDown === true;
  const catAx =
    `<c:catAx>${val("axId", CAT_AX)}<c:scaling>${val("orientation", topDown ? "maxMin" : "minMax")}</c:scaling>${val("delete", 0)}${val("axPos", bars ? "l" : "b")}` +
    // the labels stay at the low end of the values where the axis crosses at a threshold inside the plot
    `${val("majorTickMark", "out")}${val("minorTickMark", "none")}${val("tickLblPos", "low")}${val("crossAx", VAL_AX)}` +
    `${axis.crossesAt === undefined ? val("crosses", "autoZero") : val("crossesAt", axis.crossesAt)}${val("auto", 1)}${val("lblAlgn", "ctr")}${val("lblOffset", 100)}${val("noMultiLvlLbl", 0)}</c:catAx>`;
  const valAx =
    `<c:valAx>${val("axId", VAL_AX)}${scalingXml(axis)}${val("delete", 0)}${val("axPos", bars ? "b" : "l")}<c:majorGridlines/>${numFmtXml(axis)}` +
    `${val("majorTickMark", "out")}${val("minorTickMark", "none")}${val("tickLblPos", "nextTo")}${val("crossAx", CAT_AX)}${val("crosses", topDown ? "max" : "autoZero")}` +
    `${val("crossBetween", "between")}${axis.majorUnit === undefined ? "" : val("majorUnit", axis.majorUnit)}</c:valAx>`;
  const plot =
    `<c:barChart>${val("barDir", bars ? "bar" : "col")}${val("grouping", "clustered")}${val("varyColors", 0)}${series.join("")}` +
    `${val("gapWidth", 50)}${val("axId", CAT_AX)}${val("axId", VAL_AX)}</c:barChart>${catAx}${valAx}`;
  return chartSpaceXml(chart, plot, legendXml(chart.series.length));
}

/**
 * Bubbles: each series' x, y and sizes from its columns, its labels from cells (Excel 2013's "value from cells",
 * an extension older readers skip), two value axes crossing at the spec's thresholds, their labels at the plot's
 * low edges so that they stay clear of the quadrant lines.
 */
function bubbleXml(chart: BubbleChartSpec, sheet: string): string {
  const c15 = (uri: string, inner: string) => `<c:ext uri="${uri}" xmlns:c15="${NS.c15}">${inner}</c:ext>`;
  const series = chart.series.map((s, i) => {
    const labels =
      s.labels === undefined
        ? ""
        : `<c:dLbls>${val("dLblPos", "r")}${val("showLegendKey", 0)}${val("showVal", 0)}${val("showCatName", 0)}${val("showSerName", 0)}` +
          `${val("showPercent", 0)}${val("showBubbleSize", 0)}<c:extLst>${c15("{CE6537A1-D6FC-4f65-9D91-7224C49458BB}", '<c15:showDataLabelsRange val="1"/>')}</c:extLst></c:dLbls>`;
    const range =
      s.labels === undefined
        ? ""
        : `<c:extLst>${c15("{02D57815-91ED-43cb-92C2-25804820EDAC}", `<c15:datalabelsRange><c15:f>${escapeXml(chartRef(sheet, s.labels))}</c15:f></c15:datalabelsRange>`)}</c:extLst>`;
    return (
      `<c:ser>${val("idx", i)}${val("order", i)}<c:tx><c:v>${escapeXml(s.name)}</c:v></c:tx>${fill(s.color)}${val("invertIfNegative", 0)}${labels}` +
      `${numRef("xVal", sheet, s.x)}${numRef("yVal", sheet, s.y)}${numRef("bubbleSize", sheet, s.size)}${val("bubble3D", 0)}${range}</c:ser>`
    );
  });
  const axis = (id: number, cross: number, spec: ValueAxisSpec, other: ValueAxisSpec, pos: "b" | "l") =>
    `<c:valAx>${val("axId", id)}${scalingXml(spec)}${val("delete", 0)}${val("axPos", pos)}<c:majorGridlines/>` +
    `${spec.title === undefined ? "" : titleXml(spec.title)}${numFmtXml(spec)}${val("majorTickMark", "out")}${val("minorTickMark", "none")}${val("tickLblPos", "low")}` +
    `${val("crossAx", cross)}${other.crossesAt === undefined ? val("crosses", "autoZero") : val("crossesAt", other.crossesAt)}${val("crossBetween", "midCat")}` +
    `${spec.majorUnit === undefined ? "" : val("majorUnit", spec.majorUnit)}</c:valAx>`;
  // the x axis sits where the y axis crosses it, at the y threshold, and the other way round
  const plot =
    `<c:bubbleChart>${val("varyColors", 0)}${series.join("")}${val("bubbleScale", 100)}${val("showNegBubbles", 0)}${val("axId", CAT_AX)}${val("axId", VAL_AX)}</c:bubbleChart>` +
    `${axis(CAT_AX, VAL_AX, chart.xAxis, chart.yAxis, "b")}${axis(VAL_AX, CAT_AX, chart.yAxis, chart.xAxis, "l")}`;
  return chartSpaceXml(chart, plot, legendXml(chart.series.length));
}

/** A sheet's drawing: each chart anchored from the top-left corner of its first cell to the bottom-right of its last, found by its name. */
export function drawingXml(charts: readonly ChartSpec[], chartRelIds: readonly string[]): string {
  const corner = (tag: string, row: number, col: number) =>
    `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  const anchors = charts.map(
    (c, i) =>
      `<xdr:twoCellAnchor>${corner("from", c.at.row, c.at.col)}${corner("to", c.at.row + c.at.rows, c.at.col + c.at.cols)}` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(c.name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${NS.c}">` +
      `<c:chart xmlns:c="${NS.c}" r:id="${chartRelIds[i]}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`,
  );
  return `${HEAD}<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">${anchors.join("")}</xdr:wsDr>`;
}

interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
}

const relationshipXml = (r: Relationship) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${escapeXml(r.target)}"/>`;
const relationshipsXml = (rels: readonly Relationship[]) =>
  `${HEAD}<Relationships xmlns="${NS.rels}">${rels.map(relationshipXml).join("")}</Relationships>`;

/** The worksheet elements that come after <drawing> (CT_Worksheet's order): it goes before the first of them. */
const AFTER_DRAWING = new Set([
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
]);

/**
 * The sheet's XML with <drawing r:id="…"/> where the schema wants it: Excel refuses a file with it out of order.
 * Only the sheet's own children after <sheetData> are looked at (an <extLst> also sits inside rules).
 */
export function insertDrawing(sheetXml: string, relId: string): string {
  const root = /<(\w+:)?worksheet\b((?:[^>"']|"[^"]*"|'[^']*')*)>/.exec(sheetXml);
  if (root === null) throw new Error("Not a worksheet part");
  const prefix = root[1] ?? "";
  const r = new RegExp(`xmlns:([\\w.-]+)\\s*=\\s*["']${NS.r}["']`).exec(root[2]!)?.[1];
  const element = `<${prefix}drawing ${r === undefined ? `xmlns:r="${NS.r}" r:id` : `${r}:id`}="${relId}"/>`;
  const data = /<\/(?:\w+:)?sheetData>|<(?:\w+:)?sheetData\b[^>]*\/>/.exec(sheetXml);
  const tags = /<(\/?)(?:[\w.-]+:)?([\w.-]+)(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>|<!--[\s\S]*?-->/g;
  tags.lastIndex = data === null ? root.index + root[0].length : data.index + data[0].length;
  let depth = 1;
  for (let m = tags.exec(sheetXml); m !== null; m = tags.exec(sheetXml)) {
    if (m[2] === undefined) continue;
    if (m[1] === "/") depth--;
    else if (depth === 1 && m[2] === "drawing")
      throw new Error("The sheet already has a drawing: charts are added to sheets without one only");
    else if (depth === 1 && AFTER_DRAWING.has(m[2])) depth = 0;
    else if (m[3] !== "/") depth++;
    if (depth === 0) return sheetXml.slice(0, m.index) + element + sheetXml.slice(m.index);
  }
  throw new Error("The worksheet part ends early");
}

/** The relationships part of a part: xl/worksheets/sheet1.xml → xl/worksheets/_rels/sheet1.xml.rels. */
const relsOf = (part: string) => part.replace(/([^/]*)$/, "_rels/$1.rels");
const relationships = (xml: string): Relationship[] =>
  [...xml.matchAll(/<(?:\w+:)?Relationship\b((?:[^>"']|"[^"]*"|'[^']*')*)>/g)].map((m) => {
    const get = (name: string) =>
      xmlText(
        new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)
          .exec(m[1]!)
          ?.slice(1)
          .find((v) => v !== undefined) ?? "",
      );
    return { id: get("Id"), type: get("Type"), target: get("Target") };
  });
/** A relationship's target as a part name, relative to the part that names it or absolute. */
const resolve = (source: string, target: string) => decodeURIComponent(new URL(target, `file:///${source}`).pathname.slice(1));

/**
 * Adds the charts to the sheets they are keyed by (sheet names, matched ignoring case) in an .xlsx file's bytes.
 * A sheet that has a drawing already (pictures) is refused rather than merged: ExcelJS writes one only for images,
 * which our sheets do not have.
 */
export async function addCharts(bytes: Uint8Array | ArrayBuffer, charts: ReadonlyMap<string, readonly ChartSpec[]>): Promise<Uint8Array> {
  const wanted = [...charts].filter(([, list]) => list.length > 0);
  if (wanted.length === 0) return bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const zip = await JSZip.loadAsync(bytes);
  const text = async (part: string) => {
    const file = zip.file(part);
    if (file === null) throw new Error(`The workbook has no part ${part}`);
    return file.async("string");
  };
  const workbookRels = relationships(await text("xl/_rels/workbook.xml.rels"));
  const sheets = new Map<string, { name: string; part: string }>();
  for (const m of (await text("xl/workbook.xml")).matchAll(/<(?:\w+:)?sheet\b((?:[^>"']|"[^"]*"|'[^']*')*)>/g)) {
    const name = /\sname\s*=\s*"([^"]*)"/.exec(m[1]!)?.[1];
    const rel = workbookRels.find((r) => r.id === /\s[\w.-]+:id\s*=\s*"([^"]*)"/.exec(m[1]!)?.[1]);
    if (name !== undefined && rel !== undefined)
      sheets.set(xmlText(name).toLowerCase(), { name: xmlText(name), part: resolve("xl/workbook.xml", rel.target) });
  }
  // new parts are numbered after the existing ones
  const next = (pattern: RegExp) => Math.max(0, ...Object.keys(zip.files).map((f) => Number(pattern.exec(f)?.[1] ?? 0))) + 1;
  let drawingNo = next(/^xl\/drawings\/drawing(\d+)\.xml$/);
  let chartNo = next(/^xl\/charts\/chart(\d+)\.xml$/);
  const overrides: string[] = [];

  for (const [key, list] of wanted) {
    const sheet = sheets.get(key.toLowerCase());
    if (sheet === undefined) throw new Error(`The workbook has no sheet ${key} for its charts`);
    // the sheet's relationships are kept as they are (hyperlinks are external ones), the drawing's added
    const relsXml = zip.file(relsOf(sheet.part)) === null ? relationshipsXml([]) : await text(relsOf(sheet.part));
    const relId = `rId${Math.max(0, ...relationships(relsXml).map((r) => Number(/^rId(\d+)$/.exec(r.id)?.[1] ?? 0))) + 1}`;
    zip.file(sheet.part, insertDrawing(await text(sheet.part), relId));
    const drawing = `xl/drawings/drawing${drawingNo++}.xml`;
    const drawingRel = relationshipXml({ id: relId, type: REL.drawing, target: `../drawings/${drawing.split("/").pop()}` });
    zip.file(relsOf(sheet.part), relsXml.replace(/(<\/(?:\w+:)?Relationships>)/, `${drawingRel}$1`));
    const chartParts = list.map(() => `xl/charts/chart${chartNo++}.xml`);
    const chartRels = chartParts.map((part, i) => ({ id: `rId${i + 1}`, type: REL.chart, target: `../charts/${part.split("/").pop()}` }));
    zip.file(
      drawing,
      drawingXml(
        list,
        chartRels.map((r) => r.id),
      ),
    );
    zip.file(relsOf(drawing), relationshipsXml(chartRels));
    list.forEach((chart, i) => zip.file(chartParts[i]!, chartXml(chart, sheet.name)));
    overrides.push(
      `<Override PartName="/${drawing}" ContentType="${TYPE.drawing}"/>`,
      ...chartParts.map((p) => `<Override PartName="/${p}" ContentType="${TYPE.chart}"/>`),
    );
  }
  const types = await text("[Content_Types].xml");
  zip.file("[Content_Types].xml", types.replace(/(<\/(?:\w+:)?Types>)/, `${overrides.join("")}$1`));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
