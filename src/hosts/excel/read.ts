import { parseRangeAddress } from "../../sheets/address";
import type { ReadValue, SheetGrid, ValueType } from "../../sheets/read";

/** What a read queues: each sheet (maybe null) and its used range (maybe null), and the workbook's tables. */
export interface QueuedReads {
  readonly sheets: readonly { readonly name: string; readonly sheet: Excel.Worksheet; readonly used: Excel.Range }[];
  readonly tables: Excel.TableCollection;
}

/** Queues a read of each named sheet's used range and of the tables on it; nothing is sent until the caller syncs. */
export function queueReads(context: Excel.RequestContext, names: readonly string[]): QueuedReads {
  const sheets = names.map((name) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(name);
    sheet.load("isNullObject");
    // a null sheet yields a null range: both are checked after the one sync
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load(["isNullObject", "address", "values", "formulas", "valueTypes"]);
    return { name, sheet, used };
  });
  // the workbook's collection is never null, unlike a missing sheet's
  const tables = context.workbook.tables;
  tables.load("items/name,items/worksheet/name");
  return { sheets, tables };
}

/** After the sync: the grid of each sheet from A1, null where the sheet does not exist. */
export function collectReads(reads: QueuedReads): Map<string, SheetGrid | null> {
  const out = new Map<string, SheetGrid | null>();
  const tablesOn = (name: string) => reads.tables.items.filter((t) => t.worksheet.name.toLowerCase() === name.toLowerCase()).map((t) => t.name);
  for (const { name, sheet, used } of reads.sheets) {
    if (sheet.isNullObject) {
      out.set(name, null);
    } else if (used.isNullObject) {
      out.set(name, { name, values: [], formulas: [], valueTypes: [], tables: tablesOn(name) });
    } else {
      const at = parseRangeAddress(used.address);
      out.set(name, {
        name,
        values: fromOrigin(used.values as ReadValue[][], at.row, at.col, ""),
        formulas: fromOrigin(used.formulas as ReadValue[][], at.row, at.col, ""),
        valueTypes: fromOrigin(used.valueTypes as ValueType[][], at.row, at.col, "Empty"),
        tables: tablesOn(name),
      });
    }
  }
  return out;
}

/** Shifts a block read at (row, col) so that it starts at A1, padding with `blank`. */
function fromOrigin<T>(block: T[][], row: number, col: number, blank: T): T[][] {
  const pad = new Array<T>(col).fill(blank);
  const shifted = col === 0 ? block : block.map((r) => [...pad, ...r]);
  return row === 0 ? shifted : [...Array.from({ length: row }, () => [] as T[]), ...shifted];
}
