import { type ReadValue, type SheetGrid, typeOfValue } from "./read";
import { type SheetSpec, isFormulaCell } from "./spec";

/**
 * The grid a host would read back right after writing `spec`, before any formula is calculated
 * (formula cells read as empty values). Used by tests and by the in-memory preview.
 */
export function specToGrid(spec: SheetSpec): SheetGrid {
  const formulas = spec.cells.map((row) => row.map((c): ReadValue => (isFormulaCell(c) ? c.formula : c === null ? "" : c)));
  const values = spec.cells.map((row) => row.map((c): ReadValue => (isFormulaCell(c) || c === null ? "" : c)));
  return { name: spec.name, values, formulas, valueTypes: values.map((row) => row.map(typeOfValue)) };
}
