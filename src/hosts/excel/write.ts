import {
  type Area,
  type CellStyle,
  type BarChartSpec,
  type BubbleChartSpec,
  type ChartSpec,
  type ConditionalFormat,
  type SheetSpec,
  type Validation,
  type ValueAxisSpec,
  fittedTexts,
} from "../../sheets/spec";
import { chartRef, columnLetter } from "../../sheets/address";
import { cellBlocks } from "../../sheets/spec";
import { cellInput } from "../../sheets/cellInput";
import type { WriteOptions } from "../host";
import type { Requirements } from "./requirements";

function block(sheet: Excel.Worksheet, a: Area): Excel.Range {
  return sheet.getRangeByIndexes(a.row, a.col, a.rows, a.cols);
}

/**
 * Queues everything that writes `spec` into one sheet; the caller syncs once. With `suspendCalculation`, Excel
 * does not recalculate until that sync: faster, but values read in the same batch would be stale.
 */
export function queueWrite(
  context: Excel.RequestContext,
  spec: SheetSpec,
  options: WriteOptions,
  req: Requirements,
  { suspendCalculation }: { readonly suspendCalculation: boolean },
): Excel.Worksheet {
  const sheets = context.workbook.worksheets;
  if (suspendCalculation) context.application.suspendApiCalculationUntilNextSync();
  const sheet = options.replace === undefined ? sheets.add(spec.name) : sheets.getItem(options.replace);
  if (options.replace !== undefined && options.replace !== spec.name) sheet.name = spec.name;
  // a table cannot be written over: ours on the old sheet become plain ranges first (others are the user's)
  const ours = new Set((spec.tables ?? []).map((t) => t.name.toLowerCase()));
  for (const name of options.tables ?? []) if (ours.has(name.toLowerCase())) sheet.tables.getItem(name).convertToRange();

  const rows = spec.cells.length;
  const cols = spec.cells[0]?.length ?? 0;
  if (options.clear !== undefined) {
    const old = block(sheet, {
      row: 0,
      col: 0,
      rows: Math.max(options.clear.row + options.clear.rows, rows),
      cols: Math.max(options.clear.col + options.clear.cols, cols),
    });
    old.conditionalFormats.clearAll();
    old.dataValidation.clear();
    old.unmerge();
    old.clear("All");
  }
  if (options.clearOwn !== undefined) {
    const own = block(sheet, options.clearOwn);
    own.conditionalFormats.clearAll();
    own.clear("All");
  }
  if (options.clearRules !== undefined) {
    const covered = block(sheet, options.clearRules);
    covered.conditionalFormats.clearAll();
    covered.dataValidation.clear();
  }

  // one 2-D assignment each for content and number formats, whatever the size; the same for each separate block
  for (const b of cellBlocks(spec)) {
    const size = { rows: b.cells.length, cols: b.cells[0]?.length ?? 0 };
    if (size.rows === 0 || size.cols === 0) continue;
    const all = block(sheet, { row: b.row, col: b.col, ...size });
    all.numberFormat = b.numberFormats.map((r) => [...r]);
    all.formulas = b.cells.map((r) => r.map(cellInput));
  }
  for (const s of spec.styles) applyStyle(block(sheet, s.area), s.style);
  for (const m of spec.merges) block(sheet, m).merge(false);
  spec.columnWidths.forEach((w, c) => (sheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = w));
  for (const h of spec.rowHeights) sheet.getRangeByIndexes(h.row, 0, 1, 1).format.rowHeight = h.height;
  for (const v of spec.validations) applyValidation(block(sheet, v.area), v);
  for (const f of spec.conditionalFormats) applyConditionalFormat(block(sheet, f.area), f);
  // the sheet comes to the front before its panes are frozen: freezing a sheet that is not active fails or freezes
  // the active one on some platforms (office-js issues 3148, 2196)
  sheet.activate();
  sheet.freezePanes.unfreeze();
  const freezeCols = spec.freezeColumns ?? 0;
  if (freezeCols > 0) sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, Math.max(1, spec.freezeRows), freezeCols));
  else if (spec.freezeRows > 0) sheet.freezePanes.freezeRows(spec.freezeRows);
  if (req.isSetSupported("ExcelApi", "1.9")) {
    const page = sheet.pageLayout;
    const p = spec.print;
    page.orientation = p.landscape ? "Landscape" : "Portrait";
    // a range of this sheet: an address without a sheet name would mean the active sheet
    page.setPrintArea(block(sheet, p.area));
    // re-created with more candidates, a sheet that printed on one page goes back to 100 %
    page.zoom = p.fit === undefined ? { scale: 100 } : { horizontalFitToPages: p.fit.wide, verticalFitToPages: p.fit.tall ?? 0 };
    const t = p.titleRows;
    if (t !== undefined) page.setPrintTitleRows(`$${t.from + 1}:$${t.to + 1}`);
    const c = p.titleColumns;
    if (c !== undefined) page.setPrintTitleColumns(`$${columnLetter(c.from)}:$${columnLetter(c.to)}`);
    const hf = page.headersFooters.defaultForAllPages;
    hf.leftHeader = p.header.left ?? "";
    hf.centerHeader = p.header.center ?? "";
    hf.rightHeader = p.header.right ?? "";
    hf.leftFooter = p.footer.left ?? "";
    hf.centerFooter = p.footer.center ?? "";
    hf.rightFooter = p.footer.right ?? "";
  }
  // our charts on the old sheet go (they are drawn again, over the re-created cells); the user's stay
  const charts = new Set((spec.charts ?? []).map((c) => c.name.toLowerCase()));
  for (const name of options.charts ?? []) if (charts.has(name.toLowerCase())) sheet.charts.getItem(name).delete();
  for (const c of spec.charts ?? []) addChart(sheet, spec.name, c);
  for (const t of spec.tables ?? []) {
    // the cells are written first, then the table goes over them (headers included); a range of this sheet, since
    // an address without a sheet name means the active sheet
    const table = sheet.tables.add(block(sheet, t.area), true);
    table.name = t.name;
    table.style = t.style;
  }
  return sheet;
}

