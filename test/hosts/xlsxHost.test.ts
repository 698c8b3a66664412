import ExcelJS from "exceljs";
import { createXlsxHost } from "../../src/hosts/xlsx/xlsxHost";
import { createCompetences, readCompetences } from "../../src/kinds/competences/workflows/competences";
import { createReadiness, readReadiness } from "../../src/kinds/readiness/workflows/readiness";
import { createTasks, readTasks } from "../../src/kinds/tasks/workflows/tasks";
import JSZip from "jszip";
import { openXlsx } from "../../src/hosts/xlsx/file";
import { needsArrayEntry } from "../../src/hosts/xlsx/write";
import { saveWorkbook } from "../../src/hosts/xlsx/xlsxHost";
import { createPlans } from "../../src/kinds/plans/workflows/plans";
import { createSelection } from "../../src/kinds/selection/workflows/selection";
import { ready } from "./setup";

async function reload(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const again = new ExcelJS.Workbook();
  await again.xlsx.load(await wb.xlsx.writeBuffer());
  return again;
}

describe("the .xlsx host", () => {
  it("writes all three sheets to a file that reads back to the same models", async () => {
    const wb = new ExcelJS.Workbook();
    const host = createXlsxHost(wb);
    const r = ready(await createReadiness(host, { lang: "nl", respondents: ["Centraal", "Benelux"] }));
    const c = ready(await createCompetences(host, { lang: "nl", candidates: ["Anna", "Bert"] }));
    const t = ready(await createTasks(host, { lang: "nl" }));

    const file = await reload(wb);
    const again = createXlsxHost(file);
    expect(ready(await readReadiness(again)).model).toEqual(r.model);
    expect(ready(await readCompetences(again)).model).toEqual(c.model);
    expect(ready(await readTasks(again)).model).toEqual(t.model);
    expect(file.worksheets.map((w) => w.name)).toEqual(["Voorwaarden", "Competenties", "Taken"]);
  });

  it("keeps formulas, number formats, validation, highlighting, frozen panes, widths, the table and print setup", async () => {
    const wb = new ExcelJS.Workbook();
    const host = createXlsxHost(wb);
    await createReadiness(host, { lang: "de" });
    await createTasks(host, { lang: "de" });
    const file = await reload(wb);
    const ws = file.getWorksheet("Voraussetzungen")!;
    expect(ws.getCell("D5").value).toEqual({
      formula: 'KAM.READINESS(IFERROR($I$10:$S$43,""),IFERROR($C$10:$C$43,TRUE()),IFERROR($B$10:$B$43,TRUE()))',
    });
    expect(ws.getCell("D6").numFmt).toBe("0%");
    expect(ws.getCell("I12").dataValidation).toMatchObject({
      type: "whole",
      operator: "between",
      formulae: [1, 5],
      showErrorMessage: true,
      errorStyle: "stop",
    });
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 9 });
    expect(ws.getColumn(2).width).toBeCloseTo(380 / 7, 1);
    expect(ws.pageSetup).toMatchObject({
      orientation: "landscape",
      printArea: "A1:I43",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 1,
      printTitlesRow: "9:9",
    });
    expect(ws.headerFooter).toMatchObject({
      oddHeader: "&C&BVoraussetzungen für die Einführung von Key-Account-Management",
      oddFooter: "&L&A&CSeite &P von &N&R&D",
    });
    const rules = (ws as unknown as { conditionalFormattings: { ref: string; rules: { formulae: string[] }[] }[] }).conditionalFormattings;
    expect(rules.map((x) => x.ref)).toContain("I10:S43");
    expect(rules.flatMap((x) => x.rules.map((y) => y.formulae[0]))).toContain(
      "IF(ISBLANK(I10),FALSE(),NOT(IF(ISNUMBER(I10),AND(I10=INT(I10),I10>=1,I10<=5),FALSE())))",
    );
    const tasks = file.getWorksheet("Aufgaben")!;
    expect(Object.keys((tasks as unknown as { tables: Record<string, unknown> }).tables)).toEqual(["KAM_Tasks"]);
  });

  it("re-creates a sheet in a file keeping the user's entries and cells beside it", async () => {
    const wb = new ExcelJS.Workbook();
    const host = createXlsxHost(wb);
    await createReadiness(host, { lang: "en" });
    const ws = wb.getWorksheet("Readiness")!;
    ws.getCell("I10").value = 2;
    ws.getCell("I11").value = "good";
    ws.getCell("N2").value = "side note";
    const after = ready(await createReadiness(host, { lang: "de", respondents: ["Zentrale"] }));
    expect(after.model.conditions[0]!.scores).toEqual([2]);
    expect(after.problems.map((p) => [p.cell, p.code])).toEqual([["I11", "notNumber"]]);
    const de = wb.getWorksheet("Voraussetzungen")!;
    expect(de.getCell("N2").value).toBe("side note");
    expect(wb.getWorksheet("Readiness")).toBeUndefined();
  });

  it("re-creates a task overview whose user inserted a column in the table without leaving a Monday of the old timeline", async () => {
    const wb = new ExcelJS.Workbook();
    const host = createXlsxHost(wb);
    await createTasks(host, { lang: "en" });
    const ws = wb.getWorksheet("Tasks")!;
    ws.spliceColumns(3, 0, []);
    ws.getCell("E13").value = "Anna";
    ws.getCell("AO20").value = "side note";
    const after = ready(await createTasks(host, { lang: "en" }));
    expect([after.strays, after.model.tasks[0]!.responsible]).toEqual([[], "Anna"]);
    const again = wb.getWorksheet("Tasks")!;
    expect([again.getCell("D13").value, again.getCell("AL12").value, again.getCell("AM12").value, again.getCell("AO20").value]).toEqual([
      "Anna",
      { formula: "AK12+7" },
      null,
      "side note",
    ]);
  });
});

