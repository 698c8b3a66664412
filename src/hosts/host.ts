import type { SheetGrid } from "../sheets/read";
import type { Area, SheetSpec } from "../sheets/spec";

/** How a sheet is written over an existing one. */
export interface WriteOptions {
  /** The sheet to write into (it may have another name, e.g. in another language): renamed to `spec.name`. */
  readonly replace?: string;
  /**
   * The block to clear first (formats, validation, highlighting, merges included): the old table's extent.
   * Cells outside it and outside the new sheet are left as they are.
   */
  readonly clear?: Area;
}

/**
 * The only code that touches a spreadsheet. An Excel host does each call in a constant number of
 * round trips (one `context.sync()`), whatever the sheet's size; a file host does the same for .xlsx.
 */
export interface SheetHost {
  /** Reads each named sheet's cells from A1; null where a sheet does not exist. */
  readSheets(names: readonly string[]): Promise<ReadonlyMap<string, SheetGrid | null>>;
  writeSheet(spec: SheetSpec, options?: WriteOptions): Promise<void>;
  /** Selects a range on a sheet and shows it, e.g. a weak condition's row. */
  select(sheet: string, address: string): Promise<void>;
  /** Calls `listener` when a user changes the sheet; returns a function that stops listening. */
  watch(sheet: string, listener: () => void): Promise<() => Promise<void>>;
}
