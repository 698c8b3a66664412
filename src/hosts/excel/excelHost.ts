import type { SheetSpec } from "../../sheets/spec";
import type { Grids, SheetHost, WriteOptions } from "../host";
import { collectReads, queueReads } from "./read";
import { type Requirements, officeRequirements } from "./requirements";
import { queueWrite } from "./write";

/** `Excel.run`, or a test double's: a new batch, or one more on the context of an earlier object (event handlers). */
export interface ExcelRun {
  <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  <T>(context: Excel.RequestContext, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

/** The Excel host: every call is one `Excel.run` with one `context.sync()` (a write reads back in it too). */
export function createExcelHost(run: ExcelRun, requirements: Requirements = officeRequirements()): SheetHost {
  return {
    readSheets: (names) =>
      run(async (context) => {
        const reads = queueReads(context, names);
        await context.sync();
        return collectReads(reads) as Grids;
      }),

    writeSheet: (spec: SheetSpec, options: WriteOptions = {}) =>
      run(async (context) => {
        const readBack = options.readBack ?? [];
        // values read in the batch that wrote them must be calculated: calculation is suspended only without a read
        queueWrite(context, spec, options, requirements, { suspendCalculation: readBack.length === 0 });
        const reads = readBack.length > 0 ? queueReads(context, readBack) : null;
        await context.sync();
        return reads === null ? new Map() : collectReads(reads);
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
