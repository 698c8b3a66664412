import type { TaskState } from "../domain/tasks/evaluate";
import type { Catalog } from "./format";

/** Texts of tasks the add-in plans itself, and the task states KAM.TASKSTATE shows. */
export type TaskTextKey = "realizeCondition" | "closeDeficit" | TaskState;

export const TASK_TEXT: Catalog<TaskTextKey> = {
  de: {
    realizeCondition: "Voraussetzung schaffen: {condition}",
    closeDeficit: "Defizit beheben – {candidate}: {competence}",
    DONE: "erledigt",
    OVERDUE: "überfällig",
    DUE_SOON: "bald fällig",
    BLOCKED: "blockiert",
    IN_PROGRESS: "in Arbeit",
    OPEN: "offen",
  },
  nl: {
    realizeCondition: "Voorwaarde realiseren: {condition}",
    closeDeficit: "Tekort verhelpen – {candidate}: {competence}",
    DONE: "afgerond",
    OVERDUE: "te laat",
    DUE_SOON: "deadline nadert",
    BLOCKED: "geblokkeerd",
    IN_PROGRESS: "bezig",
    OPEN: "open",
  },
  en: {
    realizeCondition: "Put condition in place: {condition}",
    closeDeficit: "Close deficit – {candidate}: {competence}",
    DONE: "done",
    OVERDUE: "overdue",
    DUE_SOON: "due soon",
    BLOCKED: "blocked",
    IN_PROGRESS: "in progress",
    OPEN: "open",
  },
};
