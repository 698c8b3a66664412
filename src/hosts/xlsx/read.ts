import type ExcelJS from "exceljs";
import { utcMsToSerial } from "../../domain/dates";
import type { ReadValue, SheetGrid, ValueType } from "../../sheets/read";

/**
 * ExcelJS hands date-formatted cells over as Date objects, serial n being n days after 1899-12-30 for every n (it
 * keeps no 1900-02-29): back to the serial number the file holds, also before March 1900 (a 1 or 1.5 typed into a
 * date column reads as 1 or 1.5).
 */
export function dateToSerial(d: Date): number {
  return utcMsToSerial(d.getTime());
}

function plain(v: unknown): { value: ReadValue; type: ValueType } {
  if (v === null || v === undefined || v === "") return { value: "", type: "Empty" };
  if (typeof v === "number") return { value: v, type: "Double" };
  if (typeof v === "boolean") return { value: v, type: "Boolean" };
  if (typeof v === "string") return { value: v, type: "String" };
  if (v instanceof Date) return { value: dateToSerial(v), type: "Double" };
  if (typeof v === "object") {
    const o = v as { error?: string; richText?: { text: string }[]; text?: string; result?: unknown };
    if (o.error !== undefined) return { value: o.error, type: "Error" };
    if (o.richText !== undefined) return { value: o.richText.map((r) => r.text).join(""), type: "String" };
    if (o.text !== undefined) return { value: o.text, type: "String" };
  }
  return { value: String(v), type: "String" };
}

/**
 * A worksheet's cells from A1, as the Excel host reads them: values (formula results), formulas, types. Only the
 * cells that hold something are visited and stored (sparse rows), so a cell in XFD1048576 costs one entry.
 */
export function readWorksheet(ws: ExcelJS.Worksheet): SheetGrid {
  const values: ReadValue[][] = [];
  const formulas: ReadValue[][] = [];
  const valueTypes: ValueType[][] = [];
  ws.eachRow((row, r) => {
    const [vs, fs, ts]: [ReadValue[], ReadValue[], ValueType[]] = [[], [], []];
    row.eachCell((cell, c) => {
      const raw = cell.value as unknown;
      const f = raw !== null && typeof raw === "object" && "formula" in raw ? (raw as { formula: string; result?: unknown }) : undefined;
      const shared =
        raw !== null && typeof raw === "object" && "sharedFormula" in raw ? (cell as unknown as { formula?: string }).formula : undefined;
      const formula = f?.formula ?? shared;
      const p = plain(formula !== undefined ? (raw as { result?: unknown }).result : raw);
      vs[c - 1] = p.value;
      ts[c - 1] = p.type;
      // a future function's prefix (_xlfn.MAXIFS) is the file's, not the formula's: Excel shows none
      fs[c - 1] = formula !== undefined ? `=${formula.replace(/_xlfn\./gi, "")}` : p.value;
    });
    values[r - 1] = vs;
    formulas[r - 1] = fs;
    valueTypes[r - 1] = ts;
  });
  return { name: ws.name, values, formulas, valueTypes };
}
