import { type SheetHost, type SheetMatcher, type WriteOptions, namesToRead } from "../../src/hosts/host";
import type { SheetGrid } from "../../src/sheets/read";
import type { SheetSpec } from "../../src/sheets/spec";
import { specToGrid } from "../../src/sheets/specToGrid";

/**
 * A SheetHost over plain grids, for the pane's tests: what the pane asks of a host and what it shows.
 * (The Excel host itself is tested against the Office.js double in test/hosts.)
 */
export class FakeHost implements SheetHost {
  readonly sheets = new Map<string, SheetGrid>();
  readonly selections: string[] = [];
  readonly writes: { spec: SheetSpec; options: WriteOptions }[] = [];
  private readonly listeners = new Set<() => void>();

  async readSheets(names: readonly string[], matching?: SheetMatcher) {
    return new Map(namesToRead(names, [...this.sheets.keys()], matching).map((n) => [n, this.sheets.get(n) ?? null]));
  }

  async writeSheet(spec: SheetSpec, options: WriteOptions = {}) {
    this.writes.push({ spec, options });
    if (options.replace !== undefined) this.sheets.delete(options.replace);
    this.sheets.set(spec.name, specToGrid(spec));
    const read = await this.readSheets(options.readBack ?? [], options.readBackMatching);
    // the workbook's listeners hear of the add-in's own writes too, as Excel's change events report them
    this.changed();
    return read;
  }

  async select(sheet: string, address: string) {
    this.selections.push(`${sheet}!${address}`);
  }

  /** Watches the whole workbook, as the Excel host does. */
  async watch(listener: () => void) {
    this.listeners.add(listener);
    return async () => void this.listeners.delete(listener);
  }

  /** A user (or another pane) edits a sheet, or adds it: the grid changes and the workbook's listeners fire. */
  userChanges(sheet: string, grid: SheetGrid) {
    this.sheets.set(sheet, grid);
    this.changed();
  }

  /** A user renames a sheet (`to` null: deletes it). */
  userRenames(sheet: string, to: string | null) {
    const grid = this.sheets.get(sheet);
    this.sheets.delete(sheet);
    if (grid !== undefined && to !== null) this.sheets.set(to, { ...grid, name: to });
    this.changed();
  }

  private changed() {
    for (const l of this.listeners) l();
  }

  /** How many watch the workbook (each watches every sheet, `_sheet` among them). */
  watcherCount(_sheet?: string): number {
    return this.listeners.size;
  }
}
