/**
 * The readiness checklist as the add-in holds it: what the user entered, nothing computed.
 * Invalid entries are kept as typed so that re-generating a sheet never loses them.
 */
import { type CellFormulas, type KeptEntry, type NoteEntry, type NumberEntry, wholeOf } from "../../../domain/entry";
import { SCORE_MAX, SCORE_MIN } from "./scale";

export { type KeptEntry, type NoteEntry, isKeptEntry } from "../../../domain/entry";

/** A respondent's score for a condition: 1–5, null when not rated, or a kept entry. */
export type ScoreEntry = NumberEntry;

export interface ReadinessCondition {
  /** R01…R14 for the standard conditions, R15… for the user's own. */
  readonly id: string;
  /** The condition's text; null means the standard text of `id` in the sheet's language. */
  readonly text: string | null;
  readonly notApplicable: boolean;
  /** One entry per respondent, in the order of `ReadinessModel.respondents`. */
  readonly scores: readonly ScoreEntry[];
  readonly note: NoteEntry;
  /** What the n/a cell held when it was not the sheet's mark ("yes", a remark's text, 0): written back as typed. */
  readonly notApplicableAs?: string | number | boolean;
  /** Formulas in the text or n/a cell, where the user wrote one. */
  readonly formulas?: CellFormulas<"text" | "notApplicable">;
  /**
   * A row read from the sheet that does not count, kept so that re-creating writes it back: a remark (a row
   * with no condition text and no valid score, e.g. a note below the table; `id` is then its first cell as
   * typed) or a condition below the rows the sheet's formulas reach (counted once the sheet is created again).
   */
  readonly ignored?: "remark" | "outside";
}

export interface ReadinessModel {
  /** One name per score column; "" is the single unnamed column of a one-respondent checklist. */
  readonly respondents: readonly string[];
  /** Weak below this; a kept entry that is not a valid threshold means the default applies. */
  readonly threshold: number | KeptEntry;
  readonly conditions: readonly ReadinessCondition[];
}

/** The valid score of an entry, or null (not rated, or not a valid score). */
export function scoreOf(entry: ScoreEntry): number | null {
  return wholeOf(entry, SCORE_MIN, SCORE_MAX);
}
