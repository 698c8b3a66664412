import { sheetTrim } from "../domain/words";
import type { Lang } from "../domain/lang";
import type { ProblemCode } from "../i18n/problemText";
import { cellAddress } from "./address";
import type { Area } from "./spec";

export type ReadValue = string | number | boolean;
export type ValueType = "Empty" | "String" | "Double" | "Boolean" | "Error";

/**
 * A sheet's cells as a host reads them, from A1. Rows may be shorter than others, and rows and cells may be
 * missing (holes in sparse arrays): missing cells are empty. A host reads sparsely, so a single cell far out
 * (XFD1048576) costs one entry, not the area up to it; code walks the cells held with `filledRows` and `filledCols`,
 * never every index up to a length. `formulas` holds the formula text where a cell has one and the value
 * elsewhere, as Office.js returns it.
 */
export interface SheetGrid {
  readonly name: string;
  readonly values: readonly (readonly ReadValue[])[];
  readonly formulas: readonly (readonly ReadValue[])[];
  readonly valueTypes: readonly (readonly ValueType[])[];
  /** The names of the Excel tables on the sheet, where the host knows them. */
  readonly tables?: readonly string[];
  /** The names of the charts on the sheet, where the host knows them. */
  readonly charts?: readonly string[];
}

export interface CellRead {
  readonly value: ReadValue;
  readonly formula?: string;
  readonly error: boolean;
  readonly empty: boolean;
}

export function cellAt(grid: SheetGrid, row: number, col: number): CellRead {
  const value = grid.values[row]?.[col] ?? "";
  const f = grid.formulas[row]?.[col];
  const type = grid.valueTypes[row]?.[col];
  // A text constant that starts with "=" (typed as '=…) reads back with its text in `formulas` too: a formula's
  // entry differs from its value, since a result never shows its own formula text.
  const formula = typeof f === "string" && f.startsWith("=") && f !== value ? f : undefined;
  const read: CellRead = { value, error: type === "Error", empty: value === "" && formula === undefined };
  return formula === undefined ? read : { ...read, formula };
}

/**
 * Whether a cell marks something (n/a, must-have) or holds an item's text: anything but blank, 0 or FALSE, as in
 * the sheet's formulas (markFormula) and the KAM.* functions, which cannot tell 0 from a blank cell in Excel.
 */
export function isMarked(cell: CellRead): boolean {
  return cell.value !== "" && cell.value !== 0 && cell.value !== false;
}

/**
 * A formula whose result is empty text (=IF(…;"";…)): blank as far as the sheet's counts and means go, so it is no
 * invalid entry; it is kept with its formula.
 */
export function isBlankResult(cell: CellRead): boolean {
  return cell.formula !== undefined && !cell.error && cell.value === "";
}

export function textAt(grid: SheetGrid, row: number, col: number): string {
  const v = grid.values[row]?.[col];
  return v === undefined ? "" : String(v).trim();
}

/**
 * A text the user typed, as the sheet's TRIM sees whether it is there: only spaces (U+0020) cut at its ends, so a
 * cell of spaces reads as "" and a non-breaking space, a tab or a line break, which TRIM keeps, stays the entry.
 */
export function typedTextAt(grid: SheetGrid, row: number, col: number): string {
  const v = grid.values[row]?.[col];
  return v === undefined || v === null ? "" : String(v).replace(/^ +| +$/g, "");
}

/** Whether a cell shows nothing to the sheet's formulas (`TRIM(cell)=""`): empty, or a typed text of spaces only. */
export function blankToTrim(cell: CellRead): boolean {
  return cell.empty || (cell.formula === undefined && typeof cell.value === "string" && sheetTrim(cell.value) === "");
}

/** The rows that hold something (ascending) and, per row, the columns that do: built once per grid. */
interface FilledIndex {
  readonly rows: readonly number[];
  readonly cols: ReadonlyMap<number, readonly number[]>;
  readonly width: number;
}

const filledIndexes = new WeakMap<SheetGrid, FilledIndex>();

/**
 * The indexes an array holds, ascending: for a sparse array, in time proportional to the entries it holds. A key
 * that is no index (a property set on the array) is passed over: as NaN it would upset the order.
 */
function heldIndexes(...arrays: readonly (readonly unknown[] | undefined)[]): number[] {
  const held = new Set<number>();
  for (const a of arrays) if (a !== undefined) for (const k of Object.keys(a)) held.add(Number(k));
  return [...held].filter(Number.isInteger).sort((x, y) => x - y);
}

