import { serialToIso } from "../domain/dates";
import { type CellFormulas, type DateEntry, type KeptEntry, type NoteEntry, type NumberEntry, wholeIssue } from "../domain/entry";
import type { ProblemCode } from "../i18n/problemText";
import { keptFrom } from "./kept";
import { cellAddress, columnIndex } from "./address";
import {
  type CellRead,
  type Problem,
  type ReadValue,
  type SheetGrid,
  type SheetRead,
  cellAt,
  filledCols,
  filledRows,
  isBlankResult,
  problemAt,
  textAt,
} from "./read";

/**
 * Reads an input cell that should hold a whole number min…max. Blank → null; a valid plain number → the number;
 * anything else (and every formula) is kept as typed, with a problem naming the cell when it is not valid.
 */
export function readWhole(
  grid: SheetGrid,
  row: number,
  col: number,
  min: number,
  max: number,
  problems: Problem[],
  invalidCode?: ProblemCode,
): NumberEntry {
  const cell = cellAt(grid, row, col);
  if (cell.empty) return null;
  if (isBlankResult(cell)) return keptFrom(cell);
  if (cell.error) {
    problems.push(problemAt(grid, row, col, "errorValue", cell.value));
    return keptFrom(cell);
  }
  const issue = wholeIssue(cell.value, min, max);
  if (issue !== undefined) problems.push({ ...problemAt(grid, row, col, invalidCode ?? issue, cell.value), params: { min, max } });
  return issue === undefined && cell.formula === undefined ? (cell.value as number) : keptFrom(cell);
}

/**
 * The formulas in a row's text and mark cells (`cols` by field, -1 where the column is missing), as an item's
 * `formulas`; nothing when there are none, so that items without formulas stay as they were.
 */
export function formulasIn<F extends string>(
  grid: SheetGrid,
  row: number,
  cols: Readonly<Record<F, number>>,
): { formulas?: CellFormulas<F> } {
  const found = Object.entries<number>(cols).flatMap(([field, c]) => {
    // a missing column (-1) reads as an empty cell
    const formula = cellAt(grid, row, c).formula;
    return formula === undefined ? [] : [[field, formula] as const];
  });
  return found.length === 0 ? {} : { formulas: Object.fromEntries(found) as CellFormulas<F> };
}

export function readNote(cell: CellRead): NoteEntry {
  if (cell.formula !== undefined) return { formula: cell.formula };
  return cell.error ? String(cell.value) : cell.value;
}

/**
 * Ids of the rows of a list (R01…, C01…): a valid unique id stays; a duplicate or malformed one is reported and
 * the row gets the next free id, as does a row without one.
 */
export function assignIds(
  grid: SheetGrid,
  rows: readonly number[],
  col: number,
  pattern: RegExp,
  next: (used: readonly string[]) => string,
  problems: Problem[],
): string[] {
  const used = new Set<string>();
  const found = rows.map((r) => {
    const text = textAt(grid, r, col);
    const upper = text.toUpperCase();
    if (pattern.test(upper)) {
      if (!used.has(upper)) {
        used.add(upper);
        return upper;
      }
      problems.push(problemAt(grid, r, col, "duplicateId", text));
    } else if (text !== "") problems.push(problemAt(grid, r, col, "badId", text));
    return null;
  });
  return found.map((id) => {
    if (id !== null) return id;
    const fresh = next([...used]);
    used.add(fresh);
    return fresh;
  });
}

/**
 * What a parsed sheet occupies, from A1 to its last row and the rightmost of its `columns` (-1 for one that is
 * missing), and the stray cells inside that block (see strayCells).
 */
export function tableBlock(
  grid: SheetGrid,
  headerRow: number,
  lastRow: number,
  columns: Iterable<number>,
  problems: Problem[],
): Pick<SheetRead<unknown>, "extent" | "strays"> {
  // a missing column (-1) is left of every cell
  const known = new Set(columns);
  const cols = Math.max(...known) + 1;
  return { extent: { rows: lastRow + 1, cols }, strays: strayCells(grid, headerRow, lastRow, cols, known, problems) };
}

/**
 * Filled cells inside a sheet's table (header row to `lastRow`, columns left of `cols`) in columns the sheet
 * does not hold: what a user added there, e.g. in an inserted column. They are not read, and re-generating the
 * sheet would overwrite them: each such column is reported once (at its first filled cell) and every cell is
 * returned, so that re-generating can refuse to run.
 */
