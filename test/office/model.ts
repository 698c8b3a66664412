/**
 * The in-memory workbook behind the Office.js test double: sheets of sparse cells with number formats,
 * formats, data validation, conditional formats, merges, frozen panes and page layout. Tests seed and inspect
 * it directly ("backdoor"); production code reaches it only through the proxies in `proxies.ts`.
 */
import { cellAddress, columnIndex, columnLetter as columnLetterOf, quoteSheetName } from "../../src/sheets/address";
import { excelParse } from "./input";

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;
/** Excel refuses to return more cells than this in one read. */
export const MAX_READ_CELLS = 5_000_000;

export type Scalar = string | number | boolean;

export interface Area {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

export interface Cell {
  value: Scalar;
  formula?: string;
  /** An Excel error value such as "#N/A". */
  error?: string;
  numberFormat?: string;
}

export interface Format {
  fill?: string;
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  fontSize?: number;
  fontName?: string;
  wrapText?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  borderBottom?: { style?: string; color?: string; weight?: string };
  locked?: boolean;
}

export interface ValidationEntry {
  rule?: Record<string, Record<string, unknown>>;
  prompt?: { showPrompt?: boolean; title?: string; message?: string };
  errorAlert?: { showAlert?: boolean; style?: string; title?: string; message?: string };
  ignoreBlanks?: boolean;
}

export interface ConditionalFormatEntry {
  area: Area;
  type: string;
  formula?: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  stopIfTrue?: boolean;
}

export class OfficeError extends Error {
  constructor(
    readonly code:
      | "ItemNotFound"
      | "InvalidArgument"
      | "ItemAlreadyExists"
      | "InvalidOperation"
      | "ResponsePayloadSizeLimitExceeded"
      | "InvalidReference"
      | "ApiNotFound",
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = "RichApi.Error";
  }
}

const key = (row: number, col: number) => row * MAX_COLS + col;
const rowOf = (k: number) => Math.floor(k / MAX_COLS);
const colOf = (k: number) => k % MAX_COLS;

export function inside(a: Area, row: number, col: number): boolean {
  return row >= a.row && row < a.row + a.rows && col >= a.col && col < a.col + a.cols;
}

export function intersects(a: Area, b: Area): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

/** What is left of `a` once `b` is taken out of it: up to four rectangles (above, below, left, right of `b`). */
export function remainder(a: Area, b: Area): Area[] {
  if (!intersects(a, b)) return [a];
  const top = Math.max(a.row, b.row);
  const bottom = Math.min(a.row + a.rows, b.row + b.rows);
  const parts: Area[] = [];
  if (b.row > a.row) parts.push({ row: a.row, col: a.col, rows: b.row - a.row, cols: a.cols });
  if (a.row + a.rows > b.row + b.rows)
    parts.push({ row: b.row + b.rows, col: a.col, rows: a.row + a.rows - (b.row + b.rows), cols: a.cols });
  if (b.col > a.col) parts.push({ row: top, col: a.col, rows: bottom - top, cols: b.col - a.col });
  if (a.col + a.cols > b.col + b.cols)
    parts.push({ row: top, col: b.col + b.cols, rows: bottom - top, cols: a.col + a.cols - (b.col + b.cols) });
  return parts;
}

/** Parses an A1 reference local to a sheet: "B2", "A1:C3", "$A$1", whole columns "A:C", whole rows "9:9". */
export function parseArea(ref: string): Area {
  const r = ref.replace(/\$/g, "").toUpperCase();
  let m = /^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/.exec(r);
  if (m) {
    const c1 = columnIndex(m[1]!);
    const r1 = Number(m[2]) - 1;
    const c2 = m[3] ? columnIndex(m[3]) : c1;
    const r2 = m[4] ? Number(m[4]) - 1 : r1;
    const area = { row: Math.min(r1, r2), col: Math.min(c1, c2), rows: Math.abs(r2 - r1) + 1, cols: Math.abs(c2 - c1) + 1 };
    if (r1 < 0 || r2 < 0 || area.row + area.rows > MAX_ROWS || area.col + area.cols > MAX_COLS)
      throw new OfficeError("InvalidArgument", `bad address ${ref}`);
    return area;
  }
  m = /^([A-Z]{1,3}):([A-Z]{1,3})$/.exec(r);
  if (m) {
    const c1 = columnIndex(m[1]!);
    const c2 = columnIndex(m[2]!);
    return { row: 0, col: Math.min(c1, c2), rows: MAX_ROWS, cols: Math.abs(c2 - c1) + 1 };
  }
  m = /^(\d+):(\d+)$/.exec(r);
  if (m) {
    const r1 = Number(m[1]) - 1;
    const r2 = Number(m[2]) - 1;
    return { row: Math.min(r1, r2), col: 0, rows: Math.abs(r2 - r1) + 1, cols: MAX_COLS };
  }
  throw new OfficeError("InvalidArgument", `The argument is invalid or missing or has an incorrect format: address ${ref}`);
}

export function areaAddress(a: Area): string {
  const start = cellAddress(a.row, a.col);
  return a.rows === 1 && a.cols === 1 ? start : `${start}:${cellAddress(a.row + a.rows - 1, a.col + a.cols - 1)}`;
}

export type ChangeHandler = (event: Record<string, unknown>) => Promise<unknown> | void;

/** The worksheet collection's events the double fires (WorksheetCollection.onAdded, …). */
export type CollectionEvent = "onAdded" | "onDeleted" | "onChanged" | "onNameChanged";

/** What a change did, in order, until its events are fired. */
type Happening =
  | { readonly what: "added"; readonly sheet: Sheet }
  | { readonly what: "deleted"; readonly sheet: Sheet }
  | { readonly what: "renamed"; readonly sheet: Sheet; readonly before: string; readonly after: string }
  | { readonly what: "cells"; readonly sheet: Sheet; readonly area: Area };

function union(a: Area, b: Area): Area {
  const row = Math.min(a.row, b.row);
  const col = Math.min(a.col, b.col);
  return { row, col, rows: Math.max(a.row + a.rows, b.row + b.rows) - row, cols: Math.max(a.col + a.cols, b.col + b.cols) - col };
}

let nextId = 1;

/** A chart as Excel keeps it: its series' cells (areas of its sheet), where it sits, its axes. */
export interface ChartEntry {
  name: string;
  readonly sheet: Sheet;
  readonly type: string;
  title: string;
  /** The cells it covers: from the top-left of the first to the bottom-right of the last. */
  position: { from: Area; to: Area } | null;
  legendVisible: boolean;
  series: ChartSeriesEntry[];
  valueAxis: ChartAxisEntry;
  /** An XY chart's horizontal axis is a value axis too, under this name. */
  categoryAxis: ChartAxisEntry & { reversePlotOrder: boolean; position?: string };
}

export interface ChartSeriesEntry {
  name: string;
  values: Area;
  /** The categories, or an XY chart's x values. */
  categories: Area | null;
  /** A bubble chart's sizes. */
  bubbleSizes: Area | null;
  color: string;
  /** Each point's data label formula, by the point's index. */
  labels: Map<number, string>;
}

export interface ChartAxisEntry {
  minimum?: number;
  maximum?: number;
  majorUnit?: number;
  numberFormat?: string;
  /** Where the other axis crosses this one (setPositionAt). */
  crossesAt?: number;
  tickLabelPosition?: string;
  title?: string;
}

export class Sheet {
  readonly id = `{00000000-0001-0000-0000-${String(nextId++).padStart(12, "0")}}`;
  readonly cells = new Map<number, Cell>();
  /** Formats applied to areas, in order; the last one that sets a property wins. */
  readonly formats: { area: Area; format: Format }[] = [];
  readonly validations = new Map<number, ValidationEntry>();
  conditionalFormats: ConditionalFormatEntry[] = [];
  merges: Area[] = [];
  frozen = { rows: 0, cols: 0 };
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  pageLayout: {
    orientation?: string;
    zoom?: Record<string, number>;
    printTitleRows?: string;
    printTitleColumns?: string;
    printArea?: string;
    centerHorizontally?: boolean;
    /** defaultForAllPages: leftHeader, centerFooter, … */
    headersFooters?: Record<string, string>;
  } = {};
  readonly changeHandlers = new Set<ChangeHandler>();
  tabColor = "";
  selection: Area | null = null;
  /** Charts over the sheet, in the order added. */
  charts: ChartEntry[] = [];

