import { evaluateTasks } from "../../src/domain/tasks/evaluate";
import { TASK_TEXT } from "../../src/i18n/taskText";
import { PALETTE } from "../../src/sheets/palette";
import { COL, FIRST_TASK_ROW, ROW } from "../../src/sheets/tasks/layout";
import { renderTasks } from "../../src/sheets/tasks/render";
import { calculate, shiftFormula } from "./engine";
import { TODAY, randomPlan } from "./random";

describe("the task overview's formulas, calculated by a real formula engine, agree with the domain", () => {
  it.each(Array.from({ length: 12 }, (_, i) => i + 1))("random plan #%i", (seed) => {
    const model = randomPlan(seed);
    const lang = (["de", "nl", "en"] as const)[seed % 3]!;
    const spec = renderTasks(model, lang);
    const sheet = calculate(spec);
    const r = evaluateTasks(model, TODAY);

    r.states.forEach((s, i) => expect(sheet.value(FIRST_TASK_ROW + i, COL.state)).toBe(s === null ? "" : TASK_TEXT[lang][s]));
    const check = (row: number, p: (typeof r.phases)[number] | typeof r.overall) => {
      expect(sheet.value(row, 1)).toBe(p.total);
      expect(sheet.value(row, 2)).toBe(p.done);
      expect(sheet.value(row, 3)).toBe(p.overdue);
      if (p.doneShare === null) expect(sheet.value(row, 4)).toBe("");
      else expect(sheet.value(row, 4)).toBeCloseTo(p.doneShare, 8);
      if (p.meanProgress === null) expect(sheet.value(row, 5)).toBe("");
      else expect(sheet.value(row, 5)).toBeCloseTo(p.meanProgress, 8);
    };
    for (let i = 0; i < 5; i++) check(ROW.firstPhase + i, r.phases[i]!);
    check(ROW.total, r.overall);

    for (const f of spec.conditionalFormats) {
      // the tasks and the first empty rows below them (which the rules cover too)
      for (let dr = 0; dr < model.tasks.length + 3; dr++) {
        const on = sheet.evaluate(shiftFormula(f.formula, dr, 0)) === true;
        const task = model.tasks[dr];
        const state = r.states[dr] ?? null;
        let expected: boolean;
        if (f.area.col === COL.due) expected = task !== undefined && typeof task.start === "string" && typeof task.due === "string" && task.due < task.start;
        else if (f.fill === PALETTE.badFill) expected = state === "OVERDUE";
        else if (f.fill === PALETTE.warnFill) expected = state === "DUE_SOON";
        else expected = state === "DONE";
        expect({ rule: f.formula, row: dr, on }).toEqual({ rule: f.formula, row: dr, on: expected });
      }
    }
  });
});
