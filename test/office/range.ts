import { type Batch, ClientObject, parseLoad } from "./context";
import { atLeast } from "./events";
import { checkFormula } from "./formulaSyntax";
import { shiftFormula } from "../formulas/engine";
import {
  type Area,
  type Cell,
  type ConditionalFormatEntry,
  type Format,
  MAX_COLS,
  MAX_READ_CELLS,
  MAX_ROWS,
  OfficeError,
  type Scalar,
  type Sheet,
  areaAddress,
  inside,
  intersects,
  parseArea,
  remainder,
} from "./model";

export interface RangeTarget {
  readonly sheet: Sheet;
  readonly area: Area;
}

function valueOf(cell: Cell | undefined): Scalar {
  if (cell === undefined) return "";
  if (cell.error !== undefined) return cell.error;
  return cell.value;
}

function typeOf(cell: Cell | undefined): string {
  if (cell?.error !== undefined) return "Error";
  const v = valueOf(cell);
  if (v === "") return "Empty";
  return typeof v === "number" ? "Double" : typeof v === "boolean" ? "Boolean" : "String";
}

/**
 * A cell-level property of a range: null for an unbounded range (whole rows or whole columns), as Excel gives it;
 * a range larger than Excel returns in one read fails.
 */
function grid<V>(t: RangeTarget, f: (cell: Cell | undefined) => V): V[][] | null {
  const { area, sheet } = t;
  if ((area.col === 0 && area.cols === MAX_COLS) || (area.row === 0 && area.rows === MAX_ROWS)) return null;
  if (area.rows * area.cols > MAX_READ_CELLS)
    throw new OfficeError("ResponsePayloadSizeLimitExceeded", `reading ${area.rows * area.cols} cells`);
  sheet.workbookRef.cellsLoaded += area.rows * area.cols;
  return Array.from({ length: area.rows }, (_, r) =>
    Array.from({ length: area.cols }, (_, c) => f(sheet.cell(area.row + r, area.col + c))),
  );
}

/** An input written through the API: a formula Excel cannot parse fails the request. */
function parsed(input: unknown, prop: string): unknown {
  if (typeof input === "string" && input.startsWith("=") && input.length > 1) checkFormula(input, prop);
  return input;
}

