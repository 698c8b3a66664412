import type { Lang } from "../../domain/lang";
import { conditionLabel } from "./domain/conditions";
import { conditionLinks } from "./domain/evaluate";
import { formatNumber, formatPercent, localized } from "../../i18n/format";
import { weakConditionTasks } from "./workflows/links";
import { VERDICT_TEXT } from "./i18n/verdictText";
import { INDENT, listOption, listed, reportWords, round } from "../../cli/kindCli";
import type { KindModule, ReadyState } from "../../workflows/kinds";
import { READINESS_KIND, type ReadinessSheetState, createReadiness, readinessStateIn } from "./workflows/readiness";
import { READINESS_PANE_TEXT } from "./i18n/paneText";

type Ready = ReadyState<ReadinessSheetState>;

/** `kam read`: the verdict, the index, and the weak, disputed, unrated and n/a conditions. */
function report(state: Ready, lang: Lang): string[] {
  const { t } = reportWords(lang, READINESS_PANE_TEXT);
  const { result, model } = state;
  const byId = new Map(model.conditions.map((c) => [c.id, c]));
  const means = new Map(result.conditions.map((c) => [c.id, c.mean]));
  const condition = (id: string, withMean: boolean) => {
    const mean = means.get(id);
    const label = byId.has(id) ? conditionLabel(byId.get(id)!, lang) : "";
    return `${id} ${label}${withMean && mean !== null && mean !== undefined ? ` · ${formatNumber(mean, lang, 1)}` : ""}`;
  };
  const lines = [`${INDENT}${VERDICT_TEXT[lang][result.verdict]}`];
  lines.push(
    `${INDENT}${t("index")}: ${result.index === null || result.percent === null ? t("notRated") : `${formatNumber(result.index, lang)} / 5 · ${formatPercent(result.percent, lang)}`}`,
  );
  lines.push(
    `${INDENT}${t("weak", { count: result.weakIds.length })}${result.weakIds.length === 0 ? `: ${t("noneWeak")}` : ""}`,
    ...listed(result.weakIds.map((id) => condition(id, true))),
  );
  if (result.disputedIds.length > 0)
    lines.push(
      `${INDENT}${t("disputed", { count: result.disputedIds.length })}`,
      ...listed(result.disputedIds.map((id) => condition(id, true))),
    );
  if (result.unratedIds.length > 0)
    lines.push(
      `${INDENT}${t("unrated", { count: result.unratedIds.length })}`,
      ...listed(result.unratedIds.map((id) => condition(id, false))),
    );
  if (result.notApplicableIds.length > 0)
    lines.push(`${INDENT}${t("notApplicable", { count: result.notApplicableIds.length })}: ${result.notApplicableIds.join(", ")}`);
  return lines;
}

export const READINESS_MODULE: KindModule<ReadinessSheetState> = {
  sheet: READINESS_KIND,
  reads: [READINESS_KIND],
  stateIn: readinessStateIn,
  createNew: (host, { lang, portable, values }) =>
    createReadiness(host, { lang, portable, respondents: listOption(values.get("--respondents")) }),
  json: ({ sheet, result }) => ({
    sheet,
    verdict: result.verdict,
    index: round(result.index),
    // the index as a share of the scale 1 to 5 (index 1 = 0, index 5 = 1), like every share here
    share: result.percent === null ? null : round(result.percent / 100),
    weak: result.weakIds,
    disputed: result.disputedIds,
    unrated: result.unratedIds,
  }),
  report,
  links: {
    wanted: ({ model, result }, lang) => weakConditionTasks(model, result, lang),
    open: ({ result }) => conditionLinks(result),
    text: { tasks: localized(READINESS_PANE_TEXT, "linkedTasks"), settled: localized(READINESS_PANE_TEXT, "noLongerWeak") },
  },
};
