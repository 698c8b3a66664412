import { type ExcelRun, createExcelHost } from "../../src/hosts/excel/excelHost";
import { OfficeDouble, officeGlobal } from "../office";

/** The add-in's Excel host on a fresh Office.js double, as the pane makes it (ExcelApi 1.9 unless told). */
export function excelOnDouble(requirementSets: readonly string[] = ["ExcelApi 1.9"]) {
  const excel = new OfficeDouble();
  return { excel, host: createExcelHost(excel.run as ExcelRun, officeGlobal(requirementSets).context.requirements) };
}

/** A sheet's state that must have read as ours, for the test to look into. */
export function ready<T extends { status: string }>(state: T): Extract<T, { status: "ready" }> {
  if (state.status !== "ready") throw new Error(`expected a sheet that reads, got ${state.status}`);
  return state as Extract<T, { status: "ready" }>;
}
