/**
 * The request context of the Office.js double: operations queue up and reach the workbook only at
 * `sync()`, in order; an operation that fails rejects the sync with an Office-style error and drops the rest.
 */
import { OfficeError, type Workbook } from "./model";

export type Op = () => void;

export class Batch {
  private queue: Op[] = [];
  /** Bytes of data the queued operations carry (JSON), the size of the next request. */
  private pendingBytes = 0;
  closed = false;
  /** Set by suspendApiCalculationUntilNextSync for the rest of the request being run. */
  calculationSuspended = false;
  /** The RequestContext object code sees for this batch (event results hand it back). */
  api: unknown = null;

  /** Bytes of data the request being answered returns (what its loads read, as JSON). */
  private responseBytes = 0;
  /** The request being answered was refused for its response's size. */
  private refused = false;

  constructor(
    readonly workbook: Workbook,
    private readonly onSync: (requestBytes: number) => void,
    /** The ExcelApi requirement set this Excel supports (events added later are refused). */
    readonly excelApi = "1.17",
    /** Hears the size of each response, once its request has run. */
    private readonly onResponse: (responseBytes: number) => void = () => undefined,
  ) {}

  /** Counts what a load returns to the add-in; Excel on the web refuses a response over 5 MB. */
  answer(value: unknown): void {
    this.responseBytes += JSON.stringify(value)?.length ?? 0;
    // refused: the add-in receives an error, not the data
    if (this.responseBytes > RESPONSE_LIMIT) this.refused = true;
    if (this.refused)
      throw new OfficeError(
        "ResponsePayloadSizeLimitExceeded",
        `the response would carry ${this.responseBytes} bytes (at most ${RESPONSE_LIMIT})`,
      );
  }

  /** Queues an operation; `payload` is the data it sends (values, formats …), counted as the request's size. */
  enqueue(op: Op, payload?: unknown): void {
    if (this.closed)
      throw new OfficeError("InvalidOperation", "InvalidObjectPath: the request context is no longer valid (used outside Excel.run)");
    this.queue.push(op);
    if (payload !== undefined) this.pendingBytes += JSON.stringify(payload)?.length ?? 0;
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    if (this.closed)
      throw new OfficeError("InvalidOperation", "InvalidObjectPath: the request context is no longer valid (used outside Excel.run)");
    this.onSync(this.pendingBytes);
    this.pendingBytes = 0;
    const ops = this.queue;
    this.queue = [];
    // a round trip: the host answers asynchronously
    await Promise.resolve();
    this.responseBytes = 0;
    this.refused = false;
    try {
      // event handlers, of every context, hear of what the operations changed (once they are all done)
      this.workbook.change(() => {
        for (const op of ops) {
          op();
          this.workbook.endOperation();
        }
      });
    } finally {
      this.calculationSuspended = false;
      this.onResponse(this.refused ? 0 : this.responseBytes);
      if (ops.length > 0) this.workbook.changed();
    }
  }
}

/** Excel on the web answers a request with at most this many bytes (ResponsePayloadSizeLimitExceeded). */
export const RESPONSE_LIMIT = 5 * 1024 * 1024;