  constructor(
    public name: string,
    private readonly workbook: Workbook,
  ) {}

  private parse(address: string): Area {
    return parseArea(address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address);
  }

  cell(row: number, col: number): Cell | undefined {
    return this.cells.get(key(row, col));
  }

  /** Puts a value or formula into a cell as Office.js does when writing `values` or `formulas`. */
  write(row: number, col: number, input: unknown): void {
    this.workbook.cellsChanged(this, { row, col, rows: 1, cols: 1 });
    const k = key(row, col);
    const old = this.cells.get(k);
    const numberFormat = old?.numberFormat;
    if (input === "" || input === null || input === undefined) {
      if (numberFormat === undefined) this.cells.delete(k);
      else this.cells.set(k, { value: "", numberFormat });
      return;
    }
    let cell: Cell;
    if (typeof input === "string" && input.startsWith("=")) cell = { value: "", formula: input };
    else if (typeof input === "string" && input.startsWith("'")) cell = { value: input.slice(1) };
    else if (typeof input === "string") cell = excelParse(input) ?? { value: input };
    else if (typeof input === "number" || typeof input === "boolean") cell = { value: input };
    else throw new OfficeError("InvalidArgument", `cannot write ${typeof input} into a cell`);
    // a number format the cell had wins over the one Excel picks for a typed date or percentage
    if (numberFormat !== undefined) cell.numberFormat = numberFormat;
    this.cells.set(k, cell);
  }

