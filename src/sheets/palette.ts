/** The colours every sheet uses, so that red means the same everywhere (Excel's built-in good/bad/neutral styles). */
export const PALETTE = {
  badFill: "#FFC7CE",
  badFont: "#9C0006",
  goodFill: "#C6EFCE",
  goodFont: "#006100",
  warnFill: "#FFEB9C",
  warnFont: "#9C5700",
  mutedFont: "#808080",
  /** An entry that does not count (6, 2.5, "gut"): orange, so it is not taken for a weak score. */
  invalidFill: "#F8CBAD",
  headerFill: "#DDEBF7",
  headerBorder: "#5B9BD5",
  inputFill: "#FFFDF0",
  titleFont: "#1F4E78",
  /** A chart's main series (the mean, the fit). */
  chartMain: "#2E75B6",
} as const;

/** Lighter colours for a chart's further series (one per respondent), in turn. */
export const SERIES_COLORS = ["#9DC3E6", "#A9D18E", "#F4B183", "#FFD966", "#C9A0DC", "#BFBFBF"] as const;

/** Where a sheet's chart sits: below the rows its formulas cover, one empty row between. */
export const CHART_ROWS = 20;
