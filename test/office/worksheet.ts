import { type Batch, ClientObject, NamedCollection } from "./context";
import { type ChangeHandler, OfficeError, type Sheet, type Workbook } from "./model";
import { RangeProxy, type RangeTarget, rangeOn } from "./range";
import { TableCollectionProxy } from "./tables";

export class WorksheetProxy extends ClientObject<Sheet> {
  constructor(batch: Batch, locate: () => Sheet | null) {
    super(batch, locate);
  }

  protected snapshot(t: Sheet, prop: string): unknown {
    switch (prop) {
      case "name":
        return t.name;
      case "id":
        return t.id;
      case "position":
        return t.workbookRef.sheets.indexOf(t);
      case "tabColor":
        return t.tabColor;
      default:
        throw new Error(`The double does not know Worksheet.${prop}`);
    }
  }

  get name(): string {
    return this.get("name") as string;
  }
  set name(name: string) {
    this.queue((t) => {
      const other = t.workbookRef.find(name);
      if (other && other !== t) throw new OfficeError("ItemAlreadyExists", `a sheet named ${name} exists`);
      t.name = name;
    });
  }
  get id(): string {
    return this.get("id") as string;
  }
  get position(): number {
    return this.get("position") as number;
  }
  set tabColor(color: string) {
    this.queue((t) => (t.tabColor = color));
  }

  /** A range of this sheet; on a null sheet the range fails at sync (ItemNotFound). */
  private range(f: (t: Sheet) => RangeTarget | null, orNull = false): RangeProxy {
    return new RangeProxy(this.batch, () => {
      const sheet = this.resolve();
      if (sheet === null) {
        if (orNull) return null;
        throw new OfficeError("ItemNotFound", "The requested worksheet doesn't exist.");
      }
      return f(sheet);
    });
  }

  getRange(address?: string): RangeProxy {
    return this.range((t) => rangeOn(t, address));
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): RangeProxy {
    return this.range((t) => {
      if (row < 0 || col < 0 || rows < 1 || cols < 1) throw new OfficeError("InvalidArgument", `getRangeByIndexes(${row}, ${col}, ${rows}, ${cols})`);
      return { sheet: t, area: { row, col, rows, cols } };
    });
  }
  getUsedRange(valuesOnly = false): RangeProxy {
    return this.range((t) => ({ sheet: t, area: t.usedArea(valuesOnly) ?? { row: 0, col: 0, rows: 1, cols: 1 } }));
  }
  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return this.range((t) => {
      const a = t.usedArea(valuesOnly);
      return a === null ? null : { sheet: t, area: a };
    }, true);
  }

  activate(): void {
    this.queue((t) => (t.workbookRef.active = t));
  }
  delete(): void {
    this.queue((t) => {
      const wb = t.workbookRef;
      wb.sheets.splice(wb.sheets.indexOf(t), 1);
      wb.tables = wb.tables.filter((x) => x.sheet !== t);
      if (wb.active === t) wb.active = wb.sheets[0] ?? null;
    });
  }

  get freezePanes() {
    return {
      freezeRows: (n: number) => this.queue((t) => (t.frozen = { rows: n, cols: 0 })),
      freezeColumns: (n: number) => this.queue((t) => (t.frozen = { rows: 0, cols: n })),
      freezeAt: (range: RangeProxy) =>
        this.queue((t) => {
          const target = range.need();
          if (target.sheet !== t) throw new OfficeError("InvalidArgument", "freezeAt: range on another sheet");
          t.frozen = { rows: target.area.row + target.area.rows, cols: target.area.col + target.area.cols };
        }),
      unfreeze: () => this.queue((t) => (t.frozen = { rows: 0, cols: 0 })),
    };
  }

  get pageLayout() {
    const q = (f: (t: Sheet) => void) => this.queue(f);
    return {
      set orientation(v: string) {
        q((t) => (t.pageLayout.orientation = v));
      },
      set zoom(v: Record<string, number>) {
        q((t) => (t.pageLayout.zoom = v));
      },
      set centerHorizontally(v: boolean) {
        q((t) => (t.pageLayout.centerHorizontally = v));
      },
      setPrintTitleRows: (rows: string) =>
        q((t) => {
          if (!/^\$\d+:\$\d+$/.test(rows)) throw new OfficeError("InvalidArgument", `print title rows ${rows}`);
          t.pageLayout.printTitleRows = rows;
        }),
    };
  }

  get tables(): TableCollectionProxy {
    return new TableCollectionProxy(this.batch, () => this.need().workbookRef, () => this.need());
  }

  get onChanged() {
    return {
      add: (handler: ChangeHandler) => {
        let registered = false;
        this.queue((t) => {
          t.changeHandlers.add(handler);
          registered = true;
        });
        const batch = this.batch;
        const sheet = () => this.need();
        return {
          context: batch.api,
          remove: () =>
            batch.enqueue(() => {
              if (!registered) throw new OfficeError("InvalidOperation", "removing a handler that was never added");
              sheet().changeHandlers.delete(handler);
            }),
        };
      },
    };
  }
}

export class WorksheetCollectionProxy extends NamedCollection<Sheet, WorksheetProxy> {
  protected readonly noun = "worksheet";
  protected entries(wb: Workbook): readonly Sheet[] {
    return wb.sheets;
  }
  protected lookup(wb: Workbook, name: string): Sheet | undefined {
    return wb.find(name);
  }
  protected proxy(locate: () => Sheet | null): WorksheetProxy {
    return new WorksheetProxy(this.batch, locate);
  }

  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.batch, () => this.need().active);
  }
  add(name?: string): WorksheetProxy {
    let created: Sheet | null = null;
    this.queue((wb) => {
      created = wb.addSheet(name ?? `Sheet${wb.sheets.length + 1}`);
    });
    return new WorksheetProxy(this.batch, () => {
      if (created === null) throw new OfficeError("InvalidOperation", "the new sheet is used before it is added");
      return created;
    });
  }
}
