/**
 * The values LibreOffice calculated, straight from the saved .xlsx with the command line's reader (ExcelJS drops a
 * cached formula result of 0, FALSE or "", so it cannot tell 0 from an empty text).
 */
import { readFileSync } from "node:fs";
import { openXlsx } from "../../src/hosts/xlsx/file";
import { cellAddress } from "../../src/sheets/address";
import { cellAt, filledCols, filledRows } from "../../src/sheets/read";

/** Every sheet's cell values by address ("D7"): numbers, texts, booleans, error texts; "" for an empty result. */
export async function calculatedValues(file: string): Promise<Map<string, Map<string, string | number | boolean>>> {
  const book = await openXlsx(readFileSync(file));
  const out = new Map<string, Map<string, string | number | boolean>>();
  for (const name of book.sheetNames) {
    const grid = (await book.readSheet(name))!;
    const cells = new Map<string, string | number | boolean>();
    for (const r of filledRows(grid)) for (const c of filledCols(grid, r)) cells.set(cellAddress(r, c), cellAt(grid, r, c).value);
    out.set(name, cells);
  }
  return out;
}