function applyStyle(range: Excel.Range, s: CellStyle): void {
  const f = range.format;
  if (s.bold !== undefined) f.font.bold = s.bold;
  if (s.italic !== undefined) f.font.italic = s.italic;
  if (s.fontSize !== undefined) f.font.size = s.fontSize;
  if (s.fontColor !== undefined) f.font.color = s.fontColor;
  if (s.fill !== undefined) f.fill.color = s.fill;
  if (s.wrap !== undefined) f.wrapText = s.wrap;
  if (s.horizontal !== undefined) f.horizontalAlignment = s.horizontal;
  if (s.vertical !== undefined) f.verticalAlignment = s.vertical;
  if (s.borderBottom !== undefined) {
    const edge = f.borders.getItem("EdgeBottom");
    edge.style = "Continuous";
    edge.color = s.borderBottom;
  }
}

function applyValidation(range: Excel.Range, v: Validation): void {
  const dv = range.dataValidation;
  const r = v.rule;
  dv.rule =
    r.kind === "list"
      ? { list: { inCellDropDown: true, source: r.items.join(",") } }
      : { [r.kind]: { formula1: r.min, formula2: r.max, operator: "Between" } };
  dv.ignoreBlanks = true;
  const texts = fittedTexts(v);
  dv.prompt = { showPrompt: true, title: texts.promptTitle, message: texts.prompt };
  dv.errorAlert = { showAlert: true, style: "Stop", title: texts.errorTitle, message: texts.error };
}

function applyConditionalFormat(range: Excel.Range, f: ConditionalFormat): void {
  const cf = range.conditionalFormats.add("Custom");
  cf.custom.rule.formula = f.formula;
  if (f.fill !== undefined) cf.custom.format.fill.color = f.fill;
  if (f.fontColor !== undefined) cf.custom.format.font.color = f.fontColor;
  if (f.bold !== undefined) cf.custom.format.font.bold = f.bold;
}

/** Draws a chart from cells of its sheet, so that the chart follows what users type there. */
function addChart(sheet: Excel.Worksheet, sheetName: string, c: ChartSpec): void {
  if (c.type === "bubble") addBubbles(sheet, sheetName, c);
  else addBars(sheet, c);
}

