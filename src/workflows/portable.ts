import type { SheetHost } from "../hosts/host";
import type { SheetRead } from "../sheets/read";
import type { KindModule } from "./kinds";
import { type Grids, type SheetKind, inspect, readKinds, writeMerged } from "./sheetWorkflow";

/** Every kind's sheets, read in one round trip. */
function readAll(host: SheetHost, kinds: readonly KindModule[]): Promise<Grids> {
  return readKinds(host, ...kinds.map((k) => k.sheet));
}

async function rewrite<M, R extends SheetRead<M>>(host: SheetHost, grids: Grids, kind: SheetKind<M, R>): Promise<string | null> {
  const inspected = inspect(grids, kind);
  const found = inspected.found;
  if (found === null) return null;
  await writeMerged(host, kind, { lang: null, portable: true, inspected, merge: (existing) => existing ?? found.read.model });
  return kind.nameFor(found.read.lang);
}

/**
 * "Make this workbook portable": every KAM sheet that exists is written again, in its own language, with native
 * formulas only and every entry kept, so that the workbook computes where the add-in is not installed
 * (Excel without it, LibreOffice, Google Sheets). One read for all, then one write per sheet. Returns the sheets
 * rewritten.
 */
export async function makePortable(host: SheetHost, kinds: readonly KindModule[]): Promise<string[]> {
  const grids = await readAll(host, kinds);
  const sheets: string[] = [];
  for (const kind of kinds) {
    const sheet = await rewrite(host, grids, kind.sheet);
    if (sheet !== null) sheets.push(sheet);
  }
  return sheets;
}

/**
 * "Download a portable workbook": the KAM sheets of this workbook, read through `host` in one round trip, written
 * with native formulas into a new .xlsx file. ExcelJS is loaded only when asked for, so the pane starts without it.
 */
export async function portableCopy(host: SheetHost, kinds: readonly KindModule[]): Promise<{ bytes: ArrayBuffer; sheets: string[] }> {
  const grids = await readAll(host, kinds);
  const { default: ExcelJS } = await import(/* webpackChunkName: "exceljs" */ "exceljs");
  const { createXlsxHost, saveWorkbook } = await import("../hosts/xlsx/xlsxHost");
  const wb = new ExcelJS.Workbook();
  const file = createXlsxHost(wb);
  const sheets: string[] = [];
  const copy = async <M, R extends SheetRead<M>>(kind: SheetKind<M, R>) => {
    const { found } = inspect(grids, kind);
    if (found === null) return;
    const spec = kind.render(found.read.model, found.read.lang, { portable: true });
    await file.writeSheet(spec);
    sheets.push(spec.name);
  };
  for (const kind of kinds) await copy(kind.sheet);
  // with the sheets' charts, which ExcelJS alone would drop
  const bytes = await saveWorkbook(wb);
  return { bytes: bytes.slice().buffer, sheets };
}
