import type { LinkedTask, NewTask } from "../../../domain/links";
import { TASK_IDS, type Task, type TaskModel } from "./model";
import { DEFAULT_TASKS } from "./plan";

/** The default plan: the spec's tasks in five phases, all open. */
export function defaultTaskModel(): TaskModel {
  return { tasks: DEFAULT_TASKS.map((d) => blankTask(d.id, d.phase, null)) };
}

function blankTask(id: string, phase: number | string, text: string | null, link = ""): Task {
  return { id, phase, text, responsible: "", start: null, due: null, status: "OPEN", progress: null, link, notes: "" };
}

export function withTask(model: TaskModel, t: NewTask): TaskModel {
  return withTasks(model, [t]);
}

/** Appends tasks with the next free ids (T23, T24, …). */
export function withTasks(model: TaskModel, added: readonly NewTask[]): TaskModel {
  if (added.length === 0) return model;
  const ids = TASK_IDS.next(
    model.tasks.map((x) => x.id),
    added.length,
  );
  const tasks = added.map((t, i): Task => {
    const id = ids[i]!;
    return {
      ...blankTask(id, t.phase, t.text.trim(), t.link ?? ""),
      responsible: t.responsible?.trim() ?? "",
      start: t.start ?? null,
      due: t.due ?? null,
    };
  });
  return { ...model, tasks: [...model.tasks, ...tasks] };
}

/** Marks a task done (progress 100 %). */
export function withDone(model: TaskModel, id: string): TaskModel {
  return { ...model, tasks: model.tasks.map((t) => (t.id === id ? { ...t, status: "DONE", progress: 1 } : t)) };
}

/**
 * Adds what is not planned yet (tasks planned from another sheet, linked to what they are for); a link already in the
 * plan, or one of a task's former links, is never added twice.
 */
export function withLinked(model: TaskModel, wanted: readonly LinkedTask[]): TaskModel {
  const linked = new Set(model.tasks.map((t) => t.link.toUpperCase()));
  const fresh = wanted.filter((w) => {
    const link = w.link.toUpperCase();
    if (linked.has(link) || (w.formerLinks ?? []).some((l) => linked.has(l.toUpperCase()))) return false;
    linked.add(link);
    return true;
  });
  return withTasks(model, fresh);
}
