import { COL, FIRST_TASK_ROW } from "../../src/kinds/tasks/sheets/layout";
import type { Lang } from "../../src/domain/lang";
import { isoToSerial } from "../../src/domain/dates";
import type { TaskModel } from "../../src/kinds/tasks/domain/model";
import { defaultTaskModel, withTask } from "../../src/kinds/tasks/domain/tasklist";
import { gridFromValues, type SheetGrid } from "../../src/sheets/read";
import { parseTasks } from "../../src/kinds/tasks/sheets/parse";
import { renderTasks } from "../../src/kinds/tasks/sheets/render";
import { isFormulaCell } from "../../src/sheets/spec";
import { specToGrid } from "../../src/sheets/specToGrid";

function parsed(grid: SheetGrid) {
  const r = parseTasks(grid);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r;
}

function edit(grid: SheetGrid, address: string, value: string | number): SheetGrid {
  const m = /^([A-Z])(\d+)$/.exec(address)!;
  const rows = grid.formulas.map((r) => [...r]);
  rows[Number(m[2]) - 1]![m[1]!.charCodeAt(0) - 65] = value;
  return gridFromValues(grid.name, rows);
}

function sample(): TaskModel {
  let m = defaultTaskModel();
  m = withTask(m, { phase: 2, text: "CRM einführen", responsible: "Ina", start: "2026-11-01", due: "2026-12-15", link: "R11" });
  m = withTask(m, { phase: "6 Nachbereitung", text: "Lessons learned", responsible: "Ole" });
  return {
    tasks: m.tasks.map((t, i) => ({
      ...t,
      status: (["OPEN", "IN_PROGRESS", "DONE", "BLOCKED"] as const)[i % 4],
      progress: i % 3 === 0 ? null : (i % 10) / 10,
      due: t.due ?? (i % 2 === 0 ? "2027-01-31" : null),
      notes: i === 3 ? "mit Vertrieb klären" : "",
    })),
  };
}

describe("rendering the task overview", () => {
  it.each<[Lang, string, string]>([
    ["de", "Aufgaben", "Ziele des KAM festlegen"],
    ["nl", "Taken", "Doelen van KAM vastleggen"],
    ["en", "Tasks", "Set the goals of KAM"],
  ])("in %s: sheet %s, the default plan as an Excel table", (lang, name, second) => {
    const spec = renderTasks(defaultTaskModel(), lang);
    expect(spec.name).toBe(name);
    expect(spec.cells[13]![2]).toBe(second);
    expect(spec.tables).toEqual([{ name: "KAM_Tasks", area: { row: 11, col: 0, rows: 23, cols: 11 }, style: "TableStyleLight9" }]);
  });
  it("sums each phase with the KAM functions and marks every task's state", () => {
    const spec = renderTasks(defaultTaskModel(), "de");
    const f = (r: number, c: number) =>
      isFormulaCell(spec.cells[r]![c]) ? (spec.cells[r]![c] as { formula: string }).formula : spec.cells[r]![c];
    expect(f(4, 0)).toBe("1 Ziele und Rahmenbedingungen");
    // the summary counts the states of the tasks and of the 2,000 empty rows below them, natively
    const done = 'COUNTIFS($B$13:$B$2034,$A5,$K$13:$K$2034,"erledigt")';
    expect(f(4, 2)).toBe(`=(${done})`);
    expect(f(9, 3)).toBe('=(COUNTIFS($K$13:$K$2034,"überfällig"))');
    expect(f(4, 5)).toContain('SUMIFS($H$13:$H$2034,$B$13:$B$2034,$A5,$K$13:$K$2034,"offen",$H$13:$H$2034,">=0",$H$13:$H$2034,"<=1")');
    // each row's state by KAM.TASKSTATE against the day in force, the empty rows included
    expect(f(12, 10)).toBe('=IF(IFERROR(G13="",TRUE()),"",KAM.TASKSTATE(IFERROR(F13,""),G13,IF(ISNUMBER($B$3),$B$3,TODAY()),"de"))');
    expect(f(2033, 10)).toBe(
      '=IF(IFERROR(G2034="",TRUE()),"",KAM.TASKSTATE(IFERROR(F2034,""),G2034,IF(ISNUMBER($B$3),$B$3,TODAY()),"de"))',
    );
    expect(spec.cells).toHaveLength(2034);
    expect(f(2, 1)).toBe("=TODAY()");
  });
  it("offers the localized statuses as a drop-down and validates dates and progress", () => {
    const spec = renderTasks(defaultTaskModel(), "nl");
    // start and due, the today cell (a date or =TODAY()), status, progress
    expect(spec.validations.map((v) => v.area)).toContainEqual({ row: 2, col: 1, rows: 1, cols: 1 });
    expect(spec.validations.map((v) => v.rule)).toEqual([
      { kind: "date", min: "1900-01-01", max: "9999-12-31" },
      { kind: "date", min: "1900-01-01", max: "9999-12-31" },
      { kind: "date", min: "1900-01-01", max: "9999-12-31" },
      { kind: "list", items: ["Open", "Bezig", "Afgerond", "Geblokkeerd"] },
      { kind: "decimal", min: 0, max: 1 },
    ]);
  });

  it("titles the Start column's input message and error with Start, the due column's with its own name", () => {
    const spec = renderTasks(defaultTaskModel(), "nl");
    const titleAt = (col: number) =>
      spec.validations.filter((v) => v.area.row === FIRST_TASK_ROW && v.area.col === col).map((v) => [v.prompt?.title, v.error?.title]);
    expect(titleAt(COL.start)).toEqual([["Start", "Start"]]);
    expect(titleAt(COL.due)).toEqual([["Deadline", "Deadline"]]);
  });
});

