import type { SheetSpec } from "../../sheets/spec";
import { type SheetHost, type SheetMatcher, type WriteOptions, namesToRead } from "../host";
import { readGrids } from "./read";
import { type Requirements, officeRequirements } from "./requirements";
import { queueWrite } from "./write";

/** `Excel.run`, or a test double's: a new batch, or one more on the context of an earlier object (event handlers). */
export interface ExcelRun {
  <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  <T>(context: Excel.RequestContext, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

/**
 * The Excel host: every call is one `Excel.run` with a fixed number of `context.sync()` calls whatever the sheet's
 * size: one for a write, up to three for a read (see readGrids; one more to find sheets by a pattern); a write that
 * reads back does so from its own sync on.
 */
export function createExcelHost(run: ExcelRun, requirements: Requirements = officeRequirements()): SheetHost {
  const sparseAreas = () => requirements.isSetSupported("ExcelApi", "1.9");
  const read = async (context: Excel.RequestContext, names: readonly string[], matching: SheetMatcher | undefined) => {
    if (matching === undefined) return readGrids(context, names, sparseAreas());
    // the workbook's sheet names first (with what the caller queued): one round trip more for sheets known by a pattern
    const sheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    return readGrids(
      context,
      namesToRead(
        names,
        sheets.items.map((s) => s.name),
        matching,
      ),
      sparseAreas(),
    );
  };
  return {
    readSheets: (names, matching) => run((context) => read(context, names, matching)),

    writeSheet: (spec: SheetSpec, options: WriteOptions = {}) =>
      run(async (context) => {
        const readBack = options.readBack ?? [];
        // values read in the batch that wrote them must be calculated: calculation is suspended only without a read
        queueWrite(context, spec, options, requirements, {
          suspendCalculation: readBack.length === 0 && options.readBackMatching === undefined,
        });
        if (readBack.length > 0 || options.readBackMatching !== undefined) return read(context, readBack, options.readBackMatching);
        await context.sync();
        return new Map();
      }),

    select: (sheet, address) =>
      run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(address).select();
        await context.sync();
      }),

    watch: (listener) => watchWorkbook(run, requirements, listener),
  };
}

type Registration = OfficeExtension.EventHandlerResult<unknown>;

/** Removes event handlers, each in the context it was added in (Office.js requires that); a failure is let be. */
async function removeAll(run: ExcelRun, registrations: readonly Registration[]): Promise<void> {
  const byContext = new Map<Excel.RequestContext, Registration[]>();
  for (const r of registrations) {
    const context = r.context as Excel.RequestContext;
    byContext.set(context, [...(byContext.get(context) ?? []), r]);
  }
  await Promise.allSettled(
    [...byContext].map(([context, rs]) =>
      run(context, async (ctx) => {
        for (const r of rs) r.remove();
        await ctx.sync();
      }),
    ),
  );
}

/**
 * Watches the whole workbook, whoever changes it: sheets added or deleted (WorksheetCollection.onAdded and
 * onDeleted, ExcelApi 1.7), renamed (onNameChanged, ExcelApi 1.17 where supported), any sheet's cells
 * (the collection's onChanged, ExcelApi 1.9; with 1.8 each sheet's own onChanged, 1.7, a new sheet's as it comes).
 * Without 1.17 a rename alone goes unseen until the next change anywhere in the workbook.
 */
async function watchWorkbook(run: ExcelRun, requirements: Requirements, listener: () => void): Promise<() => Promise<void>> {
  const shared: Registration[] = [];
  /** ExcelApi 1.8: each sheet's onChanged, by the sheet's id. */
  const perSheet = new Map<string, Registration>();
  const eachSheet = !requirements.isSetSupported("ExcelApi", "1.9");
  let stopped = false;
  const all = () => [...shared, ...perSheet.values()];
  const notify = async () => {
    if (!stopped) listener();
  };
  const watchSheet = (id: string) =>
    run(async (context) => {
      const registration = context.workbook.worksheets.getItem(id).onChanged.add(notify);
      await context.sync();
      if (stopped) await removeAll(run, [registration]);
      else perSheet.set(id, registration);
    }).catch(() => undefined); // the sheet is gone again: nothing to watch

  try {
    await run(async (context) => {
      const sheets = context.workbook.worksheets;
      shared.push(
        sheets.onAdded.add(async (event) => {
          if (eachSheet && !stopped) void watchSheet(event.worksheetId);
          await notify();
        }),
        sheets.onDeleted.add(async (event) => {
          // a deleted sheet's handler no longer fires and cannot be removed
          perSheet.delete(event.worksheetId);
          await notify();
        }),
      );
      if (requirements.isSetSupported("ExcelApi", "1.17")) shared.push(sheets.onNameChanged.add(notify));
      if (!eachSheet) shared.push(sheets.onChanged.add(notify));
      else {
        sheets.load("items/id");
        await context.sync();
        for (const sheet of sheets.items) perSheet.set(sheet.id, sheet.onChanged.add(notify));
      }
      await context.sync();
    });
  } catch (e) {
    stopped = true;
    await removeAll(run, all());
    throw e;
  }
  return async () => {
    stopped = true;
    await removeAll(run, all());
    shared.length = 0;
    perSheet.clear();
  };
}
