import type ExcelJS from "exceljs";
import { columnLetter, rangeAddress } from "../../sheets/address";
import { headerFooterCode } from "../../sheets/print";
import { type Area, type CellStyle, type ChartSpec, type SheetSpec, cellBlocks, fittedTexts, isFormulaCell } from "../../sheets/spec";
import type { WriteOptions } from "../host";

const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;
const ref = (a: Area) => rangeAddress(a.row, a.col, a.rows, a.cols);
/** Excel column widths are in characters of the default font; ours are in points (about 7 points a character). */
export const pointsToChars = (points: number) => Math.round((points / 7) * 100) / 100;

function cells(a: Area, f: (row: number, col: number) => void): void {
  for (let r = a.row; r < a.row + a.rows; r++) for (let c = a.col; c < a.col + a.cols; c++) f(r + 1, c + 1);
}

function style(ws: ExcelJS.Worksheet, a: Area, s: CellStyle): void {
  cells(a, (r, c) => {
    const cell = ws.getCell(r, c);
    if (s.bold !== undefined || s.italic !== undefined || s.fontSize !== undefined || s.fontColor !== undefined) {
      cell.font = {
        ...cell.font,
        ...(s.bold !== undefined ? { bold: s.bold } : {}),
        ...(s.italic !== undefined ? { italic: s.italic } : {}),
        ...(s.fontSize !== undefined ? { size: s.fontSize } : {}),
        ...(s.fontColor !== undefined ? { color: { argb: argb(s.fontColor) } } : {}),
      };
    }
    if (s.fill !== undefined) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(s.fill) } };
    if (s.wrap !== undefined || s.horizontal !== undefined || s.vertical !== undefined) {
      cell.alignment = {
        ...cell.alignment,
        ...(s.wrap !== undefined ? { wrapText: s.wrap } : {}),
        ...(s.horizontal !== undefined ? { horizontal: s.horizontal.toLowerCase() as "left" | "center" | "right" } : {}),
        ...(s.vertical !== undefined
          ? { vertical: s.vertical === "Center" ? "middle" : (s.vertical.toLowerCase() as "top" | "bottom") }
          : {}),
      };
    }
    if (s.borderBottom !== undefined) cell.border = { ...cell.border, bottom: { style: "thin", color: { argb: argb(s.borderBottom) } } };
  });
}

/**
 * The charts of each workbook's sheets (by lowercased name), added to the file when it is saved: ExcelJS keeps no
 * charts. A re-created sheet's entry replaces the one of the sheet it replaces, so its charts are never doubled.
 */
const sheetCharts = new WeakMap<ExcelJS.Workbook, Map<string, readonly ChartSpec[]>>();

/** The charts to add to a saved workbook, by the current names of the sheets that still have them. */
export function chartsOf(wb: ExcelJS.Workbook): Map<string, readonly ChartSpec[]> {
  const charts = new Map<string, readonly ChartSpec[]>();
  for (const ws of wb.worksheets) {
    const recorded = sheetCharts.get(wb)?.get(ws.name.toLowerCase());
    if (recorded !== undefined) charts.set(ws.name, recorded);
  }
  return charts;
}

function recordCharts(wb: ExcelJS.Workbook, spec: SheetSpec, options: WriteOptions): void {
  let recorded = sheetCharts.get(wb);
  if (recorded === undefined) sheetCharts.set(wb, (recorded = new Map()));
  if (options.replace !== undefined) recorded.delete(options.replace.toLowerCase());
  if (spec.charts?.length) recorded.set(spec.name.toLowerCase(), spec.charts);
  else recorded.delete(spec.name.toLowerCase());
}

/** Writes a sheet spec into an ExcelJS workbook: the same content, formats, rules and layout the Excel host writes. */
export function writeWorksheet(wb: ExcelJS.Workbook, spec: SheetSpec, options: WriteOptions): ExcelJS.Worksheet {
  const ws = targetSheet(wb, spec, options);
  writeCells(ws, spec);
  writeValidations(ws, spec);
  writeHighlighting(ws, spec);
  ws.views = [{ state: "frozen", ySplit: spec.freezeRows, xSplit: spec.freezeColumns ?? 0 }];
  writeTables(ws, spec);
  writePrintSetup(ws, spec);
  recordCharts(wb, spec, options);
  return ws;
}

/**
 * The sheet to write into: a new one, the one `replace` names (renamed), or, when a block is cleared, a fresh sheet
 * that takes over the old one's cells outside the old and the new block (ExcelJS cannot clear rules in place).
 */
