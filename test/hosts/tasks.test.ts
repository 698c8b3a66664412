import { isoToSerial } from "../../src/domain/dates";
import { createReadiness } from "../../src/kinds/readiness/workflows/readiness";
import { KINDS, loadKinds } from "../../src/kinds/registry";
import { createTasks, planFrom, readTasks } from "../../src/kinds/tasks/workflows/tasks";
import { excelOnDouble, ready } from "./setup";

describe("the task overview in Excel", () => {
  it("creates the plan as an Excel table with the status drop-down", async () => {
    const { excel, host } = excelOnDouble();
    const state = ready(await createTasks(host, { lang: "de" }));
    expect(state.model.tasks).toHaveLength(22);
    const sheet = excel.workbook.sheet("Aufgaben");
    expect(excel.workbook.tables.map((t) => [t.name, t.sheet.name, t.area])).toEqual([
      ["KAM_Tasks", "Aufgaben", { row: 11, col: 0, rows: 23, cols: 11 }],
    ]);
    expect(sheet.validationAt("G13")?.rule).toEqual({ list: { inCellDropDown: true, source: "Offen,In Arbeit,Erledigt,Blockiert" } });
    expect(sheet.validationAt("E13")?.rule).toEqual({ date: { formula1: "1900-01-01", formula2: "9999-12-31", operator: "Between" } });
    expect(sheet.getNumberFormat("F13")).toBe("dd.mm.yyyy");
  });

  it("draws the timeline right of the table: Mondays above, each task's weeks in its state's colour, the column between left alone", async () => {
    const { excel, host } = excelOnDouble();
    await createTasks(host, { lang: "de" });
    const sheet = excel.workbook.sheet("Aufgaben");
    // M12 is the first week's Monday, N12 the next one; L is the user's
    expect(sheet.getFormula("N12")).toBe("=M12+7");
    expect(sheet.getFormula("AL12")).toBe("=AK12+7");
    expect(sheet.getNumberFormat("M12")).toBe("dd.mm.");
    expect(sheet.getValue("L12")).toBe("");
    const fills = (cell: string) =>
      sheet
        .conditionalFormatsAt(cell)
        .map((f) => f.fill)
        .sort();
    expect(fills("M13")).toEqual(["#9C0006", "#9C5700", "#9DC3E6", "#C6EFCE"]);
    expect(fills("AL2034")).toEqual(fills("M13"));
    expect(fills("L13")).toEqual([]);

    // the user's: a note in the column between and one in the timeline stay; a Monday typed over is restored
    sheet.userEdit("L13", "mine");
    sheet.userEdit("P20", "x");
    sheet.userEdit("N12", "KW 2");
    const again = ready(await createTasks(host, { lang: "en" }));
    expect(again.strays).toEqual([]);
    const en = excel.workbook.sheet("Tasks");
    expect([en.getValue("L13"), en.getValue("P20"), en.getFormula("N12"), en.getNumberFormat("M12")]).toEqual([
      "mine",
      "x",
      "=M12+7",
      "d mmm",
    ]);
    // re-created, the rules are not doubled
    expect(en.conditionalFormatsAt("M13")).toHaveLength(4);
  });

  it("takes a constant number of round trips for 20 and 5,000 tasks", async () => {
    const counts = [];
    for (const n of [20, 5000]) {
      const { excel, host } = excelOnDouble();
      await createTasks(host, { lang: "en" });
      const add = Array.from({ length: n - 22 > 0 ? n - 22 : 0 }, (_, i) => ({ phase: 5, text: `Task ${i}` }));
      excel.resetCount();
      const state = ready(await createTasks(host, { lang: "en", add }));
      const recreate = excel.syncCount;
      expect(state.model.tasks.length).toBe(Math.max(22, n));
      excel.resetCount();
      await readTasks(host);
      counts.push({ recreate, read: excel.syncCount });
    }
    // a read (two requests), then the write (the old table made a range first, in the same request) that reads the
    // sheet back (one more); a sheet past 100,000 cells (5,000 tasks beside the timeline) is read sparsely: where its
    // entries are first, then those alone (one request more, whatever the size)
    expect(counts[0]).toEqual({ recreate: 4, read: 2 });
    expect(counts[1]).toEqual({ recreate: 5, read: 3 });
  });

  it("keeps everything after the user sorted, filtered and appended rows", async () => {
    const { excel, host } = excelOnDouble();
    await createTasks(host, { lang: "en" });
    const sheet = excel.workbook.sheet("Tasks");
    expect(sheet.userEdit("D13", "Ina").accepted).toBe(true);
    expect(sheet.userEdit("F13", isoToSerial("2026-11-20")).accepted).toBe(true);
    expect(sheet.userEdit("G14", "Done").accepted).toBe(true);
    expect(sheet.userEdit("G15", "finished").accepted).toBe(false);
    expect(sheet.userEdit("J16", "ask sales").accepted).toBe(true);
    // a new row typed right below the table joins it
    expect(sheet.userEdit("C35", "Train the account teams").accepted).toBe(true);
    expect(sheet.userEdit("G35", "Open").accepted).toBe(true);
    expect(excel.workbook.table("KAM_Tasks")!.area.rows).toBe(24);
    sheet.sortTable("KAM_Tasks", 2, false);
    sheet.filterTable("KAM_Tasks", 6, (v) => v === "Open");

    const before = ready(await readTasks(host));
    const t01 = before.model.tasks.find((t) => t.id === "T01")!;
    expect(t01).toMatchObject({ responsible: "Ina", due: "2026-11-20" });
    expect(before.result.overdueIds).toContain("T01");

    const after = ready(await createTasks(host, { lang: "de", done: ["T03"] }));
    const nl = excel.workbook.sheet("Aufgaben");
    expect(after.model.tasks.map((t) => t.id).sort()).toEqual(
      before.model.tasks
        .map((t) => t.id)
        .concat()
        .sort(),
    );
    const byId = (id: string) => after.model.tasks.find((t) => t.id === id)!;
    expect(byId("T01")).toMatchObject({ responsible: "Ina", due: "2026-11-20", status: "OPEN" });
    expect(byId("T02").status).toBe("DONE");
    expect(byId("T03")).toMatchObject({ status: "DONE", progress: 1 });
    expect(byId("T04").notes).toBe("ask sales");
    expect(byId("T23")).toMatchObject({ text: "Train the account teams", status: "OPEN" });
    expect(excel.workbook.tables.map((t) => [t.name, t.sheet.name, t.area.rows])).toEqual([["KAM_Tasks", "Aufgaben", 24]]);
    // the state column still points at its own row after the sort
    const row = after.taskRows[after.model.tasks.findIndex((t) => t.id === "T01")]! + 1;
    expect(nl.getFormula(`K${row}`)).toBe(
      `=IF(IFERROR(G${row}="",TRUE()),"",KAM.TASKSTATE(IFERROR(F${row},""),G${row},IF(ISNUMBER($B$3),$B$3,TODAY()),"de"))`,
    );
  });

  it("plans one task per weak condition, once", async () => {
    const { excel, host } = excelOnDouble();
    await createReadiness(host, { lang: "en" });
    const readiness = excel.workbook.sheet("Readiness");
    ["I10", "I13"].forEach((c) => readiness.userEdit(c, 2));
    await createTasks(host, { lang: "nl" });
    const kinds = await loadKinds();
    const readinessKind = kinds[KINDS.findIndex((k) => k.id === "readiness")]!;
    excel.resetCount();
    const planned = await planFrom(host, readinessKind, kinds);
    const trips = excel.syncCount;
    const first = ready(await readTasks(host));
    const again = await planFrom(host, readinessKind, kinds);
    const second = ready(await readTasks(host));
    expect([planned.sheet, again.sheet]).toEqual(["Taken", "Taken"]);
    expect([planned.added, again.added]).toEqual([2, 0]);
    expect(first.model.tasks.slice(22).map((t) => [t.link, t.phase])).toEqual([
      ["R01", 1],
      ["R04", 2],
    ]);
    expect(first.model.tasks[22]!.text).toContain("Voorwaarde realiseren: Betrokkenheid van het topmanagement");
    expect(second.model.tasks).toEqual(first.model.tasks);
    // one read for the checklist, the overview and the sheets its tasks link to (account plans, known by their names'
    // pattern: one request more), then the overview written and read back: 3 + 2
    expect(trips).toBe(5);
  });

  it("puts the task table on its own new sheet while another sheet of the user's is active", async () => {
    const { excel, host } = excelOnDouble();
    excel.workbook.addSheet("Budget").setCell("A1", "Q1");
    excel.workbook.active = excel.workbook.sheet("Budget");
    await createTasks(host, { lang: "en" });
    expect(excel.workbook.tables.map((t) => t.sheet.name)).toEqual(["Tasks"]);
    expect(excel.workbook.sheet("Tasks").frozen.rows).toBeGreaterThan(0);
    expect(excel.workbook.active?.name).toBe("Tasks");
  });
});
