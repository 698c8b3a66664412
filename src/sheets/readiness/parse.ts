import { CONDITION_ID_PATTERN, nextConditionId, standardCondition } from "../../domain/readiness/conditions";
import type { ReadinessCondition, ReadinessModel, ScoreEntry } from "../../domain/readiness/model";
import { DEFAULT_THRESHOLD, SCORE_MAX, SCORE_MIN, isValidThreshold } from "../../domain/readiness/scale";
import { assignIds, formulasIn, readNote, readWhole, tableBlock } from "../entries";
import { READINESS_SHEET_TEXT, type ReadinessSheetKey } from "../../i18n/readinessSheetText";
import { columnOf, findHeader, isLabel as isCatalogLabel, keptFrom, lastColumnOf, namedColumns, ownText } from "../labels";
import { type ParseResult, type Problem, type SheetGrid, type SheetRead, cellAt, gridRowCount, problemAt, textAt } from "../read";
import { COL } from "./layout";

export interface ReadinessRead extends SheetRead<ReadinessModel> {
  /** 0-based row of each condition, in model order: for selecting a condition's row. */
  readonly conditionRows: readonly number[];
}

export type ReadinessParse = ParseResult<ReadinessRead>;

function isLabel(text: string, ...keys: ReadinessSheetKey[]): boolean {
  return isCatalogLabel(READINESS_SHEET_TEXT, text, ...keys);
}

/**
 * The threshold: the first filled cell right of its label above the header row (D4 as rendered, wherever columns
 * were inserted); the default when there is none, kept as typed and named when it is not valid.
 */
function readThreshold(grid: SheetGrid, headerRow: number, problems: Problem[]): ReadinessModel["threshold"] {
  for (let r = 0; r < headerRow; r++) {
    const width = grid.values[r]?.length ?? 0;
    const label = Array.from({ length: width }, (_, c) => c).find((c) => isLabel(textAt(grid, r, c), "threshold"));
    if (label === undefined) continue;
    let c = label + 1;
    while (c < width && cellAt(grid, r, c).empty) c++;
    if (c >= width) return DEFAULT_THRESHOLD;
    const cell = cellAt(grid, r, c);
    if (!cell.error && cell.formula === undefined && isValidThreshold(cell.value)) return cell.value as number;
    if (!isValidThreshold(cell.value) || cell.error) problems.push(problemAt(grid, r, c, "thresholdInvalid", cell.value));
    return keptFrom(cell);
  }
  return DEFAULT_THRESHOLD;
}

/** Reads a readiness checklist back into the model, naming every cell whose entry is not valid. */
export function parseReadiness(grid: SheetGrid): ReadinessParse {
  // the header row (Nr. | Voraussetzung in any language) tells the sheet's language
  const header = findHeader(READINESS_SHEET_TEXT, grid, "hId", "hCondition");
  if (header === undefined) return { ok: false, problems: [problemAt(grid, 0, COL.id, "headerMissing", "")] };
  const problems: Problem[] = [];
  const h = header.row;
  const column = (from: number, ...keys: ReadinessSheetKey[]) => columnOf(READINESS_SHEET_TEXT, grid, header, from, ...keys);

  // columns are found by their titles: n/a, then one score column per respondent up to the computed columns
  // (mean/min/max/status) or notes; a column without a title among them is one the user inserted. The closing
  // columns are searched from the right, so a respondent named "Status" or "Max" stays a respondent.
  const naCol = column(header.titleCol + 1, "hNotApplicable");
  const scoresFrom = Math.max(header.titleCol, naCol) + 1;
  const width = grid.values[h]?.length ?? 0;
  const last = (before: number, key: ReadinessSheetKey, from = scoresFrom) => lastColumnOf(READINESS_SHEET_TEXT, grid, header, from, before, key);
  const statusCol = last(width, "hStatus");
  const notesCol = last(width, "hNotes", statusCol >= 0 ? statusCol + 1 : scoresFrom);
  // mean, min and max come as a trio (two or more respondents) before the status
  const maxCol = last(statusCol >= 0 ? statusCol : notesCol >= 0 ? notesCol : width, "hMax");
  const minCol = maxCol >= 0 ? last(maxCol, "hMin") : -1;
  const meanCol = minCol >= 0 ? last(minCol, "hMean") : -1;
  const spread = meanCol >= 0 ? [meanCol, minCol, maxCol] : [];
  const computedCols = [...spread, statusCol].filter((c) => c >= 0);
  const endCol = [...computedCols, notesCol].find((c) => c >= 0) ?? -1;
  const { cols: respondentCols, names: respondents } = namedColumns(grid, header, scoresFrom, endCol);
  // one column titled "Score" (in any language) is the unnamed respondent of a checklist without names
  if (respondents.length === 1 && isLabel(respondents[0]!, "hScore")) respondents[0] = "";
  if (respondents.length === 0) {
    respondents.push("");
    respondentCols.push(scoresFrom);
  }

  const threshold = readThreshold(grid, h, problems);

  const rows: { row: number; condition: Omit<ReadinessCondition, "id"> & { readonly text: string } }[] = [];
  for (let r = h + 1; r < gridRowCount(grid); r++) {
    const text = textAt(grid, r, header.titleCol);
    const naText = naCol >= 0 ? textAt(grid, r, naCol) : "";
    const noteCell = notesCol >= 0 ? cellAt(grid, r, notesCol) : undefined;
    const blankRow = [header.idCol, header.titleCol, naCol, notesCol, ...respondentCols].every((c) => c < 0 || cellAt(grid, r, c).empty);
    if (blankRow) continue;
    const scores: ScoreEntry[] = respondentCols.map((c) => readWhole(grid, r, c, SCORE_MIN, SCORE_MAX, problems));
    const formulas = formulasIn(grid, r, { text: header.titleCol, notApplicable: naCol });
    rows.push({ row: r, condition: { text, notApplicable: naText !== "", scores, note: readNote(noteCell), ...formulas } });
  }

  const ids = assignIds(grid, rows.map((x) => x.row), header.idCol, CONDITION_ID_PATTERN, nextConditionId, problems);
  const conditions: ReadinessCondition[] = rows.map(({ condition }, i) => {
    const id = ids[i]!;
    return { ...condition, id, text: ownText(condition.text, standardCondition(id)?.text) };
  });
  const lastRow = rows.length > 0 ? rows[rows.length - 1]!.row : h;
  const block = tableBlock(grid, h, lastRow, [header.idCol, header.titleCol, naCol, ...respondentCols, ...computedCols, notesCol], problems);
  return { ok: true, model: { respondents, threshold, conditions }, lang: header.lang, problems, conditionRows: rows.map((x) => x.row), ...block };
}
