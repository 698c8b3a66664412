import { scoreIssue } from "./scale";

/**
 * The readiness checklist as the add-in holds it: what the user entered, nothing computed.
 * Invalid entries are kept as typed so that re-generating a sheet never loses them.
 */

/**
 * An input cell that must be written back exactly as the user left it: a formula (whose result may be a
 * valid score) or a value that is not valid (text, 7, 2.5, an error value).
 */
export interface KeptEntry {
  /** The cell's value (a formula's result); an error value as its text, e.g. "#N/A". */
  readonly value: string | number | boolean;
  readonly formula?: string;
  readonly error?: boolean;
}

/** A respondent's score for a condition: 1–5, null when not rated, or a kept entry. */
export type ScoreEntry = number | null | KeptEntry;

/** A note: text, or the formula the user wrote there. */
export type NoteEntry = string | { readonly formula: string };

export interface ReadinessCondition {
  /** R01…R14 for the standard conditions, R15… for the user's own. */
  readonly id: string;
  /** The condition's text; null means the standard text of `id` in the sheet's language. */
  readonly text: string | null;
  readonly notApplicable: boolean;
  /** One entry per respondent, in the order of `ReadinessModel.respondents`. */
  readonly scores: readonly ScoreEntry[];
  readonly note: NoteEntry;
}

export interface ReadinessModel {
  /** One name per score column; "" is the single unnamed column of a one-respondent checklist. */
  readonly respondents: readonly string[];
  /** Weak below this; a kept entry that is not a valid threshold means the default applies. */
  readonly threshold: number | KeptEntry;
  readonly conditions: readonly ReadinessCondition[];
}

export function isKeptEntry(value: unknown): value is KeptEntry {
  return typeof value === "object" && value !== null && "value" in value;
}

/** The valid score of an entry, or null (not rated, or not a valid score). */
export function scoreOf(entry: ScoreEntry): number | null {
  const v = isKeptEntry(entry) ? (entry.error ? null : entry.value) : entry;
  return typeof v === "number" && scoreIssue(v) === undefined ? v : null;
}
