import { defaultReadinessModel, withCondition, withRespondents } from "../../src/kinds/readiness/domain/checklist";
import { type ExcelRun, createExcelHost } from "../../src/hosts/excel/excelHost";
import type { Requirements } from "../../src/hosts/excel/requirements";
import { renderReadiness } from "../../src/kinds/readiness/sheets/render";
import { SheetTooLargeError } from "../../src/hosts/host";
import { filledRows } from "../../src/sheets/read";
import { createReadiness, readReadiness } from "../../src/kinds/readiness/workflows/readiness";
import { OfficeDouble, officeGlobal } from "../office";
import { ready } from "./setup";

const EXCEL_1_9: Requirements = officeGlobal(["ExcelApi 1.9"]).context.requirements;
const EXCEL_1_8: Requirements = officeGlobal(["ExcelApi 1.8"]).context.requirements;

function setup(requirements = EXCEL_1_9) {
  const excel = new OfficeDouble();
  const host = createExcelHost(excel.run as ExcelRun, requirements);
  return { excel, host };
}

describe("the Excel host writing the readiness checklist", () => {
  it("creates the sheet with content, formats, validation, highlighting, frozen header and print setup", async () => {
    const { excel, host } = setup();
    await createReadiness(host, { lang: "de" });
    const sheet = excel.workbook.sheet("Voraussetzungen");
    expect(excel.workbook.active).toBe(sheet);
    expect(sheet.getValue("A10")).toBe("R01");
    expect(sheet.getValue("B23")).toBe("Kultur, in der Erfolge „gefeiert“ werden");
    // the results cover 20 spare rows below the conditions and 10 spare columns right of the respondents
    expect(sheet.getFormula("D5")).toBe('=KAM.READINESS(IFERROR($I$10:$S$43,""),IFERROR($C$10:$C$43,TRUE()),IFERROR($B$10:$B$43,TRUE()))');
    expect(sheet.getFormula("D8")).toBe(
      '=KAM.VERDICT(IFERROR($I$10:$S$43,""),IF(ISNUMBER($D$4),IF(AND($D$4>=1,$D$4<=5),$D$4,3),3),"de",IFERROR($C$10:$C$43,TRUE()),IFERROR($B$10:$B$43,TRUE()))',
    );
    expect(sheet.getValue("D4")).toBe(3);
    expect(sheet.getNumberFormat("D6")).toBe("0%");
    expect(sheet.validationAt("I15")?.rule).toEqual({ wholeNumber: { formula1: 1, formula2: 5, operator: "Between" } });
    expect(sheet.validationAt("I15")?.prompt?.message).toContain("1 = schwach");
    expect(sheet.validationAt("Q43")?.rule).toEqual({ wholeNumber: { formula1: 1, formula2: 5, operator: "Between" } });
    expect(sheet.validationAt("I44")).toBeUndefined();
    expect(sheet.validationAt("T10")).toBeUndefined();
    expect(sheet.conditionalFormatsAt("I12").map((f) => f.fill)).toEqual(expect.arrayContaining(["#FFC7CE", "#C6EFCE", "#F8CBAD"]));
    expect(sheet.frozen).toEqual({ rows: 9, cols: 0 });
    expect(sheet.pageLayout).toEqual({
      orientation: "Landscape",
      printArea: "Voraussetzungen!A1:I43",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 1 },
      printTitleRows: "$9:$9",
      headersFooters: {
        leftHeader: "",
        centerHeader: "&BVoraussetzungen für die Einführung von Key-Account-Management",
        rightHeader: "",
        leftFooter: "&A",
        centerFooter: "Seite &P von &N",
        rightFooter: "&D",
      },
    });
    expect(sheet.merges).toContainEqual({ row: 1, col: 0, rows: 1, cols: 8 });
    expect(sheet.columnWidths.get(1)).toBe(380);
    expect(sheet.getFormat("A9")).toMatchObject({ bold: true, fill: "#DDEBF7" });
    // the sheet is read back in the write's request: calculation must not be suspended there (the double refuses)
    expect(excel.workbook.calculationSuspensions).toBe(0);
  });

  it("suspends calculation for a write that reads nothing back", async () => {
    const { excel, host } = setup();
    await host.writeSheet(renderReadiness(defaultReadinessModel(), "en"));
    expect(excel.workbook.calculationSuspensions).toBe(1);
  });

  it("leaves print setup out where ExcelApi 1.9 is missing", async () => {
    const { excel, host } = setup(EXCEL_1_8);
    await createReadiness(host, { lang: "en" });
    expect(excel.workbook.sheet("Readiness").pageLayout).toEqual({});
  });

  it("reads in two context.sync() calls, writes in one and re-creates in four, the same for 14 × 1 and 500 × 20", async () => {
    const counts = [];
    for (const [conditions, respondents] of [
      [14, 1],
      [500, 20],
    ] as const) {
      const { excel, host } = setup();
      let model = withRespondents(defaultReadinessModel(), respondents === 1 ? [] : Array.from({ length: respondents }, (_, i) => `R${i}`));
      for (let i = model.conditions.length; i < conditions; i++) model = withCondition(model, `Condition ${i}`);
      const spec = renderReadiness(model, "en");

      excel.resetCount();
      await host.writeSheet(spec);
      const write = excel.syncCount;
      excel.resetCount();
      const grids = await host.readSheets(["Readiness", "Voorwaarden", "Voraussetzungen"]);
      const read = excel.syncCount;
      // the conditions and 20 empty rows that the formulas cover
      expect(grids.get("Readiness")!.values).toHaveLength(9 + conditions + 20);
      expect(grids.get("Voorwaarden")).toBeNull();
      excel.resetCount();
      await createReadiness(host, { lang: "de" });
      counts.push({ write, read, recreate: excel.syncCount });
    }
    // a read finds where each sheet's entries are, then loads them; re-creating: a read, then the write, whose
    // request also finds the sheet to read back, and one more request to load it
    expect(counts[0]).toEqual({ write: 1, read: 2, recreate: 4 });
    expect(counts[1]).toEqual(counts[0]);
  });

  it("reads a sheet whose used range does not start at A1", async () => {
    const { excel, host } = setup();
    excel.workbook.addSheet("Readiness").setCell("C5", "x");
    const grid = (await host.readSheets(["Readiness"])).get("Readiness")!;
    expect(grid.values[4]![2]).toBe("x");
    expect(filledRows(grid)).toEqual([4]);
  });
});

