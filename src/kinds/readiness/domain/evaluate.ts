import type { LinkStates } from "../../../domain/links";
import { DEFAULT_THRESHOLD, DISPUTE_SPREAD, SCORE_MAX, SCORE_MIN, isValidThreshold, meanBelow, strongFrom } from "./scale";

/** The four verdicts (README, "Using the readiness checklist"). */
export type Verdict = "NOT_READY" | "READY_WITH_GAPS" | "READY" | "INCOMPLETE";

/** What evaluation needs of a condition: its valid scores (one per respondent who rated it). */
export interface ConditionInput {
  readonly id: string;
  readonly notApplicable: boolean;
  readonly scores: readonly number[];
}

export interface ConditionResult {
  readonly id: string;
  readonly notApplicable: boolean;
  /** How many respondents rated it. */
  readonly ratedCount: number;
  /** Mean of the rated scores; null when not rated or not applicable. */
  readonly mean: number | null;
  readonly min: number | null;
  readonly max: number | null;
  readonly weak: boolean;
  readonly strong: boolean;
  /** Respondents disagree: highest − lowest ≥ 2. */
  readonly disputed: boolean;
}

export interface ReadinessResult {
  readonly threshold: number;
  readonly conditions: readonly ConditionResult[];
  /** Mean of the rated, applicable conditions' scores (1–5), null when none is rated. */
  readonly index: number | null;
  /** The index as a percentage: (index − 1) / 4 × 100. */
  readonly percent: number | null;
  readonly weakIds: readonly string[];
  readonly disputedIds: readonly string[];
  readonly unratedIds: readonly string[];
  readonly notApplicableIds: readonly string[];
  readonly verdict: Verdict;
}

export function evaluateCondition(input: ConditionInput, threshold: number = DEFAULT_THRESHOLD): ConditionResult {
  const scores = input.notApplicable ? [] : input.scores;
  const n = scores.length;
  if (n === 0) {
    return {
      id: input.id,
      notApplicable: input.notApplicable,
      ratedCount: 0,
      mean: null,
      min: null,
      max: null,
      weak: false,
      strong: false,
      disputed: false,
    };
  }
  const sum = scores.reduce((a, b) => a + b, 0);
  const min = Math.min(...scores);
  const max = Math.max(...scores);
  return {
    id: input.id,
    notApplicable: false,
    ratedCount: n,
    mean: sum / n,
    min,
    max,
    // the mean against the threshold, as the sheet compares it (see meanBelow): 55 / 25 is exactly 2.2, not weak
    weak: meanBelow(sum, n, threshold),
    strong: !meanBelow(sum, n, strongFrom(threshold)),
    disputed: max - min >= DISPUTE_SPREAD,
  };
}

/** The verdict rule: two or more weak decide NOT_READY; otherwise unrated conditions leave it INCOMPLETE. */
export function verdictOf(weakCount: number, unratedCount: number, ratedCount: number): Verdict {
  if (weakCount >= 2) return "NOT_READY";
  if (unratedCount > 0 || ratedCount === 0) return "INCOMPLETE";
  return weakCount === 1 ? "READY_WITH_GAPS" : "READY";
}

export function indexToPercent(index: number): number {
  return ((index - SCORE_MIN) / (SCORE_MAX - SCORE_MIN)) * 100;
}

export function evaluateReadiness(inputs: readonly ConditionInput[], threshold: number = DEFAULT_THRESHOLD): ReadinessResult {
  const thr = isValidThreshold(threshold) ? threshold : DEFAULT_THRESHOLD;
  const conditions = inputs.map((i) => evaluateCondition(i, thr));
  const rated = conditions.filter((c) => c.mean !== null);
  const ids = (pred: (c: ConditionResult) => boolean) => conditions.filter(pred).map((c) => c.id);
  const weakIds = ids((c) => c.weak);
  const unratedIds = ids((c) => !c.notApplicable && c.mean === null);
  // the mean of the per-condition means: each condition weighs the same, however many respondents rated it
  const index = rated.length === 0 ? null : rated.reduce((a, c) => a + (c.mean ?? 0), 0) / rated.length;
  return {
    threshold: thr,
    conditions,
    index,
    percent: index === null ? null : indexToPercent(index),
    weakIds,
    disputedIds: ids((c) => c.disputed),
    unratedIds,
    notApplicableIds: ids((c) => c.notApplicable),
    verdict: verdictOf(weakIds.length, unratedIds.length, rated.length),
  };
}

/** A task planned for a condition (linked by its id) is needed while the condition is weak. */
export function conditionLinks(result: Pick<ReadinessResult, "conditions">): LinkStates {
  return new Map(result.conditions.map((c) => [c.id, c.weak]));
}
