import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";

/** What the command line printed, captured instead of written to stdout and stderr. */
export function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => void out.push(t), err: (t: string) => void err.push(t) }, out, err };
}

/** Runs `kam new FILE …options`, which must succeed, and opens the workbook it wrote. */
export async function newWorkbook(file: string, ...options: string[]): Promise<ExcelJS.Workbook> {
  expect(await main(["new", file, ...options], io().io)).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}
