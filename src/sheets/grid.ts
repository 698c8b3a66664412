import type { Area, CellContent } from "./spec";

/** A dense cell grid from A1 being filled in by a renderer, with a number format per cell. */
export class GridBuilder {
  readonly cells: CellContent[][];
  readonly numberFormats: string[][];

  constructor(rows: number, cols: number) {
    this.cells = Array.from({ length: rows }, () => new Array<CellContent>(cols).fill(null));
    this.numberFormats = Array.from({ length: rows }, () => new Array<string>(cols).fill("General"));
  }

  set(row: number, col: number, value: CellContent, numberFormat?: string): void {
    this.cells[row]![col] = value;
    if (numberFormat !== undefined) this.numberFormats[row]![col] = numberFormat;
  }
}

export function area(row: number, col: number, rows = 1, cols = 1): Area {
  return { row, col, rows, cols };
}

/** Quotes text for use inside an Excel formula: "say ""hi""". */
export function formulaText(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
