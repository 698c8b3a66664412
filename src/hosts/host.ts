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
  /**
   * A block whose validation and highlighting are cleared first, its values left as they are: the empty rows and
   * columns the old sheet's rules covered beyond `clear`.
   */
  readonly clearRules?: Area;
  /**
   * The old sheet's own cells beyond `clear` (the task overview's timeline header), cleared like it: a column
   * inserted in the table moved them right, where the new sheet does not write.
   */
  readonly clearOwn?: Area;
  /** The tables on the sheet written into, as read before (`SheetGrid.tables`): ours become plain ranges first. */
  readonly tables?: readonly string[];
  /** The charts on the sheet written into, as read before (`SheetGrid.charts`): ours are replaced, the user's kept. */
  readonly charts?: readonly string[];
  /**
   * Sheets to read once the write is done, in the same round trip (what a read of them would give). The sheet
   * written is read back this way, so that problems name the cells where they now are.
   */
  readonly readBack?: readonly string[];
  /** Further sheets to read back: those whose name this accepts (see SheetHost.readSheets). */
  readonly readBackMatching?: SheetMatcher;
}

/** A sheet whose used range is too large to load, in an Excel without ExcelApi 1.9 (which reads sparse areas). */
export class SheetTooLargeError extends Error {
  constructor(
    readonly sheet: string,
    /** The used range's last cell, where the far entry is. */
    readonly lastCell: string,
  ) {
    super(
      `The sheet "${sheet}" has entries as far out as ${lastCell}; this version of Excel cannot read so large a range. Delete what is outside the table.`,
    );
  }
}

/** The grids of the sheets read, by name; null where a sheet does not exist. */
export type Grids = ReadonlyMap<string, SheetGrid | null>;

/**
 * Which further sheets a read takes: those whose name this accepts, whatever they are called (a kind with a sheet
 * per subject, such as an account plan per key account, knows its sheets by a pattern, not by a list of names).
 */
export type SheetMatcher = (name: string) => boolean;

/**
 * The only code that touches a spreadsheet. An Excel host does each call in one round trip (one
 * `context.sync()`), whatever the sheet's size; a file host does the same for .xlsx.
 */
export interface SheetHost {
  /**
   * Reads each named sheet's cells from A1 (null where a sheet does not exist), and every sheet whose name
   * `matching` accepts (by its name as the workbook spells it). A matcher costs the Excel host one round trip more,
   * whatever the number of sheets.
   */
  readSheets(names: readonly string[], matching?: SheetMatcher): Promise<Grids>;
  /** Writes a sheet (see WriteOptions) and returns the sheets `readBack` names, read after it. */
  writeSheet(spec: SheetSpec, options?: WriteOptions): Promise<Grids>;
  /** Selects a range on a sheet and shows it, e.g. a weak condition's row. */
  select(sheet: string, address: string): Promise<void>;
  /**
   * Calls `listener` whenever something in the workbook may have changed what a read gives: any sheet's cells,
   * a sheet added, deleted or renamed, by the user, another pane or add-in, a co-author, or this add-in itself.
   * It may call more often than needed (callers debounce) but never misses a change it can see. Returns a
   * function that stops listening.
   */
  watch(listener: () => void): Promise<() => Promise<void>>;
}

/**
 * A host whose code arrives later: every call waits for `loading`. The pane draws its frame without the Excel
 * host's code and starts loading it at once, alongside the first screen's panels that use it.
 */
export function deferredHost(loading: Promise<SheetHost>): SheetHost {
  return {
    readSheets: (names, matching) => loading.then((h) => h.readSheets(names, matching)),
    writeSheet: (spec, options) => loading.then((h) => h.writeSheet(spec, options)),
    select: (sheet, address) => loading.then((h) => h.select(sheet, address)),
    watch: (listener) => loading.then((h) => h.watch(listener)),
  };
}

/** The names asked for and the workbook's sheets `matching` accepts, each once (names compare as Excel's do). */
export function namesToRead(names: readonly string[], sheets: readonly string[], matching?: SheetMatcher): string[] {
  const out = [...names];
  if (matching === undefined) return out;
  const taken = new Set(names.map((n) => n.toLowerCase()));
  for (const s of sheets)
    if (matching(s) && !taken.has(s.toLowerCase())) {
      taken.add(s.toLowerCase());
      out.push(s);
    }
  return out;
}
