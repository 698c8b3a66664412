import type { SheetHost } from "../hosts/host";
import type { SheetRead } from "../sheets/read";
import { COMPETENCE_KIND } from "./competences";
import { READINESS_KIND } from "./readiness";
import { type SheetKind, inspectSheets, writeMerged } from "./sheetWorkflow";
import { TASK_KIND } from "./tasks";

async function rewrite<M, R extends SheetRead<M>>(host: SheetHost, kind: SheetKind<M, R>, what: string): Promise<string | null> {
  const { found } = await inspectSheets(host, kind);
  if (found === null) return null;
  await writeMerged(host, kind, what, null, (existing) => existing ?? found.read.model, found.read.lang, true);
  return kind.nameFor(found.read.lang);
}

/**
 * "Make this workbook portable": every KAM sheet that exists is written again, in its own language, with native
 * formulas only and every entry kept, so that the workbook computes where the add-in is not installed
 * (Excel without it, LibreOffice, Google Sheets). Returns the sheets rewritten.
 */
export async function makePortable(host: SheetHost): Promise<string[]> {
  const sheets = [
    await rewrite(host, READINESS_KIND, "readiness checklist"),
    await rewrite(host, COMPETENCE_KIND, "competence assessment"),
    await rewrite(host, TASK_KIND, "task overview"),
  ];
  return sheets.filter((s): s is string => s !== null);
}

/**
 * "Download a portable workbook": the KAM sheets of this workbook, read through `host`, written with native
 * formulas into a new .xlsx file. ExcelJS is loaded only when asked for, so the pane starts without it.
 */
export async function portableCopy(host: SheetHost): Promise<{ bytes: ArrayBuffer; sheets: string[] }> {
  const { default: ExcelJS } = await import(/* webpackChunkName: "exceljs" */ "exceljs");
  const { createXlsxHost } = await import("../hosts/xlsx/xlsxHost");
  const wb = new ExcelJS.Workbook();
  const file = createXlsxHost(wb);
  const sheets: string[] = [];
  const copy = async <M, R extends SheetRead<M>>(kind: SheetKind<M, R>) => {
    const { found } = await inspectSheets(host, kind);
    if (found === null) return;
    const spec = kind.render(found.read.model, found.read.lang, { portable: true });
    await file.writeSheet(spec);
    sheets.push(spec.name);
  };
  await copy(READINESS_KIND);
  await copy(COMPETENCE_KIND);
  await copy(TASK_KIND);
  return { bytes: (await wb.xlsx.writeBuffer()) as ArrayBuffer, sheets };
}
