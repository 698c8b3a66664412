import { type Batch, ClientObject, NamedCollection } from "./context";
import { OfficeError, type Sheet, type TableEntry, type Workbook, parseArea } from "./model";

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

  add(address: string, hasHeaders: boolean): TableProxy {
    let created: TableEntry | null = null;
    this.queue((wb) => {
      if (this.sheet === undefined) throw new Error("The double adds tables through a worksheet's collection");
      const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
      created = wb.addTable(this.sheet(), parseArea(local), hasHeaders);
    });
    return new TableProxy(this.batch, () => created);
  }
}
