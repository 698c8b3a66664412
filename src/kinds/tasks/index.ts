/** The task overview: every task of introducing and running KAM, with progress per phase and late tasks. */
import { CLI_TEXT } from "../../i18n/cliText";
import { localized } from "../../i18n/format";
import type { KindDescriptor } from "../../workflows/kinds";
import type { TaskSheetState } from "./workflows/tasks";
import { TASK_PANE_TEXT } from "./i18n/paneText";

export const TASKS: KindDescriptor<TaskSheetState> = {
  id: "tasks",
  text: {
    tab: localized(TASK_PANE_TEXT, "tabTasks"),
    heading: localized(TASK_PANE_TEXT, "taskHeading"),
    missing: localized(TASK_PANE_TEXT, "missingTasks"),
    foreign: localized(TASK_PANE_TEXT, "foreignTasks"),
    looksFor: localized(CLI_TEXT, "looksForTasks"),
  },
  load: () => import(/* webpackChunkName: "tasks-workflow" */ "./module").then((m) => m.TASK_MODULE),
  panel: () => import(/* webpackChunkName: "tasks" */ "./taskpane/TaskPanel").then((m) => m.TaskPanel),
};