  setNumberFormat(row: number, col: number, format: string): void {
    const k = key(row, col);
    const cell = this.cells.get(k) ?? { value: "" };
    cell.numberFormat = format;
    this.cells.set(k, cell);
  }

  /** Removes content and/or formats in an area, touching only what exists (a whole-sheet clear is cheap). */
  clear(a: Area, what: "All" | "Contents" | "Formats"): void {
    if (what !== "Formats") this.workbook.cellsChanged(this, a);
    for (const [k, cell] of [...this.cells]) {
      if (!inside(a, rowOf(k), colOf(k))) continue;
      if (what === "Formats") {
        delete cell.numberFormat;
        if (cell.value === "" && cell.formula === undefined && cell.error === undefined) this.cells.delete(k);
      } else if (what === "Contents" && cell.numberFormat !== undefined) this.cells.set(k, { value: "", numberFormat: cell.numberFormat });
      else this.cells.delete(k);
    }
    if (what !== "Contents") {
      for (let i = this.formats.length - 1; i >= 0; i--) if (intersects(this.formats[i]!.area, a)) this.formats.splice(i, 1);
    }
  }

  /** The smallest block holding every cell with content (valuesOnly) or with content or a number format. */
  usedArea(valuesOnly: boolean): Area | null {
    let r1 = Infinity;
    let c1 = Infinity;
    let r2 = -1;
    let c2 = -1;
    for (const [k, cell] of this.cells) {
      const hasContent = cell.value !== "" || cell.formula !== undefined || cell.error !== undefined;
      if (!hasContent && valuesOnly) continue;
      const r = rowOf(k);
      const c = colOf(k);
      r1 = Math.min(r1, r);
      c1 = Math.min(c1, c);
      r2 = Math.max(r2, r);
      c2 = Math.max(c2, c);
    }
    return r2 < 0 ? null : { row: r1, col: c1, rows: r2 - r1 + 1, cols: c2 - c1 + 1 };
  }

  /**
   * The cells of `a` that hold a constant or a formula, as rectangular areas (as Range.getSpecialCells gives them):
   * runs of cells in a row, joined with the rows below that have the same run. Callers must not rely on the cut.
   */
  specialAreas(a: Area, type: "Constants" | "Formulas"): Area[] {
    const hits: [number, number][] = [];
    for (const [k, cell] of this.cells) {
      const [r, c] = [rowOf(k), colOf(k)];
      if (!inside(a, r, c)) continue;
      const formula = cell.formula !== undefined;
      const constant = !formula && (cell.value !== "" || cell.error !== undefined);
      if (type === "Formulas" ? formula : constant) hits.push([r, c]);
    }
    hits.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
    const runs: Area[] = [];
    for (const [r, c] of hits) {
      const last = runs[runs.length - 1];
      if (last !== undefined && last.row === r && last.col + last.cols === c) runs[runs.length - 1] = { ...last, cols: last.cols + 1 };
      else runs.push({ row: r, col: c, rows: 1, cols: 1 });
    }
    const areas: Area[] = [];
    const open = new Map<string, number>();
    for (const run of runs) {
      const at = open.get(`${run.col},${run.cols}`);
      const above = at === undefined ? undefined : areas[at];
      if (above !== undefined && above.row + above.rows === run.row) areas[at!] = { ...above, rows: above.rows + 1 };
      else {
        open.set(`${run.col},${run.cols}`, areas.length);
        areas.push(run);
      }
    }
    return areas;
  }

