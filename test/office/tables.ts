import { type Batch, ClientObject, NamedCollection } from "./context";
import { OfficeError, type Sheet, type TableEntry, type Workbook, parseArea } from "./model";
import type { RangeProxy } from "./range";

export class TableProxy extends ClientObject<TableEntry> {
  protected snapshot(t: TableEntry, prop: string): unknown {
    if (prop === "name") return t.name;
    if (prop === "style") return t.style;
    if (prop === "worksheet/name") return t.sheet.name;
    throw new Error(`The double does not know Table.${prop}`);
  }
  get name(): string {
    return this.get("name") as string;
  }
  /** The sheet the table is on: its name once loaded as "worksheet/name". */
  get worksheet(): { readonly name: string } {
    return { name: this.get("worksheet/name") as string };
  }
  set name(name: string) {
    this.queue((t) => {
      const other = t.sheet.workbookRef.table(name);
      if (other && other !== t) throw new OfficeError("ItemAlreadyExists", `a table named ${name} exists`);
      if (!/^[A-Za-z_\\][\w.]*$/.test(name)) throw new OfficeError("InvalidArgument", `bad table name ${name}`);
      t.name = name;
    });
  }
  set style(style: string) {
    this.queue((t) => (t.style = style));
  }
  set showFilterButton(_show: boolean) {
    this.queue(() => undefined);
  }
  /** The table goes; its cells, values and formats stay. */
  convertToRange(): void {
    this.queue((t) => {
      const wb = t.sheet.workbookRef;
      wb.tables = wb.tables.filter((x) => x !== t);
    });
  }
}

export class TableCollectionProxy extends NamedCollection<TableEntry, TableProxy> {
  protected readonly noun = "table";

  constructor(
    batch: Batch,
    locate: () => Workbook | null,
    /** A sheet's own collection adds there; the workbook's lists all. */
    private readonly sheet?: () => Sheet,
  ) {
    super(batch, locate);
  }

  protected entries(wb: Workbook): readonly TableEntry[] {
    const sheet = this.sheet?.();
    return sheet === undefined ? wb.tables : wb.tables.filter((t) => t.sheet === sheet);
  }
  protected lookup(wb: Workbook, name: string): TableEntry | undefined {
    return wb.table(name);
  }
  protected proxy(locate: () => TableEntry | null): TableProxy {
    return new TableProxy(this.batch, locate);
  }

  /**
   * Adds a table over a Range, or over an address: with a sheet name on that sheet, without one on the active
   * sheet, as @types/office-js documents it (whichever collection it is called on).
   */
  add(address: string | RangeProxy, hasHeaders: boolean): TableProxy {
    let created: TableEntry | null = null;
    this.queue((wb) => {
      if (typeof address !== "string") {
        const target = address.need();
        created = wb.addTable(target.sheet, target.area, hasHeaders);
        return;
      }
      const bang = address.lastIndexOf("!");
      const sheetName = bang < 0 ? undefined : address.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'");
      const sheet = sheetName === undefined ? wb.active : wb.find(sheetName);
      if (sheet === null || sheet === undefined) throw new OfficeError("ItemNotFound", `no sheet for the table's address ${address}`);
      created = wb.addTable(sheet, parseArea(bang < 0 ? address : address.slice(bang + 1)), hasHeaders);
    });
    return new TableProxy(this.batch, () => created);
  }
}