describe("the .xlsx host reading dates", () => {
  it("reads the serial number the file holds, also for the first days of 1900 that ExcelJS hands over as dates", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Dates");
    [1, 1.5, 59, 61, 46349.75].forEach((serial, i) => {
      ws.getCell(i + 1, 1).value = serial;
      ws.getCell(i + 1, 1).numFmt = "dd.mm.yyyy";
    });
    const file = await reload(wb);
    const grid = (await createXlsxHost(file).readSheets(["Dates"])).get("Dates")!;
    expect(grid.values.map((r) => r[0])).toEqual([1, 1.5, 59, 61, 46349.75]);
  });
});

describe("the .xlsx host writing formulas that sum over ranges", () => {
  it("stores a formula with IF or IFERROR inside SUMPRODUCT as an array formula, and no other", () => {
    expect(needsArrayEntry('=SUMPRODUCT(IFERROR(TRIM(B5:B9)<>"",TRUE())*1)')).toBe(true);
    expect(needsArrayEntry("=1+SUMPRODUCT((A1:A3>0)*IF(B1:B3>2,1,0))")).toBe(true);
    // IF around SUMPRODUCT, SUMPRODUCT without IF, the words only in a text, a function whose name ends in IF
    expect(needsArrayEntry('=IF(SUMPRODUCT((A1:A3>0)*1)=0,"",1)')).toBe(false);
    expect(needsArrayEntry("=SUMPRODUCT(--ISNUMBER(MATCH(G5:G9,{1,2},0)))")).toBe(false);
    expect(needsArrayEntry('="SUMPRODUCT(IF(x"&SUMPRODUCT(A1:A3)')).toBe(false);
    expect(needsArrayEntry('=SUMPRODUCT(COUNTIF(A1:A3,"x")*1)+IF(A1>0,1,0)')).toBe(false);
  });

  it("writes the account plan's and the selection's sums over IFERROR as array formulas, which read back as written", async () => {
    const wb = new ExcelJS.Workbook();
    const host = createXlsxHost(wb);
    await createSelection(host, { lang: "en", customers: [{ name: "Müller GmbH" }] });
    ready(await createPlans(host, { lang: "en", accounts: [{ id: "A01", name: "Müller GmbH" }], today: "2026-12-01" }));
    const bytes = await saveWorkbook(wb);
    const zip = await JSZip.loadAsync(bytes);
    for (const [i, name] of wb.worksheets.map((w, k) => [k + 1, w.name] as const)) {
      const xml = await zip.file(`xl/worksheets/sheet${i}.xml`)!.async("string");
      const arrays = [...xml.matchAll(/<c r="([A-Z]+\d+)"[^>]*><f t="array" ref="([A-Z]+\d+)">([^<]*)<\/f>/g)];
      const sums = [...xml.matchAll(/<f(?: [^>]*)?>([^<]*SUMPRODUCT\(IFERROR[^<]*)<\/f>/g)];
      expect([name, sums.length > 0]).toEqual([name, true]);
      // every one of them an array formula of its own cell
      expect([name, arrays.length]).toEqual([name, sums.length]);
      for (const [, at, ref] of arrays) expect(ref).toBe(at);
    }
    // read back (the add-in's own reader of files), each formula as it was written
    const file = await openXlsx(bytes);
    const plan = wb.worksheets.find((w) => w.name.startsWith("Plan"))!;
    const grid = (await file.readSheet(plan.name))!;
    plan.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        const f = (cell.value as { formula?: string } | null)?.formula;
        if (f !== undefined && needsArrayEntry(f)) expect(grid.formulas[r - 1]![c - 1]).toBe(`=${f.replace(/_xlfn\./g, "")}`);
      }),
    );
  });
});
