import { type Batch, ClientObject } from "./context";
import { OfficeError, type Sheet, type TableEntry, type Workbook, parseArea } from "./model";

export class TableProxy extends ClientObject<TableEntry> {
  protected snapshot(t: TableEntry, prop: string): unknown {
    if (prop === "name") return t.name;
    if (prop === "style") return t.style;
    throw new Error(`The double does not know Table.${prop}`);
  }
  get name(): string {
    return this.get("name") as string;
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

export class TableCollectionProxy extends ClientObject<Workbook> {
  private items_: TableProxy[] | null = null;

  constructor(
    batch: Batch,
    locate: () => Workbook | null,
    /** A sheet's own collection adds there; the workbook's lists all. */
    private readonly sheet?: () => Sheet,
  ) {
    super(batch, locate);
  }

  protected snapshot(wb: Workbook, prop: string): unknown {
    if (prop === "items/name" || prop === "items") return this.entries(wb).map((t) => t.name);
    throw new Error(`The double does not know TableCollection.${prop}`);
  }

  private entries(wb: Workbook): TableEntry[] {
    const sheet = this.sheet?.();
    return sheet === undefined ? wb.tables : wb.tables.filter((t) => t.sheet === sheet);
  }

  override load(props?: string | string[] | { select?: string }): this {
    super.load(props);
    this.batch.enqueue(() => {
      this.items_ = this.entries(this.need()).map((t) => {
        return new TableProxy(this.batch, () => t).loadedWith("name", t.name);
      });
    });
    return this;
  }

  get items(): TableProxy[] {
    if (this.items_ === null) throw new Error("PropertyNotLoaded: load('items/name') and sync before reading items");
    return this.items_;
  }

  getItem(name: string): TableProxy {
    return new TableProxy(this.batch, () => {
      const t = this.need().table(name);
      if (!t) throw new OfficeError("ItemNotFound", `The requested table "${name}" doesn't exist.`);
      return t;
    });
  }

  getItemOrNullObject(name: string): TableProxy {
    return new TableProxy(this.batch, () => this.need().table(name) ?? null);
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
