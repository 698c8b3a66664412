import { LANGS, type Lang } from "../../domain/lang";
import { CONDITION_ID_PATTERN, nextConditionId, standardCondition } from "../../domain/readiness/conditions";
import type { NoteEntry, ReadinessCondition, ReadinessModel, ScoreEntry } from "../../domain/readiness/model";
import { DEFAULT_THRESHOLD, isValidThreshold, scoreIssue } from "../../domain/readiness/scale";
import { READINESS_SHEET_TEXT, type ReadinessSheetKey } from "../../i18n/readinessSheetText";
import { findHeader, isLabel as isCatalogLabel, keptFrom } from "../labels";
import { type Problem, type SheetGrid, cellAt, gridRowCount, problemAt, textAt } from "../read";
import { COL, LABEL_COL, VALUE_COL } from "./layout";

export interface ReadinessRead {
  readonly model: ReadinessModel;
  /** The language the sheet was written in. */
  readonly lang: Lang;
  readonly problems: readonly Problem[];
  /** 0-based row of each condition, in model order: for selecting a condition's row. */
  readonly conditionRows: readonly number[];
  /** The block the checklist occupies (A1 to its last row and its notes column): what re-generating replaces. */
  readonly extent: { readonly rows: number; readonly cols: number };
}

export type ReadinessParse = ({ ok: true } & ReadinessRead) | { ok: false; problems: readonly Problem[] };

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

  const rows: { row: number; id: string | null; condition: Omit<ReadinessCondition, "id"> }[] = [];
  const usedIds = new Set<string>();
  for (let r = h + 1; r < gridRowCount(grid); r++) {
    const idText = textAt(grid, r, COL.id);
    const text = textAt(grid, r, COL.text);
    const scoreCells = respondents.map((_, j) => cellAt(grid, r, COL.firstScore + j));
    const noteCell = notesCol >= 0 ? cellAt(grid, r, notesCol) : undefined;
    const naText = textAt(grid, r, COL.notApplicable);
    if (idText === "" && text === "" && naText === "" && scoreCells.every((s) => s.empty) && (noteCell?.empty ?? true)) continue;

    let id: string | null = null;
    if (CONDITION_ID_PATTERN.test(idText.toUpperCase())) {
      const upper = idText.toUpperCase();
      if (usedIds.has(upper)) problems.push(problemAt(grid, r, COL.id, "duplicateId", idText));
      else id = upper;
    } else if (idText !== "") problems.push(problemAt(grid, r, COL.id, "badId", idText));
    if (id !== null) usedIds.add(id);

    const scores: ScoreEntry[] = scoreCells.map((cell, j) => {
      if (cell.empty) return null;
      const at = COL.firstScore + j;
      if (cell.error) {
        problems.push(problemAt(grid, r, at, "errorValue", cell.value));
        return keptFrom(cell);
      }
      const issue = scoreIssue(cell.value);
      if (issue !== undefined) problems.push(problemAt(grid, r, at, issue, cell.value));
      return issue === undefined && cell.formula === undefined ? (cell.value as number) : keptFrom(cell);
    });
    const standard = id === null ? undefined : standardCondition(id);
    const isStandardText = standard !== undefined && LANGS.some((l) => standard.text[l] === text);
    const note: NoteEntry = noteCell?.formula !== undefined ? { formula: noteCell.formula } : noteCell === undefined ? "" : String(noteCell.value);
    rows.push({ row: r, id, condition: { text: isStandardText ? null : text, notApplicable: naText !== "", scores, note } });
  }

  // rows without a usable id get the next free one, in sheet order
  const conditions: ReadinessCondition[] = [];
  for (const { id, condition } of rows) {
    const finalId = id ?? nextConditionId([...usedIds]);
    usedIds.add(finalId);
    conditions.push({ id: finalId, ...condition });
  }
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