/** Puts the chart over its cells, with its title and (for several series) a legend. */
function placeChart(sheet: Excel.Worksheet, chart: Excel.Chart, c: ChartSpec): void {
  chart.name = c.name;
  chart.title.text = c.title;
  const corner = (row: number, col: number) => block(sheet, { row, col, rows: 1, cols: 1 });
  chart.setPosition(corner(c.at.row, c.at.col), corner(c.at.row + c.at.rows - 1, c.at.col + c.at.cols - 1));
  chart.legend.visible = c.series.length > 1;
}

/** An axis' range, step and labels' number format. */
function scaleAxis(axis: Excel.ChartAxis, spec: ValueAxisSpec): void {
  axis.minimum = spec.min;
  if (spec.max !== undefined) axis.maximum = spec.max;
  if (spec.majorUnit !== undefined) axis.majorUnit = spec.majorUnit;
  if (spec.numberFormat !== undefined) axis.numberFormat = spec.numberFormat;
}

/** Bars or columns: created over the first series' cells, the other series added by range (ExcelApi 1.7). */
function addBars(sheet: Excel.Worksheet, c: BarChartSpec): void {
  const [first] = c.series;
  if (first === undefined) return;
  const byRows = first.values.rows === 1 && first.values.cols > 1;
  const chart = sheet.charts.add(
    c.type === "bar" ? "BarClustered" : "ColumnClustered",
    block(sheet, first.values),
    byRows ? "Rows" : "Columns",
  );
  placeChart(sheet, chart, c);
  c.series.forEach((s, i) => {
    const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
    series.name = s.name;
    if (i > 0) series.setValues(block(sheet, s.values));
    series.setXAxisValues(block(sheet, c.categories));
    series.format.fill.setSolidColor(s.color);
  });
  const value = chart.axes.valueAxis;
  scaleAxis(value, c.valueAxis);
  const category = chart.axes.categoryAxis;
  if (c.valueAxis.crossesAt !== undefined) {
    // bars grow left (below) or right (above) of the threshold; the category labels stay at the low end
    value.setPositionAt(c.valueAxis.crossesAt);
    category.tickLabelPosition = "Low";
  }
  if (c.categoriesTopDown === true) {
    category.reversePlotOrder = true;
    // with the categories reversed, the value axis would move to the top: it stays at the bottom
    category.position = "Maximum";
  }
}

/**
 * Bubbles: each series' y values, x values and sizes set by range (ExcelApi 1.7), the axes crossing at their
 * thresholds (1.8). Office.js sets a label from a cell point by point only (ChartDataLabel.formula, 1.8): the
 * points of `labelledRows` get theirs, one queued command each, in the same batch.
 */
function addBubbles(sheet: Excel.Worksheet, sheetName: string, c: BubbleChartSpec): void {
  const [first] = c.series;
  if (first === undefined) return;
  const chart = sheet.charts.add("Bubble", block(sheet, first.y), "Columns");
  placeChart(sheet, chart, c);
  c.series.forEach((s, i) => {
    const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
    series.name = s.name;
    series.setValues(block(sheet, s.y));
    series.setXAxisValues(block(sheet, s.x));
    series.setBubbleSizes(block(sheet, s.size));
    series.format.fill.setSolidColor(s.color);
    if (s.labels === undefined) return;
    const labels = s.labels;
    for (const offset of s.labelledRows ?? []) {
      const point = series.points.getItemAt(offset);
      point.hasDataLabel = true;
      point.dataLabel.formula = `=${chartRef(sheetName, { row: labels.row + offset, col: labels.col, rows: 1, cols: 1 })}`;
    }
  });
  // Excel's names: the horizontal axis of an XY chart is its "category" axis
  const axes = [
    [chart.axes.categoryAxis, c.xAxis],
    [chart.axes.valueAxis, c.yAxis],
  ] as const;
  for (const [axis, spec] of axes) {
    scaleAxis(axis, spec);
    if (spec.title !== undefined) axis.title.text = spec.title;
    // the labels at the plot's low edges, clear of the quadrant lines
    axis.tickLabelPosition = "Low";
    if (spec.crossesAt !== undefined) axis.setPositionAt(spec.crossesAt);
  }
}
