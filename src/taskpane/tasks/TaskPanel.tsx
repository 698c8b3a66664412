import type { SheetHost } from "../../hosts/host";
import { createTasks, readTasks } from "../../workflows/tasks";
import { RestoreFormulas } from "../RestoreFormulas";
import { SheetFrame } from "../SheetFrame";
import { usePaneText } from "../uiLanguage";
import { useSheet } from "../useSheet";
import { TaskDashboard } from "./TaskDashboard";
import { TaskForm } from "./TaskForm";

/** Everything the pane does for the task overview. */
export function TaskPanel({ host }: { readonly host: SheetHost }) {
  const { t } = usePaneText();
  const { state, busy, error, refresh, create, select } = useSheet(host, readTasks, createTasks);
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
      form={<TaskForm key={ready?.sheet ?? "none"} existingLang={ready?.lang ?? null} busy={busy} onSubmit={(request) => void create(request)} />}
    >
      {ready !== null && <RestoreFormulas problems={ready.problems} busy={busy} onRestore={() => void create({ lang: null })} />}
      {ready !== null && (
        <TaskDashboard state={ready} readiness={ready.readiness} busy={busy} onSelect={(sheet, address) => void select(sheet, address)} onDone={(id) => void create({ lang: null, done: [id] })} />
      )}
    </SheetFrame>
  );
}
