import type { CellFormulas, KeptEntry, NumberEntry } from "../../../domain/entry";

/**
 * The competence assessment as the add-in holds it (README, "Using the competence assessment"): a requirement per competence and one
 * rating column per candidate. What the user entered, nothing computed; invalid entries kept as typed.
 */

export interface Requirement {
  /** C01…C14 for the standard competences, C15… for the user's own. */
  readonly id: string;
  /** Null means the standard text of `id` in the sheet's language. */
  readonly text: string | null;
  /** Required level 1–5 (default 4). */
  readonly required: number | KeptEntry;
  /** 1 useful, 2 important, 3 critical (default 2). */
  readonly weight: number | KeptEntry;
  readonly mustHave: boolean;
  /** What the must-have cell held when it was not the sheet's mark ("yes", a remark's text, 0): written back as typed. */
  readonly mustHaveAs?: string | number | boolean;
  /** One rating per candidate, in the order of `CompetenceModel.candidates`; null = not assessed. */
  readonly ratings: readonly NumberEntry[];
  /** Formulas in the competence or must-have cell, where the user wrote one. */
  readonly formulas?: CellFormulas<"text" | "mustHave">;
  /**
   * Kept on the sheet but not evaluated: a remark (a row with neither competence text nor a valid rating, whose
   * id is its first cell as typed), or a competence below the rows the sheet's formulas cover.
   */
  readonly ignored?: "remark" | "outside";
}

export interface CompetenceModel {
  readonly candidates: readonly string[];
  readonly requirements: readonly Requirement[];
}

export const LEVEL_MIN = 1;
export const LEVEL_MAX = 5;
export const DEFAULT_REQUIRED = 4;
export const WEIGHT_MIN = 1;
export const WEIGHT_MAX = 3;
export const DEFAULT_WEIGHT = 2;
