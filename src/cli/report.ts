import type { KindState } from "../workflows/sheetWorkflow";
import { competenceLabel } from "../domain/competences/profile";
import type { Lang } from "../domain/lang";
import { conditionLabel } from "../domain/readiness/conditions";
import { phaseLabel, taskLabel } from "../domain/tasks/plan";
import { listingOrder } from "../domain/competences/evaluate";
import { validDate } from "../domain/tasks/evaluate";
import type { Problem } from "../sheets/read";
import { formatIsoDate, formatNumber, formatPercent, translator } from "../i18n/format";
import { noDeficitText, PANE_TEXT } from "../i18n/paneText";
import { problemMessage } from "../sheets/problems";
import { VERDICT_TEXT } from "../i18n/verdictText";
import type { CompetenceSheetState } from "../workflows/competences";
import type { ReadinessSheetState } from "../workflows/readiness";
import type { TaskSheetState } from "../workflows/tasks";

const INDENT = "  ";

/** What `kam read` prints without --json: the pane's view of each sheet, in `lang`, with the same words. */
export function report(readiness: ReadinessSheetState, competences: CompetenceSheetState, tasks: TaskSheetState, lang: Lang): string {
  const t = translator(PANE_TEXT, lang);
  const pct = (share: number | null) => (share === null ? t("notRated") : formatPercent(share * 100, lang));
  const list = (items: readonly string[]) => items.map((x) => `${INDENT.repeat(2)}${x}`);
  const heading = (title: string, state: KindState<object, object>, missing: string, foreign: string) => {
    if (state.status === "missing") return [title, `${INDENT}${missing}`];
    if (state.status === "foreign") return [title, `${INDENT}${foreign}`];
    return [`${title} (${state.sheet})`];
  };
  const lines: string[] = [];
  const problems: Problem[] = [];

  lines.push(...heading(t("readinessHeading"), readiness, t("missingChecklist"), t("foreignChecklist", { sheet: readiness.status === "foreign" ? readiness.sheet : "" })));
  if (readiness.status === "ready") {
    const { result, model } = readiness;
    const byId = new Map(model.conditions.map((c) => [c.id, c]));
    const means = new Map(result.conditions.map((c) => [c.id, c.mean]));
    const condition = (id: string, withMean: boolean) => {
      const mean = means.get(id);
      const label = byId.has(id) ? conditionLabel(byId.get(id)!, lang) : "";
      return `${id} ${label}${withMean && mean !== null && mean !== undefined ? ` · ${formatNumber(mean, lang, 1)}` : ""}`;
    };
    lines.push(`${INDENT}${VERDICT_TEXT[lang][result.verdict]}`);
    lines.push(`${INDENT}${t("index")}: ${result.index === null || result.percent === null ? t("notRated") : `${formatNumber(result.index, lang)} / 5 · ${formatPercent(result.percent, lang)}`}`);
    lines.push(`${INDENT}${t("weak", { count: result.weakIds.length })}${result.weakIds.length === 0 ? `: ${t("noneWeak")}` : ""}`, ...list(result.weakIds.map((id) => condition(id, true))));
    if (result.disputedIds.length > 0) lines.push(`${INDENT}${t("disputed", { count: result.disputedIds.length })}`, ...list(result.disputedIds.map((id) => condition(id, true))));
    if (result.unratedIds.length > 0) lines.push(`${INDENT}${t("unrated", { count: result.unratedIds.length })}`, ...list(result.unratedIds.map((id) => condition(id, false))));
    if (result.notApplicableIds.length > 0) lines.push(`${INDENT}${t("notApplicable", { count: result.notApplicableIds.length })}: ${result.notApplicableIds.join(", ")}`);
    problems.push(...readiness.problems);
  }

  lines.push("", ...heading(t("competenceHeading"), competences, t("missingAssessment"), t("foreignAssessment", { sheet: competences.status === "foreign" ? competences.sheet : "" })));
  if (competences.status === "ready") {
    const { result, model } = competences;
    const byId = new Map(model.requirements.map((r) => [r.id, r]));
    const name = (i: number) => model.candidates[i] ?? "";
    const { incomplete, mustHaveOpen, ordered } = listingOrder(result);
    lines.push(`${INDENT}${result.best === null ? t("noBest") : t("best", { name: name(result.best) })}`);
    if (result.ranking.length > 0) {
      lines.push(`${INDENT}${t("ranking")}`);
      for (const i of result.ranking) {
        const c = result.candidates[i]!;
        const score = c.weightedScore === null ? "" : ` · ${t("weightedScoreOf", { score: formatNumber(c.weightedScore, lang) })}`;
        lines.push(...list([`${t("rank", { rank: c.rank ?? "" })} ${t("fitOf", { name: name(i), fit: pct(c.fit) })}${score}${c.knockedOut ? ` · ${t("knockedOut")}` : ""}`]));
      }
    }
    for (const [key, unranked] of [["incomplete", incomplete], ["mustHaveOpen", mustHaveOpen]] as const) {
      if (unranked.length > 0) lines.push(`${INDENT}${t(key, { count: unranked.length })}: ${unranked.map((c) => name(c.index)).join(", ")}`);
    }
    if (ordered.length > 0) {
      lines.push(`${INDENT}${t("deficits")}`);
      const counted = model.requirements.filter((r) => r.ignored === undefined);
      for (const c of ordered) {
        const gaps = c.deficits.map((id) => `${id} ${competenceLabel(byId.get(id)!, lang)} (${c.gaps[counted.findIndex((r) => r.id === id)]})`);
        lines.push(...list([`${name(c.index)}: ${gaps.length === 0 ? noDeficitText(c, counted.length, t) : gaps.join(", ")}`]));
      }
    }
    lines.push(`${INDENT}${t("buildOn")}${result.buildOnIds.length === 0 ? `: ${t("noBuildOn")}` : ""}`, ...list(result.buildOnIds.map((id) => `${id} ${competenceLabel(byId.get(id)!, lang)}`)));
    problems.push(...competences.problems);
  }

  lines.push("", ...heading(t("taskHeading"), tasks, t("missingTasks"), t("foreignTasks", { sheet: tasks.status === "foreign" ? tasks.sheet : "" })));
  if (tasks.status === "ready") {
    const { result, model } = tasks;
    const byId = new Map(model.tasks.map((x) => [x.id, x]));
    const task = (id: string) => {
      const x = byId.get(id)!;
      const due = validDate(x.due);
      return [`${id} ${taskLabel(x, lang)}`, x.responsible, due === null ? "" : `${t("taskDue")} ${formatIsoDate(due, lang)}`].filter((s) => s !== "").join(" · ");
    };
    lines.push(`${INDENT}${t("today", { date: formatIsoDate(tasks.today, lang) })}`, `${INDENT}${t("progressTitle")}`);
    for (const p of [...result.phases.filter((x) => x.total > 0), { ...result.overall, phase: t("overall") }])
      lines.push(...list([t("phaseProgress", { phase: phaseLabel(p.phase, lang), done: p.done, total: p.total, mean: pct(p.meanProgress) })]));
    lines.push(`${INDENT}${t("overdue", { count: result.overdueIds.length })}${result.overdueIds.length === 0 ? `: ${t("noneOverdue")}` : ""}`, ...list(result.overdueIds.map(task)));
    if (result.dueSoonIds.length > 0) lines.push(`${INDENT}${t("dueSoon", { count: result.dueSoonIds.length })}`, ...list(result.dueSoonIds.map(task)));
    problems.push(...tasks.problems);
  }

  if (problems.length > 0) lines.push("", t("problems", { count: problems.length }), ...problems.map((p) => `${INDENT}${problemMessage(p, lang)}`));
  return lines.join("\n");
}
