import { Badge, Button, Field, Link, ProgressBar, Select, Text } from "@fluentui/react-components";
import { useState } from "react";
import { linkState } from "../../../domain/links";
import type { Task } from "../domain/model";
import { phaseLabel, taskLabel } from "../domain/plan";
import { fill, formatIsoDate, formatPercent } from "../../../i18n/format";
import { rangeAddress } from "../../../sheets/address";
import type { LinkedGroup, TaskSheetState } from "../workflows/tasks";
import { ProblemList } from "../../../taskpane/ProblemList";
import { usePaneText } from "../../../taskpane/uiLanguage";
import { TASK_PANE_TEXT } from "../i18n/paneText";

type Ready = Extract<TaskSheetState, { status: "ready" }>;

export interface TaskDashboardProps {
  readonly state: Ready;
  /** The other sheets' items tasks link to: a task whose item no longer needs it (a condition no longer weak) is marked. */
  readonly linked: readonly LinkedGroup[];
  readonly busy: boolean;
  onSelect(sheet: string, address: string): void;
  onDone(id: string): void;
}

/** Progress per phase, overdue and due-soon tasks, one person's tasks; a click selects the task's row. */
export function TaskDashboard({ state, linked, busy, onSelect, onDone }: TaskDashboardProps) {
  const { t, lang } = usePaneText(TASK_PANE_TEXT);
  const [who, setWho] = useState("");
  const { model, result } = state;
  const index = new Map(model.tasks.map((task, i) => [task.id, i]));
  const people = [...new Set(model.tasks.map((x) => x.responsible).filter((r) => r !== ""))].sort((a, b) => a.localeCompare(b));
  const shown = (ids: readonly string[]) => ids.filter((id) => who === "" || model.tasks[index.get(id)!]!.responsible === who);
  const list = (ids: readonly string[], testId: string) => (
    <TaskList ids={ids} testId={testId} state={state} linked={linked} busy={busy} onSelect={onSelect} onDone={onDone} />
  );
  const overdue = shown(result.overdueIds);
  const dueSoon = shown(result.dueSoonIds);
  // open tasks planned for another sheet's items (weak conditions): still needed, or is the item settled?
  const groups = linked.map((g) => ({
    ...g,
    ids: shown(model.tasks.filter((x, i) => result.states[i] !== "DONE" && linkState(x, g.open) !== undefined).map((x) => x.id)),
  }));
  return (
    <section aria-label={t("taskHeading")} style={{ display: "flex", flexDirection: "column", gap: 12 }}>
      <Text size={200}>{t("today", { date: formatIsoDate(state.today, lang) })}</Text>
      <PhaseProgress state={state} />
      <Field label={t("responsibleFilter")}>
        <Select value={who} onChange={(_, d) => setWho(d.value)}>
          <option value="">{t("everyone")}</option>
          {people.map((p) => (
            <option key={p}>{p}</option>
          ))}
        </Select>
      </Field>
      <div>
        <Text weight="semibold">{t("overdue", { count: overdue.length })}</Text>
        {overdue.length === 0 ? <Text block>{t("noneOverdue")}</Text> : list(overdue, "overdue")}
      </div>
      {dueSoon.length > 0 && (
        <div>
          <Text weight="semibold">{t("dueSoon", { count: dueSoon.length })}</Text>
          {list(dueSoon, "due-soon")}
        </div>
      )}
      {groups.map(
        (g, i) =>
          g.ids.length > 0 && (
            <div key={i}>
              <Text weight="semibold">{fill(g.text.tasks[lang], { count: g.ids.length })}</Text>
              {list(g.ids, "linked")}
            </div>
          ),
      )}
      {who !== "" && (
        <div>
          <Text weight="semibold">{t("tasksOf", { name: who, count: model.tasks.filter((x) => x.responsible === who).length })}</Text>
          {list(
            model.tasks.filter((x) => x.responsible === who).map((x) => x.id),
            "tasks-of",
          )}
        </div>
      )}
      <ProblemList problems={state.problems} onSelect={onSelect} />
    </section>
  );
}

type TaskListProps = Pick<TaskDashboardProps, "state" | "linked" | "busy" | "onSelect" | "onDone"> & {
  readonly ids: readonly string[];
  readonly testId: string;
};

/** Tasks by id: a link to the task's row where the read found it, what it is for, and a button to mark it done. */
function TaskList({ ids, testId, state, linked, busy, onSelect, onDone }: TaskListProps) {
  const { t, lang } = usePaneText(TASK_PANE_TEXT);
  const { model, result } = state;
  const index = new Map(model.tasks.map((task, i) => [task.id, i]));
  const label = (task: Task) => taskLabel(task, lang);
  return (
    <ul data-testid={testId} style={{ margin: 0, paddingLeft: 18 }}>
      {ids.map((id) => {
        const i = index.get(id)!;
        const task = model.tasks[i]!;
        const row = state.taskRows[i]!;
        const settled = linked.find((g) => linkState(task, g.open) === false);
        return (
          <li key={id}>
            <Link
              as="button"
              onClick={() =>
                onSelect(state.sheet, rangeAddress(row, state.tableCols.first, 1, state.tableCols.last - state.tableCols.first + 1))
              }
            >
              {id}
            </Link>{" "}
            {label(task)}
            {task.responsible !== "" ? ` · ${task.responsible}` : ""}
            {task.link !== "" ? ` → ${task.link}` : ""}{" "}
            {settled !== undefined && (
              <Badge appearance="tint" color="success" size="small">
                {settled.text.settled[lang]}
              </Badge>
            )}{" "}
            {result.states[i] !== "DONE" && (
              <Button size="small" appearance="subtle" disabled={busy} aria-label={t("markDoneOf", { id })} onClick={() => onDone(id)}>
                {t("markDone")}
              </Button>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** Each phase's share of tasks done and mean progress, and the overall one. */
function PhaseProgress({ state }: Pick<TaskDashboardProps, "state">) {
  const { t, lang } = usePaneText(TASK_PANE_TEXT);
  const { result } = state;
  const pct = (v: number | null) => formatPercent((v ?? 0) * 100, lang);
  return (
    <div data-testid="phases">
      <Text weight="semibold">{t("progressTitle")}</Text>
      {[...result.phases.filter((p) => p.total > 0), { ...result.overall, phase: t("overall") }].map((p) => {
        const name = typeof p.phase === "number" ? phaseLabel(p.phase, lang) : p.phase;
        return (
          <div key={String(p.phase)} style={{ marginTop: 4 }}>
            <Text size={200}>{t("phaseProgress", { phase: name, done: p.done, total: p.total, mean: pct(p.meanProgress) })}</Text>
            <ProgressBar value={p.doneShare ?? 0} max={1} aria-label={name} />
          </div>
        );
      })}
    </div>
  );
}
