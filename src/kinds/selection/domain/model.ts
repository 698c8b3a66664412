import type { CellFormulas, KeptEntry, NoteEntry, NumberEntry } from "../../../domain/entry";

/**
 * The key-account selection as the add-in holds it (README, "Selecting key accounts"): criteria in two groups
 * with weights, one row per customer with a score per criterion. What the user entered, nothing computed; invalid
 * entries kept as typed.
 */

/** Customer attractiveness (to us), or our relative strength (how attractive we are to the customer). */
export type CriterionGroup = "attractiveness" | "strength";

export interface Criterion {
  /** K01…K10 for the standard criteria (K01…K05 attractiveness, K06…K10 strength), K11… for the user's own. */
  readonly id: string;
  /** What the sheet's group cell holds when it names no group, kept as typed: the criterion counts in neither. */
  readonly group: CriterionGroup | KeptEntry;
  /** Null means the standard text of `id` in the sheet's language. */
  readonly text: string | null;
  /** A whole number 0–100; a group's weights sum to 100. */
  readonly weight: NumberEntry;
  /** A column outside the range the sheet's formulas cover: kept, counted nowhere until the sheet is re-created. */
  readonly ignored?: "outside";
}

export interface Customer {
  /** A01, A02, …: a customer keeps its id when rows move. */
  readonly id: string;
  readonly name: string;
  /** Current revenue with the customer: any number of zero or more; the portfolio's bubble size. */
  readonly revenue: NumberEntry;
  /** Revenue potential over three years. */
  readonly potential: NumberEntry;
  /** One score 0–10 per criterion, in the order of `SelectionModel.criteria`; null = not scored. */
  readonly scores: readonly NumberEntry[];
  readonly notes: NoteEntry;
  /** A formula the user wrote into the name cell: `name` is its result. */
  readonly formulas?: CellFormulas<"name">;
  /** A row below the range the sheet's formulas cover: kept, counted nowhere until the sheet is re-created. */
  readonly ignored?: "outside";
}

export interface SelectionModel {
  readonly criteria: readonly Criterion[];
  readonly customers: readonly Customer[];
  /** Where each axis divides high from low (0–10, default 5; blank or not valid: the default). */
  readonly cutOff: NumberEntry;
  /** How many key accounts the company can carry (its key account managers' capacity; default 4). */
  readonly capacity: NumberEntry;
}

export const SCORE_MIN = 0;
export const SCORE_MAX = 10;
export const WEIGHT_MIN = 0;
export const WEIGHT_MAX = 100;
/** What a group's weights sum to. */
export const WEIGHT_TOTAL = 100;
export const DEFAULT_CUT_OFF = 5;
export const DEFAULT_CAPACITY = 4;
/** The largest capacity a sheet takes: a company with more key accounts than this has no use for the warning. */
export const CAPACITY_MAX = 999;