export function strayCells(
  grid: SheetGrid,
  headerRow: number,
  lastRow: number,
  cols: number,
  known: ReadonlySet<number>,
  problems: Problem[],
): string[] {
  const byColumn = new Map<number, number[]>();
  for (const r of filledRows(grid, headerRow, lastRow)) {
    for (const c of filledCols(grid, r, 0, cols - 1)) {
      if (known.has(c)) continue;
      const rows = byColumn.get(c);
      if (rows === undefined) byColumn.set(c, [r]);
      else rows.push(r);
    }
  }
  const cells: string[] = [];
  for (const c of [...byColumn.keys()].sort((x, y) => x - y)) {
    const rows = byColumn.get(c)!;
    problems.push(problemAt(grid, rows[0]!, c, "strayColumn", textAt(grid, rows[0]!, c)));
    cells.push(...rows.map((r) => cellAddress(r, c)));
  }
  return cells;
}

/** The last row below the header where one of `cols` holds a formula: how far a sheet's formulas reach. */
export function lastFormulaRow(grid: SheetGrid, headerRow: number, cols: readonly number[]): number | undefined {
  return [...filledRows(grid, headerRow + 1)].reverse().find((r) => cols.some((c) => cellAt(grid, r, c).formula !== undefined));
}

/** The formula in the first row below the header whose `col` holds one (none in a column that is gone, -1). */
export function firstFormulaIn(grid: SheetGrid, headerRow: number, col: number): string | undefined {
  for (const r of filledRows(grid, headerRow + 1)) {
    const formula = cellAt(grid, r, col).formula;
    if (formula !== undefined) return formula;
  }
  return undefined;
}

/** The first row below the header whose `col` holds a formula. */
export function firstFormulaRow(grid: SheetGrid, headerRow: number, col: number): number | undefined {
  return filledRows(grid, headerRow + 1).find((r) => cellAt(grid, r, col).formula !== undefined);
}

/** The first row (0-based) of the first range in a formula (`$I$10:$S$43` → 9), where the formula has one. */
export function rangeStartRow(formula: string | undefined): number | undefined {
  const m = /\$?[A-Z]{1,3}\$?(\d+):\$?[A-Z]{1,3}\$?\d+/.exec(formula ?? "");
  return m ? Number(m[1]) - 1 : undefined;
}

/** The first and last column (0-based) of the first row range in a formula (`$K10:$U10` → 10 and 20), where it has one. */
export function rangeCols(formula: string | undefined): { readonly first: number; readonly last: number } | undefined {
  const m = /\$?([A-Z]{1,3})\$?(\d+):\$?([A-Z]{1,3})\$?\2(?!\d)/.exec(formula ?? "");
  return m ? { first: columnIndex(m[1]!), last: columnIndex(m[3]!) } : undefined;
}

/** The last row (0-based) of the first range in a formula (`$I$10:$S$43` → 42, read after the colon), where the formula has one. */
export function rangeEndRow(formula: string | undefined): number | undefined {
  const m = /:\$?[A-Z]{1,3}\$?(\d+)/.exec(formula ?? "");
  return m ? Number(m[1]) - 1 : undefined;
}

/**
 * How far down the sheet's formulas reach: the last row holding a formula in one of `cols` (a row's own
 * computed cells), or the last row the sheet's result cells above the header take in, whichever is further (a user
 * may clear the spare rows' computed cells; the results still count what is typed there). Formulas of the user's
 * elsewhere above the header do not count.
 */
export function coveredRows(
  grid: SheetGrid,
  headerRow: number,
  cols: readonly number[],
  results: Iterable<readonly [number, number]>,
): number | undefined {
  const reach = [lastFormulaRow(grid, headerRow, cols)];
  for (const [r, c] of results) reach.push(rangeEndRow(cellAt(grid, r, c).formula));
  const rows = reach.filter((x): x is number => x !== undefined && x > headerRow);
  return rows.length === 0 ? undefined : Math.max(...rows);
}

/**
 * Entries above the header that are not the sheet's, in the columns re-creating rewrites (left of `cols`): `ours`
 * tells the sheet's own cells (labels, results, inputs such as a threshold); a row's first cell, and the same value
 * repeated across its merged cells (as some readers give them), is a title row's text.
 */
export function aboveHeaderStrays(
  grid: SheetGrid,
  headerRow: number,
  cols: number,
  ours: (row: number, col: number) => boolean,
  problems: Problem[],
): string[] {
  const cells: string[] = [];
  for (const r of filledRows(grid, 0, headerRow - 1)) {
    let first: ReadValue | undefined;
    for (const c of filledCols(grid, r, 0, cols - 1)) {
      const cell = cellAt(grid, r, c);
      first ??= cell.value;
      if (cell.value === first || ours(r, c)) continue;
      problems.push(problemAt(grid, r, c, "strayColumn", textAt(grid, r, c)));
      cells.push(cellAddress(r, c));
    }
  }
  return cells;
}

