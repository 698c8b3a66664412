import { cellAddress } from "../../sheets/address";
import type { ReadValue, SheetGrid, ValueType } from "../../sheets/read";
import { SheetTooLargeError } from "../host";

/**
 * Up to this many cells a sheet's used range is loaded in one block. A larger one (a single entry far out, in
 * XFD1048576, makes it the whole sheet), or one of whole rows or columns (Excel gives no values of those), is never
 * loaded: only its cells that hold a constant or a formula are, area by area (Range.getSpecialCells, ExcelApi 1.9).
 */
export const DENSE_READ_CELLS = 100_000;

/** Excel's sheet size: a range as wide or as tall is unbounded (whole rows or columns), whose values Excel does not give. */
const SHEET_ROWS = 1_048_576;
const SHEET_COLS = 16_384;

/** A block read, with its position (indexes, not its address: Excel writes whole rows as 1:6 and columns as A:K). */
type Block = Pick<Excel.Range, "rowIndex" | "columnIndex"> & { readonly values: ReadValue[][]; readonly formulas: ReadValue[][]; readonly valueTypes: ValueType[][] };

/** Puts a block read at its position into sparse rows from A1; empty cells are left out. */
function place(into: { values: ReadValue[][]; formulas: ReadValue[][]; valueTypes: ValueType[][] }, block: Block): void {
  block.values.forEach((line, i) => {
    const r = block.rowIndex + i;
    line.forEach((value, j) => {
      const formula = block.formulas[i]?.[j] ?? value;
      if (value === "" && formula === "") return;
      const c = block.columnIndex + j;
      (into.values[r] ??= [])[c] = value;
      (into.formulas[r] ??= [])[c] = formula;
      (into.valueTypes[r] ??= [])[c] = block.valueTypes[i]?.[j] ?? "Empty";
    });
  });
}

/**
 * Reads each named sheet's cells (null where the sheet does not exist) and the tables on it. The first sync finds
 * where each sheet's entries are (it also carries what the caller queued before, e.g. a write); the second loads a
 * used range up to DENSE_READ_CELLS whole, or finds a larger one's cells that hold something; a third loads those.
 * At most three round trips whatever the sheets' size, and data in proportion to the cells that hold something.
 */
export async function readGrids(context: Excel.RequestContext, names: readonly string[], sparseAreas: boolean): Promise<Map<string, SheetGrid | null>> {
  const sheets = names.map((name) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(name);
    sheet.load("isNullObject");
    // a null sheet yields a null range: both are checked after the sync
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load(["isNullObject", "rowIndex", "columnIndex", "rowCount", "columnCount"]);
    return { name, sheet, used };
  });
  // the workbook's collection is never null, unlike a missing sheet's
  const tables = context.workbook.tables;
  tables.load("items/name,items/worksheet/name");
  await context.sync();

  type Plan = { readonly dense?: Excel.Range; readonly sparse?: Excel.RangeAreas[] };
  const plans = sheets.map(({ name, sheet, used }): Plan | null => {
    if (sheet.isNullObject || used.isNullObject) return null;
    const unbounded = used.rowCount === SHEET_ROWS || used.columnCount === SHEET_COLS;
    if (!unbounded && used.rowCount * used.columnCount <= DENSE_READ_CELLS) return { dense: used.load(["values", "formulas", "valueTypes"]) };
    if (!sparseAreas) throw new SheetTooLargeError(name, cellAddress(used.rowIndex + used.rowCount - 1, used.columnIndex + used.columnCount - 1));
    // constants and formulas: every cell that holds something, none that does not
    return { sparse: (["Constants", "Formulas"] as const).map((type) => used.getSpecialCellsOrNullObject(type).load("isNullObject")) };
  });
  if (plans.some((p) => p !== null)) await context.sync();
  const areas = plans.flatMap((p) => p?.sparse ?? []).filter((a) => !a.isNullObject);
  for (const a of areas) a.areas.load("items/rowIndex,items/columnIndex,items/values,items/formulas,items/valueTypes");
  if (areas.length > 0) await context.sync();

  const out = new Map<string, SheetGrid | null>();
  const tablesOn = (name: string) => tables.items.filter((t) => t.worksheet.name.toLowerCase() === name.toLowerCase()).map((t) => t.name);
  sheets.forEach(({ name, sheet, used }, i) => {
    if (sheet.isNullObject) return out.set(name, null);
    const grid = { name, values: [] as ReadValue[][], formulas: [] as ReadValue[][], valueTypes: [] as ValueType[][], tables: tablesOn(name) };
    const plan = plans[i];
    const blockOf = (r: Excel.Range): Block => ({ rowIndex: r.rowIndex, columnIndex: r.columnIndex, values: r.values as ReadValue[][], formulas: r.formulas as ReadValue[][], valueTypes: r.valueTypes as ValueType[][] });
    if (plan?.dense !== undefined) place(grid, blockOf(used));
    for (const part of plan?.sparse ?? []) if (!part.isNullObject) for (const area of part.areas.items) place(grid, blockOf(area));
    return out.set(name, grid);
  });
  return out;
}
