import { createCompetences } from "../../src/kinds/competences/workflows/competences";
import ExcelJS from "exceljs";
import { loadKinds } from "../../src/kinds/registry";
import { makePortable, portableCopy } from "../../src/workflows/portable";
import { createReadiness, readReadiness } from "../../src/kinds/readiness/workflows/readiness";
import { createTasks } from "../../src/kinds/tasks/workflows/tasks";
import { OfficeDouble } from "../office";
import { excelOnDouble } from "./setup";

function kamFormulas(excel: OfficeDouble): string[] {
  return excel.workbook.sheets.flatMap((s) => [...s.cells.values()].map((c) => c.formula ?? "").filter((f) => /KAM\./.test(f)));
}

describe("making a workbook portable", () => {
  it("rewrites every KAM sheet with native formulas, keeping every entry, and stays portable on re-create", async () => {
    const { excel, host } = excelOnDouble();
    await createReadiness(host, { lang: "nl", respondents: ["Centraal", "Benelux"] });
    await createCompetences(host, { lang: "nl", candidates: ["Anna"] });
    await createTasks(host, { lang: "nl" });
    const sheet = excel.workbook.sheet("Voorwaarden");
    sheet.userEdit("I10", 2);
    sheet.userEdit("J10", 5);
    excel.workbook.sheet("Competenties").userEdit("G10", 3);
    expect(kamFormulas(excel).length).toBeGreaterThan(0);

    expect(await makePortable(host, await loadKinds())).toEqual(["Voorwaarden", "Competenties", "Taken"]);
    expect(kamFormulas(excel)).toEqual([]);
    expect([sheet.getValue("I10"), sheet.getValue("J10"), excel.workbook.sheet("Competenties").getValue("G10")]).toEqual([2, 5, 3]);
    expect(sheet.getFormula("D5")).toBe('=IF(COUNT($E$10:$E$43)=0,"",AVERAGE($E$10:$E$43))');

    const again = await createReadiness(host, { lang: "nl", respondents: ["Duitsland"] });
    expect(again.status === "ready" && again.model.respondents).toEqual(["Centraal", "Benelux", "Duitsland"]);
    expect(kamFormulas(excel)).toEqual([]);
    expect((await readReadiness(host)).status).toBe("ready");
  });

  it("downloads a portable copy: a new .xlsx with the sheets and their entries, without KAM formulas", async () => {
    const { excel, host } = excelOnDouble();
    await createReadiness(host, { lang: "de" });
    await createTasks(host, { lang: "de" });
    excel.workbook.sheet("Voraussetzungen").userEdit("I10", 4);
    const { bytes, sheets } = await portableCopy(host, await loadKinds());
    expect(sheets).toEqual(["Voraussetzungen", "Aufgaben"]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes);
    expect(wb.getWorksheet("Voraussetzungen")!.getCell("I10").value).toBe(4);
    const formulas: string[] = [];
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => void (typeof c.formula === "string" && formulas.push(c.formula)))));
    expect(formulas.filter((f) => f.includes("KAM."))).toEqual([]);
    expect(kamFormulas(excel).length).toBeGreaterThan(0);
  });
});