  /** A range's address as Excel gives it: whole rows as 1:6 and whole columns as A:K. */
  qualified(a: Area): string {
    const local =
      a.col === 0 && a.cols === MAX_COLS
        ? `${a.row + 1}:${a.row + a.rows}`
        : a.row === 0 && a.rows === MAX_ROWS
          ? `${columnLetterOf(a.col)}:${columnLetterOf(a.col + a.cols - 1)}`
          : areaAddress(a);
    return `${quoteSheetName(this.name)}!${local}`;
  }

  // ---- backdoor for tests ----

  /** Sets a cell as a user typing would, without validation (see userEdit for that). */
  setCell(address: string, input: Scalar): void {
    const a = this.parse(address);
    this.write(a.row, a.col, input);
  }

  setError(address: string, error: string): void {
    const a = this.parse(address);
    const old = this.cell(a.row, a.col);
    this.cells.set(key(a.row, a.col), { value: error, error, ...(old?.formula ? { formula: old.formula } : {}) });
  }

  /** The value Excel would have calculated for a formula cell (the double does not calculate). */
  setComputed(address: string, value: Scalar): void {
    const a = this.parse(address);
    const cell = this.cell(a.row, a.col);
    if (cell?.formula === undefined) throw new Error(`${address} holds no formula`);
    cell.value = value;
  }

  getValue(address: string): Scalar {
    const a = this.parse(address);
    return this.cell(a.row, a.col)?.value ?? "";
  }

  getFormula(address: string): string | undefined {
    const a = this.parse(address);
    return this.cell(a.row, a.col)?.formula;
  }

  getNumberFormat(address: string): string {
    const a = this.parse(address);
    return this.cell(a.row, a.col)?.numberFormat ?? "General";
  }

  getFormat(address: string): Format {
    const a = this.parse(address);
    const out: Format = {};
    for (const f of this.formats) if (inside(f.area, a.row, a.col)) Object.assign(out, f.format);
    return out;
  }

  validationAt(address: string): ValidationEntry | undefined {
    const a = this.parse(address);
    return this.validations.get(key(a.row, a.col));
  }

  conditionalFormatsAt(address: string): ConditionalFormatEntry[] {
    const a = this.parse(address);
    return this.conditionalFormats.filter((f) => inside(f.area, a.row, a.col));
  }

  /**
   * A user types into a cell: Excel's data validation (Stop alert) rejects an invalid entry and the cell keeps
   * its old value; an accepted entry fires the onChanged handlers (the sheet's and the worksheet collection's).
   */
  userEdit(address: string, input: Scalar): { accepted: boolean } {
    const a = this.parse(address);
    const v = this.validations.get(key(a.row, a.col));
    if (v?.rule !== undefined && !passes(v, input)) return { accepted: false };
    this.workbook.change(() => this.write(a.row, a.col, input));
    // typing right below a table extends it by that row, as Excel's AutoCorrect does
    for (const t of this.workbook.tables) {
      if (t.sheet === this && a.row === t.area.row + t.area.rows && a.col >= t.area.col && a.col < t.area.col + t.area.cols)
        t.area = { ...t.area, rows: t.area.rows + 1 };
    }
    this.workbook.changed();
    return { accepted: true };
  }

  /**
   * A user sorts a table by one of its columns: whole rows move, and formulas keep pointing at their own row
   * (relative row references move with them), as in Excel.
   */
  sortTable(tableName: string, column: number, ascending = true): void {
    const t = this.workbook.table(tableName);
    if (!t || t.sheet !== this) throw new Error(`no table ${tableName} on ${this.name}`);
    const first = t.area.row + 1;
    const rows = Array.from({ length: t.area.rows - 1 }, (_, i) => first + i);
    const snapshot = rows.map((r) => Array.from({ length: t.area.cols }, (_, c) => this.cell(r, t.area.col + c)));
    const keyOf = (cells: (Cell | undefined)[]) => cells[column]?.value ?? "";
    const order = rows
      .map((_, i) => i)
      .sort((x, y) => {
        const a = keyOf(snapshot[x]!);
        const b = keyOf(snapshot[y]!);
        const cmp = typeof a === "number" && typeof b === "number" ? a - b : String(a).localeCompare(String(b));
        return ascending ? cmp : -cmp;
      });
    order.forEach((from, to) => {
      snapshot[from]!.forEach((cell, c) => {
        const k = key(first + to, t.area.col + c);
        if (cell === undefined) this.cells.delete(k);
        else this.cells.set(k, cell.formula === undefined ? { ...cell } : { ...cell, formula: shiftRows(cell.formula, to - from) });
      });
    });
  }

