import type { CellFormulas, DateEntry, KeptEntry, NoteEntry } from "../../../domain/entry";
import { idSequence } from "../../../domain/ids";
import type { TaskStatus } from "../../../domain/status";

export type { DateEntry };
/** A status cell: a known status (typed in any language), blank, or kept as typed. */
export type StatusEntry = TaskStatus | null | KeptEntry;

export interface Task {
  /** T01… */
  readonly id: string;
  /** 1–5 for the standard phases (shown in the sheet's language), or the user's own phase as typed. */
  readonly phase: number | string;
  /** Null means the default text of `id` in the sheet's language. */
  readonly text: string | null;
  readonly responsible: string;
  readonly start: DateEntry;
  readonly due: DateEntry;
  readonly status: StatusEntry;
  /** Progress as a fraction 0–1 (the sheet shows %). */
  readonly progress: number | null | KeptEntry;
  /** The readiness condition (R04) or candidate deficit (C03/Anna) the task serves, if any. */
  readonly link: string;
  readonly notes: NoteEntry;
  /** Formulas in the phase, task, responsible or link cell, where the user wrote one. */
  readonly formulas?: CellFormulas<"phase" | "text" | "responsible" | "link">;
  /** A task read below the rows the sheet's summary counts: kept, counted once the sheet is created again. */
  readonly ignored?: "outside";
}

export interface TaskModel {
  readonly tasks: readonly Task[];
  /** What the user put in the sheet's "today" cell instead of =TODAY() (a fixed planning date), if anything. */
  readonly today?: KeptEntry;
}

/** Tasks are due soon within this many days (README, "Planning with the task overview"). */
export const DUE_SOON_DAYS = 7;
/** Task ids are T01, T02, …: the default plan's and the user's share one sequence (a user may delete a default task). */
export const TASK_IDS = idSequence("T", 0);
export const TASK_ID_PATTERN = TASK_IDS.pattern;

export function nextTaskId(used: Iterable<string>): string {
  return TASK_IDS.next(used, 1)[0]!;
}
