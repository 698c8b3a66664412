import { type CompetenceResult, countedRequirements } from "../competences/evaluate";
import type { CompetenceModel } from "../competences/model";
import { competenceLabel } from "../competences/profile";
import type { Lang } from "../lang";
import { conditionLabel } from "../readiness/conditions";
import type { ReadinessResult } from "../readiness/evaluate";
import type { ReadinessModel } from "../readiness/model";
import { translator } from "../../i18n/format";
import { TASK_TEXT } from "../../i18n/taskText";
import type { IsoDate } from "./dates";
import { type Task, type TaskModel, nextTaskId } from "./model";
import { CONDITION_PHASE, DEFAULT_TASKS, DEFICIT_PHASE, OWN_CONDITION_PHASE } from "./plan";

/** The default plan: the spec's tasks in five phases, all open. */
export function defaultTaskModel(): TaskModel {
  return { tasks: DEFAULT_TASKS.map((d) => blankTask(d.id, d.phase, null)) };
}

function blankTask(id: string, phase: number | string, text: string | null, link = ""): Task {
  return { id, phase, text, responsible: "", start: null, due: null, status: "OPEN", progress: null, link, notes: "" };
}

export interface NewTask {
  readonly phase: number | string;
  readonly text: string;
  readonly responsible?: string;
  readonly start?: IsoDate | null;
  readonly due?: IsoDate | null;
  readonly link?: string;
}

export function withTask(model: TaskModel, t: NewTask): TaskModel {
  return withTasks(model, [t]);
}

/** Appends tasks with the next free ids (T23, T24, …). */
export function withTasks(model: TaskModel, added: readonly NewTask[]): TaskModel {
  if (added.length === 0) return model;
  const first = Number(nextTaskId(model.tasks.map((x) => x.id)).slice(1));
  const tasks = added.map((t, i): Task => {
    const id = `T${String(first + i).padStart(2, "0")}`;
    return { ...blankTask(id, t.phase, t.text.trim(), t.link ?? ""), responsible: t.responsible?.trim() ?? "", start: t.start ?? null, due: t.due ?? null };
  });
  return { ...model, tasks: [...model.tasks, ...tasks] };
}

/** Marks a task done (progress 100 %). */
export function withDone(model: TaskModel, id: string): TaskModel {
  return { ...model, tasks: model.tasks.map((t) => (t.id === id ? { ...t, status: "DONE", progress: 1 } : t)) };
}

/** Adds what is not planned yet; a link already in the plan is never added twice. */
function withLinked(model: TaskModel, wanted: readonly (NewTask & { readonly link: string })[]): TaskModel {
  const linked = new Set(model.tasks.map((t) => t.link.toUpperCase()));
  const fresh = wanted.filter((w) => {
    const link = w.link.toUpperCase();
    if (linked.has(link)) return false;
    linked.add(link);
    return true;
  });
  return withTasks(model, fresh);
}

/** One task per weak readiness condition, linked by its id, in the phase that sets that condition up. */
export function withWeakConditionTasks(model: TaskModel, readiness: ReadinessModel, result: ReadinessResult, lang: Lang): TaskModel {
  const t = translator(TASK_TEXT, lang);
  return withLinked(
    model,
    result.weakIds.map((id) => {
      const text = conditionLabel(readiness.conditions.find((x) => x.id === id) ?? { id, text: null }, lang);
      return { phase: CONDITION_PHASE[id] ?? OWN_CONDITION_PHASE, text: t("realizeCondition", { condition: text }), link: id };
    }),
  );
}

/** One development task per candidate deficit, linked as "C03/Anna". */
export function withDeficitTasks(model: TaskModel, competences: CompetenceModel, result: CompetenceResult, lang: Lang): TaskModel {
  const t = translator(TASK_TEXT, lang);
  const wanted: (NewTask & { link: string })[] = [];
  for (const c of result.candidates) {
    const candidate = competences.candidates[c.index] ?? "";
    for (const id of c.deficits) {
      const competence = competenceLabel(countedRequirements(competences).find((x) => x.id === id) ?? { id, text: null }, lang);
      wanted.push({ phase: DEFICIT_PHASE, text: t("closeDeficit", { candidate, competence }), responsible: candidate, link: `${id}/${candidate}` });
    }
  }
  return withLinked(model, wanted);
}

/** For a task linked to a readiness condition: is that condition still weak? Undefined for other tasks. */
export function linkedConditionWeak(task: Task, readiness: ReadinessResult | null): boolean | undefined {
  if (readiness === null || !/^R\d{2,}$/i.test(task.link)) return undefined;
  const c = readiness.conditions.find((x) => x.id === task.link.toUpperCase());
  return c === undefined ? undefined : c.weak;
}
