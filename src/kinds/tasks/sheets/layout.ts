import { columnLetter } from "../../../sheets/address";

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
export const COL = {
  id: 0,
  phase: 1,
  task: 2,
  responsible: 3,
  start: 4,
  due: 5,
  status: 6,
  progress: 7,
  link: 8,
  notes: 9,
  state: 10,
} as const;
export const COLUMN_COUNT = 11;
/**
 * The timeline right of the table, one empty column between (so the table does not take it in): one column per
 * week, its Monday in the header row, and a bar from each task's start to its due date, coloured by its state.
 */
export const TIMELINE = { firstCol: COLUMN_COUNT + 1, weeks: 26 } as const;
/**
 * Each row's state, validation and highlighting, and the summary, reach this many empty rows below the tasks, so
 * that tasks typed or pasted there (Excel also takes them into the table) count at once, in any spreadsheet.
 */
export const SPARE_TASKS = 2000;
export const TABLE_NAME = "KAM_Tasks";

export function taskRefs(tasks: number) {
  const first = FIRST_TASK_ROW + 1;
  const last = FIRST_TASK_ROW + Math.max(1, tasks) + SPARE_TASKS;
  const column = (col: number) => `$${columnLetter(col)}$${first}:$${columnLetter(col)}$${last}`;
  const today = `$${columnLetter(TODAY_CELL.col)}$${TODAY_CELL.row + 1}`;
  return {
    phases: column(COL.phase),
    statuses: column(COL.status),
    progress: column(COL.progress),
    states: column(COL.state),
    today,
    /** The day the plan is judged on: a date typed into the today cell, else the real day (also when it holds text). */
    todayInForce: `IF(ISNUMBER(${today}),${today},TODAY())`,
    cell: (row: number, col: number) => `${columnLetter(col)}${row + 1}`,
    /** A column of the covered rows, absolute. */
    column,
  };
}