function targetSheet(wb: ExcelJS.Workbook, spec: SheetSpec, options: WriteOptions): ExcelJS.Worksheet {
  let ws = options.replace === undefined ? undefined : wb.worksheets.find((w) => w.name.toLowerCase() === options.replace!.toLowerCase());
  if (ws !== undefined && options.clear !== undefined) {
    // the old sheet goes; its cells outside both blocks are carried over
    const keep = ws;
    const fresh = wb.addWorksheet(`${spec.name}~`);
    const rows = spec.cells.length;
    const cols = spec.cells[0]?.length ?? 0;
    const clear = options.clear;
    const own = options.clearOwn;
    keep.eachRow({ includeEmpty: false }, (row, r) =>
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const inOwn = own !== undefined && r > own.row && r <= own.row + own.rows && c > own.col && c <= own.col + own.cols;
        const inOld = inOwn || (r <= clear.row + clear.rows && c <= clear.col + clear.cols);
        const inNew = r <= rows && c <= cols;
        if (!inOld && !inNew) fresh.getCell(r, c).value = cell.value;
      }),
    );
    wb.removeWorksheet(keep.id);
    fresh.name = spec.name;
    ws = fresh;
  } else if (ws !== undefined) ws.name = spec.name;
  return ws ?? wb.addWorksheet(spec.name);
}

/**
 * Functions Excel added after 2007 that a file must name with the prefix `_xlfn.` (Microsoft's "future functions"
 * in the file format): without it, Excel and LibreOffice show #NAME? where the add-in's Excel host, which types
 * formulas through Office.js, needs none. Only those the sheets use.
 */
const FUTURE_FUNCTIONS = ["ISFORMULA", "MAXIFS", "MINIFS", "IFS", "CONCAT", "TEXTJOIN", "XLOOKUP"];
const FUTURE = new RegExp(`(?<![\\w.])(${FUTURE_FUNCTIONS.join("|")})\\(`, "gi");

/** A text in quotes inside a formula ("" stands for one quote in it). */
const QUOTED = /"(?:[^"]|"")*"/g;

/** A formula as a file holds it: without its "=", future functions prefixed (text in quotes left alone). */
export function fileFormula(formula: string): string {
  return formula
    .replace(/^=/, "")
    .split(new RegExp(`(${QUOTED.source})`))
    .map((part, i) => (i % 2 === 1 ? part : part.replace(FUTURE, "_xlfn.$1(")))
    .join("");
}

/** The formula's parts outside text in quotes, each text replaced by "" (what a scan of its functions may look at). */
function withoutTexts(formula: string): string {
  return formula.replace(QUOTED, '""');
}

/**
 * Whether a formula must be stored as an array formula (entered with Ctrl+Shift+Enter) to compute as the add-in
 * writes it: an IF or IFERROR inside SUMPRODUCT's arguments, over ranges. Excel with dynamic arrays (where the
 * add-in types formulas) evaluates it as an array; a file's ordinary formula is evaluated as Excel 2019 and earlier
 * do, where SUMPRODUCT lifts its arguments to arrays except through IF and IFERROR, which take one cell of each
 * range (implicit intersection; Excel 365 shows it with "@"). As an array formula of one cell it is the same in
 * every version, in LibreOffice and in Google Sheets.
 */
