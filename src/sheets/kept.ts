/**
 * Entries kept as the user typed them (text where a number belongs, a formula, an error value) and the user's own
 * texts: read from a sheet, and written back unchanged when it is re-created.
 */
import type { CellFormulas, KeptEntry } from "../domain/entry";
import { type StandardText, isStandardText } from "../domain/lang";
import type { CellRead } from "./read";
import type { CellContent } from "./spec";

/** A cell kept exactly as read: its value (error values as text) and its formula. */
export function keptFrom(cell: CellRead): KeptEntry {
  const base = cell.error ? { value: cell.value, error: true } : { value: cell.value };
  return cell.formula === undefined ? base : { ...base, formula: cell.formula };
}

/** What to write back for a kept entry: its formula if it had one, else its value. */
export function keptContent(entry: KeptEntry): CellContent {
  return entry.formula !== undefined ? { formula: entry.formula } : entry.value;
}

/** What to write into an item's text or mark cell: the user's formula there if there was one, else `content`. */
export function orFormula<F extends string>(item: { readonly formulas?: CellFormulas<F> }, field: F, content: CellContent): CellContent {
  const formula = item.formulas?.[field];
  return formula === undefined ? content : { formula };
}

/** Null when `text` is the standard text (isStandardText; so the sheet can be re-localized), else the user's text. */
export function ownText(text: string, standard: StandardText | undefined): string | null {
  return isStandardText(text, standard) ? null : text;
}
