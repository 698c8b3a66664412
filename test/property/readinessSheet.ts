/**
 * What every computed cell of a readiness checklist must show, given what reading the sheet reports: the check
 * behind "the sheet shows what the pane and `kam read` say", whichever engine calculated the sheet.
 */
import { evaluateChecklist } from "../../src/kinds/readiness/domain/checklist";
import type { ReadinessResult } from "../../src/kinds/readiness/domain/evaluate";
import type { Lang } from "../../src/domain/lang";
import { READINESS_SHEET_TEXT } from "../../src/kinds/readiness/i18n/readinessSheetText";
import { VERDICT_TEXT } from "../../src/kinds/readiness/i18n/verdictText";
import { cellAddress } from "../../src/sheets/address";
import { FIRST_CONDITION_ROW, ROW, VALUE_COL, type ReadinessLayout } from "../../src/kinds/readiness/sheets/layout";
import type { ReadinessRead } from "../../src/kinds/readiness/sheets/parse";
import { PALETTE } from "../../src/sheets/palette";
import type { Problem } from "../../src/sheets/read";
import type { SheetSpec } from "../../src/sheets/spec";
import { type EditableSheet, shiftFormula } from "../formulas/engine";

export interface Expectation {
  readonly cell: string;
  readonly what: string;
  readonly expected: string | number;
}

/** The computed cells' values that follow from the read: the result block and every covered row's status and mean. */
export function expectedCells(read: ReadinessRead, l: ReadinessLayout, lang: Lang): { result: ReadinessResult; cells: Expectation[] } {
  const result = evaluateChecklist(read.model);
  const t = READINESS_SHEET_TEXT[lang];
  const cells: Expectation[] = [
    { cell: cellAddress(ROW.index, VALUE_COL), what: "index", expected: result.index ?? "" },
    { cell: cellAddress(ROW.percent, VALUE_COL), what: "percent", expected: result.percent === null ? "" : result.percent / 100 },
    { cell: cellAddress(ROW.weakCount, VALUE_COL), what: "weak count", expected: result.weakIds.length },
    { cell: cellAddress(ROW.verdict, VALUE_COL), what: "verdict", expected: VERDICT_TEXT[lang][result.verdict] },
  ];
  const byId = new Map(result.conditions.map((c) => [c.id, c]));
  const itemAt = new Map(read.conditionRows.map((row, i) => [row, read.model.conditions[i]!]));
  for (let row = FIRST_CONDITION_ROW; row <= l.lastRow; row++) {
    const item = itemAt.get(row);
    const c = item === undefined || item.ignored !== undefined ? undefined : byId.get(item.id);
    const status =
      c === undefined
        ? ""
        : c.notApplicable
          ? t.stNotApplicable
          : c.mean === null
            ? t.stUnrated
            : c.weak
              ? c.disputed
                ? t.stWeakDisputed
                : t.stWeak
              : c.disputed
                ? t.stDisputed
                : "";
    cells.push({ cell: cellAddress(row, l.statusCol), what: `status of row ${row + 1}`, expected: status });
    cells.push({ cell: cellAddress(row, l.meanCol), what: `mean of row ${row + 1}`, expected: c?.mean ?? "" });
    if (l.minCol !== null && l.maxCol !== null) {
      cells.push({
        cell: cellAddress(row, l.minCol),
        what: `min of row ${row + 1}`,
        expected: c?.mean === null || c === undefined ? "" : c.min!,
      });
      cells.push({
        cell: cellAddress(row, l.maxCol),
        what: `max of row ${row + 1}`,
        expected: c?.mean === null || c === undefined ? "" : c.max!,
      });
    }
  }
  return { result, cells };
}

/** Values agree: numbers to 9 places (engines sum in their own order), everything else exactly. */
export function same(actual: unknown, expected: string | number): boolean {
  if (typeof expected === "number") return typeof actual === "number" && Math.abs(actual - expected) < 1e-9;
  // an empty cell shows what an empty text shows
  return actual === expected || (expected === "" && (actual === null || actual === undefined));
}

const INVALID = new Set(["notNumber", "notWhole", "outOfRange", "errorValue"]);

/** An invalid entry is highlighted (orange) exactly where reading names it: throws at the first cell where not. */
export function expectInvalidHighlighted(sheet: EditableSheet, spec: SheetSpec, problems: readonly Problem[]): void {
  const invalidCells = new Set(problems.filter((p) => INVALID.has(p.code)).map((p) => p.cell));
  const rule = spec.conditionalFormats.find((f) => f.fill === PALETTE.invalidFill)!;
  for (let dr = 0; dr < rule.area.rows; dr++) {
    for (let dc = 0; dc < rule.area.cols; dc++) {
      const [row, col] = [rule.area.row + dr, rule.area.col + dc];
      if (sheet.value(row, col) === null || sheet.value(row, col) === "") continue;
      const on = sheet.evaluate(shiftFormula(rule.formula, dr, dc)) === true;
      if (on !== invalidCells.has(cellAddress(row, col)))
        throw new Error(`${cellAddress(row, col)} holds ${JSON.stringify(sheet.value(row, col))}: highlighted ${on}, named ${!on}`);
    }
  }
}
