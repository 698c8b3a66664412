import { type WholeIssue, wholeIssue } from "../../../domain/entry";

/** The 1–5 scale of the readiness checklist and the rules on a single score (README, "Using the readiness checklist"). */
export const SCORE_MIN = 1;
export const SCORE_MAX = 5;
/** A condition is weak when its score (or its respondents' mean) is below the threshold. */
export const DEFAULT_THRESHOLD = 3;
/** Scores from here up are shown as strong (green), unless the threshold is higher. */
export const STRONG_FROM = 4;
/** A condition is disputed when its respondents' highest and lowest score differ by this much or more. */
export const DISPUTE_SPREAD = 2;

/** Why `value` is not a valid score, or undefined when it is one. Blank is handled by the caller. */
export function scoreIssue(value: unknown): WholeIssue | undefined {
  return wholeIssue(value, SCORE_MIN, SCORE_MAX);
}

/** A workbook may set its own threshold: any number from 1 to 5 (at 1 nothing is weak). */
export function isValidThreshold(value: unknown): value is number {
  // NaN and ±Infinity fail the comparisons
  return typeof value === "number" && value >= SCORE_MIN && value <= SCORE_MAX;
}

/**
 * True when the mean of scores summing to `sum` over `count` scores is below `threshold`. The mean is one
 * division, correctly rounded in every engine, so a mean exactly at the threshold (twenty 2s and five 3s against
 * 2.2: 55 / 25) is the same number as the threshold typed and is not below it; `sum < threshold × count` would
 * round the product instead (2.2 × 25 = 55.000000000000007) and call it weak. The sheet compares its mean cell
 * the same way.
 */
export function meanBelow(sum: number, count: number, threshold: number): boolean {
  return sum / count < threshold;
}

/** The score from which a condition counts as strong under `threshold`. */
export function strongFrom(threshold: number): number {
  return Math.max(STRONG_FROM, threshold);
}
