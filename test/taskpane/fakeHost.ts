import type { SheetHost, WriteOptions } from "../../src/hosts/host";
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
  private readonly listeners = new Map<string, Set<() => void>>();

  async readSheets(names: readonly string[]) {
    return new Map(names.map((n) => [n, this.sheets.get(n) ?? null]));
  }

  async writeSheet(spec: SheetSpec, options: WriteOptions = {}) {
    this.writes.push({ spec, options });
    if (options.replace !== undefined) this.sheets.delete(options.replace);
    this.sheets.set(spec.name, specToGrid(spec));
    return this.readSheets(options.readBack ?? []);
  }

  async select(sheet: string, address: string) {
    this.selections.push(`${sheet}!${address}`);
  }

  async watch(sheet: string, listener: () => void) {
    const set = this.listeners.get(sheet) ?? new Set();
    set.add(listener);
    this.listeners.set(sheet, set);
    return async () => void set.delete(listener);
  }

  /** A user edits the sheet: the grid changes and the sheet's change listeners fire. */
  userChanges(sheet: string, grid: SheetGrid) {
    this.sheets.set(sheet, grid);
    for (const l of this.listeners.get(sheet) ?? []) l();
  }

  watcherCount(sheet: string): number {
    return this.listeners.get(sheet)?.size ?? 0;
  }
}
