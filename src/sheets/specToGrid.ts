import { type ReadValue, type SheetGrid, typeOfValue } from "./read";
import { type CellContent, type SheetSpec, isFormulaCell } from "./spec";

/** The spec's cells with its separate blocks put in place, dense from A1 (empty between: null). */
export function allCells(spec: SheetSpec): CellContent[][] {
  const cells = spec.cells.map((row) => [...row]);
  const width = Math.max(cells[0]?.length ?? 0, ...(spec.blocks ?? []).map((b) => b.col + (b.cells[0]?.length ?? 0)));
  const height = Math.max(cells.length, ...(spec.blocks ?? []).map((b) => b.row + b.cells.length));
  for (let r = 0; r < height; r++) {
    const row = (cells[r] ??= []);
    while (row.length < width) row.push(null);
  }
  for (const b of spec.blocks ?? []) b.cells.forEach((row, i) => row.forEach((c, j) => (cells[b.row + i]![b.col + j] = c)));
  return cells;
}

/**
 * The grid a host would read back right after writing `spec`, before any formula is calculated
 * (formula cells read as empty values). Used by tests and by the in-memory preview.
 */
export function specToGrid(spec: SheetSpec): SheetGrid {
  const cells = allCells(spec);
  const formulas = cells.map((row) => row.map((c): ReadValue => (isFormulaCell(c) ? c.formula : c === null ? "" : c)));
  const values = cells.map((row) => row.map((c): ReadValue => (isFormulaCell(c) || c === null ? "" : c)));
  return { name: spec.name, values, formulas, valueTypes: values.map((row) => row.map(typeOfValue)) };
}