describe("re-creating the checklist keeps what the user entered", () => {
  it("scores, notes, n/a marks, own conditions and respondent columns survive a change of language", async () => {
    const { excel, host } = setup();
    await createReadiness(host, { lang: "de", respondents: ["Zentrale", "Benelux"] });
    const sheet = excel.workbook.sheet("Voraussetzungen");
    // status D, mean E, min F, max G, notes H, then the respondents from I
    expect(sheet.userEdit("I10", 2).accepted).toBe(true);
    expect(sheet.userEdit("J10", 5).accepted).toBe(true);
    expect(sheet.userEdit("I11", 1).accepted).toBe(true);
    expect(sheet.userEdit("C12", "x").accepted).toBe(true);
    expect(sheet.userEdit("H13", "Budget fehlt").accepted).toBe(true);
    sheet.setCell("B24", "Eigene Voraussetzung: Schulungsbudget");
    expect(sheet.userEdit("I24", 4).accepted).toBe(true);

    const after = ready(await createReadiness(host, { lang: "nl", respondents: ["Duitsland"] }));
    expect(excel.workbook.find("Voraussetzungen")).toBeUndefined();
    const nl = excel.workbook.sheet("Voorwaarden");
    expect(after.model.respondents).toEqual(["Zentrale", "Benelux", "Duitsland"]);
    expect([nl.getValue("I10"), nl.getValue("J10"), nl.getValue("I11"), nl.getValue("C12")]).toEqual([2, 5, 1, "x"]);
    expect(nl.getValue("H13")).toBe("Budget fehlt");
    expect(nl.getValue("B10")).toContain("Betrokkenheid van het topmanagement");
    expect([nl.getValue("A24"), nl.getValue("B24"), nl.getValue("I24")]).toEqual(["R15", "Eigene Voraussetzung: Schulungsbudget", 4]);
    expect(nl.getFormula("D5")).toBe('=KAM.READINESS(IFERROR($I$10:$U$44,""),IFERROR($C$10:$C$44,TRUE()),IFERROR($B$10:$B$44,TRUE()))');
    expect(after.result.weakIds).toEqual(["R02"]);
    expect(after.result.disputedIds).toEqual(["R01"]);
  });

  it("keeps invalid entries and names their cells", async () => {
    const { excel, host } = setup();
    await createReadiness(host, { lang: "en" });
    const sheet = excel.workbook.sheet("Readiness");
    expect(sheet.userEdit("I10", 7).accepted).toBe(false);
    expect(sheet.getValue("I10")).toBe("");
    // pasted values bypass validation
    sheet.setCell("I10", 7);
    sheet.setCell("I11", "good");
    sheet.setCell("I12", "=1/0");
    sheet.setError("I12", "#DIV/0!");
    const state = ready(await readReadiness(host));
    expect(state.problems.map((p) => [p.cell, p.code])).toEqual([
      ["I10", "outOfRange"],
      ["I11", "notNumber"],
      ["I12", "errorValue"],
    ]);
    await createReadiness(host, { lang: "en" });
    expect([sheet.getValue("I10"), sheet.getValue("I11"), sheet.getFormula("I12")]).toEqual([7, "good", "=1/0"]);
  });

  it("never overwrites a sheet of the user's that has the checklist's name", async () => {
    const { excel, host } = setup();
    excel.workbook.addSheet("Readiness").setCell("A1", "Budget 2027");
    await expect(createReadiness(host, { lang: "en" })).rejects.toThrow(
      'The sheet "Readiness" exists but is not a KAM readiness checklist',
    );
    expect(excel.workbook.sheet("Readiness").getValue("A1")).toBe("Budget 2027");
    expect(ready(await createReadiness(host, { lang: "de" })).sheet).toBe("Voraussetzungen");
    expect(excel.workbook.sheet("Readiness").getValue("A1")).toBe("Budget 2027");
  });

  it("leaves cells outside the checklist alone", async () => {
    const { excel, host } = setup();
    await createReadiness(host, { lang: "en" });
    const sheet = excel.workbook.sheet("Readiness");
    sheet.setCell("M2", "my side note");
    await createReadiness(host, { lang: "en" });
    expect(sheet.getValue("M2")).toBe("my side note");
  });

  it("keeps a highlighting rule of the user's where it reaches beyond the checklist, and takes it off the checklist", async () => {
    const { excel, host } = setup();
    await createReadiness(host, { lang: "en" });
    // the user highlights A1:AD80, over the checklist (A1:S43) and beyond it
    await excel.run(async (ctx) => {
      const rule = ctx.workbook.worksheets
        .getItem("Readiness")
        .getRange("A1:AD80")
        .conditionalFormats.add("Custom" as Excel.ConditionalFormatType.custom);
      rule.custom.rule.formula = '=A1="!"';
      rule.custom.format.fill.color = "#00B0F0";
      await ctx.sync();
    });
    await createReadiness(host, { lang: "nl" });
    const sheet = excel.workbook.sheet("Voorwaarden");
    const users = (address: string) => sheet.conditionalFormatsAt(address).filter((f) => f.fill === "#00B0F0").length;
    expect(["AD1", "Z43", "A80", "T1"].map(users)).toEqual([1, 1, 1, 1]);
    expect(["A1", "I10", "S43"].map(users)).toEqual([0, 0, 0]);
  });
});

