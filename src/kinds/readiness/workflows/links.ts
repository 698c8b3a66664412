/** The tasks the checklist plans into the task overview, worded in the overview's language. */
import type { Lang } from "../../../domain/lang";
import type { LinkedTask } from "../../../domain/links";
import { translator } from "../../../i18n/format";
import { conditionLabel } from "../domain/conditions";
import type { ReadinessResult } from "../domain/evaluate";
import type { ReadinessModel } from "../domain/model";
import { CONDITION_PHASE, OWN_CONDITION_PHASE } from "../domain/phases";
import { READINESS_LINK_TEXT } from "../i18n/linkText";

/** One task per weak readiness condition, linked by its id, in the phase that sets that condition up. */
export function weakConditionTasks(readiness: ReadinessModel, result: ReadinessResult, lang: Lang): LinkedTask[] {
  const t = translator(READINESS_LINK_TEXT, lang);
  return result.weakIds.map((id) => {
    const text = conditionLabel(readiness.conditions.find((x) => x.id === id) ?? { id, text: null }, lang);
    return { phase: CONDITION_PHASE[id] ?? OWN_CONDITION_PHASE, text: t("realizeCondition", { condition: text }), link: id };
  });
}
