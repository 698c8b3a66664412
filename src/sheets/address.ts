/** A1-style addresses. Rows and columns are 0-based in code, 1-based and lettered in addresses. */

export function columnLetter(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

export function absoluteCell(row: number, col: number): string {
  return `$${columnLetter(col)}$${row + 1}`;
}

/** "A1:C3" for a block of `rows` × `cols` cells from (row, col); a single cell is just "A1". */
export function rangeAddress(row: number, col: number, rows = 1, cols = 1): string {
  const start = cellAddress(row, col);
  return rows === 1 && cols === 1 ? start : `${start}:${cellAddress(row + rows - 1, col + cols - 1)}`;
}

/** Quotes a sheet name for use in an address or formula when Excel would: 'My sheet'!A1. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

export interface ParsedRange {
  readonly sheet?: string;
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

/** Parses "Sheet1!B2:D9", "'My sheet'!A1" or "C5" (no whole rows or columns). */
export function parseRangeAddress(address: string): ParsedRange {
  const bang = address.lastIndexOf("!");
  let sheet: string | undefined;
  let ref = address;
  if (bang >= 0) {
    const raw = address.slice(0, bang);
    sheet = raw.startsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
    ref = address.slice(bang + 1);
  }
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(ref);
  if (!m) throw new Error(`Not a cell range address: ${address}`);
  const c1 = columnIndex(m[1]!);
  const r1 = Number(m[2]) - 1;
  const c2 = m[3] ? columnIndex(m[3]) : c1;
  const r2 = m[4] ? Number(m[4]) - 1 : r1;
  const base = { row: Math.min(r1, r2), col: Math.min(c1, c2), rows: Math.abs(r2 - r1) + 1, cols: Math.abs(c2 - c1) + 1 };
  return sheet === undefined ? base : { sheet, ...base };
}

/** An absolute, sheet-qualified reference to an area, as chart formulas need: 'Sheet name'!$A$10:$A$23. */
export function chartRef(sheet: string, a: { row: number; col: number; rows: number; cols: number }): string {
  const start = absoluteCell(a.row, a.col);
  const end = absoluteCell(a.row + a.rows - 1, a.col + a.cols - 1);
  return `${quoteSheetName(sheet)}!${start === end ? start : `${start}:${end}`}`;
}
