import { evaluateTasks } from "../../src/kinds/tasks/domain/evaluate";
import { progress, taskstate } from "../../src/kinds/tasks/functions/tasks";
import { isoToSerial } from "../../src/domain/dates";
import { isKeptEntry } from "../../src/domain/entry";
import { STATUS_TEXT } from "../../src/domain/status";
import { TASK_TEXT } from "../../src/kinds/tasks/i18n/taskText";
import { COL, FIRST_TASK_ROW, ROW } from "../../src/kinds/tasks/sheets/layout";
import { renderTasks } from "../../src/kinds/tasks/sheets/render";
import { TODAY, randomPlan } from "../formulas/random";
import { type Calculated, calculateWithLibreOffice } from "./harness";

jest.setTimeout(240_000);

describe("portable task formulas, recalculated by LibreOffice, agree with the domain and with the KAM functions", () => {
  const cases = Array.from({ length: 24 }, (_, i) => ({ model: randomPlan(i + 301), lang: (["de", "nl", "en"] as const)[i % 3]! }));
  let sheets: Calculated[] = [];
  beforeAll(async () => {
    sheets = await calculateWithLibreOffice(cases.map((c) => renderTasks(c.model, c.lang, { portable: true })));
  });

  it("covers overdue, due-soon, done, blocked and undated tasks", () => {
    const states = new Set(cases.flatMap((c) => evaluateTasks(c.model, TODAY).states));
    for (const s of ["OVERDUE", "DUE_SOON", "DONE", "BLOCKED", "IN_PROGRESS", "OPEN", null]) expect(states.has(s as never)).toBe(true);
  });

  it.each(cases.map((c, i) => [i, c] as const))("plan %i", (i, { model, lang }) => {
    const value = sheets[i]!;
    const r = evaluateTasks(model, TODAY);
    r.states.forEach((s, k) => expect([k, value(FIRST_TASK_ROW + k, COL.state)]).toEqual([k, s === null ? "" : TASK_TEXT[lang][s]]));
    const check = (
      row: number,
      p: { total: number; done: number; overdue: number; doneShare: number | null; meanProgress: number | null },
    ) => {
      expect([row, value(row, 1), value(row, 2), value(row, 3)]).toEqual([row, p.total, p.done, p.overdue]);
      if (p.doneShare === null) expect(value(row, 4)).toBe("");
      else expect(value(row, 4)).toBeCloseTo(p.doneShare, 9);
      if (p.meanProgress === null) expect(value(row, 5)).toBe("");
      else expect(value(row, 5)).toBeCloseTo(p.meanProgress, 9);
    };
    for (let p = 0; p < 5; p++) check(ROW.firstPhase + p, r.phases[p]!);
    check(ROW.total, r.overall);

    // the add-in's functions on the same cells
    const statuses = model.tasks.map((t) => [
      t.status === null ? "" : isKeptEntry(t.status) ? t.status.value : STATUS_TEXT[t.status][lang],
    ]);
    const prog = model.tasks.map((t) => [t.progress === null || isKeptEntry(t.progress) ? "" : t.progress]);
    model.tasks.forEach((t, k) => {
      const due = typeof t.due === "string" ? isoToSerial(t.due) : null;
      expect(taskstate(due, statuses[k]![0], isoToSerial(TODAY), lang)).toBe(value(FIRST_TASK_ROW + k, COL.state));
    });
    const total = value(ROW.total, 5);
    if (total === "") expect(progress(statuses, prog)).toBe("");
    else expect(progress(statuses, prog) as number).toBeCloseTo(total as number, 9);
  });
});
