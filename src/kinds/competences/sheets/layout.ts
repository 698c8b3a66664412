import { columnLetter } from "../../../sheets/address";

/**
 * The competence sheet (0-based rows and columns):
 *
 *   1 title · 2 instruction (the seed's four questions) · 3 legend
 *   4 fit · 5 weighted score · 6 must-have missed · 7 competences assessed · 8 rank   (labels in B, one value per
 *     candidate column)
 *   9 header: Nr. | competence | required | weight | must | met by | one rating column per candidate
 *   10… one row per competence, then SPARE_ROWS empty rows
 *
 * The candidates come last, so that the next free column is where a new candidate goes: the formulas, validation
 * and highlighting reach SPARE_CANDIDATES empty columns to the right and SPARE_ROWS empty rows below, and whatever
 * a user types there counts at once, in Excel, LibreOffice and Google Sheets alike.
 */
export const ROW = {
  title: 0,
  instruction: 1,
  legend: 2,
  fit: 3,
  weightedScore: 4,
  knockedOut: 5,
  assessed: 6,
  rank: 7,
  header: 8,
} as const;
export const FIRST_COMPETENCE_ROW = ROW.header + 1;
export const COL = { id: 0, text: 1, required: 2, weight: 3, mustHave: 4, team: 5, firstCandidate: 6 } as const;
export const LABEL_COL = 1;
/** Empty rows below the competences and empty columns right of the candidates that the sheet's formulas cover. */
export const SPARE_ROWS = 20;
export const SPARE_CANDIDATES = 10;

export interface CompetenceLayout {
  /** Named candidate columns. */
  readonly candidates: number;
  /** Rows of the model (competences and remarks). */
  readonly competences: number;
  /** The last candidate column the formulas cover (spare columns included). */
  readonly lastCandidateCol: number;
  readonly columnCount: number;
  /** The last row the formulas cover (spare rows included). */
  readonly lastRow: number;
}

export function competenceLayout(candidates: number, competences: number): CompetenceLayout {
  const lastCandidateCol = COL.firstCandidate + candidates + SPARE_CANDIDATES - 1;
  return {
    candidates,
    competences,
    lastCandidateCol,
    columnCount: lastCandidateCol + 1,
    lastRow: FIRST_COMPETENCE_ROW + competences + SPARE_ROWS - 1,
  };
}

/** References the sheet's formulas use, built from the layout. */
export function competenceRefs(l: CompetenceLayout) {
  const first = FIRST_COMPETENCE_ROW + 1;
  const last = l.lastRow + 1;
  const column = (col: number, abs: boolean) => {
    const c = (abs ? "$" : "") + columnLetter(col);
    return `${c}$${first}:${c}$${last}`;
  };
  const [from, to] = [columnLetter(COL.firstCandidate), columnLetter(l.lastCandidateCol)];
  return {
    /** A candidate's ratings, rows fixed, column relative. */
    ratings: (col: number) => column(col, false),
    required: column(COL.required, true),
    weights: column(COL.weight, true),
    mustHave: column(COL.mustHave, true),
    texts: column(COL.text, true),
    /** "Met by": a number in a competence's row, blank in any other; COUNT of it is the number of competences. */
    team: column(COL.team, true),
    /** One result row (fit, weighted score, …) across all candidate columns, absolute. */
    allColumns: (row: number) => `$${from}$${row + 1}:$${to}$${row + 1}`,
    /** One competence's ratings across candidate columns, columns fixed. */
    row: (row: number) => `$${from}${row + 1}:$${to}${row + 1}`,
  };
}