describe("reading the task overview back", () => {
  it.each<Lang>(["de", "nl", "en"])("gives back the model (%s)", (lang) => {
    const m = sample();
    const read = parsed(specToGrid(renderTasks(m, lang)));
    expect(read.model).toEqual(m);
    expect(read.problems).toEqual([]);
    expect(read.lang).toBe(lang);
  });

  it("reads a table the user sorted, whatever the order", () => {
    const grid = specToGrid(renderTasks(sample(), "en"));
    const header = grid.formulas.slice(0, 12);
    const body = grid.formulas.slice(12, 12 + sample().tasks.length).reverse();
    const read = parsed(gridFromValues("Tasks", [...header, ...body]));
    expect(read.model.tasks.map((t) => t.id)).toEqual([...sample().tasks.map((t) => t.id)].reverse());
    expect(read.taskRows[0]).toBe(12);
  });

  it("names bad dates, statuses and progress, and keeps them", () => {
    let grid = specToGrid(renderTasks(defaultTaskModel(), "en"));
    grid = edit(grid, "E13", isoToSerial("2027-02-01"));
    grid = edit(grid, "F13", isoToSerial("2027-01-01"));
    grid = edit(grid, "F14", "next week");
    grid = edit(grid, "G15", "finished");
    grid = edit(grid, "H16", 1.5);
    grid = edit(grid, "G17", "");
    grid = edit(grid, "G18", "Erledigt");
    const read = parsed(grid);
    expect(read.problems.map((p) => [p.cell, p.code])).toEqual([
      ["F13", "dueBeforeStart"],
      ["F14", "notDate"],
      ["G15", "statusUnknown"],
      ["H16", "progressRange"],
      ["G17", "statusMissing"],
    ]);
    expect(read.model.tasks[5]!.status).toBe("DONE");
    const again = specToGrid(renderTasks(read.model, "en"));
    expect([again.values[13]![5], again.values[14]![6], again.values[15]![7]]).toEqual(["next week", "finished", 1.5]);
  });

  it("keeps a fixed planning date in place of TODAY()", () => {
    const grid = edit(specToGrid(renderTasks(defaultTaskModel(), "de")), "B3", isoToSerial("2027-01-15"));
    const read = parsed(grid);
    expect(read.model.today).toEqual({ value: isoToSerial("2027-01-15") });
    expect(renderTasks(read.model, "de").cells[2]![1]).toBe(isoToSerial("2027-01-15"));
  });
});

describe("an overview made by an earlier version (states only on the tasks' rows)", () => {
  it("counts a task typed below them and names its state as not computed there", () => {
    const grid = specToGrid(renderTasks(defaultTaskModel(), "en"));
    // the earlier version wrote no state formula below the 22 tasks
    const formulas = grid.formulas.map((r, i) => (i >= 12 + 22 ? r.map((v, c) => (c === 10 ? "" : v)) : r));
    let old = gridFromValues("Tasks", formulas);
    old = edit(edit(edit(old, "B36", "5 Operation"), "C36", "Own task"), "G36", "Open");
    const read = parsed(old);
    expect(read.problems.map((p) => [p.cell, p.code, p.expected])).toEqual([["K36", "notCovered", "Current state"]]);
    expect(read.model.tasks).toHaveLength(23);
    expect(read.model.tasks[22]!.ignored).toBeUndefined();
  });
});
