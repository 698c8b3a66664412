/** What every computed cell of a task overview must show, given what reading it reports (see readinessSheet.ts). */
import type { Lang } from "../../src/domain/lang";
import { evaluateTasks } from "../../src/kinds/tasks/domain/evaluate";
import { TASK_TEXT } from "../../src/kinds/tasks/i18n/taskText";
import { cellAddress } from "../../src/sheets/address";
import { COL, ROW } from "../../src/kinds/tasks/sheets/layout";
import type { TaskRead } from "../../src/kinds/tasks/sheets/parse";
import { planningDay } from "../../src/kinds/tasks/workflows/tasks";
import type { Expectation } from "./readinessSheet";

export function expectedTaskCells(read: TaskRead, lang: Lang): Expectation[] {
  const result = evaluateTasks(read.model, planningDay(read.model));
  const cells: Expectation[] = [];
  const summary = (row: number, p: (typeof result.phases)[number] | typeof result.overall, what: string) => {
    cells.push({ cell: cellAddress(row, 1), what: `${what} tasks`, expected: p.total });
    cells.push({ cell: cellAddress(row, 2), what: `${what} done`, expected: p.done });
    cells.push({ cell: cellAddress(row, 3), what: `${what} overdue`, expected: p.overdue });
    cells.push({ cell: cellAddress(row, 4), what: `${what} done share`, expected: p.doneShare ?? "" });
    cells.push({ cell: cellAddress(row, 5), what: `${what} progress`, expected: p.meanProgress ?? "" });
  };
  for (let i = 0; i < 5; i++) summary(ROW.firstPhase + i, result.phases[i]!, `phase ${i + 1}`);
  summary(ROW.total, result.overall, "total");
  const counted = read.model.tasks.map((t, i) => ({ t, row: read.taskRows[i]! })).filter((x) => x.t.ignored === undefined);
  counted.forEach(({ row }, i) => {
    const s = result.states[i];
    cells.push({
      cell: cellAddress(row, COL.state),
      what: `state of row ${row + 1}`,
      expected: s === null || s === undefined ? "" : TASK_TEXT[lang][s],
    });
  });
  return cells;
}
