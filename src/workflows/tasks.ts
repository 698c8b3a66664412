import { evaluateAssessment } from "../domain/competences/evaluate";
import { isKeptEntry } from "../domain/entry";
import type { Lang } from "../domain/lang";
import { type IsoDate, localToday, serialToIso } from "../domain/tasks/dates";
import { type TaskResult, evaluateTasks } from "../domain/tasks/evaluate";
import type { TaskModel } from "../domain/tasks/model";
import { type NewTask, defaultTaskModel, withDeficitTasks, withDone, withTasks, withWeakConditionTasks } from "../domain/tasks/tasklist";
import type { SheetHost } from "../hosts/host";
import { TASK_SHEET_TEXT } from "../i18n/taskSheetText";
import { type TaskRead, parseTasks } from "../sheets/tasks/parse";
import { renderTasks } from "../sheets/tasks/render";
import { readCompetences } from "./competences";
import { readReadiness } from "./readiness";
import { type KindState, type SheetKind, readKind, writeMerged } from "./sheetWorkflow";

export const TASK_KIND: SheetKind<TaskModel, TaskRead> = {
  nameFor: (lang) => TASK_SHEET_TEXT[lang].sheetName,
  parse: parseTasks,
  render: renderTasks,
};

export type TaskState = KindState<TaskRead, { readonly today: IsoDate; readonly result: TaskResult }>;

/** The day the plan is judged on: the sheet's fixed planning date if the user set one, else today. */
export function planningDay(model: TaskModel, now: Date = new Date()): IsoDate {
  const fixed = model.today !== undefined && isKeptEntry(model.today) && typeof model.today.value === "number" ? serialToIso(model.today.value) : undefined;
  return fixed ?? localToday(now);
}

export function readTasks(host: SheetHost): Promise<TaskState> {
  return readKind(host, TASK_KIND, (read) => {
    const today = planningDay(read.model);
    return { today, result: evaluateTasks(read.model, today) };
  });
}

export interface TaskRequest {
  /** null keeps the existing sheet's language. */
  readonly lang: Lang | null;
  readonly add?: readonly NewTask[];
  /** Ids of tasks to mark done. */
  readonly done?: readonly string[];
  /** Write native formulas only (no KAM.*); undefined keeps what the sheet has. */
  readonly portable?: boolean;
}

/** Creates the task overview (the default plan) or re-generates it keeping every task and entry, applying the request. */
export async function createTasks(host: SheetHost, request: TaskRequest): Promise<TaskState> {
  await writeMerged(host, TASK_KIND, "task overview", request.lang, (existing) => {
    let model = existing ?? defaultTaskModel();
    model = withTasks(model, request.add ?? []);
    for (const id of request.done ?? []) model = withDone(model, id);
    return model;
  }, undefined, request.portable);
  return readTasks(host);
}

export interface Planned {
  /** How many tasks were added (0 when everything was planned already). */
  readonly added: number;
  readonly state: TaskState;
}

/** Adds tasks to the overview in its own language; a new overview takes the language of the sheet planned from. */
async function plan(host: SheetHost, sourceLang: Lang, extend: (model: TaskModel, lang: Lang) => TaskModel): Promise<Planned> {
  let added = 0;
  await writeMerged(
    host,
    TASK_KIND,
    "task overview",
    null,
    (existing, lang) => {
      const before = existing ?? defaultTaskModel();
      const after = extend(before, lang);
      added = after.tasks.length - before.tasks.length;
      return after;
    },
    sourceLang,
  );
  return { added, state: await readTasks(host) };
}

/** "Plan tasks for weak conditions": one task per weak readiness condition not planned yet. */
export async function planWeakConditions(host: SheetHost): Promise<Planned> {
  const readiness = await readReadiness(host);
  if (readiness.kind !== "ready") throw new Error("There is no readiness checklist to plan from.");
  return plan(host, readiness.lang, (model, lang) => withWeakConditionTasks(model, readiness.model, readiness.result, lang));
}

/** "Plan development for deficits": one task per candidate deficit not planned yet. */
export async function planDeficits(host: SheetHost): Promise<Planned> {
  const competences = await readCompetences(host);
  if (competences.kind !== "ready") throw new Error("There is no competence assessment to plan from.");
  return plan(host, competences.lang, (model, lang) => withDeficitTasks(model, competences.model, evaluateAssessment(competences.model), lang));
}

