/** A hand-made sheet with two charts over its cells, for the tests of the charts in .xlsx files. */
import type { CellContent, ChartSpec, SheetSpec } from "../../src/sheets/spec";

export const CATEGORIES = [
  "Strategie",
  "Führung",
  "Prozesse „neu“",
  "Kunden & Märkte",
  "IT",
  "Controlling",
  "Personal",
  "Vertrieb",
  "Service",
  "Einkauf",
  "Logistik",
  "Recht",
  "Finanzen",
  "Kultur",
];
/** Rows 10 to 23 (A: category, B: score 1 to 5); rows 2 to 4 the shares per quarter (B to D). */
export const FIRST_ROW = 9;

/** The bars: categories down column A from the top, scores in B, crossing at 3 so weak ones grow left. */
export const barChart = (title = "Reife „Ist“ & <Soll>"): ChartSpec => ({
  name: "KAM_Maturity",
  type: "bar",
  title,
  categories: { row: FIRST_ROW, col: 0, rows: CATEGORIES.length, cols: 1 },
  series: [{ name: "Score", values: { row: FIRST_ROW, col: 1, rows: CATEGORIES.length, cols: 1 }, color: "#1f77b4" }],
  valueAxis: { min: 1, max: 5, majorUnit: 1, crossesAt: 3 },
  categoriesTopDown: true,
  at: { row: 0, col: 5, rows: 20, cols: 8 },
});

/** The columns: quarters across row 2, two series over rows 3 and 4, as percentages. */
export const columnChart = (): ChartSpec => ({
  name: "KAM_Shares",
  type: "column",
  title: "Anteil erledigt",
  categories: { row: 1, col: 1, rows: 1, cols: 3 },
  series: [
    { name: "Plan", values: { row: 2, col: 1, rows: 1, cols: 3 }, color: "#2CA02C" },
    { name: "Ist", values: { row: 3, col: 1, rows: 1, cols: 3 }, color: "#D62728" },
  ],
  valueAxis: { min: 0, max: 1, majorUnit: 0.25, numberFormat: "0%" },
  at: { row: 24, col: 5, rows: 15, cols: 8 },
});

/** Rows 10 to 23 of a column. */
const column = (col: number) => ({ row: FIRST_ROW, col, rows: CATEGORIES.length, cols: 1 });

/**
 * Bubbles: x from the scores (B), y from their doubles (D), sized by the scores, named from column A, crossing at
 * 3 and 6; a second series over the notes (C: text, no points).
 */
export const bubbleChart = (): ChartSpec => ({
  name: "KAM_Bubbles",
  type: "bubble",
  title: "Portfolio",
  series: [
    {
      name: "Bereiche",
      x: column(1),
      y: column(3),
      size: column(1),
      labels: column(0),
      color: "#70AD47",
    },
    {
      name: "Leer",
      x: column(1),
      y: column(2),
      size: column(1),
      color: "#BFBFBF",
    },
  ],
  xAxis: { min: 0, max: 5, majorUnit: 1, crossesAt: 3, title: "Score" },
  yAxis: { min: 0, max: 10, crossesAt: 6, title: "Doppelt" },
  at: { row: 40, col: 5, rows: 15, cols: 8 },
});

/** The sheet: a table over the scores (so ExcelJS writes tableParts), validation, highlighting, print setup. */
export function chartSheet(name: string, charts: readonly ChartSpec[] = [barChart(), columnChart()]): SheetSpec {
  const rows: CellContent[][] = Array.from({ length: FIRST_ROW + CATEGORIES.length }, () => [null, null, null, null]);
  rows[0]![0] = name;
  rows[1] = ["Quartal", "Q1", "Q2", "Q3"];
  rows[2] = ["Plan", 0.25, 0.5, 0.75];
  rows[3] = ["Ist", 0.2, 0.45, 0.8];
  rows[FIRST_ROW - 1] = ["Bereich", "Score", "Notiz", "Stand"];
  CATEGORIES.forEach((c, i) => (rows[FIRST_ROW + i] = [c, (i % 5) + 1, `n${i}`, { formula: `=B${FIRST_ROW + i + 1}*2` }]));
  const area = { row: FIRST_ROW, col: 1, rows: CATEGORIES.length, cols: 1 };
  return {
    name,
    cells: rows,
    numberFormats: rows.map((r, i) => r.map(() => (i >= 2 && i <= 3 ? "0%" : "General"))),
    styles: [{ area: { row: 0, col: 0, rows: 1, cols: 1 }, style: { bold: true } }],
    merges: [],
    columnWidths: [120, 60, 60, 60],
    rowHeights: [],
    validations: [
      {
        area,
        rule: { kind: "wholeNumber", min: 1, max: 5 },
        prompt: { title: "Score", message: "1 <> 5 & „gut“" },
        error: { title: "Score", message: "1 bis 5" },
      },
    ],
    conditionalFormats: [{ area, formula: "=B10<3", fill: "#FFC7CE" }],
    freezeRows: FIRST_ROW,
    tables: [
      { name: "KAM_Scores", area: { row: FIRST_ROW - 1, col: 0, rows: CATEGORIES.length + 1, cols: 4 }, style: "TableStyleMedium2" },
    ],
    print: {
      landscape: true,
      area: { row: 0, col: 0, rows: FIRST_ROW + CATEGORIES.length, cols: 14 },
      fit: { wide: 1 },
      header: { center: "&B„Reife“" },
      footer: { right: "&P / &N" },
    },
    charts,
  };
}