export const NOT_LOADED = (prop: string) =>
  new Error(
    `PropertyNotLoaded: The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );

const NULL_OBJECT = Symbol("null object");

/**
 * The base of every proxy: binds to its target once, when the first queued operation needs it (as Office.js binds
 * object paths), and answers scalar properties only after load + sync.
 */
export abstract class ClientObject<T> {
  private bound = false;
  private target: T | null = null;
  private readonly loaded = new Map<string, unknown>();

  constructor(
    protected readonly batch: Batch,
    /** Finds the target; null means a null object, a throw an error at sync. */
    private readonly locate: () => T | null,
  ) {}

  /** The target, or null for a null object; located once. */
  protected resolve(): T | null {
    if (!this.bound) {
      this.target = this.locate();
      this.bound = true;
    }
    return this.target;
  }

  /** The target for an operation: a null object cannot be written to. */
  need(): T {
    const t = this.resolve();
    if (t === null) throw new OfficeError("ItemNotFound", "The requested resource doesn't exist (null object).");
    return t;
  }

  protected queue(op: (target: T) => void, payload?: unknown): void {
    this.batch.enqueue(() => op(this.need()), payload);
  }

  protected abstract snapshot(target: T, prop: string): unknown;

  /** A property's value as a load would give it, taken now (inside a queued operation). */
  snapshotNow(prop: string): unknown {
    return structuredClone(this.snapshot(this.need(), prop));
  }

  protected get(prop: string): unknown {
    if (!this.loaded.has(prop)) throw NOT_LOADED(prop);
    const v = this.loaded.get(prop);
    if (v === NULL_OBJECT) throw new Error(`InvalidOperation: '${prop}' of a null object cannot be read; check isNullObject first.`);
    return v;
  }

  /** What a collection's load("items/…") returns for an item: already loaded, at the same sync. */
  loadedWith(prop: string, value: unknown): this {
    this.batch.answer(value);
    this.loaded.set(prop, value);
    return this;
  }

  load(props?: string | string[] | { select?: string }): this {
    const names = parseLoad(props);
    this.batch.enqueue(() => {
      const t = this.resolve();
      for (const p of names) {
        const value = p === "isNullObject" ? t === null : t === null ? NULL_OBJECT : structuredClone(this.snapshot(t, p));
        if (!p.startsWith("items/")) this.batch.answer(value === NULL_OBJECT ? null : value);
        this.loaded.set(p, value);
      }
    });
    return this;
  }

  get isNullObject(): boolean {
    return this.get("isNullObject") as boolean;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

export function parseLoad(props?: string | string[] | { select?: string }): string[] {
  const raw = typeof props === "string" ? props.split(",") : Array.isArray(props) ? props : (props?.select ?? "").split(",");
  const names = raw.map((p) => p.trim()).filter((p) => p !== "");
  if (names.length === 0) throw new Error("load() without property names loads everything: name the properties you read.");
  return names;
}

/**
 * A collection of named items (worksheets, tables): getItem / getItemOrNullObject by name, and
 * load("items/name") giving proxies bound to the items that exist at that sync.
 */
export abstract class NamedCollection<E extends { name: string }, P extends ClientObject<E>> extends ClientObject<Workbook> {
  private items_: P[] | null = null;
  /** What the collection is called in messages ("worksheet", "table"). */
  protected abstract readonly noun: string;
  protected abstract entries(wb: Workbook): readonly E[];
  protected abstract lookup(wb: Workbook, name: string): E | undefined;
  protected abstract proxy(locate: () => E | null): P;

  /** What an item answers to `load("items/<prop>")`: what its proxy would load. */
  private itemProperty(e: E, prop: string): unknown {
    return this.proxy(() => e).snapshotNow(prop);
  }

  protected snapshot(wb: Workbook, prop: string): unknown {
    if (prop === "items") return this.entries(wb).map((e) => e.name);
    if (prop.startsWith("items/")) return this.entries(wb).map((e) => this.itemProperty(e, prop.slice("items/".length)));
    throw new Error(`The double does not know ${this.noun} collection property ${prop}`);
  }

  override load(props?: string | string[] | { select?: string }): this {
    super.load(props);
    const itemProps = parseLoad(props)
      .filter((p) => p.startsWith("items/"))
      .map((p) => p.slice("items/".length));
    this.batch.enqueue(() => {
      this.items_ = this.entries(this.need()).map((e) => {
        const item = this.proxy(() => e);
        for (const p of itemProps) item.loadedWith(p, this.itemProperty(e, p));
        return item;
      });
    });
    return this;
  }

  get items(): P[] {
    if (this.items_ === null) throw new Error("PropertyNotLoaded: load('items/name') and sync before reading items");
    return this.items_;
  }

  getItem(name: string): P {
    return this.proxy(() => {
      const e = this.lookup(this.need(), name);
      if (!e) throw new OfficeError("ItemNotFound", `The requested ${this.noun} "${name}" doesn't exist.`);
      return e;
    });
  }

  getItemOrNullObject(name: string): P {
    return this.proxy(() => this.lookup(this.need(), name) ?? null);
  }
}
