import { CONDITION_ID_PATTERN, nextConditionId, standardCondition } from "../../domain/readiness/conditions";
import type { ReadinessCondition, ReadinessModel, ScoreEntry } from "../../domain/readiness/model";
import { DEFAULT_THRESHOLD, SCORE_MAX, SCORE_MIN, isValidThreshold } from "../../domain/readiness/scale";
import { assignIds, readNote, readWhole } from "../entries";
import { READINESS_SHEET_TEXT, type ReadinessSheetKey } from "../../i18n/readinessSheetText";
import { findHeader, isLabel as isCatalogLabel, keptFrom, ownText } from "../labels";
import { type ParseResult, type Problem, type SheetGrid, type SheetRead, cellAt, gridRowCount, problemAt, textAt } from "../read";
import { COL, LABEL_COL, VALUE_COL } from "./layout";

export interface ReadinessRead extends SheetRead<ReadinessModel> {
  /** 0-based row of each condition, in model order: for selecting a condition's row. */
  readonly conditionRows: readonly number[];
}

export type ReadinessParse = ParseResult<ReadinessRead>;

function isLabel(text: string, ...keys: ReadinessSheetKey[]): boolean {
  return isCatalogLabel(READINESS_SHEET_TEXT, text, ...keys);
}

/** Reads a readiness checklist back into the model, naming every cell whose entry is not valid. */
export function parseReadiness(grid: SheetGrid): ReadinessParse {
  // the header row (Nr. | Voraussetzung in any language) tells the sheet's language
  const header = findHeader(READINESS_SHEET_TEXT, grid, "hId", "hCondition");
  if (header === undefined) return { ok: false, problems: [problemAt(grid, 0, COL.id, "headerMissing", "")] };
  const problems: Problem[] = [];
  const h = header.row;

  // respondent columns run from D to the first column headed mean/min/max/status/notes, or the first empty header
  const respondents: string[] = [];
  let col = COL.firstScore;
  for (;; col++) {
    const label = textAt(grid, h, col);
    if (label === "" || isLabel(label, "hMean", "hMin", "hMax", "hStatus", "hNotes")) break;
    respondents.push(isLabel(label, "hScore") ? "" : label);
  }
  if (respondents.length === 0) respondents.push("");
  let notesCol = -1;
  for (let c = col; c < col + 6; c++) if (isLabel(textAt(grid, h, c), "hNotes")) notesCol = c;

  let threshold: ReadinessModel["threshold"] = DEFAULT_THRESHOLD;
  for (let r = 0; r < h; r++) {
    if (!isLabel(textAt(grid, r, LABEL_COL), "threshold")) continue;
    const cell = cellAt(grid, r, VALUE_COL);
    if (cell.empty) break;
    if (!cell.error && cell.formula === undefined && isValidThreshold(cell.value)) threshold = cell.value as number;
    else {
      threshold = keptFrom(cell);
      if (!isValidThreshold(cell.value) || cell.error) problems.push(problemAt(grid, r, VALUE_COL, "thresholdInvalid", cell.value));
    }
    break;
  }

  const rows: { row: number; condition: Omit<ReadinessCondition, "id"> & { readonly text: string } }[] = [];
  for (let r = h + 1; r < gridRowCount(grid); r++) {
    const text = textAt(grid, r, COL.text);
    const naText = textAt(grid, r, COL.notApplicable);
    const noteCell = notesCol >= 0 ? cellAt(grid, r, notesCol) : undefined;
    const blankRow =
      textAt(grid, r, COL.id) === "" && text === "" && naText === "" && (noteCell?.empty ?? true) &&
      respondents.every((_, j) => cellAt(grid, r, COL.firstScore + j).empty);
    if (blankRow) continue;
    const scores: ScoreEntry[] = respondents.map((_, j) => readWhole(grid, r, COL.firstScore + j, SCORE_MIN, SCORE_MAX, problems));
    rows.push({ row: r, condition: { text, notApplicable: naText !== "", scores, note: readNote(noteCell) } });
  }

  const ids = assignIds(grid, rows.map((x) => x.row), COL.id, CONDITION_ID_PATTERN, nextConditionId, problems);
  const conditions: ReadinessCondition[] = rows.map(({ condition }, i) => {
    const id = ids[i]!;
    return { ...condition, id, text: ownText(condition.text, standardCondition(id)?.text) };
  });
  const lastRow = rows.length > 0 ? rows[rows.length - 1]!.row : h;
  return {
    ok: true,
    model: { respondents, threshold, conditions },
    lang: header.lang,
    problems,
    conditionRows: rows.map((x) => x.row),
    extent: { rows: lastRow + 1, cols: Math.max(notesCol, col) + 1 },
  };
}
