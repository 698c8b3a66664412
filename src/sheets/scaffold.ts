/**
 * What every sheet is built around: a head (title, instruction and, on some, a legend, each in column A and merged
 * across the sheet) and a header row over its table, in the same look on every sheet.
 */
import { type GridBuilder, area } from "./grid";
import { PALETTE } from "./palette";
import type { Area, CellStyle, SheetSpec, StyledArea } from "./spec";

/** The rows of a sheet's head. */
export interface HeadRows {
  readonly title: number;
  readonly instruction: number;
  readonly legend?: number;
}

/** The head's texts, in the sheet's language. */
export interface HeadTexts {
  readonly title: string;
  readonly instruction: string;
  readonly legend?: string;
}

/** The look of a table's header row. */
export const HEADER_STYLE: CellStyle = {
  bold: true,
  fill: PALETTE.headerFill,
  borderBottom: PALETTE.headerBorder,
  wrap: true,
  vertical: "Center",
};

/** Writes the head's texts into column A. */
export function writeHead(g: GridBuilder, rows: HeadRows, texts: HeadTexts): void {
  g.set(rows.title, 0, texts.title);
  g.set(rows.instruction, 0, texts.instruction);
  if (rows.legend !== undefined && texts.legend !== undefined) g.set(rows.legend, 0, texts.legend);
}

/**
 * The head's look: a large title, the instruction wrapped in a taller row, the legend in muted italics; styled across
 * `width` columns and merged across `mergeWidth` (the instruction wraps within the merge).
 */
export function headLook(
  rows: HeadRows,
  o: { readonly width: number; readonly mergeWidth?: number; readonly instructionHeight: number },
): { styles: StyledArea[]; merges: Area[]; rowHeights: SheetSpec["rowHeights"] } {
  const merged = o.mergeWidth ?? o.width;
  const legend = rows.legend;
  return {
    styles: [
      { area: area(rows.title, 0), style: { bold: true, fontSize: 14, fontColor: PALETTE.titleFont } },
      { area: area(rows.instruction, 0, 1, o.width), style: { wrap: true, vertical: "Top" } },
      ...(legend === undefined ? [] : [{ area: area(legend, 0, 1, o.width), style: { italic: true, fontColor: PALETTE.mutedFont } }]),
    ],
    merges: [rows.title, rows.instruction, ...(legend === undefined ? [] : [legend])].map((r) => area(r, 0, 1, merged)),
    rowHeights: [{ row: rows.instruction, height: o.instructionHeight }],
  };
}

/**
 * What every generated sheet's spec starts with: its name, the grid's cells and number formats, and the head's
 * look (from headLook) with the table's own styles.
 */
export function sheetBase(
  name: string,
  g: GridBuilder,
  head: ReturnType<typeof headLook>,
  tableStyles: readonly StyledArea[],
): Pick<SheetSpec, "name" | "cells" | "numberFormats" | "styles" | "merges" | "rowHeights"> {
  return {
    name,
    cells: g.cells,
    numberFormats: g.numberFormats,
    styles: [...head.styles, ...tableStyles],
    merges: head.merges,
    rowHeights: head.rowHeights,
  };
}