  /** A user filters a table: rows not matching are hidden; their cells stay as they are. */
  filterTable(tableName: string, column: number, keep: (value: Scalar) => boolean): void {
    const t = this.workbook.table(tableName)!;
    for (let r = t.area.row + 1; r < t.area.row + t.area.rows; r++) {
      if (keep(this.cell(r, t.area.col + column)?.value ?? "")) t.hiddenRows.delete(r);
      else t.hiddenRows.add(r);
    }
  }

  get workbookRef(): Workbook {
    return this.workbook;
  }
}

/**
 * Moves the relative row references of a formula by `rows` (absolute $-rows and text stay); a reference moved
 * above row 1 becomes #REF!, as in Excel (a range with one such end as a whole).
 */
function shiftRows(formula: string, rows: number): string {
  const moved = formula.replace(
    /("[^"]*")|(\$?[A-Z]{1,3})(\$?)(\d+)(?![\d(])/g,
    (whole, str: string | undefined, col: string, abs: string, row: string) =>
      str !== undefined || abs === "$" ? whole : Number(row) + rows < 1 ? "#REF!" : `${col}${Number(row) + rows}`,
  );
  return moved.replace(/#REF!:(?:\$?[A-Z]{1,3}\$?\d+|#REF!)|\$?[A-Z]{1,3}\$?\d+:#REF!/g, "#REF!");
}

function passes(v: ValidationEntry, input: Scalar): boolean {
  if (input === "" && (v.ignoreBlanks ?? true)) return true;
  const [kind, rule] = Object.entries(v.rule!)[0]!;
  if (kind === "list") {
    const source = String(rule.source ?? "");
    return source.split(",").some((s) => s.trim().toLowerCase() === String(input).toLowerCase());
  }
  if (typeof input !== "number") return false;
  if (kind === "date") return input >= 1 && input < 2_958_466;
  if (kind === "wholeNumber" && !Number.isInteger(input)) return false;
  const lo = Number(rule.formula1);
  const hi = Number(rule.formula2);
  return rule.operator === "Between" ? input >= lo && input <= hi : true;
}

/** An Excel table: a header row and data rows over a block of one sheet. */
export interface TableEntry {
  name: string;
  sheet: Sheet;
  area: Area;
  style: string;
  /** Rows hidden by the table's filter, 0-based sheet rows. */
  hiddenRows: Set<number>;
}

export class Workbook {
  readonly sheets: Sheet[] = [];
  tables: TableEntry[] = [];
  /**
   * Called after every change: "cells" after a sync that ran operations or a user's edit, "view" when only the
   * active sheet or the selection moved. A preview recalculates on the first and redraws on both.
   */
  readonly listeners = new Set<(what: "cells" | "view") => void>();

  changed(what: "cells" | "view" = "cells"): void {
    for (const l of this.listeners) l(what);
  }

  /** Office.js handlers added to the worksheet collection, by event (a sheet's own onChanged: Sheet.changeHandlers). */
  readonly collectionHandlers: Record<CollectionEvent, Set<ChangeHandler>> = {
    onAdded: new Set(),
    onDeleted: new Set(),
    onChanged: new Set(),
    onNameChanged: new Set(),
  };
  /** What the change being made did so far; null outside a change. */
  private happenings: Happening[] | null = null;
  /** The cells the current operation changed, per sheet. */
  private readonly touched = new Map<Sheet, Area>();

  /**
   * Makes a change (the operations of one sync, or a user's action), then fires the events for what it did to
   * every handler, whichever context added it: Excel tells every add-in and session, the one that made the change
   * included. What a test does to the workbook directly (seeding it) fires nothing.
   */
  change<T>(make: () => T): T {
    if (this.happenings !== null) return make();
    this.happenings = [];
    try {
      return make();
    } finally {
      this.endOperation();
      const happened = this.happenings;
      this.happenings = null;
      for (const h of happened) this.fire(h);
    }
  }

  /** One operation of a change is done: each sheet whose cells it changed gets one onChanged, for the block touched. */
  endOperation(): void {
    for (const [sheet, area] of this.touched) this.happenings?.push({ what: "cells", sheet, area });
    this.touched.clear();
  }

  cellsChanged(sheet: Sheet, area: Area): void {
    if (this.happenings === null) return;
    const before = this.touched.get(sheet);
    this.touched.set(sheet, before === undefined ? area : union(before, area));
  }

  /** Handlers run after the change, asynchronously, as Excel delivers events. */
  private fire(h: Happening): void {
    const tell = (handlers: Iterable<ChangeHandler>, event: Record<string, unknown>) => {
      for (const handler of handlers) void Promise.resolve().then(() => handler(event));
    };
    const base = { source: "Local", worksheetId: h.sheet.id };
    if (h.what === "added") tell(this.collectionHandlers.onAdded, { ...base, type: "WorksheetAdded" });
    else if (h.what === "deleted") tell(this.collectionHandlers.onDeleted, { ...base, type: "WorksheetDeleted" });
    else if (h.what === "renamed")
      tell(this.collectionHandlers.onNameChanged, { ...base, type: "WorksheetNameChanged", nameBefore: h.before, nameAfter: h.after });
    else {
      const event = { ...base, type: "WorksheetChanged", changeType: "RangeEdited", address: areaAddress(h.area) };
      // the handlers of a deleted sheet no longer fire
      if (this.sheets.includes(h.sheet)) tell(h.sheet.changeHandlers, event);
      tell(this.collectionHandlers.onChanged, event);
    }
  }
  active: Sheet | null = null;
  /** How often the add-in suspended calculation (it should once per write). */
  calculationSuspensions = 0;
  /** Cells read so far, counted once for each property loaded (values, formulas, types …). */
  cellsLoaded = 0;

  addSheet(name: string): Sheet {
    if (this.find(name)) throw new OfficeError("ItemAlreadyExists", `a sheet named ${name} exists`);
    if (name.length === 0 || name.length > 31 || /[\\/?*[\]:]/.test(name))
      throw new OfficeError("InvalidArgument", `bad sheet name ${name}`);
    const sheet = new Sheet(name, this);
    this.sheets.push(sheet);
    this.active ??= sheet;
    this.happenings?.push({ what: "added", sheet });
    return sheet;
  }

  renameSheet(sheet: Sheet, name: string): void {
    const other = this.find(name);
    if (other && other !== sheet) throw new OfficeError("ItemAlreadyExists", `a sheet named ${name} exists`);
    const before = sheet.name;
    sheet.name = name;
    if (before !== name) this.happenings?.push({ what: "renamed", sheet, before, after: name });
  }

  deleteSheet(sheet: Sheet): void {
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.tables = this.tables.filter((x) => x.sheet !== sheet);
    if (this.active === sheet) this.active = this.sheets[0] ?? null;
    this.happenings?.push({ what: "deleted", sheet });
  }

  // ---- a user's actions on sheets (backdoor for tests): they fire the events Excel fires ----

  userAddSheet(name: string): Sheet {
    const sheet = this.change(() => this.addSheet(name));
    this.changed();
    return sheet;
  }

  userRename(name: string, newName: string): void {
    this.change(() => this.renameSheet(this.sheet(name), newName));
    this.changed();
  }

  userDelete(name: string): void {
    this.change(() => this.deleteSheet(this.sheet(name)));
    this.changed();
  }

  find(name: string): Sheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  table(name: string): TableEntry | undefined {
    return this.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
  }

  /**
   * Adds a table as Excel does: never over another table; header cells become unique texts (a blank one is
   * named "Column1", a repeated one gets a number), which is what a user would then see.
   */
  addTable(sheet: Sheet, area: Area, hasHeaders: boolean): TableEntry {
    if (this.tables.some((t) => t.sheet === sheet && intersects(t.area, area)))
      throw new OfficeError("InvalidOperation", "A table can't overlap another table.");
    if (!hasHeaders) throw new Error("The double adds tables with headers only");
    const seen = new Set<string>();
    for (let c = 0; c < area.cols; c++) {
      const cell = sheet.cell(area.row, area.col + c);
      let text = cell === undefined || cell.value === "" ? `Column${c + 1}` : String(cell.value);
      for (let k = 2; seen.has(text.toLowerCase()); k++) text = `${String(cell?.value ?? "Column")}${k}`;
      seen.add(text.toLowerCase());
      if (cell === undefined || cell.value !== text || cell.formula !== undefined) sheet.write(area.row, area.col + c, text);
    }
    let n = this.tables.length + 1;
    while (this.table(`Table${n}`)) n++;
    const entry: TableEntry = { name: `Table${n}`, sheet, area, style: "TableStyleMedium2", hiddenRows: new Set() };
    this.tables.push(entry);
    return entry;
  }

  sheet(name: string): Sheet {
    const s = this.find(name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }
}
