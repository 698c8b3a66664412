import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { createXlsxHost } from "../../src/hosts/xlsx/xlsxHost";
import { cellAddress } from "../../src/sheets/address";
import type { SheetSpec } from "../../src/sheets/spec";
import { calculatedValues } from "./cells";
import { recalculate } from "./recalc";

/** A sheet as LibreOffice calculated it: value of a cell (0-based), "" where empty. */
export type Calculated = (row: number, col: number) => string | number | boolean;

/** Writes each spec to its own .xlsx with the .xlsx host, has LibreOffice recalculate all in one run, reads the values. */
export async function calculateWithLibreOffice(specs: readonly SheetSpec[]): Promise<Calculated[]> {
  const dir = mkdtempSync(join(tmpdir(), "kam-proof-"));
  const files: string[] = [];
  for (const [i, spec] of specs.entries()) {
    const wb = new ExcelJS.Workbook();
    await createXlsxHost(wb).writeSheet(spec);
    const file = join(dir, `sheet-${i}.xlsx`);
    await wb.xlsx.writeFile(file);
    files.push(file);
  }
  const books = await Promise.all(recalculate(files).map(calculatedValues));
  return books.map((book, i) => {
    const values = book.get(specs[i]!.name)!;
    return (row, col) => values.get(cellAddress(row, col)) ?? "";
  });
}
