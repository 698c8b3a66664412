import { DEFAULT_THRESHOLD, SCORE_MAX, SCORE_MIN } from "../domain/scale";
import { absoluteCell, cellAddress, columnLetter, rangeAddress } from "../../../sheets/address";

/**
 * Where everything sits on the readiness sheet (0-based rows and columns):
 *
 *   1 title · 2 instruction · 3 scale legend
 *   4 weak-below threshold · 5 index · 6 % · 7 weak count · 8 verdict   (labels in B, values in D)
 *   9 header: Nr. | condition | n/a | status | mean | [min | max] | notes | one score column per respondent
 *   10… one row per condition, then SPARE_ROWS empty rows
 *
 * The respondents come last, so that the next free column is where a new respondent goes: the formulas,
 * validation and highlighting reach SPARE_RESPONDENTS empty columns to the right and SPARE_ROWS empty rows below,
 * and whatever a user types there counts at once, in Excel, LibreOffice and Google Sheets alike.
 */
export const ROW = {
  title: 0,
  instruction: 1,
  legend: 2,
  threshold: 3,
  index: 4,
  percent: 5,
  weakCount: 6,
  verdict: 7,
  header: 8,
} as const;
export const FIRST_CONDITION_ROW = ROW.header + 1;
export const COL = { id: 0, text: 1, notApplicable: 2, status: 3, mean: 4 } as const;
/** Labels of the result block sit in B, its values in D. */
export const LABEL_COL = 1;
export const VALUE_COL = 3;
/** Empty rows below the conditions and empty columns right of the respondents that the sheet's formulas cover. */
export const SPARE_ROWS = 20;
export const SPARE_RESPONDENTS = 10;

export interface ReadinessLayout {
  /** Named respondent columns. */
  readonly respondents: number;
  /** Rows of the model (conditions and remarks). */
  readonly conditions: number;
  readonly statusCol: number;
  readonly meanCol: number;
  readonly minCol: number;
  readonly maxCol: number;
  readonly notesCol: number;
  readonly firstScoreCol: number;
  /** The last score column the formulas cover (spare columns included). */
  readonly lastScoreCol: number;
  readonly columnCount: number;
  /** The last row the formulas cover (spare rows included). */
  readonly lastRow: number;
}

/**
 * Mean, min and max are there for one respondent too: the empty columns invite more, and a row's status reads
 * its spread from them.
 */
export function readinessLayout(respondents: number, conditions: number): ReadinessLayout {
  const k = Math.max(1, respondents);
  const notesCol = COL.mean + 3;
  const firstScoreCol = notesCol + 1;
  const lastScoreCol = firstScoreCol + k + SPARE_RESPONDENTS - 1;
  return {
    respondents: k,
    conditions,
    statusCol: COL.status,
    meanCol: COL.mean,
    minCol: COL.mean + 1,
    maxCol: COL.mean + 2,
    notesCol,
    firstScoreCol,
    lastScoreCol,
    columnCount: lastScoreCol + 1,
    lastRow: FIRST_CONDITION_ROW + conditions + SPARE_ROWS - 1,
  };
}

/** References the formulas use, built from the layout so that inserting columns in code cannot desynchronise them. */
export function readinessRefs(l: ReadinessLayout) {
  const rows = l.lastRow - FIRST_CONDITION_ROW + 1;
  const scoreCols = l.lastScoreCol - l.firstScoreCol + 1;
  const abs = (col: number) => `$${columnLetter(col)}$${FIRST_CONDITION_ROW + 1}:$${columnLetter(col)}$${l.lastRow + 1}`;
  const t = absoluteCell(ROW.threshold, VALUE_COL);
  return {
    threshold: t,
    /** The threshold that applies: the cell's value when it is a number from 1 to 5, else the default 3. */
    thresholdInForce: `IF(ISNUMBER(${t}),IF(AND(${t}>=${SCORE_MIN},${t}<=${SCORE_MAX}),${t},${DEFAULT_THRESHOLD}),${DEFAULT_THRESHOLD})`,
    index: absoluteCell(ROW.index, VALUE_COL),
    verdict: absoluteCell(ROW.verdict, VALUE_COL),
    weakCount: absoluteCell(ROW.weakCount, VALUE_COL),
    /** All score cells the formulas cover: one row per condition, one column per respondent. */
    scores: rangeAddress(FIRST_CONDITION_ROW, l.firstScoreCol, rows, scoreCols).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2"),
    notApplicable: abs(COL.notApplicable),
    texts: abs(COL.text),
    statuses: abs(l.statusCol),
    means: abs(l.meanCol),
    /** The score cells of one condition's row, with absolute columns. */
    rowScores: (row: number) => `$${columnLetter(l.firstScoreCol)}${row + 1}:$${columnLetter(l.lastScoreCol)}${row + 1}`,
    /** A column's cell in a row, column absolute: what conditional formats write for their top-left cell. */
    at: (row: number, col: number) => `$${columnLetter(col)}${row + 1}`,
    cell: cellAddress,
  };
}
