import type { Lang } from "../../../domain/lang";
import { isItemRow } from "../../../domain/entry";
import { type Cell, type Matrix, isBlank, isMark, valueError } from "../../../functions/args";
import { quoted, translator } from "../../../i18n/format";
import type { ConditionInput } from "../domain/evaluate";
import { DEFAULT_THRESHOLD, isValidThreshold, scoreIssue } from "../domain/scale";
import { READINESS_FUNCTION_TEXT } from "../i18n/functionText";

/** The readiness functions' arguments: scores, the n/a marks, the condition texts, the threshold. */

/**
 * Scores as conditions × respondents: a single row or column is one respondent; a block has one row per condition
 * and one column per respondent. Only valid scores (whole numbers 1–5) count: a blank (0, null, "") is not rated,
 * and so is anything else (6, 2.5, "gut"), which the sheet highlights and reading the sheet names with its cell.
 */
export function scoreMatrix(scores: Matrix): number[][] {
  // a single cell reads the same as a row or a column: one condition, one score
  const oneRow = scores.length === 1;
  const rows: number[][] = oneRow ? scores[0]!.map(() => []) : scores.map(() => []);
  scores.forEach((line, r) =>
    line.forEach((v, c) => {
      if (!isBlank(v) && scoreIssue(v) === undefined) rows[oneRow ? c : r]!.push(v as number);
    }),
  );
  return rows;
}

/**
 * Which rows are conditions, given the condition texts (one cell per condition): a row with text or a valid
 * score (isItemRow). Without texts every row is a condition.
 */
export function conditionRows(texts: Matrix | null | undefined, scores: readonly number[][], lang: Lang): boolean[] {
  if (texts === null || texts === undefined) return scores.map(() => true);
  const flat = texts.flat();
  if (flat.length !== scores.length)
    throw valueError(translator(READINESS_FUNCTION_TEXT, lang)("textsSize", { got: flat.length, want: scores.length }));
  return flat.map((v, i) => isItemRow(isMark(v), scores[i]!.length));
}

/** The n/a cells, one per condition in any shape; a non-blank cell (other than 0 or FALSE) marks its condition. */
export function notApplicableMask(mask: Matrix | null | undefined, conditions: number, lang: Lang): boolean[] {
  if (mask === null || mask === undefined) return new Array<boolean>(conditions).fill(false);
  const flat = mask.flat();
  if (flat.length !== conditions)
    throw valueError(translator(READINESS_FUNCTION_TEXT, lang)("maskSize", { got: flat.length, want: conditions }));
  return flat.map(isMark);
}

/** The threshold: a blank (a cleared threshold cell arrives as 0 on the desktop) is the default, 3. */
export function thresholdArg(value: Cell, lang: Lang): number {
  if (isBlank(value)) return DEFAULT_THRESHOLD;
  if (!isValidThreshold(value)) throw valueError(translator(READINESS_FUNCTION_TEXT, lang)("badThreshold", { value: quoted(value) }));
  return value;
}

/** The conditions' inputs; an id only tells conditions apart here (no function shows it), so it is the row's index. */
export function conditionInputs(scores: number[][], na: boolean[], conditions: boolean[]): ConditionInput[] {
  return scores.flatMap((s, i) => (conditions[i] ? [{ id: String(i), notApplicable: na[i]!, scores: s }] : []));
}
