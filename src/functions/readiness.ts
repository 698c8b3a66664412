import { evaluateReadiness } from "../domain/readiness/evaluate";
import { VERDICT_TEXT } from "../i18n/verdictText";
import { type Matrix, conditionInputs, languageArg, messageLang, notApplicableMask, scoreMatrix, thresholdArg } from "./args";

/*
 * The readiness checklist's custom functions. Each validates its arguments and asks the domain; the
 * webpack plugin generates functions.json from these JSDoc blocks and registers each function by its id.
 */

function evaluate(scores: Matrix, threshold: unknown, notApplicable: Matrix | null | undefined, invocation: CustomFunctions.Invocation | undefined) {
  const lang = messageLang();
  const matrix = scoreMatrix(scores, invocation?.parameterAddresses?.[0], lang);
  const mask = notApplicableMask(notApplicable, matrix.length, lang);
  return evaluateReadiness(conditionInputs(matrix, mask), thresholdArg(threshold, lang));
}

/**
 * Readiness index: the mean score (1 to 5) of the rated, applicable conditions; blank while none is rated.
 * @customfunction READINESS
 * @requiresParameterAddresses
 * @param scores Score cells: a column or row (one respondent), or one row per condition and one column per respondent. Blank means not rated.
 * @param [notApplicable] The n/a column: a non-blank cell (e.g. "x") leaves its condition out.
 * @param [invocation] Supplied by Excel.
 * @returns The readiness index from 1 to 5.
 */
export function readiness(scores: any[][], notApplicable?: any[][], invocation?: CustomFunctions.Invocation): any {
  return evaluate(scores, null, notApplicable, invocation).index ?? "";
}

/**
 * Number of weak conditions: those whose score (mean of the respondents) is below the threshold.
 * @customfunction WEAKCOUNT
 * @requiresParameterAddresses
 * @param scores Score cells: a column or row (one respondent), or one row per condition and one column per respondent. Blank means not rated.
 * @param [threshold] Weak below this score; default 3.
 * @param [notApplicable] The n/a column: a non-blank cell (e.g. "x") leaves its condition out.
 * @param [invocation] Supplied by Excel.
 * @returns How many conditions are weak.
 */
export function weakcount(scores: any[][], threshold?: number, notApplicable?: any[][], invocation?: CustomFunctions.Invocation): number {
  return evaluate(scores, threshold, notApplicable, invocation).weakIds.length;
}

/**
 * Verdict on introducing KAM: not ready (two or more weak conditions), ready with one gap, ready, or incomplete.
 * @customfunction VERDICT
 * @requiresParameterAddresses
 * @param scores Score cells: a column or row (one respondent), or one row per condition and one column per respondent. Blank means not rated.
 * @param [threshold] Weak below this score; default 3.
 * @param [language] "de", "nl" or "en"; default: Office's display language, else English.
 * @param [notApplicable] The n/a column: a non-blank cell (e.g. "x") leaves its condition out.
 * @param [invocation] Supplied by Excel.
 * @returns The verdict as text.
 */
export function verdict(scores: any[][], threshold?: number, language?: string, notApplicable?: any[][], invocation?: CustomFunctions.Invocation): string {
  const lang = languageArg(language, messageLang());
  return VERDICT_TEXT[lang][evaluate(scores, threshold, notApplicable, invocation).verdict];
}
