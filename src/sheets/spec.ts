/**
 * A host-neutral description of a sheet: what `sheets/` renders and what every host (Excel, .xlsx) applies.
 * Rows and columns are 0-based; `cells` is dense from A1 and every row has the same length.
 */

export type CellValue = string | number | boolean | null;
export interface FormulaCell {
  readonly formula: string;
}
export type CellContent = CellValue | FormulaCell;

export interface Area {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fontSize?: number;
  readonly fontColor?: string;
  readonly fill?: string;
  readonly wrap?: boolean;
  readonly horizontal?: "Left" | "Center" | "Right";
  readonly vertical?: "Top" | "Center" | "Bottom";
  readonly borderBottom?: string;
}

export interface StyledArea {
  readonly area: Area;
  readonly style: CellStyle;
}

export interface InputMessage {
  readonly title: string;
  readonly message: string;
}

export type ValidationRule =
  | { readonly kind: "wholeNumber" | "decimal"; readonly min: number; readonly max: number }
  | { readonly kind: "date"; readonly min: string; readonly max: string }
  | { readonly kind: "list"; readonly items: readonly string[] };

/** Excel's limits for data validation texts: a title, an input message, an error message (characters). */
export const VALIDATION_TITLE_MAX = 32;
export const PROMPT_MESSAGE_MAX = 255;
export const ERROR_MESSAGE_MAX = 225;
/** Excel's limit for a header's or footer's part (characters, its codes such as "&B" and "&&" counted). */
export const HEADER_PART_MAX = 255;

export interface Validation {
  readonly area: Area;
  readonly rule: ValidationRule;
  readonly prompt: InputMessage;
  readonly error: InputMessage;
}

/** A validation's texts cut to Excel's limits, as both hosts write them (the sheets' own texts fit: a test holds them to it). */
export function fittedTexts(v: Validation): {
  readonly promptTitle: string;
  readonly prompt: string;
  readonly errorTitle: string;
  readonly error: string;
} {
  return {
    promptTitle: v.prompt.title.slice(0, VALIDATION_TITLE_MAX),
    prompt: v.prompt.message.slice(0, PROMPT_MESSAGE_MAX),
    errorTitle: v.error.title.slice(0, VALIDATION_TITLE_MAX),
    error: v.error.message.slice(0, ERROR_MESSAGE_MAX),
  };
}

/** Highlight `area` where `formula` ("=…", written for the area's top-left cell; relative refs move) is TRUE. */
export interface ConditionalFormat {
  readonly area: Area;
  readonly formula: string;
  readonly fill?: string;
  readonly fontColor?: string;
  readonly bold?: boolean;
}

/** An Excel table (ListObject) over `area`, header row first: users filter and sort it, and it grows as they add rows. */
export interface TableSpec {
  /** Unique in the workbook. */
  readonly name: string;
  readonly area: Area;
  readonly style: string;
}

export interface PrintSetup {
  readonly landscape: boolean;
  /** The part of the sheet that prints. */
  readonly area: Area;
  /** Scaled to this many pages across, and down where `tall` is given (1 × 1: one page); else 100 %. */
  readonly fit?: { readonly wide: number; readonly tall?: number };
  /** Rows repeated on every printed page, 0-based inclusive. */
  readonly titleRows?: { readonly from: number; readonly to: number };
  /** Columns repeated on every page across, 0-based inclusive (the requirements beside many candidates). */
  readonly titleColumns?: { readonly from: number; readonly to: number };
  /** Header and footer, each part in Excel's codes (&P page, &N pages, &D date; &B bold; && an ampersand). */
  readonly header: HeaderFooter;
  readonly footer: HeaderFooter;
}

export interface HeaderFooter {
  readonly left?: string;
  readonly center?: string;
  readonly right?: string;
}

/** One series of a chart: its values in one row or one column of the sheet, so the chart follows the cells. */
export interface ChartSeriesSpec {
  readonly name: string;
  readonly values: Area;
  /** Fill colour, "#RRGGBB". */
  readonly color: string;
}

/**
 * A native chart drawn over the sheet, written with it and replaced when it is re-created: bars ("bar", across)
 * or columns ("column", upright), clustered, with their categories and values in cells of the same sheet; or
 * bubbles (`BubbleChartSpec`).
 */
export type ChartSpec = BarChartSpec | BubbleChartSpec;

