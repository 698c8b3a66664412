import type { TaskState } from "../domain/evaluate";
import type { Catalog } from "../../../i18n/format";

/** The task states KAM.TASKSTATE and the sheet show. */
export type TaskTextKey = TaskState;

export const TASK_TEXT: Catalog<TaskTextKey> = {
  de: {
    DONE: "erledigt",
    OVERDUE: "überfällig",
    DUE_SOON: "bald fällig",
    BLOCKED: "blockiert",
    IN_PROGRESS: "in Arbeit",
    OPEN: "offen",
  },
  nl: {
    DONE: "afgerond",
    OVERDUE: "te laat",
    DUE_SOON: "deadline nadert",
    BLOCKED: "geblokkeerd",
    IN_PROGRESS: "bezig",
    OPEN: "open",
  },
  en: {
    DONE: "done",
    OVERDUE: "overdue",
    DUE_SOON: "due soon",
    BLOCKED: "blocked",
    IN_PROGRESS: "in progress",
    OPEN: "open",
  },
};
