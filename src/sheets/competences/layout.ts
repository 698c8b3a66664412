import { columnLetter } from "../address";

/**
 * The competence sheet (0-based rows and columns):
 *
 *   1 title · 2 instruction (the seed's four questions) · 3 legend
 *   4 fit · 5 weighted score · 6 must-have missed · 7 rank     (labels in B, one value per candidate column)
 *   8 header: Nr. | competence | required | weight | must | one rating column per candidate | met by
 *   9… one row per competence
 */
export const ROW = { title: 0, instruction: 1, legend: 2, fit: 3, weightedScore: 4, knockedOut: 5, rank: 6, header: 7 } as const;
export const FIRST_COMPETENCE_ROW = ROW.header + 1;
export const COL = { id: 0, text: 1, required: 2, weight: 3, mustHave: 4, firstCandidate: 5 } as const;
export const LABEL_COL = 1;

export interface CompetenceLayout {
  readonly candidates: number;
  readonly competences: number;
  /** Last candidate column; COL.firstCandidate − 1 when there is none. */
  readonly lastCandidateCol: number;
  readonly teamCol: number;
  readonly columnCount: number;
  readonly lastRow: number;
}

export function competenceLayout(candidates: number, competences: number): CompetenceLayout {
  const lastCandidateCol = COL.firstCandidate + candidates - 1;
  return {
    candidates,
    competences,
    lastCandidateCol,
    teamCol: lastCandidateCol + 1,
    columnCount: lastCandidateCol + 2,
    lastRow: FIRST_COMPETENCE_ROW + Math.max(1, competences) - 1,
  };
}

/** References the sheet's formulas use. */
export function competenceRefs(l: CompetenceLayout) {
  const first = FIRST_COMPETENCE_ROW + 1;
  const last = FIRST_COMPETENCE_ROW + Math.max(1, l.competences);
  const column = (col: number, abs: boolean) => {
    const c = (abs ? "$" : "") + columnLetter(col);
    return `${c}$${first}:${c}$${last}`;
  };
  return {
    /** A candidate's ratings, rows fixed, column relative. */
    ratings: (col: number) => column(col, false),
    required: column(COL.required, true),
    weights: column(COL.weight, true),
    mustHave: column(COL.mustHave, true),
    all: `$${columnLetter(COL.firstCandidate)}$${first}:$${columnLetter(l.lastCandidateCol)}$${last}`,
    /** One result row (fit, weighted score, …) across all candidates, absolute. */
    allColumns: (row: number) => `$${columnLetter(COL.firstCandidate)}$${row + 1}:$${columnLetter(l.lastCandidateCol)}$${row + 1}`,
    /** One competence's ratings across candidates, columns fixed. */
    row: (row: number) => `$${columnLetter(COL.firstCandidate)}${row + 1}:$${columnLetter(l.lastCandidateCol)}${row + 1}`,
  };
}
