import type { Lang } from "../domain/lang";
import { type IsoDate, localToday, serialToIso } from "../domain/tasks/dates";
import { progressOf, taskState } from "../domain/tasks/evaluate";
import { type TaskStatus, statusFromText } from "../domain/tasks/status";
import { quoted, translator } from "../i18n/format";
import { FUNCTION_TEXT } from "../i18n/functionText";
import { TASK_TEXT } from "../i18n/taskText";
import { isBlank, languageArg, messageLang, valueError } from "./args";
import { type Vector, cellOf, sameLength, vector } from "./vectors";

/*
 * The task overview's custom functions. Dates arrive as Excel serial numbers; statuses may be written in
 * German, Dutch or English.
 */

function dateArg(value: unknown, position: string, lang: Lang): IsoDate | null {
  if (isBlank(value)) return null;
  const iso = typeof value === "number" ? serialToIso(value) : undefined;
  if (iso === undefined) throw valueError(translator(FUNCTION_TEXT, lang)("badDate", { value: quoted(value), position }));
  return iso;
}

function statusArg(value: unknown, position: string, lang: Lang): { status: TaskStatus; lang: Lang } | null {
  if (isBlank(value)) return null;
  const s = statusFromText(value);
  if (s === undefined) throw valueError(translator(FUNCTION_TEXT, lang)("badStatus", { value: quoted(value), position }));
  return s;
}

/**
 * State of a task relative to today: overdue, due soon (within 7 days), blocked, in progress, open or done.
 * @customfunction TASKSTATE
 * @requiresParameterAddresses
 * @param due The due date (blank: none; a task without a due date is never overdue).
 * @param status The status, in German (Offen, In Arbeit, Erledigt, Blockiert), Dutch (Open, Bezig, Gereed, Geblokkeerd) or English (Open, In progress, Done, Blocked).
 * @param [today] Today's date; default the current date. Pass TODAY() so the state updates every day.
 * @param [language] "de", "nl" or "en" for the result; default the status's language.
 * @param [invocation] Supplied by Excel.
 * @returns The state as text; blank when the status is blank.
 */
export function taskstate(due: any, status: any, today?: any, language?: string, invocation?: CustomFunctions.Invocation): string {
  const msg = messageLang();
  // a scalar argument is named by its cell where Excel passes addresses, else by the parameter
  const at = (i: number, name: string) => invocation?.parameterAddresses?.[i] ?? name;
  const s = statusArg(status, at(1, "status"), msg);
  const d = dateArg(due, at(0, "due"), msg);
  const t = dateArg(today, at(2, "today"), msg) ?? localToday();
  if (s === null) return "";
  const lang = languageArg(language, s.lang);
  return TASK_TEXT[lang][taskState(s.status, d, t)!];
}

/**
 * Progress of tasks: the share done, or with progress given the mean progress (a done task counts 100 %); optionally of one phase.
 * @customfunction PROGRESS
 * @requiresParameterAddresses
 * @param statuses The tasks' statuses (a column or row); rows with a blank status are not tasks.
 * @param [progress] Each task's progress 0–100 % (blank = 0); same length as statuses. "" to skip it.
 * @param [phases] Each task's phase; with phase, only that phase's tasks count.
 * @param [phase] The phase to count.
 * @param [invocation] Supplied by Excel.
 * @returns A fraction 0 to 1 (format as %); blank without tasks.
 */
export function progress(statuses: any[][], progress?: any[][], phases?: any[][], phase?: any, invocation?: CustomFunctions.Invocation): any {
  const lang = messageLang();
  const addresses = invocation?.parameterAddresses ?? [];
  const sv = vector(statuses, "statuses", addresses[0], lang);
  const n = sv.cells.length;
  const optional = (m: any[][] | null | undefined, name: string, i: number): Vector | null => {
    if (m === null || m === undefined) return null;
    const v = vector(m, name, addresses[i], lang);
    sameLength(v, n, name, lang);
    return v;
  };
  // a single blank (e.g. "") stands for an omitted progress argument, so that phases can follow it
  const omitted = (m: any[][] | null | undefined) => m === null || m === undefined || (m.length === 1 && m[0]?.length === 1 && isBlank(m[0][0]));
  const pv = omitted(progress) ? null : optional(progress, "progress", 1);
  const phv = optional(phases, "phases", 2);
  const wanted = isBlank(phase) ? null : String(phase).trim().toLowerCase();
  const tasks: { status: TaskStatus | null; progress: number | null }[] = [];
  sv.cells.forEach((cell, i) => {
    if (wanted !== null && phv !== null && String(phv.cells[i] ?? "").trim().toLowerCase() !== wanted) return;
    const s = statusArg(cell, cellOf(sv, i, lang), lang);
    if (s === null) return;
    let p: number | null = null;
    const raw = pv?.cells[i];
    if (pv !== null && !isBlank(raw)) {
      if (typeof raw !== "number" || raw < 0 || raw > 1) throw valueError(translator(FUNCTION_TEXT, lang)("badProgress", { value: quoted(raw), position: cellOf(pv, i, lang) }));
      p = raw;
    }
    tasks.push({ status: s.status, progress: p });
  });
  const result = progressOf(tasks);
  const value = pv === null ? result.doneShare : result.meanProgress;
  return value ?? "";
}
