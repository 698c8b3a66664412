import { COMPETENCE_ID_PATTERN, nextCompetenceId, standardCompetence } from "../../domain/competences/profile";
import { type CompetenceModel, DEFAULT_REQUIRED, DEFAULT_WEIGHT, LEVEL_MAX, LEVEL_MIN, type Requirement, WEIGHT_MAX, WEIGHT_MIN } from "../../domain/competences/model";
import { COMPETENCE_SHEET_TEXT, type CompetenceSheetKey } from "../../i18n/competenceSheetText";
import { assignIds, formulasIn, readWhole, tableBlock } from "../entries";
import { type HeaderRow, columnOf, findHeader, labelLang, lastColumnOf, namedColumns, ownText } from "../labels";
import { type ParseResult, type Problem, type SheetGrid, type SheetRead, cellAt, gridRowCount, problemAt, textAt } from "../read";
import { COL } from "./layout";

export interface CompetenceRead extends SheetRead<CompetenceModel> {
  /** 0-based row of each competence, in model order. */
  readonly competenceRows: readonly number[];
}

export type CompetenceParse = ParseResult<CompetenceRead>;

/** Reads a competence assessment back into the model, naming every cell whose entry is not valid. */
export function parseCompetences(grid: SheetGrid): CompetenceParse {
  const header = findHeader(COMPETENCE_SHEET_TEXT, grid, "hId", "hCompetence");
  if (header === undefined) return { ok: false, problems: [problemAt(grid, 0, COL.id, "headerMissing", "")] };
  const h = header.row;
  const problems: Problem[] = [];
  const column = (...keys: CompetenceSheetKey[]) => columnOf(COMPETENCE_SHEET_TEXT, grid, header, header.titleCol + 1, ...keys);

  // columns are found by their titles: required, weight, must-have, then one column per candidate up to "met by"
  // (or the first column without a title when that is gone); untitled columns among them were inserted. "Met by"
  // is the last such title, so a candidate named like it stays a candidate.
  const requiredCol = column("hRequired");
  const weightCol = column("hWeight");
  const mustCol = column("hMustHave");
  const candidatesFrom = Math.max(header.titleCol, requiredCol, weightCol, mustCol) + 1;
  const teamCol = lastColumnOf(COMPETENCE_SHEET_TEXT, grid, header, candidatesFrom, grid.values[h]?.length ?? 0, "hTeam");
  const { cols: candidateCols, names: candidates } = namedColumns(grid, header, candidatesFrom, teamCol);

  const whole = (r: number, c: number, min: number, max: number, code?: "weightInvalid") => (c < 0 ? null : readWhole(grid, r, c, min, max, problems, code));
  const rows: { row: number; requirement: Omit<Requirement, "id"> & { readonly text: string } }[] = [];
  for (let r = h + 1; r < gridRowCount(grid); r++) {
    const text = textAt(grid, r, header.titleCol);
    const inputs = [header.idCol, header.titleCol, requiredCol, weightCol, mustCol, ...candidateCols].filter((c) => c >= 0);
    if (inputs.every((c) => cellAt(grid, r, c).empty)) continue;
    const required = whole(r, requiredCol, LEVEL_MIN, LEVEL_MAX);
    const weight = whole(r, weightCol, WEIGHT_MIN, WEIGHT_MAX, "weightInvalid");
    rows.push({
      row: r,
      requirement: {
        text,
        required: required ?? DEFAULT_REQUIRED,
        weight: weight ?? DEFAULT_WEIGHT,
        mustHave: mustCol >= 0 && textAt(grid, r, mustCol) !== "",
        ratings: candidateCols.map((c) => readWhole(grid, r, c, LEVEL_MIN, LEVEL_MAX, problems)),
        ...formulasIn(grid, r, { text: header.titleCol, mustHave: mustCol }),
      },
    });
  }

  overwrittenResults(grid, header, candidateCols, candidates, teamCol, rows.map((x) => x.row), problems);
  const ids = assignIds(grid, rows.map((x) => x.row), header.idCol, COMPETENCE_ID_PATTERN, nextCompetenceId, problems);
  const requirements: Requirement[] = rows.map(({ requirement }, i) => {
    const id = ids[i]!;
    return { ...requirement, id, text: ownText(requirement.text, standardCompetence(id)?.text) };
  });
  const lastRow = rows.length > 0 ? rows[rows.length - 1]!.row : h;
  const block = tableBlock(grid, h, lastRow, [header.idCol, header.titleCol, requiredCol, weightCol, mustCol, ...candidateCols, teamCol], problems);
  return { ok: true, model: { candidates, requirements }, lang: header.lang, problems, competenceRows: rows.map((x) => x.row), ...block };
}

/**
 * The computed cells: each candidate's fit, weighted score, knock-out and rank (found by their labels above the
 * header) and each competence's "Met by". A value typed over one is named with what the cell computes.
 */
function overwrittenResults(grid: SheetGrid, header: HeaderRow, candidateCols: readonly number[], candidates: readonly string[], teamCol: number, competenceRows: readonly number[], problems: Problem[]): void {
  if (candidateCols.length === 0) return;
  const keys: CompetenceSheetKey[] = ["fit", "weightedScore", "knockedOut", "rank"];
  const named = (r: number, c: number, what: string) => {
    const cell = cellAt(grid, r, c);
    if (cell.formula === undefined) problems.push(problemAt(grid, r, c, "computedOverwritten", cell.value, what));
  };
  for (let r = 0; r < header.row; r++) {
    const label = Array.from({ length: grid.values[r]?.length ?? 0 }, (_, c) => textAt(grid, r, c)).find((t) => keys.some((k) => labelLang(COMPETENCE_SHEET_TEXT, t, k) !== undefined));
    if (label !== undefined) candidateCols.forEach((c, k) => named(r, c, `${label} (${candidates[k]})`));
  }
  if (teamCol >= 0) for (const r of competenceRows) named(r, teamCol, textAt(grid, header.row, teamCol));
}
