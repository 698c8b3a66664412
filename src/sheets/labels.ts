import { LANGS, type Lang, type Localized } from "../domain/lang";
import type { KeptEntry } from "../domain/entry";
import type { Catalog } from "../i18n/format";
import { type CellRead, type SheetGrid, gridRowCount, textAt } from "./read";
import type { CellContent } from "./spec";

/** The language whose `key` text is `text` (ignoring case), if any: how a sheet's language is recognised. */
export function labelLang<K extends string>(catalog: Catalog<K>, text: string, key: K): Lang | undefined {
  const wanted = text.toLowerCase();
  return LANGS.find((l) => catalog[l][key].toLowerCase() === wanted);
}

export function isLabel<K extends string>(catalog: Catalog<K>, text: string, ...keys: K[]): boolean {
  return keys.some((k) => labelLang(catalog, text, k) !== undefined);
}

const HEADER_SEARCH_ROWS = 50;

/** The header row: `idKey` in column A and `titleKey` in column B, in any language. */
export function findHeader<K extends string>(catalog: Catalog<K>, grid: SheetGrid, idKey: K, titleKey: K): { row: number; lang: Lang } | undefined {
  const rows = Math.min(gridRowCount(grid), HEADER_SEARCH_ROWS);
  for (let r = 0; r < rows; r++) {
    const lang = labelLang(catalog, textAt(grid, r, 1), titleKey);
    if (lang !== undefined && isLabel(catalog, textAt(grid, r, 0), idKey)) return { row: r, lang };
  }
  return undefined;
}

/** A cell kept exactly as read: its value (error values as text) and its formula. */
export function keptFrom(cell: CellRead): KeptEntry {
  const base = cell.error ? { value: cell.value, error: true } : { value: cell.value };
  return cell.formula === undefined ? base : { ...base, formula: cell.formula };
}

/** What to write back for a kept entry: its formula if it had one, else its value. */
export function keptContent(entry: KeptEntry): CellContent {
  return entry.formula !== undefined ? { formula: entry.formula } : entry.value;
}

/** Null when `text` is the standard text in any language (so the sheet can be re-localized), else the user's text. */
export function ownText(text: string, standard: Localized | undefined): string | null {
  return standard !== undefined && LANGS.some((l) => standard[l] === text) ? null : text;
}
