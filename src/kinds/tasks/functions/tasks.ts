import type { Lang } from "../../../domain/lang";
import { type IsoDate, localToday, serialToIso } from "../../../domain/dates";
import { progressOf, taskState, validProgress } from "../domain/evaluate";
import { type TaskStatus, statusFromText } from "../../../domain/status";
import { TASK_TEXT } from "../i18n/taskText";
import { isBlank, languageArg, messageLang } from "../../../functions/args";
import { type Vector, sameLength, vector } from "../../../functions/vectors";
import { addArgumentNames } from "../../../i18n/argumentNames";
import metadata from "../i18n/functionMetadata.json";

// the arguments' names in German and Dutch, for the messages that name them
addArgumentNames(metadata);

/*
 * The task overview's custom functions. Dates arrive as Excel serial numbers; statuses may be written in
 * German, Dutch or English. They follow the sheets' one rule for entries: what is not valid does not count (an
 * unknown status makes no task, a due date that is no date is no due date, a progress off 0–100 % counts as none),
 * as in the pane and in `kam read`, which name the cell.
 */

function dateArg(value: unknown): IsoDate | null {
  // a blank (0) is no serial of a day: serialToIso answers nothing for it
  return typeof value === "number" ? (serialToIso(value) ?? null) : null;
}

function statusArg(value: unknown): { status: TaskStatus; lang: Lang } | null {
  return isBlank(value) ? null : (statusFromText(value) ?? null);
}

/** A phase as compared: trimmed, in any case; a blank cell is no phase. */
function phaseOf(value: unknown): string | null {
  return isBlank(value) ? null : String(value).trim().toLowerCase();
}

/**
 * State of a task relative to today: overdue, due soon (within 7 days), blocked, in progress, open or done.
 * @customfunction TASKSTATE
 * @param due The due date (blank: none; a task without a due date is never overdue).
 * @param status The status, in German (Offen, In Arbeit, Erledigt, Blockiert), Dutch (Open, Bezig, Gereed, Geblokkeerd) or English (Open, In progress, Done, Blocked).
 * @param today Today's date: TODAY(), or a cell holding it (or a fixed planning date), so that the state moves on each day; blank: the date of the calculation.
 * @param [language] "de", "nl" or "en" for the result; default the status's language.
 * @returns The state as text; blank when the status is blank or not a known status.
 */
export function taskstate(due: any, status: any, today: any, language?: string): string {
  const s = statusArg(status);
  const d = dateArg(due);
  const t = dateArg(today) ?? localToday();
  if (s === null) return "";
  const lang = languageArg(language, s.lang ?? messageLang());
  return TASK_TEXT[lang][taskState(s.status, d, t)!];
}

/**
 * Progress of tasks: the share done, or with progress given the mean progress (a done task counts 100 %); optionally of one phase.
 * @customfunction PROGRESS
 * @param statuses The tasks' statuses (a column or row); rows with a blank or unknown status are not tasks.
 * @param [progress] Each task's progress 0–100 % (blank or invalid = 0); same length as statuses. "" to skip it.
 * @param [phases] Each task's phase; with phase, only that phase's tasks count.
 * @param [phase] The phase to count.
 * @returns A fraction 0 to 1 (format as %); blank without tasks.
 */
export function progress(statuses: any[][], progress?: any[][], phases?: any[][], phase?: any): any {
  const lang = messageLang();
  const sv = vector(statuses, "statuses", lang);
  const n = sv.cells.length;
  const optional = (m: any[][] | null | undefined, name: string): Vector | null => {
    if (m === null || m === undefined) return null;
    const v = vector(m, name, lang);
    sameLength(v, n, name, "statuses", lang);
    return v;
  };
  // a single blank (e.g. "") stands for an omitted progress argument, so that phases can follow it
  const omitted = (m: any[][] | null | undefined) =>
    m === null || m === undefined || (m.length === 1 && m[0]!.length === 1 && isBlank(m[0]![0]));
  const pv = omitted(progress) ? null : optional(progress, "progress");
  const phv = optional(phases, "phases");
  const wanted = phaseOf(phase);
  const tasks: { status: TaskStatus | null; progress: number | null }[] = [];
  sv.cells.forEach((cell, i) => {
    if (wanted !== null && phv !== null && phaseOf(phv.cells[i]) !== wanted) return;
    const s = statusArg(cell);
    if (s === null) return;
    // the sheet's rule for a progress entry: a number from 0 to 100 %; anything else counts as none
    tasks.push({ status: s.status, progress: validProgress((pv?.cells[i] ?? null) as number | null) });
  });
  // a task counts 100 % when done and its progress (none: 0) otherwise, so without progress this is the share done
  return progressOf(tasks).meanProgress ?? "";
}
