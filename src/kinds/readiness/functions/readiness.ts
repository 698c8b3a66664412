import { evaluateReadiness } from "../domain/evaluate";
import { VERDICT_TEXT } from "../i18n/verdictText";
import { type Matrix, languageArg, messageLang } from "../../../functions/args";
import { conditionInputs, conditionRows, notApplicableMask, scoreMatrix, thresholdArg } from "./args";
import { addArgumentNames } from "../../../i18n/argumentNames";
import metadata from "../i18n/functionMetadata.json";

// the arguments' names in German and Dutch, for the messages that name them
addArgumentNames(metadata);

/*
 * The readiness checklist's custom functions. Each validates its arguments and asks the domain; the
 * webpack plugin generates functions.json from these JSDoc blocks and registers each function by its id.
 * They follow the sheet's one rule for entries: an invalid score (6, 2.5, "gut") does not count, as in the pane
 * and in `kam read`; the sheet highlights it and reading the sheet names its cell.
 */

function evaluate(scores: Matrix, threshold: unknown, notApplicable: Matrix | null | undefined, conditions: Matrix | null | undefined) {
  const lang = messageLang();
  const matrix = scoreMatrix(scores);
  const mask = notApplicableMask(notApplicable, matrix.length, lang);
  const rows = conditionRows(conditions, matrix, lang);
  return evaluateReadiness(conditionInputs(matrix, mask, rows), thresholdArg(threshold, lang));
}

/**
 * Readiness index: the mean score (1 to 5) of the rated, applicable conditions; blank while none is rated.
 * @customfunction READINESS
 * @param scores Score cells: a column or row (one respondent), or one row per condition and one column per respondent. Blank or invalid means not rated.
 * @param [notApplicable] The n/a column: a non-blank cell (e.g. "x") leaves its condition out.
 * @param [conditions] The condition texts: a row with neither text nor a valid score is not a condition (a remark).
 * @returns The readiness index from 1 to 5.
 */
export function readiness(scores: any[][], notApplicable?: any[][], conditions?: any[][]): any {
  return evaluate(scores, null, notApplicable, conditions).index ?? "";
}

/**
 * Number of weak conditions: those whose score (mean of the respondents) is below the threshold.
 * @customfunction WEAKCOUNT
 * @param scores Score cells: a column or row (one respondent), or one row per condition and one column per respondent. Blank or invalid means not rated.
 * @param [threshold] Weak below this score; default 3.
 * @param [notApplicable] The n/a column: a non-blank cell (e.g. "x") leaves its condition out.
 * @param [conditions] The condition texts: a row with neither text nor a valid score is not a condition (a remark).
 * @returns How many conditions are weak.
 */
export function weakcount(scores: any[][], threshold?: number, notApplicable?: any[][], conditions?: any[][]): number {
  return evaluate(scores, threshold, notApplicable, conditions).weakIds.length;
}

/**
 * Verdict on introducing KAM: not ready (two or more weak conditions), ready with one gap, ready, or incomplete.
 * @customfunction VERDICT
 * @param scores Score cells: a column or row (one respondent), or one row per condition and one column per respondent. Blank or invalid means not rated.
 * @param [threshold] Weak below this score; default 3.
 * @param [language] "de", "nl" or "en"; default: Office's display language, else English.
 * @param [notApplicable] The n/a column: a non-blank cell (e.g. "x") leaves its condition out.
 * @param [conditions] The condition texts: a row with neither text nor a valid score is not a condition (a remark).
 * @returns The verdict as text.
 */
export function verdict(scores: any[][], threshold?: number, language?: string, notApplicable?: any[][], conditions?: any[][]): string {
  const lang = languageArg(language, messageLang());
  return VERDICT_TEXT[lang][evaluate(scores, threshold, notApplicable, conditions).verdict];
}