/** What every chart has: a name, a title and the cells it covers. */
interface ChartBase {
  /** Unique on the sheet: a re-created sheet replaces the chart of this name, and leaves the user's own charts alone. */
  readonly name: string;
  readonly title: string;
  /** The cells the chart covers: it sits over them, from the top-left corner of the first to the bottom-right of the last. */
  readonly at: Area;
}

/** A value axis: its range and, where the other axis crosses it, a threshold. */
export interface ValueAxisSpec {
  readonly min: number;
  /** None: the host scales the axis to the values (amounts of any size). */
  readonly max?: number;
  readonly majorUnit?: number;
  /** Where the other axis crosses this one: bars start there and grow to either side (a threshold). */
  readonly crossesAt?: number;
  /** Excel number format of the axis labels, e.g. "0%". */
  readonly numberFormat?: string;
  /** The axis' title, under or beside it. */
  readonly title?: string;
}

export interface BarChartSpec extends ChartBase {
  readonly type: "bar" | "column";
  /** The category labels: one row or one column, as long as each series' values. */
  readonly categories: Area;
  readonly series: readonly ChartSeriesSpec[];
  readonly valueAxis: ValueAxisSpec;
  /** The first category at the top of a bar chart (as the sheet lists them), not at the bottom. */
  readonly categoriesTopDown?: boolean;
}

/**
 * Bubbles: each point at (x, y) from two columns of the sheet, its size from a third, its label from a fourth
 * (a cell holding #N/A has no point). Both axes are value axes; where they cross (`crossesAt`) they divide the
 * plot into quadrants.
 */
export interface BubbleChartSpec extends ChartBase {
  readonly type: "bubble";
  readonly series: readonly BubbleSeriesSpec[];
  readonly xAxis: ValueAxisSpec;
  readonly yAxis: ValueAxisSpec;
}

/** One series of bubbles: columns of equal length, row by row one point each. */
export interface BubbleSeriesSpec {
  readonly name: string;
  readonly x: Area;
  readonly y: Area;
  readonly size: Area;
  /** Each point's label, from these cells (Excel's "value from cells"). */
  readonly labels?: Area;
  /**
   * The points (offsets from the first row) that have a label where a host sets labels point by point (Office.js):
   * the ones the sheet has when it is written. A file's chart labels every point from `labels`.
   */
  readonly labelledRows?: readonly number[];
  /** Fill colour, "#RRGGBB". */
  readonly color: string;
}

/**
 * Cells written apart from the main grid, at (row, col): a block right of a table that leaves the columns between
 * as the user has them. Dense like `cells`.
 */
export interface CellBlock {
  readonly row: number;
  readonly col: number;
  readonly cells: readonly (readonly CellContent[])[];
  readonly numberFormats: readonly (readonly string[])[];
}

export interface SheetSpec {
  readonly name: string;
  readonly cells: readonly (readonly CellContent[])[];
  /** Excel number formats, same shape as `cells` ("General" where none). */
  readonly numberFormats: readonly (readonly string[])[];
  readonly styles: readonly StyledArea[];
  readonly merges: readonly Area[];
  /** Column widths in points, from column A. */
  readonly columnWidths: readonly number[];
  readonly rowHeights: readonly { readonly row: number; readonly height: number }[];
  readonly validations: readonly Validation[];
  readonly conditionalFormats: readonly ConditionalFormat[];
  readonly freezeRows: number;
  /** Columns kept in view when scrolling right (e.g. the requirement block beside 200 candidates). */
  readonly freezeColumns?: number;
  readonly tables?: readonly TableSpec[];
  readonly print: PrintSetup;
  readonly charts?: readonly ChartSpec[];
  readonly blocks?: readonly CellBlock[];
}

/** Every block of cells a spec writes: its main grid from A1, then its separate blocks. */
export function cellBlocks(spec: SheetSpec): CellBlock[] {
  return [{ row: 0, col: 0, cells: spec.cells, numberFormats: spec.numberFormats }, ...(spec.blocks ?? [])];
}

export function isFormulaCell(value: unknown): value is FormulaCell {
  return typeof value === "object" && value !== null && "formula" in value;
}

/** How computed cells are written: with the add-in's KAM.* functions, or portable (native Excel functions only). */
export interface RenderOptions {
  readonly portable?: boolean;
}
