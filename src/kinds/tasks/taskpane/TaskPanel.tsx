import { useCallback } from "react";
import type { SheetHost } from "../../../hosts/host";
import { type TaskRequest, createTasks, readTasks } from "../workflows/tasks";
import { loadModules, useKinds } from "../../../taskpane/kinds";
import { RestoreFormulas } from "../../../taskpane/RestoreFormulas";
import { SheetFrame } from "../../../taskpane/SheetFrame";
import { usePaneText } from "../../../taskpane/uiLanguage";
import { useSheet } from "../../../taskpane/useSheet";
import { TaskDashboard } from "./TaskDashboard";
import { TaskForm } from "./TaskForm";
import { TASK_PANE_TEXT } from "../i18n/paneText";

/** Everything the pane does for the task overview. */
export function TaskPanel({ host }: { readonly host: SheetHost }) {
  const { t } = usePaneText(TASK_PANE_TEXT);
  // the overview shows which linked items (weak conditions) no longer need their tasks: their kinds' sheets are
  // read with it
  const kinds = useKinds();
  const read = useCallback(async (h: SheetHost) => readTasks(h, await loadModules(kinds)), [kinds]);
  const write = useCallback(async (h: SheetHost, request: TaskRequest) => createTasks(h, request, await loadModules(kinds)), [kinds]);
  const { state, busy, error, refresh, create, select } = useSheet(host, read, write);
  const ready = state?.status === "ready" ? state : null;
  return (
    <SheetFrame
      heading={t("taskHeading")}
      state={state}
      busy={busy}
      error={error}
      missing={t("missingTasks")}
      foreign={(sheet) => t("foreignTasks", { sheet })}
      onRefresh={() => void refresh()}
      form={
        <TaskForm
          key={ready?.sheet ?? "none"}
          existingLang={ready?.lang ?? null}
          busy={busy}
          onSubmit={(request) => void create(request)}
        />
      }
    >
      {ready !== null && <RestoreFormulas problems={ready.problems} busy={busy} onRestore={() => void create({ lang: null })} />}
      {ready !== null && (
        <TaskDashboard
          state={ready}
          linked={ready.linked}
          busy={busy}
          onSelect={(sheet, address) => void select(sheet, address)}
          onDone={(id) => void create({ lang: null, done: [id] })}
        />
      )}
    </SheetFrame>
  );
}