describe("selecting and watching", () => {
  it("selects a condition's row on its sheet", async () => {
    const { excel, host } = setup();
    await createReadiness(host, { lang: "en" });
    excel.workbook.addSheet("Other");
    excel.workbook.active = excel.workbook.sheet("Other");
    await host.select("Readiness", "A12:F12");
    expect(excel.workbook.active?.name).toBe("Readiness");
    expect(excel.workbook.sheet("Readiness").selection).toEqual({ row: 11, col: 0, rows: 1, cols: 6 });
  });

  it("calls back when the user edits the sheet, until stopped", async () => {
    const { excel, host } = setup();
    await createReadiness(host, { lang: "en" });
    const calls: number[] = [];
    const stop = await host.watch(() => calls.push(1));
    excel.workbook.sheet("Readiness").userEdit("D10", 3);
    await new Promise((r) => setTimeout(r, 0));
    expect(calls).toHaveLength(1);
    await stop();
    excel.workbook.sheet("Readiness").userEdit("D11", 3);
    await new Promise((r) => setTimeout(r, 0));
    expect(calls).toHaveLength(1);
  });

  describe("a sheet with one entry far out (its used range is the whole sheet)", () => {
    async function farCell(requirements = EXCEL_1_9) {
      const { excel, host } = setup(requirements);
      await createReadiness(host, { lang: "en" });
      const sheet = excel.workbook.sheet("Readiness");
      sheet.userEdit("I10", 4);
      sheet.setCell("XFD1048576", "x");
      excel.resetCount();
      excel.workbook.cellsLoaded = 0;
      return { excel, host };
    }

    it("reads only the cells that hold something, in three round trips, and names the far entry", async () => {
      const { excel, host } = await farCell();
      const state = ready(await readReadiness(host));
      expect(excel.syncCount).toBe(3);
      // the sheet's own cells (a few thousand values, formulas and types), not the 17 billion of its used range
      expect(excel.workbook.cellsLoaded).toBeLessThan(20_000);
      expect(state.model.conditions[0]!.scores).toEqual([4]);
      expect(state.problems.map((p) => p.cell)).toContain("XFD1048576");
    });

    it("reads a sheet whose used range is whole rows (Excel's address 1:6, no values given for it), though small", async () => {
      const { excel, host } = setup();
      const sheet = excel.workbook.addSheet("Readiness");
      sheet.setCell("A1", "notes");
      sheet.setCell("B2", "=1+1");
      sheet.setCell("XFD6", 7);
      const grid = (await host.readSheets(["Readiness"])).get("Readiness")!;
      expect(excel.syncCount).toBe(3);
      expect([grid.values[0]![0], grid.formulas[1]![1], grid.values[5]![16_383]]).toEqual(["notes", "=1+1", 7]);
    });

    it("reads a large sheet that holds no formulas (one kind of special cells is missing)", async () => {
      const { excel, host } = setup();
      const sheet = excel.workbook.addSheet("Readiness");
      sheet.setCell("A1", "notes");
      sheet.setCell("Z200000", "far");
      const grid = (await host.readSheets(["Readiness"])).get("Readiness")!;
      expect(filledRows(grid)).toEqual([0, 199_999]);
      // two cells, each with its value, formula and type
      expect(excel.workbook.cellsLoaded).toBe(6);
    });

    it("says which sheet and cell, where Excel cannot read sparse areas (ExcelApi 1.8)", async () => {
      const { host } = await farCell(EXCEL_1_8);
      const read = readReadiness(host);
      await expect(read).rejects.toBeInstanceOf(SheetTooLargeError);
      await expect(read).rejects.toMatchObject({ sheet: "Readiness", lastCell: "XFD1048576" });
    });
  });
});
