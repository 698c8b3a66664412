/**
 * The task overview stays right while people edit it without the pane: tasks typed or pasted below the table, a
 * today cell holding text, a value typed over a state. Calculated by a formula engine (HyperFormula, with
 * KAM.TASKSTATE and portable) and read back as the pane and `kam read` read it.
 */
import { isoToSerial } from "../../src/domain/dates";
import { evaluateTasks } from "../../src/kinds/tasks/domain/evaluate";
import type { TaskModel } from "../../src/kinds/tasks/domain/model";
import { defaultTaskModel } from "../../src/kinds/tasks/domain/tasklist";
import { COL, FIRST_TASK_ROW, ROW, SPARE_TASKS, TODAY_CELL } from "../../src/kinds/tasks/sheets/layout";
import { parseTasks } from "../../src/kinds/tasks/sheets/parse";
import { renderTasks } from "../../src/kinds/tasks/sheets/render";
import { planningDay } from "../../src/kinds/tasks/workflows/tasks";
import { editable } from "../formulas/engine";

jest.setTimeout(120_000);

const DAY = "2026-11-23";
const planned = (): TaskModel => ({ ...defaultTaskModel(), today: { value: isoToSerial(DAY) } });

function sheetAndRead(model: TaskModel, portable: boolean, edit: (sheet: ReturnType<typeof editable>) => void) {
  const spec = renderTasks(model, "de", { portable });
  const sheet = editable(spec);
  edit(sheet);
  const read = parseTasks(sheet.grid(spec.name));
  if (!read.ok) throw new Error("not read");
  const result = evaluateTasks(read.model, planningDay(read.model));
  const total = (c: number) => sheet.value(ROW.total, c);
  return { sheet, read, result, shown: { tasks: total(1), done: total(2), overdue: total(3) } };
}

describe.each([
  ["with KAM.TASKSTATE", false],
  ["portable", true],
] as const)("the task overview %s", (_, portable) => {
  it("counts every task of a plan of 1,100, 1,078 of them pasted below the table", () => {
    const pasted = Array.from({ length: 1078 }, (_, i) => [
      `T${String(23 + i)}`,
      "5 Betrieb",
      `Aufgabe ${i}`,
      "Ina",
      null,
      isoToSerial(i % 2 === 0 ? "2026-11-01" : "2027-01-01"),
      i % 3 === 0 ? "Erledigt" : "Offen",
    ]);
    const { read, result, shown } = sheetAndRead(planned(), portable, (sheet) => sheet.paste(FIRST_TASK_ROW + 22, 0, pasted));
    expect(result.overall.total).toBe(1100);
    expect(shown).toEqual({ tasks: 1100, done: result.overall.done, overdue: result.overall.overdue });
    expect(read.problems).toEqual([]);
  });

  it("computes and counts a task typed into the first empty row below the table", () => {
    const row = FIRST_TASK_ROW + 22;
    const { sheet, result, shown } = sheetAndRead(planned(), portable, (s) =>
      s.paste(row, 1, [["2 Organisation", "Eigene Aufgabe", "Ina", null, isoToSerial("2026-11-20"), "In Arbeit"]]),
    );
    expect(result.overdueIds).toEqual(["T23"]);
    expect(sheet.value(row, COL.state)).toBe("überfällig");
    expect(shown).toEqual({ tasks: 23, done: 0, overdue: 1 });
  });

  it("names text in the today cell and judges the plan on the current day, on the sheet as in the pane", () => {
    const model = { ...defaultTaskModel(), tasks: defaultTaskModel().tasks.map((t, i) => (i === 0 ? { ...t, due: "2020-01-31" } : t)) };
    const { sheet, read, result, shown } = sheetAndRead(model, portable, (s) => s.set(TODAY_CELL.row, TODAY_CELL.col, "xyz"));
    expect(read.problems.map((p) => [p.cell, p.code, p.value])).toEqual([["B3", "todayInvalid", "xyz"]]);
    expect(result.overdueIds).toEqual(["T01"]);
    expect(sheet.value(FIRST_TASK_ROW, COL.state)).toBe("überfällig");
    expect(shown.overdue).toBe(1);
  });

  it("names a task below the rows the sheet computes, and counts it on neither side until re-created", () => {
    const row = FIRST_TASK_ROW + 22 + SPARE_TASKS + 2;
    const { read, result, shown } = sheetAndRead(planned(), portable, (s) =>
      s.paste(row, 1, [["2 Organisation", "Weit unten", "Ina", null, null, "Erledigt"]]),
    );
    expect(read.problems.map((p) => p.code)).toEqual(["outsideRow"]);
    expect(result.overall.total).toBe(22);
    expect(shown.tasks).toBe(22);
    const again = parseTasks(editable(renderTasks(read.model, "de", { portable })).grid("Aufgaben"));
    expect(again.ok && evaluateTasks(again.model, DAY).overall.total).toBe(23);
  });

  it("names a value typed over a state or a summary cell", () => {
    const { read } = sheetAndRead(planned(), portable, (s) => {
      s.set(FIRST_TASK_ROW + 1, COL.state, "erledigt");
      s.set(ROW.total, 2, 22);
    });
    expect(read.problems.map((p) => [p.cell, p.code])).toEqual([
      ["K14", "computedOverwritten"],
      ["C10", "computedOverwritten"],
    ]);
  });
});
