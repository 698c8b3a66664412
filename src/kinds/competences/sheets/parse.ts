import { COMPETENCE_ID_PATTERN, nextCompetenceId, standardCompetence } from "../domain/profile";
import {
  type CompetenceModel,
  DEFAULT_REQUIRED,
  DEFAULT_WEIGHT,
  LEVEL_MAX,
  LEVEL_MIN,
  type Requirement,
  WEIGHT_MAX,
  WEIGHT_MIN,
} from "../domain/model";
import { isItemRow, wholeOf } from "../../../domain/entry";
import { COMPETENCE_LABELS, COMPETENCE_SHEET_TEXT, type CompetenceSheetKey } from "../i18n/competenceSheetText";
import {
  aboveHeaderStrays,
  assignIds,
  coveredRows,
  firstFormulaIn,
  formulasIn,
  listedColumns,
  markAsTyped,
  nameOutsideColumns,
  rangeEndCol,
  readWhole,
  strayCells,
  tableBlock,
} from "../../../sheets/entries";
import { LANGS } from "../../../domain/lang";
import { type HeaderRow, columnOf, findHeader, labelLang, lastColumnOf, namedColumns } from "../../../sheets/labels";
import { ownText } from "../../../sheets/kept";
import {
  type ParseResult,
  type Problem,
  type SheetGrid,
  type SheetRead,
  cellAt,
  filledCols,
  filledRows,
  gridWidth,
  isMarked,
  problemAt,
  textAt,
} from "../../../sheets/read";
import { COL } from "./layout";
// its problem codes' messages are registered wherever the parser is loaded
import "../i18n/problemText";

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
 * version when titled columns follow it, unless a later "Met by" holds the formulas (an earlier sheet whose first
 * candidate is named "Met by").
 */
function candidateColumns(grid: SheetGrid, header: HeaderRow, candidatesFrom: number): Columns & { readonly covered?: number } {
  const width = gridWidth(grid);
  const teamFirst = columnOf(COMPETENCE_LABELS, grid, header, candidatesFrom, "hTeam");
  const reach = rangeEndCol(firstFormulaIn(grid, header.row, teamFirst));
  const teamLast = lastColumnOf(COMPETENCE_LABELS, grid, header, candidatesFrom, width, "hTeam");
  const titledAfter = () => filledCols(grid, header.row, teamFirst + 1).some((c) => textAt(grid, header.row, c) !== "");
  const earlierTeam = () => teamLast > teamFirst && firstFormulaIn(grid, header.row, teamLast) !== undefined;
  if (teamFirst >= 0 && (reach !== undefined ? reach > teamFirst : titledAfter() && !earlierTeam())) {
    // a column is a candidate's when it is titled or rated in the rows the formulas cover, as on the sheet
    const covered = coveredRows(grid, header.row, [teamFirst], resultCells(grid, header.row, range(teamFirst + 1, reach ?? teamFirst)));
    const { cols, names, outside } = listedColumns(grid, header.row, teamFirst, reach, covered);
    return { teamCol: teamFirst, candidateCols: cols, candidates: names, outside, coveredTo: reach, covered };
  }
  // earlier versions: the candidates up to "Met by" (the last column so titled, so that a candidate named like it
  // stays a candidate) or the first column without a title when that is gone
  const { cols, names } = namedColumns(grid, header, candidatesFrom, teamLast);
  const covered = coveredRows(grid, header.row, [teamLast], resultCells(grid, header.row, cols));
  return { teamCol: teamLast, candidateCols: cols, candidates: names, outside: [], covered };
}