function filledIndex(grid: SheetGrid): FilledIndex {
  const known = filledIndexes.get(grid);
  if (known !== undefined) return known;
  const rows: number[] = [];
  const cols = new Map<number, number[]>();
  let width = 0;
  for (const r of heldIndexes(grid.values, grid.formulas)) {
    const filled = heldIndexes(grid.values[r], grid.formulas[r]).filter((c) => !cellAt(grid, r, c).empty);
    if (filled.length === 0) continue;
    rows.push(r);
    cols.set(r, filled);
    width = Math.max(width, filled[filled.length - 1]! + 1);
  }
  const index = { rows, cols, width };
  filledIndexes.set(grid, index);
  return index;
}

/** The first position in ascending `xs` whose value is at least `x`. */
function lowerBound(xs: readonly number[], x: number): number {
  let [lo, hi] = [0, xs.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function within(xs: readonly number[], from: number, to: number): readonly number[] {
  return xs.slice(lowerBound(xs, from), lowerBound(xs, to + 1));
}

/** The rows from `from` to `to` (inclusive) that hold a value or a formula, ascending. */
export function filledRows(grid: SheetGrid, from = 0, to = Infinity): readonly number[] {
  return within(filledIndex(grid).rows, from, to);
}

/** The columns of `row` from `from` to `to` (inclusive) that hold a value or a formula, ascending. */
export function filledCols(grid: SheetGrid, row: number, from = 0, to = Infinity): readonly number[] {
  return within(filledIndex(grid).cols.get(row) ?? [], from, to);
}

/** One past the last row that holds something: 0 for an empty sheet. */
export function gridRowCount(grid: SheetGrid): number {
  const { rows } = filledIndex(grid);
  return rows.length === 0 ? 0 : rows[rows.length - 1]! + 1;
}

/** One past the rightmost column that holds something, in any row. */
export function gridWidth(grid: SheetGrid): number {
  return filledIndex(grid).width;
}

/** Something wrong in a sheet that was read: which cell, why, and what it holds. */
export interface Problem {
  readonly sheet: string;
  readonly cell: string;
  readonly code: ProblemCode;
  readonly value: string;
  /** What kind of entry `value` was, where not text: a message quotes text only. */
  readonly kind?: "number" | "boolean";
  /** What the cell should hold, where that is not the entry's own rule: e.g. the title of a computed column. */
  readonly expected?: string;
  /** The rule's numbers the message names: a whole number's `min` and `max`. */
  readonly params?: Readonly<Record<string, number>>;
}

export function problemAt(grid: SheetGrid, row: number, col: number, code: ProblemCode, value: unknown, expected?: string): Problem {
  const kind: Problem["kind"] = typeof value === "number" ? "number" : typeof value === "boolean" ? "boolean" : undefined;
  const problem = { sheet: grid.name, cell: cellAddress(row, col), code, value: String(value), ...(kind === undefined ? {} : { kind }) };
  return expected === undefined ? problem : { ...problem, expected };
}

/** Builds a grid from plain values, typing them as Office.js would; for tests and for hosts without types. */
export function gridFromValues(name: string, values: readonly (readonly (ReadValue | null | undefined)[])[]): SheetGrid {
  const formulas = values.map((r) => r.map((v) => (v === null || v === undefined ? "" : v)));
  const vals = formulas.map((r) => r.map((v) => (typeof v === "string" && v.startsWith("=") ? "" : v)));
  return { name, values: vals, formulas, valueTypes: vals.map((r) => r.map(typeOfValue)) };
}

export function typeOfValue(v: ReadValue): ValueType {
  if (v === "") return "Empty";
  if (typeof v === "number") return "Double";
  if (typeof v === "boolean") return "Boolean";
  return /^#(N\/A|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|BUSY!|GETTING_DATA|FIELD!|CONNECT!|BLOCKED!|UNKNOWN!)$/.test(v)
    ? "Error"
    : "String";
}

/** What reading one of our sheets gives: the model, the sheet's language, the problems, and the block it occupies. */
export interface SheetRead<M> {
  readonly model: M;
  readonly lang: Lang;
  readonly problems: readonly Problem[];
  /** From A1 to the last row and column of ours: what re-generating replaces. */
  readonly extent: { readonly rows: number; readonly cols: number };
  /** The block the sheet's validation and highlighting cover, spare rows and columns included, where larger. */
  readonly covered?: Area;
  /** Cells outside the extent that are the sheet's own and written again (a timeline's header): not the user's. */
  readonly own?: Area;
  /** Filled cells inside that block that are not the sheet's (a user's inserted column): re-generating refuses. */
  readonly strays: readonly string[];
}

/** A sheet read as ours, or not ours (its header was not found). */
export type ParseResult<R> = ({ ok: true } & R) | { ok: false; problems: readonly Problem[] };
