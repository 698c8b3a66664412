import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { createXlsxHost, saveWorkbook } from "../../src/hosts/xlsx/xlsxHost";
import { cellAddress } from "../../src/sheets/address";
import type { SheetSpec } from "../../src/sheets/spec";
import type { Editable } from "../property/readinessEdits";
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
    writeFileSync(file, await saveWorkbook(wb));
    files.push(file);
  }
  const books = await Promise.all(recalculate(files).map(calculatedValues));
  return books.map((book, i) => {
    const values = book.get(specs[i]!.name)!;
    return (row, col) => values.get(cellAddress(row, col)) ?? "";
  });
}

/** A worksheet edited as a user would in a spreadsheet: text typed with a leading apostrophe stays text, "=…" is a formula. */
export function editableWorksheet(ws: ExcelJS.Worksheet): Editable {
  return {
    set: (row, col, content) => {
      const cell = ws.getCell(row + 1, col + 1);
      if (typeof content === "string" && content.startsWith("'")) cell.value = content.slice(1);
      else if (typeof content === "string" && content.startsWith("=")) cell.value = { formula: content.slice(1) };
      else cell.value = content;
    },
    value: (row, col) => ws.getCell(row + 1, col + 1).value ?? "",
  };
}

/**
 * Writes each spec to its own .xlsx with the .xlsx host, lets `edit` change it as a user would, and has LibreOffice
 * recalculate them (one run per 50 files: a long batch may end early). Returns the recalculated files and what
 * each edit returned.
 */
export async function editAndRecalculate<T>(
  specs: readonly SheetSpec[],
  edit: (sheet: Editable, i: number) => T,
): Promise<{ files: string[]; edits: T[] }> {
  const dir = mkdtempSync(join(tmpdir(), "kam-edited-"));
  const files: string[] = [];
  const edits: T[] = [];
  for (const [i, spec] of specs.entries()) {
    const wb = new ExcelJS.Workbook();
    await createXlsxHost(wb).writeSheet(spec);
    edits.push(edit(editableWorksheet(wb.getWorksheet(spec.name)!), i));
    const file = join(dir, `edited-${i}.xlsx`);
    writeFileSync(file, await saveWorkbook(wb));
    files.push(file);
  }
  const recalculated: string[] = [];
  for (let k = 0; k < files.length; k += 50) recalculated.push(...recalculate(files.slice(k, k + 50)));
  return { files: recalculated, edits };
}
