import type { KindState } from "../workflows/sheetWorkflow";
import type { Lang } from "../domain/lang";
import { problemMessage } from "../sheets/problems";
import type { Problem } from "../sheets/read";
import type { CompetenceSheetState } from "../workflows/competences";
import type { ReadinessSheetState } from "../workflows/readiness";
import type { TaskSheetState } from "../workflows/tasks";

const round = (x: number | null, digits = 4) => (x === null ? null : Math.round(x * 10 ** digits) / 10 ** digits);

/**
 * What `kam read --json` prints: the three sheets' results and every problem with sheet, cell and reason. Shares
 * (readiness share, fit, doneShare, meanProgress) are fractions 0–1, rounded to 4 decimals; the readiness index and
 * weighted scores are on the scale 1–5. A sheet that is missing is null; one of that name that is not a KAM sheet is
 * { sheet, found: false }.
 */
export function assessment(readiness: ReadinessSheetState, competences: CompetenceSheetState, tasks: TaskSheetState, lang: Lang) {
  const problems: Problem[] = [];
  const sheet = (s: KindState<object, object>) => (s.status === "missing" ? null : { sheet: s.sheet, found: s.status === "ready" });
  const out = {
    readiness:
      readiness.status !== "ready"
        ? sheet(readiness)
        : (problems.push(...readiness.problems),
          {
            sheet: readiness.sheet,
            verdict: readiness.result.verdict,
            index: round(readiness.result.index),
            // the index as a share of the scale 1 to 5 (index 1 = 0, index 5 = 1), like every share here
            share: readiness.result.percent === null ? null : round(readiness.result.percent / 100),
            weak: readiness.result.weakIds,
            disputed: readiness.result.disputedIds,
            unrated: readiness.result.unratedIds,
          }),
    competences:
      competences.status !== "ready"
        ? sheet(competences)
        : (problems.push(...competences.problems),
          {
            sheet: competences.sheet,
            best: competences.result.best === null ? null : competences.model.candidates[competences.result.best],
            ranking: competences.result.candidates.map((c) => ({
              candidate: competences.model.candidates[c.index],
              rank: c.rank,
              fit: round(c.fit),
              weightedScore: round(c.weightedScore),
              knockedOut: c.knockedOut,
              incomplete: c.incomplete,
              mustHaveOpen: c.mustHaveOpen,
              deficits: c.deficits,
            })).sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity)),
            buildOn: competences.result.buildOnIds,
          }),
    tasks:
      tasks.status !== "ready"
        ? sheet(tasks)
        : (problems.push(...tasks.problems),
          {
            sheet: tasks.sheet,
            today: tasks.today,
            overdue: tasks.result.overdueIds,
            dueSoon: tasks.result.dueSoonIds,
            progress: { done: tasks.result.overall.done, total: tasks.result.overall.total, doneShare: round(tasks.result.overall.doneShare), meanProgress: round(tasks.result.overall.meanProgress) },
          }),
    problems: problems.map((p) => ({ sheet: p.sheet, cell: p.cell, reason: p.code, message: problemMessage(p, lang) })),
  };
  return out;
}
