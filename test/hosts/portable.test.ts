import { type ExcelRun, createExcelHost } from "../../src/hosts/excel/excelHost";
import { createCompetences } from "../../src/workflows/competences";
import { makePortable } from "../../src/workflows/portable";
import { createReadiness, readReadiness } from "../../src/workflows/readiness";
import { createTasks } from "../../src/workflows/tasks";
import { OfficeDouble, officeGlobal } from "../office";

function kamFormulas(excel: OfficeDouble): string[] {
  return excel.workbook.sheets.flatMap((s) => [...s.cells.values()].map((c) => c.formula ?? "").filter((f) => /KAM\./.test(f)));
}

describe("making a workbook portable", () => {
  it("rewrites every KAM sheet with native formulas, keeping every entry, and stays portable on re-create", async () => {
    const excel = new OfficeDouble();
    const host = createExcelHost(excel.run as ExcelRun, officeGlobal(["ExcelApi 1.9"]).context.requirements);
    await createReadiness(host, { lang: "nl", respondents: ["Centraal", "Benelux"] });
    await createCompetences(host, { lang: "nl", candidates: ["Anna"] });
    await createTasks(host, { lang: "nl" });
    const sheet = excel.workbook.sheet("Voorwaarden");
    sheet.userEdit("D10", 2);
    sheet.userEdit("E10", 5);
    excel.workbook.sheet("Competenties").userEdit("F9", 3);
    expect(kamFormulas(excel).length).toBeGreaterThan(0);

    expect(await makePortable(host)).toEqual(["Voorwaarden", "Competenties", "Taken"]);
    expect(kamFormulas(excel)).toEqual([]);
    expect([sheet.getValue("D10"), sheet.getValue("E10"), excel.workbook.sheet("Competenties").getValue("F9")]).toEqual([2, 5, 3]);
    expect(sheet.getFormula("D5")).toBe('=IF(COUNT(F10:F23)=0,"",AVERAGE(F10:F23))');

    const again = await createReadiness(host, { lang: "nl", respondents: ["Duitsland"] });
    expect(again.kind === "ready" && again.model.respondents).toEqual(["Centraal", "Benelux", "Duitsland"]);
    expect(kamFormulas(excel)).toEqual([]);
    expect((await readReadiness(host)).kind).toBe("ready");
  });
});
