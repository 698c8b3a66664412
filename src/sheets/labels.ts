import { LANGS, type Lang } from "../domain/lang";
import type { SheetLabels } from "../i18n/format";
import { type SheetGrid, filledCols, filledRows, textAt } from "./read";

/**
 * The language whose `key` text is `text` (ignoring case), if any: how a sheet's language is recognised. A label
 * of an earlier version counts too (EarlierLabels).
 */
export function labelLang<K extends string>(labels: SheetLabels<K>, text: string, key: K): Lang | undefined {
  const wanted = text.toLowerCase();
  return (
    LANGS.find((l) => labels.texts[l][key].toLowerCase() === wanted) ??
    LANGS.find((l) => labels.earlier[l]?.[key]?.some((e) => e.toLowerCase() === wanted))
  );
}

export function isLabel<K extends string>(labels: SheetLabels<K>, text: string, key: K): boolean {
  return labelLang(labels, text, key) !== undefined;
}

/** Where a sheet's header row is, its language, and the columns of its id and title. */
export interface HeaderRow {
  readonly row: number;
  readonly lang: Lang;
  readonly idCol: number;
  readonly titleCol: number;
}

/**
 * The header row: `idKey`'s label in some column and `titleKey`'s further right, in any language: the first such
 * row, however many rows a user put above it (the search looks at the cells held, not at a fixed number of rows).
 * Columns are found by their titles, so a sheet whose user inserted rows or columns, or moved columns, still reads.
 */
export function findHeader<K extends string>(labels: SheetLabels<K>, grid: SheetGrid, idKey: K, titleKey: K): HeaderRow | undefined {
  for (const r of filledRows(grid)) {
    const cols = filledCols(grid, r);
    const idCol = cols.find((c) => isLabel(labels, textAt(grid, r, c), idKey));
    if (idCol === undefined) continue;
    for (const c of filledCols(grid, r, idCol + 1)) {
      const lang = labelLang(labels, textAt(grid, r, c), titleKey);
      if (lang !== undefined) return { row: r, lang, idCol, titleCol: c };
    }
  }
  return undefined;
}

/** Where `key`'s label stands above the header row (the first such cell, in any language), wherever rows or columns moved. */
export function labelAbove<K extends string>(
  labels: SheetLabels<K>,
  grid: SheetGrid,
  headerRow: number,
  key: K,
): { readonly row: number; readonly col: number } | undefined {
  for (const row of filledRows(grid, 0, headerRow - 1)) {
    const col = filledCols(grid, row).find((c) => isLabel(labels, textAt(grid, row, c), key));
    if (col !== undefined) return { row, col };
  }
  return undefined;
}

/** The first column (from `from`, left to right) whose header is `key`'s label; -1 if none. */
export function columnOf<K extends string>(labels: SheetLabels<K>, grid: SheetGrid, header: HeaderRow, from: number, key: K): number {
  return filledCols(grid, header.row, from).find((c) => isLabel(labels, textAt(grid, header.row, c), key)) ?? -1;
}

/**
 * The last column (right to left, from `before` - 1 down to `from`) whose header is `key`'s label; -1 if none. The
 * columns that close a list (after respondents or candidates) are found this way, so that a respondent
 * or candidate named like one of them ("Status", "Max", "Met by") stays one.
 */
export function lastColumnOf<K extends string>(
  labels: SheetLabels<K>,
  grid: SheetGrid,
  header: HeaderRow,
  from: number,
  before: number,
  key: K,
): number {
  return [...filledCols(grid, header.row, from, before - 1)].reverse().find((c) => isLabel(labels, textAt(grid, header.row, c), key)) ?? -1;
}

/**
 * The list of named columns (respondents, candidates) from `from`: every titled column up to `end`, or, without
 * an end (-1), up to the first untitled one. Untitled columns inside the list are ones the user inserted.
 */
export function namedColumns(
  grid: SheetGrid,
  header: HeaderRow,
  from: number,
  end: number,
): { readonly cols: number[]; readonly names: string[] } {
  const cols: number[] = [];
  const names: string[] = [];
  for (const c of filledCols(grid, header.row, from, end >= 0 ? end - 1 : Infinity)) {
    const name = textAt(grid, header.row, c);
    if (end < 0 && (name === "" || c !== from + cols.length)) break;
    if (name === "") continue;
    cols.push(c);
    names.push(name);
  }
  return { cols, names };
}
