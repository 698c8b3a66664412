import { axisScore, classOf } from "../domain/evaluate";
import { type CriterionGroup, DEFAULT_CUT_OFF, SCORE_MAX, SCORE_MIN, WEIGHT_MAX, WEIGHT_MIN } from "../domain/model";
import { LANGS, type Lang } from "../../../domain/lang";
import { CLASS_TEXT } from "../i18n/classText";
import { SELECTION_SHEET_TEXT } from "../i18n/selectionSheetText";
import { type Matrix, languageArg, messageLang } from "../../../functions/args";
import { sameLength, vector } from "../../../functions/vectors";
import { addArgumentNames } from "../../../i18n/argumentNames";
import metadata from "../i18n/functionMetadata.json";

// the arguments' names in German and Dutch, for the messages that name them
addArgumentNames(metadata);

/*
 * The key-account selection's custom functions. Scores and weights are same-length rows (or columns), one cell per
 * criterion; what is not a valid entry does not count (a score off 0–10, a weight off 0–100, text), as on the sheet
 * and in the pane. A score of 0 is a score: blank is "not scored". Each call looks at its own row once, so a sheet
 * of customers costs as much as it has cells.
 */

/** A whole number lo…hi, else null; 0 counts where it is in the range. */
function wholeIn(v: unknown, lo: number, hi: number): number | null {
  return typeof v === "number" && Number.isInteger(v) && v >= lo && v <= hi ? v : null;
}

/** The group a cell names, in any of the sheet's languages (ignoring case), or null. */
function groupOf(v: unknown): CriterionGroup | null {
  if (typeof v !== "string") return null;
  const text = v.trim().toLowerCase();
  for (const lang of LANGS)
    for (const g of ["attractiveness", "strength"] as const) if (SELECTION_SHEET_TEXT[lang][g].toLowerCase() === text) return g;
  return null;
}

/** One axis: the weighted mean of the scored criteria (of `group`, where groups are given), to two decimals; "" when none is scored. */
function axis(group: CriterionGroup, scores: Matrix, weights: Matrix, groups: Matrix | null | undefined): number | "" {
  const lang = messageLang();
  const sv = vector(scores, "scores", lang);
  const wv = vector(weights, "weights", lang);
  sameLength(wv, sv.cells.length, "weights", "scores", lang);
  let inGroup: boolean[] | null = null;
  if (groups !== null && groups !== undefined) {
    const gv = vector(groups, "groups", lang);
    sameLength(gv, sv.cells.length, "groups", "scores", lang);
    inGroup = gv.cells.map((c) => groupOf(c) === group);
  }
  const w = wv.cells.map((c, i) => (inGroup === null || inGroup[i] ? wholeIn(c, WEIGHT_MIN, WEIGHT_MAX) : null));
  const s = sv.cells.map((c) => wholeIn(c, SCORE_MIN, SCORE_MAX));
  return axisScore(w, s).score ?? "";
}

/**
 * A customer's attractiveness to us: the weighted mean of its scores 0–10 over the criteria scored (re-weighted), to two decimals.
 * @customfunction ATTRACTIVENESS
 * @param scores The customer's scores 0–10, one per criterion (a row or column); blank = not scored.
 * @param weights Each criterion's weight 0–100; same length as scores.
 * @param [groups] Each criterion's group ("Customer attractiveness" or "Relative strength", in German, Dutch or English): only the attractiveness criteria count. Without it, every criterion given counts.
 * @returns A number 0 to 10; blank when no criterion is scored.
 */
export function attractiveness(scores: any[][], weights: any[][], groups?: any[][]): number | string {
  return axis("attractiveness", scores, weights, groups);
}

/**
 * Our relative strength in the customer's eyes: the weighted mean of its scores 0–10 over the criteria scored (re-weighted), to two decimals.
 * @customfunction STRENGTH
 * @param scores The customer's scores 0–10, one per criterion (a row or column); blank = not scored.
 * @param weights Each criterion's weight 0–100; same length as scores.
 * @param [groups] Each criterion's group ("Customer attractiveness" or "Relative strength", in German, Dutch or English): only the relative strength criteria count. Without it, every criterion given counts.
 * @returns A number 0 to 10; blank when no criterion is scored.
 */
export function strength(scores: any[][], weights: any[][], groups?: any[][]): number | string {
  return axis("strength", scores, weights, groups);
}

/**
 * The portfolio class of a customer: key account, key development account, maintenance account or opportunistic account.
 * @customfunction ACCOUNTCLASS
 * @param attractiveness The customer's attractiveness 0–10.
 * @param strength Our relative strength 0–10.
 * @param [cutoff] Where an axis is high, 0–10 (default 5; on the cut-off is high).
 * @param [language] "de", "nl" or "en" for the result; default the display language.
 * @returns The class as text; blank when either score is blank.
 */
export function accountclass(attractiveness: any, strength: any, cutoff?: any, language?: string): string {
  const lang: Lang = languageArg(language, messageLang());
  if (typeof attractiveness !== "number" || typeof strength !== "number") return "";
  const cut = typeof cutoff === "number" && cutoff >= SCORE_MIN && cutoff <= SCORE_MAX ? cutoff : DEFAULT_CUT_OFF;
  return CLASS_TEXT[lang][classOf(attractiveness, strength, cut)];
}
