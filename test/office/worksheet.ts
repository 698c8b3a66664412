import { type Batch, ClientObject, NamedCollection } from "./context";
import { eventProperty } from "./events";
import { type CollectionEvent, OfficeError, type Sheet, type Workbook } from "./model";
import { RangeProxy, type RangeTarget, rangeOn } from "./range";
import { ChartCollectionProxy } from "./charts";
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
    this.queue((t) => t.workbookRef.renameSheet(t, name));
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
      if (row < 0 || col < 0 || rows < 1 || cols < 1)
        throw new OfficeError("InvalidArgument", `getRangeByIndexes(${row}, ${col}, ${rows}, ${cols})`);
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
    this.queue((t) => t.workbookRef.deleteSheet(t));
  }

  get freezePanes() {
    // freezing a sheet that is not the active one fails or freezes the active one in Excel (office-js 3148, 2196):
    // the double refuses it, so the add-in activates first
    const active = (t: Sheet) => {
      if (t.workbookRef.active !== t)
        throw new OfficeError("InvalidOperation", `freeze panes of "${t.name}", which is not the active sheet`);
    };
    return {
      freezeRows: (n: number) =>
        this.queue((t) => {
          active(t);
          t.frozen = { rows: n, cols: 0 };
        }),
      freezeColumns: (n: number) => this.queue((t) => (t.frozen = { rows: 0, cols: n })),
      freezeAt: (range: RangeProxy) =>
        this.queue((t) => {
          const target = range.need();
          if (target.sheet !== t) throw new OfficeError("InvalidArgument", "freezeAt: range on another sheet");
          active(t);
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
        q((t) => {
          // Excel takes a percentage or pages to fit to, not both
          if (v.scale !== undefined && (v.horizontalFitToPages !== undefined || v.verticalFitToPages !== undefined))
            throw new OfficeError("InvalidArgument", "zoom: scale and fit to pages together");
          if (v.scale !== undefined && (v.scale < 10 || v.scale > 400)) throw new OfficeError("InvalidArgument", `zoom scale ${v.scale}`);
          t.pageLayout.zoom = v;
        });
      },
      setPrintArea: (area: RangeProxy | string) =>
        q((t) => {
          if (typeof area === "string")
            throw new Error(
              "The double takes a print area as a range of the sheet: an address without a sheet name means the active sheet's.",
            );
          const target = area.need();
          if (target.sheet !== t) throw new OfficeError("InvalidArgument", "setPrintArea: range on another sheet");
          t.pageLayout.printArea = t.qualified(target.area);
        }),
      setPrintTitleColumns: (cols: string) =>
        q((t) => {
          if (!/^\$[A-Z]+:\$[A-Z]+$/.test(cols)) throw new OfficeError("InvalidArgument", `print title columns ${cols}`);
          t.pageLayout.printTitleColumns = cols;
        }),
      headersFooters: {
        // each part is at most 255 characters, as Excel's header and footer dialog allows
        defaultForAllPages: new Proxy({} as Record<string, string>, {
          set: (_, part: string, value: string) => {
            if (!/^(left|center|right)(Header|Footer)$/.test(part)) throw new Error(`The double has no header or footer part ${part}`);
            q((t) => {
              if (value.length > 255) throw new OfficeError("InvalidArgument", `${part} is longer than 255 characters`);
              t.pageLayout.headersFooters = { ...t.pageLayout.headersFooters, [part]: value };
            });
            return true;
          },
        }),
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
    return new TableCollectionProxy(
      this.batch,
      () => this.need().workbookRef,
      () => this.need(),
    );
  }

  get charts(): ChartCollectionProxy {
    return new ChartCollectionProxy(
      this.batch,
      () => this.need().workbookRef,
      () => this.need(),
    );
  }

  get onChanged() {
    return eventProperty(this.batch, "Worksheet.onChanged", "1.7", () => this.need().changeHandlers);
  }
}

export class WorksheetCollectionProxy extends NamedCollection<Sheet, WorksheetProxy> {
  protected readonly noun = "worksheet";
  protected entries(wb: Workbook): readonly Sheet[] {
    return wb.sheets;
  }
  /** getItem takes a sheet's name or its id (as an event gives it). */
  protected lookup(wb: Workbook, name: string): Sheet | undefined {
    return wb.find(name) ?? wb.sheets.find((s) => s.id === name);
  }
  protected proxy(locate: () => Sheet | null): WorksheetProxy {
    return new WorksheetProxy(this.batch, locate);
  }

  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.batch, () => this.need().active);
  }
  private event(name: CollectionEvent, since: string) {
    return eventProperty(this.batch, `WorksheetCollection.${name}`, since, () => this.need().collectionHandlers[name]);
  }
  get onAdded() {
    return this.event("onAdded", "1.7");
  }
  get onDeleted() {
    return this.event("onDeleted", "1.7");
  }
  /** Any sheet's cells changed. */
  get onChanged() {
    return this.event("onChanged", "1.9");
  }
  get onNameChanged() {
    return this.event("onNameChanged", "1.17");
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
