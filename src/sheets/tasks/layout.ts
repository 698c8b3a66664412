import { columnLetter } from "../address";

/**
 * The task overview (0-based rows and columns):
 *
 *   1 title · 2 instruction · 3 today (=TODAY(), or a fixed planning date)
 *   4 summary header · 5–9 one row per phase · 10 total     (tasks, done, overdue, done %, mean progress)
 *   12 table header: Nr. | phase | task | responsible | start | due | status | progress | link | notes | state
 *   13… one row per task, as an Excel table
 */
export const ROW = { title: 0, instruction: 1, today: 2, summaryHeader: 3, firstPhase: 4, total: 9, header: 11 } as const;
export const FIRST_TASK_ROW = ROW.header + 1;
export const TODAY_CELL = { row: ROW.today, col: 1 } as const;
export const COL = { id: 0, phase: 1, task: 2, responsible: 3, start: 4, due: 5, status: 6, progress: 7, link: 8, notes: 9, state: 10 } as const;
export const COLUMN_COUNT = 11;
/** Summary formulas reach this many rows past the last task, so rows users append to the table still count. */
export const GROWTH_ROWS = 1000;
export const TABLE_NAME = "KAM_Tasks";

export function taskRefs(tasks: number) {
  const first = FIRST_TASK_ROW + 1;
  const last = FIRST_TASK_ROW + Math.max(1, tasks) + GROWTH_ROWS;
  const column = (col: number) => `$${columnLetter(col)}$${first}:$${columnLetter(col)}$${last}`;
  return {
    phases: column(COL.phase),
    statuses: column(COL.status),
    progress: column(COL.progress),
    states: column(COL.state),
    today: `$${columnLetter(TODAY_CELL.col)}$${TODAY_CELL.row + 1}`,
    cell: (row: number, col: number) => `${columnLetter(col)}${row + 1}`,
  };
}
