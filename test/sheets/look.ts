import type { CellStyle, ConditionalFormat, SheetSpec } from "../../src/sheets/spec";

/** Where a 0-based (row, col) lies in an area. */
const covers = (a: { row: number; col: number; rows: number; cols: number }, row: number, col: number) =>
  row >= a.row && row < a.row + a.rows && col >= a.col && col < a.col + a.cols;

/** A cell's style as a host applies the spec: every styled area over it, later ones on top. */
export function styleAt(spec: SheetSpec, row: number, col: number): CellStyle {
  return spec.styles.filter((s) => covers(s.area, row, col)).reduce<CellStyle>((acc, s) => ({ ...acc, ...s.style }), {});
}

/** The conditional formats whose area holds the cell. */
export function highlightsAt(spec: SheetSpec, row: number, col: number): ConditionalFormat[] {
  return spec.conditionalFormats.filter((f) => covers(f.area, row, col));
}

/** Whether the cell lies in a merged area. */
export const isMerged = (spec: SheetSpec, row: number, col: number) => spec.merges.some((m) => covers(m, row, col));
