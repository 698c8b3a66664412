import { listingOrder } from "./domain/evaluate";
import { competenceLabel } from "./domain/profile";
import type { Lang } from "../../domain/lang";
import { formatNumber } from "../../i18n/format";
import { INDENT, listOption, listed, reportWords, round } from "../../cli/kindCli";
import { COMPETENCE_KIND, type CompetenceSheetState, competenceStateIn, createCompetences } from "./workflows/competences";
import type { KindModule, ReadyState } from "../../workflows/kinds";
import { deficitTasks } from "./workflows/links";
import { COMPETENCE_PANE_TEXT, noDeficitText } from "./i18n/paneText";

type Ready = ReadyState<CompetenceSheetState>;

/** `kam read`: the best fit, the ranking with fit and weighted score, who is not ranked and why, deficits, strengths. */
function report(state: Ready, lang: Lang): string[] {
  const { t, pct } = reportWords(lang, COMPETENCE_PANE_TEXT);
  const { result, model } = state;
  const byId = new Map(model.requirements.map((r) => [r.id, r]));
  const name = (i: number) => model.candidates[i] ?? "";
  const { incomplete, mustHaveOpen, ordered } = listingOrder(result);
  const lines = [`${INDENT}${result.best === null ? t("noBest") : t("best", { name: name(result.best) })}`];
  if (result.ranking.length > 0) {
    lines.push(`${INDENT}${t("ranking")}`);
    for (const i of result.ranking) {
      const c = result.candidates[i]!;
      const score = c.weightedScore === null ? "" : ` · ${t("weightedScoreOf", { score: formatNumber(c.weightedScore, lang) })}`;
      lines.push(
        ...listed([
          `${t("rank", { rank: c.rank ?? "" })} ${t("fitOf", { name: name(i), fit: pct(c.fit) })}${score}${c.knockedOut ? ` · ${t("knockedOut")}` : ""}`,
        ]),
      );
    }
  }
  for (const [key, unranked] of [
    ["incomplete", incomplete],
    ["mustHaveOpen", mustHaveOpen],
  ] as const) {
    if (unranked.length > 0) lines.push(`${INDENT}${t(key, { count: unranked.length })}: ${unranked.map((c) => name(c.index)).join(", ")}`);
  }
  if (ordered.length > 0) {
    lines.push(`${INDENT}${t("deficits")}`);
    const counted = model.requirements.filter((r) => r.ignored === undefined);
    for (const c of ordered) {
      const gaps = c.deficits.map(
        (id) => `${id} ${competenceLabel(byId.get(id)!, lang)} (${c.gaps[counted.findIndex((r) => r.id === id)]})`,
      );
      lines.push(...listed([`${name(c.index)}: ${gaps.length === 0 ? noDeficitText(c, counted.length, t) : gaps.join(", ")}`]));
    }
  }
  lines.push(
    `${INDENT}${t("buildOn")}${result.buildOnIds.length === 0 ? `: ${t("noBuildOn")}` : ""}`,
    ...listed(result.buildOnIds.map((id) => `${id} ${competenceLabel(byId.get(id)!, lang)}`)),
  );
  return lines;
}

export const COMPETENCE_MODULE: KindModule<CompetenceSheetState> = {
  sheet: COMPETENCE_KIND,
  reads: [COMPETENCE_KIND],
  stateIn: competenceStateIn,
  createNew: (host, { lang, portable, values }) =>
    createCompetences(host, { lang, portable, candidates: listOption(values.get("--candidates")) }),
  json: ({ sheet, result, model }) => ({
    sheet,
    best: result.best === null ? null : model.candidates[result.best],
    ranking: result.candidates
      .map((c) => ({
        candidate: model.candidates[c.index],
        rank: c.rank,
        fit: round(c.fit),
        weightedScore: round(c.weightedScore),
        knockedOut: c.knockedOut,
        incomplete: c.incomplete,
        mustHaveOpen: c.mustHaveOpen,
        deficits: c.deficits,
      }))
      .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity)),
    buildOn: result.buildOnIds,
  }),
  report,
  links: { wanted: ({ model, result }, lang) => deficitTasks(model, result, lang) },
};
