import { LANGS, type Lang, type Localized } from "./lang";

/**
 * A text as a spreadsheet's TRIM gives it: spaces cut at both ends and each run of them inside made one. Only the
 * space (U+0020) counts, as in Excel, LibreOffice and Google Sheets: a tab, a line break or a non-breaking space
 * stays, so a word with one of those around it is not the word, on the sheet or in the pane.
 */
export function sheetTrim(text: string): string {
  return text.replace(/ {2,}/g, " ").replace(/^ | $/g, "");
}

/** A word of a list with what it names and its language. */
export interface KnownWord<C extends string> {
  readonly choice: C;
  readonly lang: Lang;
  readonly text: string;
}

/** Every word of a list in each language, in the table's order by language; `more` (earlier words) after them. */
export function knownWords<C extends string>(
  table: Readonly<Record<C, Localized>>,
  more: readonly KnownWord<C>[] = [],
): readonly KnownWord<C>[] {
  return [...LANGS.flatMap((lang) => (Object.keys(table) as C[]).map((choice) => ({ choice, lang, text: table[choice][lang] }))), ...more];
}

/**
 * The word a cell's text is, as a sheet's formula compares it (`TRIM(cell)="Ja"`: any case, spaces around and
 * doubled inside ignored); undefined for any other text or value. The first of `words` that matches wins, so a word
 * two languages share (Ja) names the choice of the first.
 */
export function findWord<C extends string>(words: readonly KnownWord<C>[], text: unknown): KnownWord<C> | undefined {
  if (typeof text !== "string") return undefined;
  const wanted = sheetTrim(text).toLowerCase();
  if (wanted === "") return undefined;
  return words.find((w) => w.text.toLowerCase() === wanted);
}