/** Reads a competence assessment back into the model, naming every cell whose entry is not valid. */
export function parseCompetences(grid: SheetGrid): CompetenceParse {
  const header = findHeader(COMPETENCE_LABELS, grid, "hId", "hCompetence");
  if (header === undefined) return { ok: false, problems: [problemAt(grid, 0, COL.id, "headerMissing", "")] };
  const h = header.row;
  const problems: Problem[] = [];
  const column = (key: CompetenceSheetKey) => columnOf(COMPETENCE_LABELS, grid, header, header.titleCol + 1, key);

  // columns are found by their titles: required, weight, must-have, "met by" and the candidates
  const requiredCol = column("hRequired");
  const weightCol = column("hWeight");
  const mustCol = column("hMustHave");
  const cols = candidateColumns(grid, header, Math.max(header.titleCol, requiredCol, weightCol, mustCol) + 1);
  const { teamCol, candidateCols } = cols;
  nameOutsideColumns(grid, h, cols.outside, "outsideCandidateColumn", problems);
  overwrittenResults(grid, header, cols, problems);
  // the rows the formulas cover: what is typed below them does not count on the sheet
  const covered = cols.covered;
  const teamTitle = textAt(grid, h, teamCol);

  type Row = { row: number; remark: boolean; outside: boolean; requirement: Omit<Requirement, "id"> & { readonly text: string } };
  const rows: Row[] = [];
  // a column that is gone (-1) reads as empty cells
  const whole = (r: number, c: number, min: number, max: number, code?: "weightInvalid") => readWhole(grid, r, c, min, max, problems, code);
  const inputs = [header.idCol, header.titleCol, requiredCol, weightCol, mustCol, ...candidateCols];
  for (const r of filledRows(grid, h + 1)) {
    const inCoverage = covered === undefined || r <= covered;
    // a value typed over "Met by" is named; so is a competence's "Met by" left empty
    const overwritten = (isCompetence: boolean) => {
      const cell = cellAt(grid, r, teamCol);
      if (teamCol >= 0 && inCoverage && cell.formula === undefined && (isCompetence || !cell.empty))
        problems.push(problemAt(grid, r, teamCol, "computedOverwritten", cell.value, teamTitle));
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
    // a remark is written back as typed: no default requirement, no must-have mark for its text
    const blank = { value: "" };
    const mustCell = cellAt(grid, r, mustCol);
    const mustTyped = markAsTyped(mustCell, MUST_MARKS);
    const outside = competence && !inCoverage;
    if (outside) problems.push(problemAt(grid, r, header.titleCol, "outsideRow", rawText));
    rows.push({
      row: r,
      remark: !competence,
      outside,
      requirement: {
        text: rawText.trim() === "" ? rawText : rawText.trim(),
        required: required ?? (competence ? DEFAULT_REQUIRED : blank),
        weight: weight ?? (competence ? DEFAULT_WEIGHT : blank),
        mustHave: isMarked(mustCell),
        ...(mustTyped === undefined ? {} : { mustHaveAs: mustTyped }),
        ratings,
        ...formulasIn(grid, r, { text: header.titleCol, mustHave: mustCol }),
      },
    });
  }

  const competenceRows = rows.filter((x) => !x.remark);
  const ids = assignIds(
    grid,
    competenceRows.map((x) => x.row),
    header.idCol,
    COMPETENCE_ID_PATTERN,
    nextCompetenceId,
    problems,
  );
  const idOf = new Map(competenceRows.map((x, i) => [x.row, ids[i]!]));
  const requirements: Requirement[] = rows.map(({ row, remark, outside, requirement }) => {
    // a remark keeps its first cell as typed; it gets no id
    if (remark)
      return {
        ...requirement,
        id: textAt(grid, row, header.idCol),
        text: requirement.text === "" ? null : requirement.text,
        ignored: "remark" as const,
      };
    const id = idOf.get(row)!;
    const read = { ...requirement, id, text: ownText(requirement.text, standardCompetence(id)) };
    return outside ? { ...read, ignored: "outside" as const } : read;
  });
  const lastRow = Math.max(rows.length > 0 ? rows[rows.length - 1]!.row : h, covered ?? h);
  const entered = [header.idCol, header.titleCol, requiredCol, weightCol, mustCol, ...candidateCols];
  const block = tableBlock(grid, h, Math.min(lastRow, covered ?? lastRow), [...entered, teamCol, cols.coveredTo ?? teamCol], problems);
  // below the covered rows, "Met by" and the columns no candidate uses are not read: re-creating would not keep
  // what is typed there; above the header, only the title rows' text, the labels and the results are the sheet's
  const below =
    covered === undefined ? [] : strayCells(grid, covered + 1, lastRow, (cols.coveredTo ?? teamCol) + 1, new Set(entered), problems);
  // above the header: the result labels, and the results (also under a label the user edited)
  const resultCols = new Set(cols.coveredTo === undefined ? candidateCols : range(teamCol + 1, cols.coveredTo));
  const above = aboveHeaderStrays(
    grid,
    h,
    block.extent.cols,
    (r, c) => {
      const labelCol = resultLabel(grid, r)?.col;
      return labelCol === c || (resultCols.has(c) && (labelCol !== undefined || cellAt(grid, r, c).formula !== undefined));
    },
    problems,
  );
  // the rules (validation, highlighting) reach the spare columns and rows: re-creating clears them there
  const rules = cols.coveredTo === undefined ? {} : { covered: { row: 0, col: 0, rows: lastRow + 1, cols: cols.coveredTo + 1 } };
  const model: CompetenceModel = { candidates: [...cols.candidates], requirements };
  return {
    ok: true,
    model,
    lang: header.lang,
    problems,
    competenceRows: rows.map((x) => x.row),
    candidateCols,
    ...block,
    extent: { rows: lastRow + 1, cols: block.extent.cols },
    strays: [...above, ...block.strays, ...below],
    ...rules,
  };
}

const MUST_MARKS = LANGS.map((l) => COMPETENCE_SHEET_TEXT[l].mustHaveMark.toLowerCase());

const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);