export function needsArrayEntry(formula: string): boolean {
  const f = withoutTexts(formula).toUpperCase();
  for (let at = f.indexOf("SUMPRODUCT("); at >= 0; at = f.indexOf("SUMPRODUCT(", at + 1)) {
    let depth = 0;
    let end = at + "SUMPRODUCT".length;
    for (; end < f.length; end++) {
      if (f[end] === "(") depth++;
      else if (f[end] === ")" && --depth === 0) break;
    }
    if (/(?<![\w.])IF(ERROR)?\(/.test(f.slice(at + "SUMPRODUCT(".length, end))) return true;
  }
  return false;
}

/** A formula cell as the file holds it (see fileFormula), at 0-based (row, col): an array formula where it must be. */
function fileCell(formula: string, row: number, col: number): ExcelJS.CellValue {
  const stored = fileFormula(formula);
  return (
    needsArrayEntry(formula) ? { formula: stored, shareType: "array", ref: rangeAddress(row, col) } : { formula: stored }
  ) as ExcelJS.CellValue;
}

/** Values, formulas and number formats, then the look: styles, merges, column widths and row heights. */
function writeCells(ws: ExcelJS.Worksheet, spec: SheetSpec): void {
  for (const b of cellBlocks(spec))
    b.cells.forEach((row, r) =>
      row.forEach((v, c) => {
        const cell = ws.getCell(b.row + r + 1, b.col + c + 1);
        cell.value = isFormulaCell(v) ? fileCell(v.formula, b.row + r, b.col + c) : (v as ExcelJS.CellValue);
        const fmt = b.numberFormats[r]?.[c];
        if (fmt !== undefined && fmt !== "General") cell.numFmt = fmt;
      }),
    );
  for (const s of spec.styles) style(ws, s.area, s.style);
  for (const m of spec.merges) ws.mergeCells(m.row + 1, m.col + 1, m.row + m.rows, m.col + m.cols);
  spec.columnWidths.forEach((w, c) => (ws.getColumn(c + 1).width = pointsToChars(w)));
  for (const h of spec.rowHeights) ws.getRow(h.row + 1).height = h.height;
}

function writeValidations(ws: ExcelJS.Worksheet, spec: SheetSpec): void {
  for (const v of spec.validations) {
    const rule = v.rule;
    const dv: ExcelJS.DataValidation =
      rule.kind === "list"
        ? { type: "list", allowBlank: true, formulae: [`"${rule.items.join(",")}"`] }
        : rule.kind === "date"
          ? { type: "date", operator: "between", allowBlank: true, formulae: [new Date(rule.min), new Date(rule.max)] }
          : {
              type: rule.kind === "wholeNumber" ? "whole" : "decimal",
              operator: "between",
              allowBlank: true,
              formulae: [rule.min, rule.max],
            };
    const texts = fittedTexts(v);
    const full: ExcelJS.DataValidation = {
      ...dv,
      showInputMessage: true,
      promptTitle: texts.promptTitle,
      prompt: texts.prompt,
      showErrorMessage: true,
      errorStyle: "stop",
      errorTitle: texts.errorTitle,
      error: texts.error,
    };
    cells(v.area, (r, c) => (ws.getCell(r, c).dataValidation = full));
  }
}

function writeHighlighting(ws: ExcelJS.Worksheet, spec: SheetSpec): void {
  for (const f of spec.conditionalFormats) {
    ws.addConditionalFormatting({
      ref: ref(f.area),
      rules: [
        {
          type: "expression",
          priority: 1,
          formulae: [fileFormula(f.formula)],
          style: {
            ...(f.fill !== undefined ? { fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(f.fill) } } } : {}),
            ...(f.fontColor !== undefined || f.bold !== undefined
              ? { font: { ...(f.fontColor ? { color: { argb: argb(f.fontColor) } } : {}), ...(f.bold ? { bold: true } : {}) } }
              : {}),
          },
        },
      ],
    });
  }
}

/** The Excel tables, with their header row and body as the spec has them. */
function writeTables(ws: ExcelJS.Worksheet, spec: SheetSpec): void {
  for (const t of spec.tables ?? []) {
    const header = spec.cells[t.area.row]!.slice(t.area.col, t.area.col + t.area.cols).map(String);
    const body = spec.cells
      .slice(t.area.row + 1, t.area.row + t.area.rows)
      .map((row, r) =>
        row
          .slice(t.area.col, t.area.col + t.area.cols)
          .map((v, c) => (isFormulaCell(v) ? fileCell(v.formula, t.area.row + 1 + r, t.area.col + c) : v)),
      );
    ws.addTable({
      name: t.name,
      ref: rangeAddress(t.area.row, t.area.col),
      headerRow: true,
      style: { theme: t.style as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
      columns: header.map((name) => ({ name, filterButton: true })),
      rows: body as unknown[][],
    });
  }
}

function writePrintSetup(ws: ExcelJS.Worksheet, spec: SheetSpec): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    orientation: spec.print.landscape ? "landscape" : "portrait",
    printArea: rangeAddress(spec.print.area.row, spec.print.area.col, spec.print.area.rows, spec.print.area.cols),
    ...(spec.print.fit ? { fitToPage: true, fitToWidth: spec.print.fit.wide, fitToHeight: spec.print.fit.tall ?? 0 } : {}),
    ...(spec.print.titleRows ? { printTitlesRow: `${spec.print.titleRows.from + 1}:${spec.print.titleRows.to + 1}` } : {}),
    ...(spec.print.titleColumns
      ? { printTitlesColumn: `${columnLetter(spec.print.titleColumns.from)}:${columnLetter(spec.print.titleColumns.to)}` }
      : {}),
  };
  ws.headerFooter = { ...ws.headerFooter, oddHeader: headerFooterCode(spec.print.header), oddFooter: headerFooterCode(spec.print.footer) };
}
