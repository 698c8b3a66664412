import { columnLetter } from "../../../sheets/address";

/**
 * The key-account selection (0-based rows and columns):
 *
 *   1 title · 2 instruction · 3 legend
 *   4 cut-off · 5 capacity (and the warning beside it)
 *   6 summary header · 7–10 one row per class · 11 incomplete · 12 not scored     (customers, revenue)
 *   13 group of each criterion · 14 weight of each criterion (each group's sum above its score column)
 *   15, 16 the weight that counts, per group: the criterion's valid weight in its group's row, else 0 (computed once
 *          per sheet, so that a customer's row reads it rather than checking every weight again)
 *   17 table header: Nr. | customer | revenue | potential | criteria… | attractiveness | strength | class | rank | notes
 *   18… one row per customer, as an Excel table
 *
 * Right of the table, the portfolio chart's own columns (strength, attractiveness, bubble size; header in row 17,
 * the smallest bubble in row 16) with the chart over rows 1–14 above them.
 */
export const ROW = {
  title: 0,
  instruction: 1,
  legend: 2,
  cutOff: 3,
  capacity: 4,
  summaryHeader: 5,
  firstClass: 6,
  incomplete: 10,
  unscored: 11,
  group: 12,
  weight: 13,
  countsAttractiveness: 14,
  countsStrength: 15,
  header: 16,
} as const;
export const FIRST_CUSTOMER_ROW = ROW.header + 1;
export const SETTING_COL = 2;
/** The summary's columns: the class, how many customers, their revenue. */
export const SUMMARY_COL = { label: 1, customers: 2, revenue: 3 } as const;
/** The capacity warning, right of the capacity. */
export const WARNING_COL = 3;
export const COL = { id: 0, customer: 1, revenue: 2, potential: 3, firstCriterion: 4 } as const;
/** The columns after the criteria, in order. */
export const RESULT_KEYS = ["attractiveness", "strength", "class", "rank", "notes"] as const;
export type ResultKey = (typeof RESULT_KEYS)[number];

/**
 * Each row's scores, class and rank, its validation and highlighting, and the summary, reach this many empty rows
 * below the customers: customers typed or pasted there (Excel also takes them into the table) count at once.
 */
export const SPARE_CUSTOMERS = 300;
export const TABLE_NAME = "KAM_Selection";

/**
 * The portfolio chart's own columns, right of the table: each point's strength (x), attractiveness (y) and bubble
 * size; a customer without a class has #N/A there: no point.
 */
export const PLOT_KEYS = ["x", "y", "size"] as const;
export type PlotKey = (typeof PLOT_KEYS)[number];
/** The chart's rows: from the title to the row above the smallest bubble, over its columns. */
export const CHART_LAST_ROW = ROW.countsAttractiveness - 1;
/** The smallest bubble (a customer without revenue), in the x column's row below the chart: label, then value. */
export const SMALLEST_BUBBLE_ROW = ROW.countsStrength;
export const PORTFOLIO_CHART = "KAM_Portfolio";

/** The columns of a sheet with `criteria` criteria: the table's (`count` of them), then the chart's. */
export function columnsFor(criteria: number) {
  const after = COL.firstCriterion + criteria;
  const result = Object.fromEntries(RESULT_KEYS.map((k, i) => [k, after + i])) as Record<ResultKey, number>;
  const count = after + RESULT_KEYS.length;
  const plot = Object.fromEntries(PLOT_KEYS.map((k, i) => [k, count + i])) as Record<PlotKey, number>;
  return { ...COL, ...result, count, plot, width: count + PLOT_KEYS.length };
}

/** References the formulas use: absolute ranges over the covered rows, a criterion row's range, single cells. */
export function selectionRefs(criteria: number, customers: number) {
  const cols = columnsFor(criteria);
  const first = FIRST_CUSTOMER_ROW + 1;
  const last = FIRST_CUSTOMER_ROW + Math.max(1, customers) + SPARE_CUSTOMERS;
  const letter = (c: number) => columnLetter(c);
  const column = (c: number) => `$${letter(c)}$${first}:$${letter(c)}$${last}`;
  // a sheet without criteria still has a one-column range (the first score column), which holds nothing
  const lastCriterion = Math.max(COL.firstCriterion, cols.attractiveness - 1);
  const across = (row: number, absolute: boolean) => {
    const r = absolute ? `$${row + 1}` : `${row + 1}`;
    return `$${letter(COL.firstCriterion)}${r}:$${letter(lastCriterion)}${r}`;
  };
  return {
    cols,
    column,
    /** The weights that count, per group (0 outside the group or where not valid). */
    counted: { attractiveness: across(ROW.countsAttractiveness, true), strength: across(ROW.countsStrength, true) },
    scores: (row: number) => across(row, false),
    cell: (row: number, col: number) => `${letter(col)}${row + 1}`,
    abs: (row: number, col: number) => `$${letter(col)}$${row + 1}`,
    cutOff: `$${letter(SETTING_COL)}$${ROW.cutOff + 1}`,
    capacity: `$${letter(SETTING_COL)}$${ROW.capacity + 1}`,
  };
}
export type SelectionRefs = ReturnType<typeof selectionRefs>;
