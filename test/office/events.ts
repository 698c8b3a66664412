/**
 * Office.js events in the double: `x.onSomething.add(handler)` registers at sync, only where the requirement set
 * that brought the event is supported, and hands back what Office.js does (the context, `remove()`).
 * The workbook (model.ts) fires the handlers for every change, whoever made it.
 */
import type { Batch } from "./context";
import { type ChangeHandler, OfficeError } from "./model";

/** Requirement-set versions compare part by part: 1.10 is newer than 1.9. */
export function atLeast(have: string, want: string): boolean {
  const a = have.split(".").map(Number);
  const b = want.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return true;
}

/** An event property such as `worksheet.onChanged`, added in ExcelApi `since`, whose handlers live in `handlers()`. */
export function eventProperty(batch: Batch, name: string, since: string, handlers: () => Set<ChangeHandler>) {
  return {
    add: (handler: ChangeHandler) => {
      let registered = false;
      batch.enqueue(() => {
        // Office.js knows every event; Excel refuses at sync what its version lacks
        if (!atLeast(batch.excelApi, since))
          throw new OfficeError("ApiNotFound", `${name} needs ExcelApi ${since}; this Excel has ${batch.excelApi}`);
        handlers().add(handler);
        registered = true;
      });
      return {
        context: batch.api,
        remove: () =>
          batch.enqueue(() => {
            if (!registered) throw new OfficeError("InvalidOperation", "removing a handler that was never added");
            handlers().delete(handler);
          }),
      };
    },
  };
}
