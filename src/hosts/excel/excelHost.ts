import type { SheetGrid } from "../../sheets/read";
import type { SheetSpec } from "../../sheets/spec";
import type { SheetHost, WriteOptions } from "../host";
import { collectReads, queueReads } from "./read";
import { type Requirements, officeRequirements } from "./requirements";
import { queueWrite } from "./write";

/** `Excel.run`, or a test double's: a new batch, or one more on the context of an earlier object (event handlers). */
export interface ExcelRun {
  <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  <T>(context: Excel.RequestContext, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

/** The Excel host: every operation is one `Excel.run` with one `context.sync()`. */
export function createExcelHost(run: ExcelRun, requirements: Requirements = officeRequirements()): SheetHost {
  return {
    readSheets: (names) =>
      run(async (context) => {
        const reads = queueReads(context, names);
        await context.sync();
        return collectReads(reads) as ReadonlyMap<string, SheetGrid | null>;
      }),

    writeSheet: (spec: SheetSpec, options: WriteOptions = {}) =>
      run(async (context) => {
        const ours = new Set((spec.tables ?? []).map((t) => t.name.toLowerCase()));
        if (options.replace !== undefined && ours.size > 0) {
          // a table cannot be written over: ours on the old sheet become plain ranges first (a second round trip,
          // only when re-generating a sheet with tables)
          const tables = context.workbook.worksheets.getItem(options.replace).tables;
          tables.load("items/name");
          await context.sync();
          for (const t of tables.items) if (ours.has(t.name.toLowerCase())) t.convertToRange();
        }
        queueWrite(context, spec, options, requirements);
        await context.sync();
      }),

    select: (sheet, address) =>
      run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(address).select();
        await context.sync();
      }),

    watch: (sheet, listener) =>
      run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        const registration = ws.onChanged.add(async () => listener());
        await context.sync();
        // a handler is removed in the context it was added in
        return () =>
          run(registration.context as Excel.RequestContext, async (ctx) => {
            registration.remove();
            await ctx.sync();
          });
      }),
  };
}