const RESULT_KEYS: CompetenceSheetKey[] = ["fit", "weightedScore", "knockedOut", "assessed", "rank"];

/** The label of a result row (fit, weighted score, knock-out, competences assessed, rank), in any language; undefined in other rows. */
function resultLabel(grid: SheetGrid, r: number): { readonly text: string; readonly col: number } | undefined {
  for (const c of filledCols(grid, r)) {
    const text = textAt(grid, r, c);
    if (RESULT_KEYS.some((k) => labelLang(COMPETENCE_LABELS, text, k) !== undefined)) return { text, col: c };
  }
  return undefined;
}

/** The result rows above the header: those with a result's label. */
function resultRows(grid: SheetGrid, headerRow: number): { readonly row: number; readonly label: string }[] {
  return filledRows(grid, 0, headerRow - 1).flatMap((row) => {
    const label = resultLabel(grid, row)?.text;
    return label === undefined ? [] : [{ row, label }];
  });
}

/** The result cells: each result row's cell in each of `cols`. */
function resultCells(grid: SheetGrid, headerRow: number, cols: readonly number[]): [number, number][] {
  return resultRows(grid, headerRow).flatMap(({ row }) => cols.map((c): [number, number] => [row, c]));
}

/**
 * The result rows (fit, weighted score, knock-out, rank; found by their labels above the header): each candidate's
 * cell must hold its formula, and so must a spare column's where something was typed over it. A value typed over
 * one is named with what the cell computes.
 */
function overwrittenResults(grid: SheetGrid, header: HeaderRow, cols: Columns, problems: Problem[]): void {
  const candidate = new Map(cols.candidateCols.map((c, k) => [c, cols.candidates[k]!]));
  const spare = range(cols.teamCol + 1, cols.coveredTo ?? cols.teamCol).filter((c) => !candidate.has(c));
  for (const { row: r, label } of resultRows(grid, header.row)) {
    for (const c of [...cols.candidateCols, ...spare]) {
      const cell = cellAt(grid, r, c);
      const name = candidate.get(c) ?? "";
      if (cell.formula === undefined && (candidate.has(c) || !cell.empty))
        problems.push(problemAt(grid, r, c, "computedOverwritten", cell.value, name === "" ? label : `${label} (${name})`));
    }
  }
}
