import { COMPETENCE_ID_PATTERN, nextCompetenceId, standardCompetence } from "../../domain/competences/profile";
import { type CompetenceModel, DEFAULT_REQUIRED, DEFAULT_WEIGHT, LEVEL_MAX, LEVEL_MIN, type Requirement, WEIGHT_MAX, WEIGHT_MIN } from "../../domain/competences/model";
import { COMPETENCE_SHEET_TEXT } from "../../i18n/competenceSheetText";
import { assignIds, readWhole } from "../entries";
import { findHeader, isLabel, ownText } from "../labels";
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

  // candidate columns run from F to the "met by" column or the first empty header
  const candidates: string[] = [];
  let col = COL.firstCandidate;
  for (;; col++) {
    const label = textAt(grid, h, col);
    if (label === "" || isLabel(COMPETENCE_SHEET_TEXT, label, "hTeam")) break;
    candidates.push(label);
  }

  const rows: { row: number; requirement: Omit<Requirement, "id"> & { readonly text: string } }[] = [];
  for (let r = h + 1; r < gridRowCount(grid); r++) {
    const text = textAt(grid, r, COL.text);
    const inputs = [COL.id, COL.required, COL.weight, COL.mustHave, ...candidates.map((_, k) => COL.firstCandidate + k)];
    if (text === "" && inputs.every((c) => cellAt(grid, r, c).empty)) continue;
    const required = readWhole(grid, r, COL.required, LEVEL_MIN, LEVEL_MAX, problems);
    const weight = readWhole(grid, r, COL.weight, WEIGHT_MIN, WEIGHT_MAX, problems, "weightInvalid");
    rows.push({
      row: r,
      requirement: {
        text,
        required: required ?? DEFAULT_REQUIRED,
        weight: weight ?? DEFAULT_WEIGHT,
        mustHave: textAt(grid, r, COL.mustHave) !== "",
        ratings: candidates.map((_, k) => readWhole(grid, r, COL.firstCandidate + k, LEVEL_MIN, LEVEL_MAX, problems)),
      },
    });
  }

  const ids = assignIds(grid, rows.map((x) => x.row), COL.id, COMPETENCE_ID_PATTERN, nextCompetenceId, problems);
  const requirements: Requirement[] = rows.map(({ requirement }, i) => {
    const id = ids[i]!;
    return { ...requirement, id, text: ownText(requirement.text, standardCompetence(id)?.text) };
  });
  const lastRow = rows.length > 0 ? rows[rows.length - 1]!.row : h;
  return {
    ok: true,
    model: { candidates, requirements },
    lang: header.lang,
    problems,
    competenceRows: rows.map((x) => x.row),
    extent: { rows: lastRow + 1, cols: col + 1 },
  };
}
