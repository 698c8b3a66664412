import { countedValue, entryDate, isKeptEntry } from "../../../domain/entry";
import { type IsoDate, daysBetween } from "../../../domain/dates";
import { DUE_SOON_DAYS, type Task, type TaskModel } from "./model";
import { TASK_STATUSES, type TaskStatus, statusFromText } from "../../../domain/status";

/** What a task needs attention for, most urgent first. */
export type TaskState = "DONE" | "OVERDUE" | "DUE_SOON" | "BLOCKED" | "IN_PROGRESS" | "OPEN";

/**
 * Done tasks are done; otherwise late (due before today) or due soon (within 7 days) wins over the status.
 * A task without a due date is never overdue. No status, no state.
 */
export function taskState(status: TaskStatus | null, due: IsoDate | null, today: IsoDate): TaskState | null {
  if (status === null) return null;
  if (status === "DONE") return "DONE";
  if (due !== null) {
    const days = daysBetween(today, due);
    if (days < 0) return "OVERDUE";
    if (days <= DUE_SOON_DAYS) return "DUE_SOON";
  }
  return status;
}

export interface Progress {
  /** Tasks with a status. */
  readonly total: number;
  readonly done: number;
  /** done ÷ total, null without tasks. */
  readonly doneShare: number | null;
  /** Mean of progress, a done task counting 100 %; null without tasks. */
  readonly meanProgress: number | null;
}

/** Progress over tasks with a status; a missing progress counts 0 unless the task is done. */
export function progressOf(tasks: readonly { status: TaskStatus | null; progress: number | null }[]): Progress {
  const counted = tasks.filter((t) => t.status !== null);
  const done = counted.filter((t) => t.status === "DONE").length;
  const sum = counted.reduce((a, t) => a + (t.status === "DONE" ? 1 : (t.progress ?? 0)), 0);
  const n = counted.length;
  return { total: n, done, doneShare: n === 0 ? null : done / n, meanProgress: n === 0 ? null : sum / n };
}

/** The task's status: a known one, or a formula's result that is one (as the sheet's own formulas count it). */
export function validStatus(task: Task): TaskStatus | null {
  if (isKeptEntry(task.status))
    return task.status.formula !== undefined && !task.status.error ? (statusFromText(task.status.value)?.status ?? null) : null;
  return (TASK_STATUSES as readonly unknown[]).includes(task.status) ? (task.status as TaskStatus) : null;
}

/** The calendar day of a date entry: a day, or a kept date with a time of day or from a formula; null otherwise. */
export function validDate(entry: Task["due"]): IsoDate | null {
  return entryDate(entry);
}

export function validProgress(entry: Task["progress"]): number | null {
  const v = countedValue(entry);
  return typeof v === "number" && v >= 0 && v <= 1 ? v : null;
}

export interface TaskResult {
  readonly states: readonly (TaskState | null)[];
  /** Per standard phase 1–5 (index 0–4), then per own phase in order of appearance. */
  readonly phases: readonly ({ readonly phase: number | string; readonly overdue: number } & Progress)[];
  readonly overall: Progress & { readonly overdue: number };
  readonly overdueIds: readonly string[];
  readonly dueSoonIds: readonly string[];
}

/** The plan's states and progress; tasks below the rows the sheet counts do not count (see Task.ignored). */
export function evaluateTasks(model: TaskModel, today: IsoDate): TaskResult {
  const rows = model.tasks
    .filter((t) => t.ignored === undefined)
    .map((t) => ({
      task: t,
      status: validStatus(t),
      progress: validProgress(t.progress),
      state: taskState(validStatus(t), validDate(t.due), today),
    }));
  const phaseKeys: (number | string)[] = [1, 2, 3, 4, 5];
  for (const r of rows) if (!phaseKeys.includes(r.task.phase)) phaseKeys.push(r.task.phase);
  const overdue = (rs: typeof rows) => rs.filter((r) => r.state === "OVERDUE").length;
  return {
    states: rows.map((r) => r.state),
    phases: phaseKeys.map((phase) => {
      const rs = rows.filter((r) => r.task.phase === phase);
      return { phase, overdue: overdue(rs), ...progressOf(rs) };
    }),
    overall: { overdue: overdue(rows), ...progressOf(rows) },
    overdueIds: rows.filter((r) => r.state === "OVERDUE").map((r) => r.task.id),
    dueSoonIds: rows.filter((r) => r.state === "DUE_SOON").map((r) => r.task.id),
  };
}
