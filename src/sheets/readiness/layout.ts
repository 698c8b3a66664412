import { absoluteCell, cellAddress, columnLetter, rangeAddress } from "../address";

/**
 * Where everything sits on the readiness sheet (0-based rows and columns):
 *
 *   1 title · 2 instruction · 3 scale legend
 *   4 weak-below threshold · 5 index · 6 % · 7 weak count · 8 verdict   (labels in B, values in D)
 *   9 header: Nr. | condition | n/a | one score column per respondent | [mean | min | max] | status | notes
 *   10… one row per condition
 */
export const ROW = { title: 0, instruction: 1, legend: 2, threshold: 3, index: 4, percent: 5, weakCount: 6, verdict: 7, header: 8 } as const;
export const FIRST_CONDITION_ROW = ROW.header + 1;
export const COL = { id: 0, text: 1, notApplicable: 2, firstScore: 3 } as const;
/** Labels of the result block sit in B, its values in D. */
export const LABEL_COL = 1;
export const VALUE_COL = 3;

export interface ReadinessLayout {
  readonly respondents: number;
  readonly conditions: number;
  /** Mean, min and max columns appear only with two or more respondents. */
  readonly spreadColumns: boolean;
  readonly lastScoreCol: number;
  readonly meanCol: number | null;
  readonly minCol: number | null;
  readonly maxCol: number | null;
  readonly statusCol: number;
  readonly notesCol: number;
  readonly columnCount: number;
  readonly lastRow: number;
}

export function readinessLayout(respondents: number, conditions: number): ReadinessLayout {
  const k = Math.max(1, respondents);
  const spread = k >= 2;
  const lastScoreCol = COL.firstScore + k - 1;
  const meanCol = spread ? lastScoreCol + 1 : null;
  const statusCol = spread ? lastScoreCol + 4 : lastScoreCol + 1;
  return {
    respondents: k,
    conditions,
    spreadColumns: spread,
    lastScoreCol,
    meanCol,
    minCol: spread ? lastScoreCol + 2 : null,
    maxCol: spread ? lastScoreCol + 3 : null,
    statusCol,
    notesCol: statusCol + 1,
    columnCount: statusCol + 2,
    lastRow: FIRST_CONDITION_ROW + Math.max(1, conditions) - 1,
  };
}

/** References the formulas use, built from the layout so that inserting columns in code cannot desynchronise them. */
export function readinessRefs(l: ReadinessLayout) {
  const rows = Math.max(1, l.conditions);
  return {
    threshold: absoluteCell(ROW.threshold, VALUE_COL),
    index: absoluteCell(ROW.index, VALUE_COL),
    verdict: absoluteCell(ROW.verdict, VALUE_COL),
    /** All score cells: one row per condition, one column per respondent. */
    scores: rangeAddress(FIRST_CONDITION_ROW, COL.firstScore, rows, l.respondents),
    notApplicable: rangeAddress(FIRST_CONDITION_ROW, COL.notApplicable, rows, 1),
    /** The score cells of one condition's row, with absolute columns. */
    rowScores: (row: number) =>
      `$${columnLetter(COL.firstScore)}${row + 1}:$${columnLetter(l.lastScoreCol)}${row + 1}`,
    rowNotApplicable: (row: number) => `$${columnLetter(COL.notApplicable)}${row + 1}`,
    cell: cellAddress,
  };
}
