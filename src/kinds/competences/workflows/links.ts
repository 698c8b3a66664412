/** The tasks the assessment plans into the task overview, worded in the overview's language. */
import type { Lang } from "../../../domain/lang";
import type { LinkedTask } from "../../../domain/links";
import { translator } from "../../../i18n/format";
import { type CompetenceResult, countedRequirements } from "../domain/evaluate";
import type { CompetenceModel } from "../domain/model";
import { competenceLabel } from "../domain/profile";
import { COMPETENCE_LINK_TEXT } from "../i18n/linkText";

/** Closing a candidate's deficit is staff development. */
export const DEFICIT_PHASE = 3;

/** One development task per candidate deficit, linked as "C03/Anna". */
export function deficitTasks(competences: CompetenceModel, result: CompetenceResult, lang: Lang): LinkedTask[] {
  const t = translator(COMPETENCE_LINK_TEXT, lang);
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
