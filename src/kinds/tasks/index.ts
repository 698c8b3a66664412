/** The task overview: every task of introducing and running KAM, with progress per phase and late tasks. */
import { CLI_TEXT } from "../../i18n/cliText";
import { localized } from "../../i18n/format";
import { PANE_TEXT } from "../../i18n/paneText";
import type { KindDescriptor } from "../../workflows/kinds";
import type { TaskSheetState } from "../../workflows/tasks";

export const TASKS: KindDescriptor<TaskSheetState> = {
  id: "tasks",
  text: {
    tab: localized(PANE_TEXT, "tabTasks"),
    heading: localized(PANE_TEXT, "taskHeading"),
    missing: localized(PANE_TEXT, "missingTasks"),
    foreign: localized(PANE_TEXT, "foreignTasks"),
    looksFor: localized(CLI_TEXT, "looksForTasks"),
  },
  load: () => import(/* webpackChunkName: "tasks-workflow" */ "./module").then((m) => m.TASK_MODULE),
  panel: () => import(/* webpackChunkName: "tasks" */ "../../taskpane/tasks/TaskPanel").then((m) => m.TaskPanel),
};
