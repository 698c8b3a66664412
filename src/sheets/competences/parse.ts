import { COMPETENCE_ID_PATTERN, nextCompetenceId, standardCompetence } from "../../domain/competences/profile";
import { type CompetenceModel, DEFAULT_REQUIRED, DEFAULT_WEIGHT, LEVEL_MAX, LEVEL_MIN, type Requirement, WEIGHT_MAX, WEIGHT_MIN } from "../../domain/competences/model";
import { isItemRow, wholeOf } from "../../domain/entry";
import { COMPETENCE_SHEET_TEXT, type CompetenceSheetKey } from "../../i18n/competenceSheetText";
import { assignIds, firstFormulaRow, formulasIn, lastFormulaRow, listedColumns, nameOutsideColumns, rangeEndCol, readWhole, strayCells, tableBlock } from "../entries";
import { type HeaderRow, columnOf, findHeader, labelLang, lastColumnOf, namedColumns, ownText } from "../labels";
import { type ParseResult, type Problem, type SheetGrid, type SheetRead, cellAt, gridRowCount, isMarked, problemAt, textAt } from "../read";
import { COL } from "./layout";

export interface CompetenceRead extends SheetRead<CompetenceModel> {
  /** 0-based row of each competence (and remark), in model order. */
  readonly competenceRows: readonly number[];
  /** 0-based column of each candidate, in model order. */
  readonly candidateCols: readonly number[];
}

export type CompetenceParse = ParseResult<CompetenceRead>;

/** The columns of an assessment as read, in the layout of this version or an earlier one. */
interface Columns {
  readonly teamCol: number;
  readonly candidateCols: readonly number[];
  readonly candidates: readonly string[];
  /** Titled or filled columns right of those the formulas cover: not read, named. */
  readonly outside: readonly number[];
  /** The last column the formulas cover, where the sheet tells. */
  readonly coveredTo?: number;
}

/**
 * This version puts "Met by" before the candidates, whose ratings its formulas reach to the right (spare columns
 * included); earlier ones put it after the candidates. A sheet whose "Met by" holds no formula any more is of this
 * version when titled columns follow it.
 */
function candidateColumns(grid: SheetGrid, header: HeaderRow, candidatesFrom: number): Columns {
  const width = grid.values[header.row]?.length ?? 0;
  const teamFirst = columnOf(COMPETENCE_SHEET_TEXT, grid, header, candidatesFrom, "hTeam");
  const formulaRow = teamFirst < 0 ? undefined : firstFormulaRow(grid, header.row, teamFirst);
  const reach = formulaRow === undefined ? undefined : rangeEndCol(cellAt(grid, formulaRow, teamFirst).formula);
  const titledAfter = teamFirst >= 0 && Array.from({ length: width - teamFirst - 1 }, (_, i) => teamFirst + 1 + i).some((c) => textAt(grid, header.row, c) !== "");
  if (teamFirst >= 0 && (reach !== undefined ? reach > teamFirst : titledAfter)) {
    // a column is a candidate's when it is titled or rated in the rows the formulas cover, as on the sheet
    const { cols, names, outside } = listedColumns(grid, header.row, teamFirst, reach, lastFormulaRow(grid, header.row, [teamFirst]));
    return { teamCol: teamFirst, candidateCols: cols, candidates: names, outside, ...(reach === undefined ? {} : { coveredTo: reach }) };
  }
  // earlier versions: the candidates up to "Met by" (the last column so titled, so that a candidate named like it
  // stays a candidate) or the first column without a title when that is gone
  const teamCol = lastColumnOf(COMPETENCE_SHEET_TEXT, grid, header, candidatesFrom, width, "hTeam");
  const { cols, names } = namedColumns(grid, header, candidatesFrom, teamCol);
  return { teamCol, candidateCols: cols, candidates: names, outside: [] };
}

