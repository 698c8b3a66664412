/** What a host types into a cell for a spec's content: text Excel would turn into something else is escaped. */
import { type CellContent, isFormulaCell } from "./spec";

/**
 * True for text Excel would take as a formula or a number sign when typed: such text is written with a leading
 * apostrophe. White space before the sign (a tab, a line break) counts, and so do the full-width signs of East Asian
 * input: the apostrophe costs nothing where it was not needed.
 */
export function looksLikeFormula(text: string): boolean {
  return /^\s*[=+\-@＝＋－＠]/.test(text);
}

/**
 * True for text Excel would turn into something else when it is written into a cell: a formula, an error value
 * ("#N/A"), TRUE/FALSE (in the add-in's languages too), or a number, percentage, amount, date or time ("007",
 * "1e3", "50 %", "31.03.2026", "Mar 31", "10:30"). Dates are read by the user's locale, so any short text with a
 * digit and at most one word counts; the apostrophe costs nothing where it was not needed.
 */
export function excelWouldConvert(text: string): boolean {
  if (looksLikeFormula(text) || text.startsWith("'") || /^\s*#/.test(text)) return true;
  const t = text.trim();
  if (/^(true|false|wahr|falsch|waar|onwaar)$/i.test(t)) return true;
  // an id such as R01 or Q3 (letters, then digits) is no number or date
  if (!/\p{Nd}/u.test(t) || /^\p{L}+\p{Nd}+$/u.test(t)) return false;
  const words = t.match(/\p{L}+/gu) ?? [];
  return words.length <= 1 && words.every((w) => w.length <= 9);
}

/** The string a host writes for a cell through `formulas`: formulas as they are, text Excel would convert escaped. */
export function cellInput(value: CellContent): string | number | boolean {
  if (isFormulaCell(value)) return value.formula;
  if (value === null) return "";
  if (typeof value === "string" && excelWouldConvert(value)) return `'${value}`;
  return value;
}
