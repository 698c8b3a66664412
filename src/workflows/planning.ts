/**
 * Tasks planned from the other sheets, worded in the task overview's language: one per weak readiness condition,
 * one per candidate's deficit. Each is linked to what it is for, so planning again adds nothing twice.
 */
import { type CompetenceResult, countedRequirements } from "../domain/competences/evaluate";
import type { CompetenceModel } from "../domain/competences/model";
import { competenceLabel } from "../domain/competences/profile";
import type { Lang } from "../domain/lang";
import type { LinkedTask } from "../domain/links";
import { conditionLabel } from "../domain/readiness/conditions";
import type { ReadinessResult } from "../domain/readiness/evaluate";
import type { ReadinessModel } from "../domain/readiness/model";
import { CONDITION_PHASE, DEFICIT_PHASE, OWN_CONDITION_PHASE } from "../domain/tasks/plan";
import { translator } from "../i18n/format";
import { TASK_TEXT } from "../i18n/taskText";

/** One task per weak readiness condition, linked by its id, in the phase that sets that condition up. */
export function weakConditionTasks(readiness: ReadinessModel, result: ReadinessResult, lang: Lang): LinkedTask[] {
  const t = translator(TASK_TEXT, lang);
  return result.weakIds.map((id) => {
    const text = conditionLabel(readiness.conditions.find((x) => x.id === id) ?? { id, text: null }, lang);
    return { phase: CONDITION_PHASE[id] ?? OWN_CONDITION_PHASE, text: t("realizeCondition", { condition: text }), link: id };
  });
}

/** One development task per candidate deficit, linked as "C03/Anna". */
export function deficitTasks(competences: CompetenceModel, result: CompetenceResult, lang: Lang): LinkedTask[] {
  const t = translator(TASK_TEXT, lang);
  const wanted: LinkedTask[] = [];
  const requirements = new Map(countedRequirements(competences).map((r) => [r.id, r]));
  for (const c of result.candidates) {
    const candidate = competences.candidates[c.index] ?? "";
    for (const id of c.deficits) {
      const competence = competenceLabel(requirements.get(id) ?? { id, text: null }, lang);
      wanted.push({
        phase: DEFICIT_PHASE,
        text: t("closeDeficit", { candidate, competence }),
        responsible: candidate,
        link: `${id}/${candidate}`,
      });
    }
  }
  return wanted;
}
