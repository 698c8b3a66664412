import { evaluateAssessment } from "../domain/competences/evaluate";
import { evaluateChecklist } from "../domain/readiness/checklist";
import type { ReadinessResult } from "../domain/readiness/evaluate";
import { isKeptEntry } from "../domain/entry";
import type { Lang } from "../domain/lang";
import { type IsoDate, localToday, serialToIso } from "../domain/dates";
import { type TaskResult, evaluateTasks } from "../domain/tasks/evaluate";
import type { TaskModel } from "../domain/tasks/model";
import { type NewTask, defaultTaskModel, withDone, withTasks } from "../domain/tasks/tasklist";
import { withDeficitTasks, withWeakConditionTasks } from "./planning";
import type { SheetHost } from "../hosts/host";
import { TASK_SHEET_TEXT } from "../i18n/taskSheetText";
import type { SheetRead } from "../sheets/read";
import { type TaskRead, parseTasks } from "../sheets/tasks/parse";
import { renderTasks } from "../sheets/tasks/render";
import { COMPETENCE_KIND } from "./competences";
import { READINESS_KIND } from "./readiness";
import { type Grids, type KindState, MissingSheetError, type SheetKind, inspect, namesOf, readKinds, stateOf, writeMerged } from "./sheetWorkflow";

export const TASK_KIND: SheetKind<TaskModel, TaskRead> = {
  nameFor: (lang) => TASK_SHEET_TEXT[lang].sheetName,
  what: "task overview",
  parse: parseTasks,
  render: renderTasks,
};

export type TaskSheetState = KindState<
  TaskRead,
  {
    readonly today: IsoDate;
    readonly result: TaskResult;
    /** The readiness checklist's result, read in the same round trip: are linked conditions still weak? */
    readonly readiness: ReadinessResult | null;
  }
>;

/** The day the plan is judged on: the sheet's fixed planning date if the user set one, else today. */
export function planningDay(model: TaskModel, now: Date = new Date()): IsoDate {
  const fixed = model.today !== undefined && isKeptEntry(model.today) && typeof model.today.value === "number" ? serialToIso(model.today.value) : undefined;
  return fixed ?? localToday(now);
}

/** The overview's state among grids already read (with the checklist's, for its linked tasks). */
export function taskSheetState(grids: Grids): TaskSheetState {
  const readiness = inspect(grids, READINESS_KIND).found;
  return stateOf(grids, TASK_KIND, (read) => {
    const today = planningDay(read.model);
    return { today, result: evaluateTasks(read.model, today), readiness: readiness === null ? null : evaluateChecklist(readiness.read.model) };
  });
}

/** What a task state is made of: the overview, and the readiness checklist its tasks link to. */
export const TASK_READ = namesOf(TASK_KIND, READINESS_KIND);

/** Reads the task overview, and the readiness checklist its tasks link to, in one round trip. */
export async function readTasks(host: SheetHost): Promise<TaskSheetState> {
  return taskSheetState(await host.readSheets(TASK_READ));
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
export async function createTasks(host: SheetHost, request: TaskRequest): Promise<TaskSheetState> {
  const grids = await writeMerged(host, TASK_KIND, {
    lang: request.lang,
    portable: request.portable,
    merge: (existing) => {
      let model = withTasks(existing ?? defaultTaskModel(), request.add ?? []);
      for (const id of request.done ?? []) model = withDone(model, id);
      return model;
    },
    readBack: TASK_READ,
  });
  return taskSheetState(grids);
}

export interface Planned {
  /** How many tasks were added (0 when everything was planned already). */
  readonly added: number;
  readonly state: TaskSheetState;
}

/**
 * Adds tasks to the overview in its own language (a new overview takes the language of the sheet planned from).
 * The sheet planned from and the overview are read in one round trip.
 */
async function plan<M, R extends SheetRead<M>>(
  host: SheetHost,
  source: SheetKind<M, R>,
  extend: (model: TaskModel, from: R, lang: Lang) => TaskModel,
): Promise<Planned> {
  const grids = await readKinds(host, source, TASK_KIND);
  const from = inspect(grids, source).found;
  if (from === null) throw new MissingSheetError(source.what);
  let added = 0;
  const written = await writeMerged(host, TASK_KIND, {
    lang: null,
    fallback: from.read.lang,
    inspected: inspect(grids, TASK_KIND),
    merge: (existing, lang) => {
      const before = existing ?? defaultTaskModel();
      const after = extend(before, from.read, lang);
      added = after.tasks.length - before.tasks.length;
      return after;
    },
    readBack: TASK_READ,
  });
  return { added, state: taskSheetState(written) };
}

/** "Plan tasks for weak conditions": one task per weak readiness condition not planned yet. */
export function planWeakConditions(host: SheetHost): Promise<Planned> {
  return plan(host, READINESS_KIND, (model, readiness, lang) =>
    withWeakConditionTasks(model, readiness.model, evaluateChecklist(readiness.model), lang),
  );
}

/** "Plan development for deficits": one task per candidate deficit not planned yet. */
export function planDeficits(host: SheetHost): Promise<Planned> {
  return plan(host, COMPETENCE_KIND, (model, competences, lang) =>
    withDeficitTasks(model, competences.model, evaluateAssessment(competences.model), lang),
  );
}
