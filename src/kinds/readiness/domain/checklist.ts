import { STANDARD_CONDITIONS, nextConditionId } from "./conditions";
import { type ReadinessResult, evaluateReadiness } from "./evaluate";
import { type ReadinessCondition, type ReadinessModel, isKeptEntry, scoreOf } from "./model";
import { DEFAULT_THRESHOLD, isValidThreshold } from "./scale";

/**
 * A new checklist: the 14 standard conditions, unrated, for the given respondents (one unnamed column by default; a
 * checklist has at least one).
 */
export function defaultReadinessModel(respondents: readonly string[] = [""]): ReadinessModel {
  return {
    respondents: [...respondents],
    threshold: DEFAULT_THRESHOLD,
    conditions: STANDARD_CONDITIONS.map((s) => ({
      id: s.id,
      text: null,
      notApplicable: false,
      scores: respondents.map(() => null),
      note: "",
    })),
  };
}

/**
 * Adds the respondent columns named in `names` that the checklist lacks (names compare case-insensitively).
 * The unnamed column of a one-respondent checklist takes the first new name, keeping its scores.
 */
export function withRespondents(model: ReadinessModel, names: readonly string[]): ReadinessModel {
  const respondents = [...model.respondents];
  const known = (n: string) => respondents.some((r) => r.toLocaleLowerCase() === n.toLocaleLowerCase());
  let conditions = model.conditions;
  for (const raw of names) {
    const name = raw.trim();
    if (name === "" || known(name)) continue;
    const unnamed = respondents.indexOf("");
    if (unnamed >= 0) {
      respondents[unnamed] = name;
    } else {
      respondents.push(name);
      conditions = conditions.map((c) => ({ ...c, scores: [...c.scores, null] }));
    }
  }
  return { ...model, respondents, conditions };
}

/** Adds a user's own condition below the others, with the next free id (R15, R16, …). */
export function withCondition(model: ReadinessModel, text: string): ReadinessModel {
  const condition: ReadinessCondition = {
    id: nextConditionId(model.conditions.map((c) => c.id)),
    text: text.trim(),
    notApplicable: false,
    scores: model.respondents.map(() => null),
    note: "",
  };
  return { ...model, conditions: [...model.conditions, condition] };
}

export function thresholdOf(model: ReadinessModel): number {
  const t = isKeptEntry(model.threshold) ? model.threshold.value : model.threshold;
  return isValidThreshold(t) ? t : DEFAULT_THRESHOLD;
}

/**
 * Scores, weak and disputed conditions, index and verdict of a checklist; invalid entries count as not rated,
 * remarks and rows below the sheet's formulas not at all.
 */
export function evaluateChecklist(model: ReadinessModel): ReadinessResult {
  return evaluateReadiness(
    model.conditions
      .filter((c) => c.ignored === undefined)
      .map((c) => ({
        id: c.id,
        notApplicable: c.notApplicable,
        scores: c.scores.map(scoreOf).filter((s): s is number => s !== null),
      })),
    thresholdOf(model),
  );
}
