/**
 * The portable task overview stays right in LibreOffice whatever users do to it (see test/property/taskEdits.ts):
 * the edits are made in the .xlsx file, LibreOffice recalculates it, and every computed cell it shows equals
 * what reading the recalculated file and the domain report. 30 workbooks in one LibreOffice run;
 * KAM_LIBREOFFICE_EDITS=300 for a deeper search.
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import { createXlsxHost } from "../../src/hosts/xlsx/xlsxHost";
import { cellAddress, parseRangeAddress } from "../../src/sheets/address";
import { parseTasks } from "../../src/kinds/tasks/sheets/parse";
import { renderTasks } from "../../src/kinds/tasks/sheets/render";
import { same } from "../property/readinessSheet";
import { applyTaskEdits, taskCase } from "../property/taskEdits";
import { expectedTaskCells } from "../property/taskSheet";
import { calculatedValues } from "./cells";
import { editAndRecalculate } from "./harness";

jest.setTimeout(300_000);

const cases = fc.sample(taskCase, { numRuns: Math.round(Number(process.env.KAM_LIBREOFFICE_EDITS ?? 50) * 0.6), seed: 20261202 });

describe("portable task overviews edited as users do, recalculated by LibreOffice, show what reading them reports", () => {
  let overwrittenBy: Set<string>[] = [];
  let recalculated: string[] = [];
  beforeAll(async () => {
    const specs = cases.map(({ model }) => renderTasks(model, "de", { portable: true }));
    const done = await editAndRecalculate(specs, (sheet, i) => applyTaskEdits(sheet, cases[i]!.model, cases[i]!.edits).overwritten);
    [recalculated, overwrittenBy] = [done.files, done.edits];
  });

  it.each(cases.map((c, i) => [i, c] as const))("workbook %i", async (i) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(recalculated[i]!);
    const grid = (await createXlsxHost(wb).readSheets(["Aufgaben"])).get("Aufgaben")!;
    const read = parseTasks(grid);
    if (!read.ok) throw new Error("the recalculated overview no longer reads");
    const values = (await calculatedValues(recalculated[i]!)).get("Aufgaben")!;
    const shown = (address: string) => values.get(address) ?? "";
    const named = new Set(read.problems.filter((p) => p.code === "computedOverwritten").map((p) => p.cell));
    const taskRows = new Set(read.taskRows);
    for (const k of overwrittenBy[i]!) {
      const [row, col] = k.split(",").map(Number) as [number, number];
      if (shown(cellAddress(row, col)) === "" && row > 11 && !taskRows.has(row)) continue;
      expect(named).toContain(cellAddress(row, col));
    }
    const statesOverwritten = [...named].some((c) => parseRangeAddress(c).row > 11);
    const wrong: string[] = [];
    for (const e of expectedTaskCells(read, "de")) {
      const at = parseRangeAddress(e.cell);
      if (named.has(e.cell) || (statesOverwritten && at.row < 11)) continue;
      if (!same(shown(e.cell), e.expected))
        wrong.push(`${e.cell} (${e.what}): LibreOffice ${JSON.stringify(shown(e.cell))}, read ${JSON.stringify(e.expected)}`);
    }
    expect(wrong).toEqual([]);
  });
});