/** Reads a competence assessment back into the model, naming every cell whose entry is not valid. */
export function parseCompetences(grid: SheetGrid): CompetenceParse {
  const header = findHeader(COMPETENCE_SHEET_TEXT, grid, "hId", "hCompetence");
  if (header === undefined) return { ok: false, problems: [problemAt(grid, 0, COL.id, "headerMissing", "")] };
  const h = header.row;
  const problems: Problem[] = [];
  const column = (...keys: CompetenceSheetKey[]) => columnOf(COMPETENCE_SHEET_TEXT, grid, header, header.titleCol + 1, ...keys);

  // columns are found by their titles: required, weight, must-have, "met by" and the candidates
  const requiredCol = column("hRequired");
  const weightCol = column("hWeight");
  const mustCol = column("hMustHave");
  const cols = candidateColumns(grid, header, Math.max(header.titleCol, requiredCol, weightCol, mustCol) + 1);
  const { teamCol, candidateCols } = cols;
  nameOutsideColumns(grid, h, cols.outside, problems);
  overwrittenResults(grid, header, cols, problems);
  // the rows "Met by" computes: what is typed below them does not count on the sheet
  const covered = lastFormulaRow(grid, h, [teamCol]);
  const teamTitle = teamCol >= 0 ? textAt(grid, h, teamCol) : "";

  type Row = { row: number; remark: boolean; outside: boolean; requirement: Omit<Requirement, "id"> & { readonly text: string } };
  const rows: Row[] = [];
  const whole = (r: number, c: number, min: number, max: number, code?: "weightInvalid") => (c < 0 ? null : readWhole(grid, r, c, min, max, problems, code));
  const inputs = [header.idCol, header.titleCol, requiredCol, weightCol, mustCol, ...candidateCols].filter((c) => c >= 0);
  for (let r = h + 1; r < gridRowCount(grid); r++) {
    const inCoverage = covered === undefined || r <= covered;
    // a value typed over "Met by" is named; so is a competence's "Met by" left empty
    const overwritten = (isCompetence: boolean) => {
      const cell = cellAt(grid, r, teamCol);
      if (teamCol >= 0 && inCoverage && cell.formula === undefined && (isCompetence || !cell.empty)) problems.push(problemAt(grid, r, teamCol, "computedOverwritten", cell.value, teamTitle));
    };
    if (inputs.every((c) => cellAt(grid, r, c).empty)) {
      overwritten(false);
      continue;
    }
    const textCell = cellAt(grid, r, header.titleCol);
    const rawText = String(textCell.value);
    const ratings = candidateCols.map((c) => readWhole(grid, r, c, LEVEL_MIN, LEVEL_MAX, problems));
    const competence = isItemRow(isMarked(textCell), ratings.filter((e) => wholeOf(e, LEVEL_MIN, LEVEL_MAX) !== null).length);
    overwritten(competence);
    const required = whole(r, requiredCol, LEVEL_MIN, LEVEL_MAX);
    const weight = whole(r, weightCol, WEIGHT_MIN, WEIGHT_MAX, "weightInvalid");
    const outside = competence && !inCoverage;
    if (outside) problems.push(problemAt(grid, r, header.titleCol, "outsideRow", rawText));
    rows.push({
      row: r,
      remark: !competence,
      outside,
      requirement: {
        text: rawText.trim() === "" ? rawText : rawText.trim(),
        required: required ?? DEFAULT_REQUIRED,
        weight: weight ?? DEFAULT_WEIGHT,
        mustHave: mustCol >= 0 && isMarked(cellAt(grid, r, mustCol)),
        ratings,
        ...formulasIn(grid, r, { text: header.titleCol, mustHave: mustCol }),
      },
    });
  }

  const competenceRows = rows.filter((x) => !x.remark);
  const ids = assignIds(grid, competenceRows.map((x) => x.row), header.idCol, COMPETENCE_ID_PATTERN, nextCompetenceId, problems);
  const idOf = new Map(competenceRows.map((x, i) => [x.row, ids[i]!]));
  const requirements: Requirement[] = rows.map(({ row, remark, outside, requirement }) => {
    // a remark keeps its first cell as typed; it gets no id
    if (remark) return { ...requirement, id: textAt(grid, row, header.idCol), text: requirement.text === "" ? null : requirement.text, ignored: "remark" as const };
    const id = idOf.get(row)!;
    const read = { ...requirement, id, text: ownText(requirement.text, standardCompetence(id)?.text) };
    return outside ? { ...read, ignored: "outside" as const } : read;
  });
  const lastRow = Math.max(rows.length > 0 ? rows[rows.length - 1]!.row : h, covered ?? h);
  const known = [header.idCol, header.titleCol, requiredCol, weightCol, mustCol, teamCol, ...candidateCols, cols.coveredTo ?? -1];
  const block = tableBlock(grid, h, lastRow, known, problems);
  // entries below the covered rows in a column no candidate uses are not read: re-creating would not keep them
  const below = cols.coveredTo === undefined || covered === undefined ? [] : strayCells(grid, lastRow + 1, gridRowCount(grid) - 1, cols.coveredTo + 1, new Set(known.slice(0, -1)), problems);
  // the rules (validation, highlighting) reach the spare columns and rows: re-creating clears them there
  const rules = cols.coveredTo === undefined ? {} : { covered: { row: 0, col: 0, rows: lastRow + 1, cols: cols.coveredTo + 1 } };
  const model: CompetenceModel = { candidates: [...cols.candidates], requirements };
  return { ok: true, model, lang: header.lang, problems, competenceRows: rows.map((x) => x.row), candidateCols, ...block, strays: [...block.strays, ...below], ...rules };
}

/**
 * The result rows (fit, weighted score, knock-out, rank; found by their labels above the header): each candidate's
 * cell must hold its formula, and so must a spare column's where something was typed over it. A value typed over
 * one is named with what the cell computes.
 */
function overwrittenResults(grid: SheetGrid, header: HeaderRow, cols: Columns, problems: Problem[]): void {
  const keys: CompetenceSheetKey[] = ["fit", "weightedScore", "knockedOut", "rank"];
  const candidate = new Map(cols.candidateCols.map((c, k) => [c, cols.candidates[k]!]));
  const spare = cols.coveredTo === undefined ? [] : Array.from({ length: cols.coveredTo - cols.teamCol }, (_, i) => cols.teamCol + 1 + i).filter((c) => !candidate.has(c));
  for (let r = 0; r < header.row; r++) {
    const label = Array.from({ length: grid.values[r]?.length ?? 0 }, (_, c) => textAt(grid, r, c)).find((t) => keys.some((k) => labelLang(COMPETENCE_SHEET_TEXT, t, k) !== undefined));
    if (label === undefined) continue;
    for (const c of [...cols.candidateCols, ...spare]) {
      const cell = cellAt(grid, r, c);
      const name = candidate.get(c) ?? "";
      if (cell.formula === undefined && (candidate.has(c) || !cell.empty)) problems.push(problemAt(grid, r, c, "computedOverwritten", cell.value, name === "" ? label : `${label} (${name})`));
    }
  }
}
