/**
 * An in-memory Excel for tests, strict where Office.js is strict: operations reach the workbook only at
 * `context.sync()`; a property can be read only after `load` and `sync`; `load()` must name its properties;
 * 2-D writes must match the range; missing sheets fail at sync (ItemNotFound) unless asked for as null objects;
 * data validation rejects a user's invalid entry. It counts round trips, so tests can hold the add-in to one
 * `context.sync()` per operation.
 */
import { Batch } from "./context";
import { atLeast } from "./events";
import { Workbook } from "./model";
import { TableCollectionProxy } from "./tables";
import { WorksheetCollectionProxy } from "./worksheet";

export { Workbook, Sheet, OfficeError, parseArea } from "./model";

export interface DoubleContext {
  readonly workbook: { readonly worksheets: WorksheetCollectionProxy; readonly tables: TableCollectionProxy };
  readonly application: { suspendApiCalculationUntilNextSync(): void; suspendScreenUpdatingUntilNextSync(): void };
  sync(): Promise<void>;
}

export class OfficeDouble {
  readonly workbook: Workbook;
  /** Round trips made so far (every `context.sync()`, and the flush at the end of a run with queued work). */
  syncCount = 0;
  runs = 0;
  /** Bytes of data sent in all requests so far, and in the largest one (Excel on the web refuses requests over 5 MB). */
  bytesSent = 0;
  largestRequest = 0;
  /** Bytes of data received in all responses so far (what loads read), and in the largest one. */
  bytesReceived = 0;
  largestResponse = 0;

  /** `excelApi`: the ExcelApi requirement set of the Excel this double plays (events need theirs). */
  constructor(
    workbook = new Workbook(),
    readonly excelApi = "1.17",
  ) {
    this.workbook = workbook;
  }

  private readonly batches = new WeakMap<object, Batch>();

  private context(batch: Batch): DoubleContext {
    const wb = this.workbook;
    const ctx: DoubleContext = {
      workbook: { worksheets: new WorksheetCollectionProxy(batch, () => wb), tables: new TableCollectionProxy(batch, () => wb) },
      application: {
        suspendApiCalculationUntilNextSync: () =>
          batch.enqueue(() => {
            wb.calculationSuspensions++;
            batch.calculationSuspended = true;
          }),
        suspendScreenUpdatingUntilNextSync: () => batch.enqueue(() => undefined),
      },
      sync: () => batch.sync(),
    };
    batch.api = ctx;
    this.batches.set(ctx, batch);
    return ctx;
  }

  /**
   * Excel.run: one request context per batch; queued work left at the end is sent (one more round trip).
   * `run(context, batch)` reopens an earlier context, as removing an event handler requires.
   */
  readonly run = async <T>(
    first: ((context: Excel.RequestContext) => Promise<T>) | Excel.RequestContext,
    second?: (context: Excel.RequestContext) => Promise<T>,
  ): Promise<T> => {
    this.runs++;
    let b: Batch;
    let ctx: DoubleContext;
    let batch: (context: Excel.RequestContext) => Promise<T>;
    if (typeof first === "function") {
      b = new Batch(
        this.workbook,
        (bytes) => this.countRequest(bytes),
        this.excelApi,
        (bytes) => this.countResponse(bytes),
      );
      ctx = this.context(b);
      batch = first;
    } else {
      const known = this.batches.get(first);
      if (!known || second === undefined) throw new Error("run(context, batch) needs a context this double made");
      b = known;
      b.closed = false;
      ctx = first as unknown as DoubleContext;
      batch = second;
    }
    try {
      const result = await batch(ctx as unknown as Excel.RequestContext);
      if (b.pending > 0) await b.sync();
      return result;
    } finally {
      b.closed = true;
    }
  };

  private countRequest(bytes: number): void {
    this.syncCount++;
    this.bytesSent += bytes;
    this.largestRequest = Math.max(this.largestRequest, bytes);
  }

  private countResponse(bytes: number): void {
    this.bytesReceived += bytes;
    this.largestResponse = Math.max(this.largestResponse, bytes);
  }

  resetCount(): void {
    this.syncCount = 0;
    this.bytesSent = 0;
    this.largestRequest = 0;
    this.bytesReceived = 0;
    this.largestResponse = 0;
  }
}

/** An `Office` global as far as requirement checks and the display language go. */
export function officeGlobal(supported: readonly string[], displayLanguage = "en-US") {
  const has = (name: string, version = "1.1") =>
    supported.some((s) => {
      const [n, v] = s.split(" ");
      return n === name && atLeast(v ?? "0", version);
    });
  return { context: { displayLanguage, requirements: { isSetSupported: has } } };
}
