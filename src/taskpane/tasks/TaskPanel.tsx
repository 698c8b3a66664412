import { useEffect, useState } from "react";
import type { ReadinessResult } from "../../domain/readiness/evaluate";
import type { SheetHost } from "../../hosts/host";
import { readReadiness } from "../../workflows/readiness";
import { createTasks, readTasks } from "../../workflows/tasks";
import { SheetFrame } from "../SheetFrame";
import { usePaneText } from "../uiLanguage";
import { useSheet } from "../useSheet";
import { TaskDashboard } from "./TaskDashboard";
import { TaskForm } from "./TaskForm";

/** Everything the pane does for the task overview. */
export function TaskPanel({ host }: { readonly host: SheetHost }) {
  const { t } = usePaneText();
  const { state, busy, error, refresh, create, select } = useSheet(host, readTasks, createTasks);
  const ready = state?.kind === "ready" ? state : null;
  const [readiness, setReadiness] = useState<ReadinessResult | null>(null);
  // tasks linked to readiness conditions show whether the condition is still weak
  useEffect(() => {
    if (ready === null) return;
    let live = true;
    readReadiness(host).then(
      (r) => live && setReadiness(r.kind === "ready" ? r.result : null),
      () => live && setReadiness(null),
    );
    return () => {
      live = false;
    };
  }, [host, ready]);
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
      {ready !== null && (
        <TaskDashboard state={ready} readiness={readiness} busy={busy} onSelect={(sheet, address) => void select(sheet, address)} onDone={(id) => void create({ lang: null, done: [id] })} />
      )}
    </SheetFrame>
  );
}