/** A 2-D input must match the range exactly; a single value fills it (Office.js semantics). */
function eachInput(t: RangeTarget, input: unknown, prop: string, put: (row: number, col: number, v: unknown) => void): void {
  const { area } = t;
  if (!Array.isArray(input)) {
    if (area.rows * area.cols > 1_000_000)
      throw new OfficeError("InvalidArgument", `${prop}: a single value for ${area.rows * area.cols} cells`);
    for (let r = 0; r < area.rows; r++) for (let c = 0; c < area.cols; c++) put(area.row + r, area.col + c, input);
    return;
  }
  if (input.length !== area.rows || input.some((row) => !Array.isArray(row) || row.length !== area.cols)) {
    const got = `${input.length} × ${Array.isArray(input[0]) ? input[0].length : "?"}`;
    throw new OfficeError(
      "InvalidArgument",
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${prop}: ${got} for ${area.rows} × ${area.cols}).`,
    );
  }
  input.forEach((row: unknown[], r) => row.forEach((v, c) => put(area.row + r, area.col + c, v)));
}

export class RangeProxy extends ClientObject<RangeTarget> {
  constructor(batch: Batch, locate: () => RangeTarget | null) {
    super(batch, locate);
  }

  protected snapshot(t: RangeTarget, prop: string): unknown {
    switch (prop) {
      case "values":
      case "valueTypes":
        if (this.batch.calculationSuspended && (grid(t, (c) => c?.formula !== undefined) ?? []).some((r) => r.includes(true)))
          throw new Error(
            "The double refuses to read formula values while API calculation is suspended: Excel would return them uncalculated.",
          );
        return prop === "values" ? grid(t, valueOf) : grid(t, typeOf);
      case "formulas":
        return grid(t, (c) => c?.formula ?? valueOf(c));
      case "numberFormat":
        return grid(t, (c) => c?.numberFormat ?? "General");
      case "address":
        return t.sheet.qualified(t.area);
      case "addressLocal":
        return t.sheet.qualified(t.area);
      case "rowCount":
        return t.area.rows;
      case "columnCount":
        return t.area.cols;
      case "rowIndex":
        return t.area.row;
      case "columnIndex":
        return t.area.col;
      case "cellCount":
        return t.area.rows * t.area.cols;
      default:
        throw new Error(`The double does not know Range.${prop}`);
    }
  }

  get values(): Scalar[][] {
    return this.get("values") as Scalar[][];
  }
  set values(v: unknown) {
    this.queue((t) => eachInput(t, v, "values", (r, c, x) => t.sheet.write(r, c, parsed(x, "values"))), v);
  }
  get formulas(): Scalar[][] {
    return this.get("formulas") as Scalar[][];
  }
  set formulas(v: unknown) {
    this.queue((t) => eachInput(t, v, "formulas", (r, c, x) => t.sheet.write(r, c, parsed(x, "formulas"))), v);
  }
  get numberFormat(): string[][] {
    return this.get("numberFormat") as string[][];
  }
  set numberFormat(v: unknown) {
    this.queue((t) => eachInput(t, v, "numberFormat", (r, c, x) => t.sheet.setNumberFormat(r, c, String(x))), v);
  }
  get valueTypes(): string[][] {
    return this.get("valueTypes") as string[][];
  }
  get address(): string {
    return this.get("address") as string;
  }
  get rowCount(): number {
    return this.get("rowCount") as number;
  }
  get columnCount(): number {
    return this.get("columnCount") as number;
  }
  get rowIndex(): number {
    return this.get("rowIndex") as number;
  }
  get columnIndex(): number {
    return this.get("columnIndex") as number;
  }

  /** The cells holding a constant or a formula (ExcelApi 1.9), as areas; a null object where there are none. */
  getSpecialCellsOrNullObject(cellType: "Constants" | "Formulas"): RangeAreasProxy {
    if (!atLeast(this.batch.excelApi, "1.9"))
      throw new OfficeError("ApiNotFound", `Range.getSpecialCellsOrNullObject needs ExcelApi 1.9; this Excel has ${this.batch.excelApi}`);
    if (cellType !== "Constants" && cellType !== "Formulas")
      throw new Error(`The double does not know special cells of type ${String(cellType)}`);
    return new RangeAreasProxy(this.batch, () => {
      const t = this.resolve();
      if (t === null) return null;
      const areas = t.sheet.specialAreas(t.area, cellType);
      return areas.length === 0 ? null : areas.map((area) => ({ sheet: t.sheet, area }));
    });
  }

  private child(f: (t: RangeTarget) => Area): RangeProxy {
    return new RangeProxy(this.batch, () => {
      const t = this.need();
      return { sheet: t.sheet, area: f(t) };
    });
  }

  getCell(row: number, col: number): RangeProxy {
    return this.child((t) => ({ row: t.area.row + row, col: t.area.col + col, rows: 1, cols: 1 }));
  }
  getResizedRange(dr: number, dc: number): RangeProxy {
    return this.child((t) => ({ ...t.area, rows: t.area.rows + dr, cols: t.area.cols + dc }));
  }
  getOffsetRange(dr: number, dc: number): RangeProxy {
    return this.child((t) => ({ ...t.area, row: t.area.row + dr, col: t.area.col + dc }));
  }

  clear(applyTo: string = "All"): void {
    if (!["All", "Contents", "Formats"].includes(applyTo)) throw new Error(`The double does not know clear("${applyTo}")`);
    this.queue((t) => t.sheet.clear(t.area, applyTo as "All" | "Contents" | "Formats"));
  }

  merge(across = false): void {
    this.queue((t) => {
      if (across) for (let r = 0; r < t.area.rows; r++) t.sheet.merges.push({ ...t.area, row: t.area.row + r, rows: 1 });
      else t.sheet.merges.push(t.area);
    });
  }

  unmerge(): void {
    this.queue((t) => (t.sheet.merges = t.sheet.merges.filter((m) => !intersects(m, t.area))));
  }

  select(): void {
    this.queue((t) => {
      if (t.sheet.workbookRef.active !== t.sheet) throw new OfficeError("InvalidOperation", "select() on a sheet that is not active");
      t.sheet.selection = t.area;
    });
  }

  get format(): RangeFormatProxy {
    return new RangeFormatProxy(this.batch, () => this.need());
  }

  get dataValidation(): DataValidationProxy {
    return new DataValidationProxy(this.batch, () => this.need());
  }

  get conditionalFormats(): ConditionalFormatCollectionProxy {
    return new ConditionalFormatCollectionProxy(this.batch, () => this.need());
  }
}

/** Several areas of a sheet (RangeAreas): their address, and their ranges as a collection (`areas`). */
export class RangeAreasProxy extends ClientObject<readonly RangeTarget[]> {
  protected snapshot(t: readonly RangeTarget[], prop: string): unknown {
    if (prop === "address") return t.map((x) => x.sheet.qualified(x.area)).join(",");
    if (prop === "areaCount") return t.length;
    throw new Error(`The double does not know RangeAreas.${prop}`);
  }
  get address(): string {
    return this.get("address") as string;
  }
  get areaCount(): number {
    return this.get("areaCount") as number;
  }
  private areas_: RangeCollectionProxy | null = null;
  /** The areas (the same proxy each time, as Office.js gives it): a null object's fail at sync. */
  get areas(): RangeCollectionProxy {
    this.areas_ ??= new RangeCollectionProxy(this.batch, () => this.need());
    return this.areas_;
  }
}

/** A collection of ranges (RangeAreas.areas): load("items/…") gives a proxy per range with those properties. */
export class RangeCollectionProxy extends ClientObject<readonly RangeTarget[]> {
  private items_: RangeProxy[] | null = null;
  protected snapshot(t: readonly RangeTarget[], prop: string): unknown {
    if (prop === "count") return t.length;
    throw new Error(`The double does not know RangeCollection.${prop}`);
  }
  override load(props?: string | string[] | { select?: string }): this {
    const itemProps = parseLoad(props).map((p) => {
      if (!p.startsWith("items/")) throw new Error(`The double loads only items/… of a RangeCollection, not ${p}`);
      return p.slice("items/".length);
    });
    this.batch.enqueue(() => {
      this.items_ = this.need().map((target) => {
        const item = new RangeProxy(this.batch, () => target);
        for (const p of itemProps) item.loadedWith(p, item.snapshotNow(p));
        return item;
      });
    });
    return this;
  }
  get items(): RangeProxy[] {
    if (this.items_ === null) throw new Error("PropertyNotLoaded: load('items/…') and sync before reading items");
    return this.items_;
  }
}

/** Writes one format property over a range; the last write over a cell wins, as in Excel. */
export function applyFormat(t: RangeTarget, format: Format): void {
  t.sheet.formats.push({ area: t.area, format });
}

class Writer<T> extends ClientObject<T> {
  protected snapshot(_t: T, prop: string): unknown {
    throw new Error(`The double does not read ${prop} here`);
  }
}

export class RangeFormatProxy extends Writer<RangeTarget> {
  get fill() {
    const q = (format: Format) => this.queue((t) => applyFormat(t, format));
    return {
      set color(v: string) {
        q({ fill: v });
      },
      clear: () => q({ fill: undefined }),
    };
  }
  get font() {
    const q = (format: Format) => this.queue((t) => applyFormat(t, format));
    return {
      set bold(v: boolean) {
        q({ bold: v });
      },
      set italic(v: boolean) {
        q({ italic: v });
      },
      set color(v: string) {
        q({ fontColor: v });
      },
      set size(v: number) {
        q({ fontSize: v });
      },
      set name(v: string) {
        q({ fontName: v });
      },
    };
  }
  set wrapText(v: boolean) {
    this.queue((t) => applyFormat(t, { wrapText: v }));
  }
  set horizontalAlignment(v: string) {
    this.queue((t) => applyFormat(t, { horizontalAlignment: v }));
  }
  set verticalAlignment(v: string) {
    this.queue((t) => applyFormat(t, { verticalAlignment: v }));
  }
  set columnWidth(v: number) {
    this.queue((t) => {
      for (let c = t.area.col; c < t.area.col + t.area.cols; c++) t.sheet.columnWidths.set(c, v);
    });
  }
  set rowHeight(v: number) {
    this.queue((t) => {
      for (let r = t.area.row; r < t.area.row + t.area.rows; r++) t.sheet.rowHeights.set(r, v);
    });
  }
  autofitColumns(): void {
    this.queue(() => undefined);
  }
  autofitRows(): void {
    this.queue(() => undefined);
  }
  get borders() {
    return {
      getItem: (edge: string) => {
        if (edge !== "EdgeBottom") throw new Error(`The double records only EdgeBottom borders, not ${edge}`);
        const q = (border: Format["borderBottom"]) => this.queue((t) => applyFormat(t, { borderBottom: border }));
        return {
          set style(v: string) {
            q({ style: v });
          },
          set color(v: string) {
            q({ color: v });
          },
          set weight(v: string) {
            q({ weight: v });
          },
        };
      },
    };
  }
  get protection() {
    const q = (format: Format) => this.queue((t) => applyFormat(t, format));
    return {
      set locked(v: boolean) {
        q({ locked: v });
      },
    };
  }
}

export class DataValidationProxy extends Writer<RangeTarget> {
  private each(t: RangeTarget, f: (entry: Record<string, unknown>) => void): void {
    const { area, sheet } = t;
    if (area.rows * area.cols > 2_000_000) throw new Error("The double keeps validation per cell: range too large");
    for (let r = area.row; r < area.row + area.rows; r++) {
      for (let c = area.col; c < area.col + area.cols; c++) {
        const k = r * 16_384 + c;
        const entry = sheet.validations.get(k) ?? {};
        f(entry as Record<string, unknown>);
        sheet.validations.set(k, entry);
      }
    }
  }
  set rule(rule: Record<string, Record<string, unknown>>) {
    const kinds = Object.keys(rule);
    if (kinds.length !== 1) throw new Error("A data validation rule has exactly one kind");
    this.queue((t) => this.each(t, (e) => (e.rule = rule)));
  }
  /** Excel's limits: a title of up to 32 characters, an input message of 255, an error message of 225. */
  private static fits(kind: string, p: Record<string, unknown>, messageMax: number): void {
    const [title, message] = [String(p.title ?? ""), String(p.message ?? "")];
    if (title.length > 32 || message.length > messageMax)
      throw new OfficeError(
        "InvalidArgument",
        `data validation ${kind}: title ${title.length} (at most 32) or message ${message.length} (at most ${messageMax}) characters`,
      );
  }
  set prompt(p: Record<string, unknown>) {
    DataValidationProxy.fits("prompt", p, 255);
    this.queue((t) => this.each(t, (e) => (e.prompt = p)));
  }
  set errorAlert(p: Record<string, unknown>) {
    DataValidationProxy.fits("error alert", p, 225);
    this.queue((t) => this.each(t, (e) => (e.errorAlert = p)));
  }
  set ignoreBlanks(v: boolean) {
    this.queue((t) => this.each(t, (e) => (e.ignoreBlanks = v)));
  }
  clear(): void {
    this.queue((t) => {
      for (const k of [...t.sheet.validations.keys()])
        if (inside(t.area, Math.floor(k / 16_384), k % 16_384)) t.sheet.validations.delete(k);
    });
  }
}

export class ConditionalFormatCollectionProxy extends Writer<RangeTarget> {
  add(type: string): ConditionalFormatProxy {
    if (type !== "Custom") throw new Error(`The double supports custom conditional formats only, not ${type}`);
    let entry: ConditionalFormatEntry | null = null;
    this.queue((t) => {
      entry = { area: t.area, type };
      // Office.js gives a new conditional format the top priority
      t.sheet.conditionalFormats.unshift(entry);
    });
    return new ConditionalFormatProxy(this.batch, () => entry);
  }
  /**
   * Excel takes the range out of every rule it touches: a rule reaching beyond it keeps applying to the rest. Here the
   * rest is one rule per rectangle, its formula moved to the rectangle's first cell (a rule's formula is relative to
   * the first cell it applies to), so that each cell is formatted as before.
   */
  clearAll(): void {
    this.queue(
      (t) =>
        (t.sheet.conditionalFormats = t.sheet.conditionalFormats.flatMap((f) =>
          remainder(f.area, t.area).map((area) =>
            f.formula === undefined || area === f.area
              ? { ...f, area }
              : { ...f, area, formula: shiftFormula(f.formula, area.row - f.area.row, area.col - f.area.col) },
          ),
        )),
    );
  }
  getCount(): { value: number } {
    const result = { loaded: false, count: 0 };
    this.queue((t) => {
      result.count = t.sheet.conditionalFormats.filter((f) => intersects(f.area, t.area)).length;
      result.loaded = true;
    });
    return {
      get value() {
        if (!result.loaded) throw new Error("PropertyNotLoaded: ClientResult.value before context.sync()");
        return result.count;
      },
    };
  }
}

export class ConditionalFormatProxy extends Writer<ConditionalFormatEntry> {
  private set(f: (e: ConditionalFormatEntry) => void): void {
    this.queue(f);
  }
  get custom() {
    const set = (f: (e: ConditionalFormatEntry) => void) => this.set(f);
    return {
      rule: {
        set formula(v: string) {
          if (!v.startsWith("=")) throw new Error(`A conditional format formula starts with "=": ${v}`);
          checkFormula(v, "conditional format");
          set((e) => (e.formula = v));
        },
      },
      format: {
        fill: {
          set color(v: string) {
            set((e) => (e.fill = v));
          },
        },
        font: {
          set color(v: string) {
            set((e) => (e.fontColor = v));
          },
          set bold(v: boolean) {
            set((e) => (e.bold = v));
          },
        },
      },
    };
  }
  set stopIfTrue(v: boolean) {
    this.set((e) => (e.stopIfTrue = v));
  }
}

/** A local address of a range on `sheet`, or null for a null object. */
export function rangeOn(sheet: Sheet, address: string | undefined): RangeTarget {
  const local = address === undefined ? undefined : address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const area = local === undefined ? { row: 0, col: 0, rows: 1_048_576, cols: 16_384 } : parseArea(local);
  return { sheet, area };
}

export { areaAddress };
