import { formatIsoDate } from "../../i18n/format";
import type { Lang } from "../../domain/lang";
import { validDate } from "./domain/evaluate";
import { phaseLabel, taskLabel } from "./domain/plan";
import { INDENT, listed, reportWords, round } from "../../cli/kindCli";
import type { KindModule, ReadyState } from "../../workflows/kinds";
import { TASK_KIND, type TaskSheetState, createTasks, planFrom, taskReads, taskSheetState } from "./workflows/tasks";
import { TASK_PANE_TEXT } from "./i18n/paneText";

type Ready = ReadyState<TaskSheetState>;

/** `kam read`: the day in force, progress per phase and overall, overdue and due-soon tasks. */
function report(state: Ready, lang: Lang): string[] {
  const { t, pct } = reportWords(lang, TASK_PANE_TEXT);
  const { result, model } = state;
  const byId = new Map(model.tasks.map((x) => [x.id, x]));
  const task = (id: string) => {
    const x = byId.get(id)!;
    const due = validDate(x.due);
    return [`${id} ${taskLabel(x, lang)}`, x.responsible, due === null ? "" : `${t("taskDue")} ${formatIsoDate(due, lang)}`]
      .filter((s) => s !== "")
      .join(" · ");
  };
  const lines = [`${INDENT}${t("today", { date: formatIsoDate(state.today, lang) })}`, `${INDENT}${t("progressTitle")}`];
  for (const p of [...result.phases.filter((x) => x.total > 0), { ...result.overall, phase: t("overall") }])
    lines.push(
      ...listed([t("phaseProgress", { phase: phaseLabel(p.phase, lang), done: p.done, total: p.total, mean: pct(p.meanProgress) })]),
    );
  lines.push(
    `${INDENT}${t("overdue", { count: result.overdueIds.length })}${result.overdueIds.length === 0 ? `: ${t("noneOverdue")}` : ""}`,
    ...listed(result.overdueIds.map(task)),
  );
  if (result.dueSoonIds.length > 0)
    lines.push(`${INDENT}${t("dueSoon", { count: result.dueSoonIds.length })}`, ...listed(result.dueSoonIds.map(task)));
  return lines;
}

export const TASK_MODULE: KindModule<TaskSheetState> = {
  sheet: TASK_KIND,
  reads: taskReads(),
  stateIn: taskSheetState,
  createNew: (host, { lang, portable }) => createTasks(host, { lang, portable }),
  json: ({ sheet, today, result }) => ({
    sheet,
    today,
    overdue: result.overdueIds,
    dueSoon: result.dueSoonIds,
    progress: {
      done: result.overall.done,
      total: result.overall.total,
      doneShare: round(result.overall.doneShare),
      meanProgress: round(result.overall.meanProgress),
    },
  }),
  report,
  plan: planFrom,
};