/** What was typed into a mark cell (n/a, must-have) when it is not the sheet's mark: kept to be written back. */
export function markAsTyped(cell: CellRead, marks: readonly string[]): ReadValue | undefined {
  if (cell.empty || cell.error || cell.formula !== undefined) return undefined;
  return typeof cell.value === "string" && marks.includes(cell.value.trim().toLowerCase()) ? undefined : cell.value;
}

/** The last column of the first row range in a formula (`$K10:$U10` → U), where the formula has one. */
export function rangeEndCol(formula: string | undefined): number | undefined {
  return rangeCols(formula)?.last;
}

/** The columns holding something in some row from `fromRow` to `toRow` (default: the last): one pass over the cells read. */
export function filledColumns(grid: SheetGrid, fromRow: number, toRow = Infinity): Set<number> {
  const filled = new Set<number>();
  for (const r of filledRows(grid, fromRow, toRow)) for (const c of filledCols(grid, r)) filled.add(c);
  return filled;
}

/**
 * Columns right of `after` that are someone's (a respondent's, a candidate's): titled, or holding something below
 * the header. Up to the last column the formulas cover (`coveredTo`, where the sheet tells) they are read, titled or
 * not (entries typed under an untitled column count on the sheet, so they count here); further right, they are not
 * part of the sheet: not read, not touched, and named by the caller. With `filledTo`, only entries down to that row
 * make an untitled column someone's.
 */
export function listedColumns(grid: SheetGrid, headerRow: number, after: number, coveredTo: number | undefined, filledTo?: number) {
  const cols: number[] = [];
  const names: string[] = [];
  const outside: number[] = [];
  const filled = filledColumns(grid, headerRow + 1, filledTo);
  const candidates = new Set([...filledCols(grid, headerRow, after + 1), ...[...filled].filter((c) => c > after)]);
  for (const c of [...candidates].sort((x, y) => x - y)) {
    const name = textAt(grid, headerRow, c);
    if (name === "" && !filled.has(c)) continue;
    if (c > (coveredTo ?? Infinity)) outside.push(c);
    else {
      cols.push(c);
      names.push(name);
    }
  }
  return { cols, names, outside };
}

/**
 * Names each column outside the sheet's formulas at its first filled cell from the header down, as right of the
 * respondents or of the candidates.
 */
export function nameOutsideColumns(
  grid: SheetGrid,
  headerRow: number,
  outside: readonly number[],
  code: "outsideColumn" | "outsideCandidateColumn",
  problems: Problem[],
): void {
  for (const c of outside) {
    const r = filledRows(grid, headerRow).find((row) => !cellAt(grid, row, c).empty) ?? headerRow;
    problems.push(problemAt(grid, r, c, code, textAt(grid, r, c)));
  }
}

/**
 * Text that a reader takes for a date (31.03.2026, 31-03-2026, 3/31/2026, 2026-03-31, 31 März 2026, March 31, 2026)
 * but Excel stored as text: pasted, or typed in another locale's format.
 */
export function looksLikeDate(value: unknown): boolean {
  if (typeof value !== "string") return false;
  const t = value.trim();
  return (
    /^\d{1,4}\s*[./-]\s*\d{1,2}\s*[./-]\s*\d{1,4}$/.test(t) ||
    /^\d{1,2}\.?\s+\p{L}{3,}\.?\s+\d{2,4}$/u.test(t) ||
    /^\p{L}{3,}\.?\s+\d{1,2},?\s+\d{2,4}$/u.test(t)
  );
}

/** A start or due date: a plain day is the date; a time of day or a formula is kept as typed (and counts by its day). */
export function readDate(grid: SheetGrid, r: number, c: number, problems: Problem[]): DateEntry {
  const cell = cellAt(grid, r, c);
  if (cell.empty) return null;
  if (isBlankResult(cell)) return keptFrom(cell);
  const iso = typeof cell.value === "number" ? serialToIso(cell.value) : undefined;
  if (iso !== undefined && cell.formula === undefined && Number.isInteger(cell.value)) return iso;
  if (iso === undefined)
    problems.push(problemAt(grid, r, c, cell.error ? "errorValue" : looksLikeDate(cell.value) ? "dateAsText" : "notDate", cell.value));
  return keptFrom(cell);
}

/**
 * The day in force: =TODAY() or an empty cell gives the real day (undefined); what else the today cell holds is
 * kept, and named unless it is a date.
 */
export function readToday(grid: SheetGrid, at: { readonly row: number; readonly col: number }, problems: Problem[]): KeptEntry | undefined {
  const cell = cellAt(grid, at.row, at.col);
  const isTodayFormula = cell.formula?.replace(/\s/g, "").toUpperCase() === "=TODAY()";
  if (!isTodayFormula && (cell.error || (typeof cell.value !== "number" && cell.value !== "")))
    problems.push(problemAt(grid, at.row, at.col, "todayInvalid", cell.value));
  return isTodayFormula || cell.empty ? undefined : keptFrom(cell);
}
