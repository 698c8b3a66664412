/**
 * The preview's formula engine: every formula the in-memory workbook holds is calculated by HyperFormula with
 * our KAM.* functions registered (dev-only, GPL-3.0: never part of dist/), and conditional formats are
 * evaluated the same way. Nothing is recomputed by the domain behind the grid's back.
 */
import { DetailedCellError, HyperFormula } from "hyperformula";
import type { Format, Sheet, Workbook } from "../office/model";
import { ENGINE_CONFIG, shiftFormula } from "../formulas/engine";

type Raw = string | number | boolean | null;

export class Recalculator {
  private hf: HyperFormula | null = null;
  private ids = new Map<Sheet, number>();

  /** Calculates every formula cell and stores its value (or error) in the workbook. */
  run(wb: Workbook): void {
    const sheets: Record<string, Raw[][]> = {};
    for (const s of wb.sheets) {
      const used = s.usedArea(true);
      const rows = used === null ? 0 : used.row + used.rows;
      const cols = used === null ? 0 : used.col + used.cols;
      sheets[s.name] = Array.from({ length: rows }, (_, r) =>
        Array.from({ length: cols }, (_, c) => {
          const cell = s.cell(r, c);
          if (cell === undefined) return null;
          if (cell.formula !== undefined) return cell.formula;
          // text that would read as a formula stays text
          return typeof cell.value === "string" && cell.value.startsWith("=") ? `'${cell.value}` : cell.value === "" ? null : cell.value;
        }),
      );
    }
    this.hf?.destroy();
    this.hf = HyperFormula.buildFromSheets(sheets, ENGINE_CONFIG);
    this.ids = new Map(wb.sheets.map((s) => [s, this.hf!.getSheetId(s.name)!]));
    for (const s of wb.sheets) {
      const id = this.ids.get(s)!;
      for (const [k, cell] of s.cells) {
        if (cell.formula === undefined) continue;
        const v = this.hf.getCellValue({ sheet: id, row: Math.floor(k / 16_384), col: k % 16_384 });
        if (v instanceof DetailedCellError) {
          cell.value = v.value;
          cell.error = v.value;
        } else {
          delete cell.error;
          cell.value = v === null ? "" : (v as string | number | boolean);
        }
      }
    }
  }

  /** The formats conditional formatting gives the cells of a sheet (the highest-priority rule wins). */
  conditionalFormats(sheet: Sheet): Map<number, Format> {
    const out = new Map<number, Format>();
    const id = this.ids.get(sheet);
    if (this.hf === null || id === undefined) return out;
    // down to a few rows below the last entry: the empty rows a sheet's rules cover (2,000 below the tasks) show
    // nothing a user could see yet, and evaluating them all would keep the page busy for seconds
    let lastRow = 0;
    for (const [k, cell] of sheet.cells) if (cell.value !== "") lastRow = Math.max(lastRow, Math.floor(k / 16_384) + 2);
    // lowest priority first, so that higher ones overwrite
    for (const f of [...sheet.conditionalFormats].reverse()) {
      if (f.formula === undefined) continue;
      for (let dr = 0; dr < Math.min(f.area.rows, lastRow - f.area.row + 1); dr++) {
        for (let dc = 0; dc < f.area.cols; dc++) {
          const on = this.hf.calculateFormula(shiftFormula(f.formula, dr, dc), id);
          if (on !== true) continue;
          const k = (f.area.row + dr) * 16_384 + f.area.col + dc;
          const fmt = { ...out.get(k) };
          if (f.fill !== undefined) fmt.fill = f.fill;
          if (f.fontColor !== undefined) fmt.fontColor = f.fontColor;
          if (f.bold !== undefined) fmt.bold = f.bold;
          out.set(k, fmt);
        }
      }
    }
    return out;
  }
}
