import { type IsoDate, isIsoDate, serialToIso } from "./dates";

/**
 * Entries as users type them into a sheet. What is not a valid entry is kept verbatim, so that
 * re-generating a sheet never loses it.
 */

/**
 * An input cell that must be written back exactly as the user left it: a formula (whose result may be a
 * valid entry) or a value that is not valid (text, 7, 2.5, an error value).
 */
export interface KeptEntry {
  /** The cell's value (a formula's result); an error value as its text, e.g. "#N/A". */
  readonly value: string | number | boolean;
  readonly formula?: string;
  readonly error?: boolean;
}

/**
 * Formulas a user wrote into an item's text or mark cells (a condition text, an n/a mark, a task's phase), by
 * field: the item holds their results, and re-generating writes the formulas back.
 */
export type CellFormulas<F extends string> = Readonly<Partial<Record<F, string>>>;

/** A date cell: a calendar day, blank, or kept as typed (not a date). */
export type DateEntry = IsoDate | null | KeptEntry;

/** A number entry: valid, null when blank, or kept as typed. */
export type NumberEntry = number | null | KeptEntry;

/** A free-text entry: text, a number or TRUE/FALSE as typed (a date is its serial number), or the formula the user wrote there. */
export type NoteEntry = string | number | boolean | { readonly formula: string };

export function isKeptEntry(value: unknown): value is KeptEntry {
  return typeof value === "object" && value !== null && "value" in value;
}

export type WholeIssue = "notNumber" | "notWhole" | "outOfRange";

/** Why `value` is not a whole number from `min` to `max`, or undefined when it is one. */
export function wholeIssue(value: unknown, min: number, max: number): WholeIssue | undefined {
  // false for anything but a finite number
  if (!Number.isFinite(value)) return "notNumber";
  const n = value as number;
  if (!Number.isInteger(n)) return "notWhole";
  if (n < min || n > max) return "outOfRange";
  return undefined;
}

/** What an entry counts with: the entry itself, a kept entry's value (a formula's result), or null for an error value. */
export function countedValue<T>(entry: T | KeptEntry): Exclude<T, KeptEntry> | KeptEntry["value"] | null {
  if (isKeptEntry(entry)) return entry.error ? null : entry.value;
  return entry as Exclude<T, KeptEntry>;
}

/** The valid whole number of an entry (min…max), or null: blank, an error, or not valid. */
export function wholeOf(entry: NumberEntry, min: number, max: number): number | null {
  const v = countedValue(entry);
  return wholeIssue(v, min, max) === undefined ? (v as number) : null;
}

/**
 * How a sheet tells a condition (or competence) from a remark below or between them: a row is one when it has
 * text in its text column or at least one valid score (rating). A row with only a note, an id, an n/a mark, a
 * requirement or invalid entries is not one. The sheet's formulas, the KAM.* functions and reading the sheet all
 * apply this rule.
 */
export function isItemRow(hasText: boolean, validEntries: number): boolean {
  return hasText || validEntries > 0;
}

/** The calendar day of a date entry: a day, or a kept date with a time of day or from a formula; null otherwise. */
export function entryDate(entry: DateEntry): IsoDate | null {
  if (!isKeptEntry(entry)) return isIsoDate(entry) ? entry : null;
  const serial = countedValue(entry);
  return typeof serial === "number" ? (serialToIso(serial) ?? null) : null;
}
