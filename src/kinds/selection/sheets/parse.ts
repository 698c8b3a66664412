import type { KeptEntry, NumberEntry } from "../../../domain/entry";
import type { Lang } from "../../../domain/lang";
import { CUSTOMER_ID_PATTERN, nextCriterionIds, nextCustomerIds, standardCriterion } from "../domain/criteria";
import { GROUPS, countedWeights } from "../domain/evaluate";
import {
  CAPACITY_MAX,
  type Criterion,
  type CriterionGroup,
  type Customer,
  SCORE_MAX,
  SCORE_MIN,
  type SelectionModel,
  WEIGHT_MAX,
  WEIGHT_MIN,
  WEIGHT_TOTAL,
} from "../domain/model";
import { CLASS_TEXT, CLASS_WORDS } from "../i18n/classText";
import { translator } from "../../../i18n/format";
import { SELECTION_LABELS, SELECTION_SHEET_TEXT, type SelectionSheetKey } from "../i18n/selectionSheetText";
import { cellAddress } from "../../../sheets/address";
import {
  aboveHeaderStrays,
  assignIds,
  firstFormulaIn,
  formulasIn,
  lastFormulaRow,
  rangeCols,
  readNote,
  readWhole,
  tableBlock,
} from "../../../sheets/entries";
import { findHeader, labelAbove, labelLang } from "../../../sheets/labels";
import { keptFrom, ownText } from "../../../sheets/kept";
import {
  type ParseResult,
  type Problem,
  type SheetGrid,
  type SheetRead,
  cellAt,
  filledCols,
  filledRows,
  isBlankResult,
  problemAt,
  textAt,
} from "../../../sheets/read";
import { COL, PLOT_KEYS, ROW, SETTING_COL, SMALLEST_BUBBLE_ROW, SUMMARY_COL } from "./layout";
// its problem codes' messages are registered wherever the parser is loaded
import "../i18n/problemText";

export interface SelectionRead extends SheetRead<SelectionModel> {
  /** 0-based row of each customer, in model order. */
  readonly customerRows: readonly number[];
  /** 0-based column of each criterion, in model order. */
  readonly criterionCols: readonly number[];
  /** Where the customers' name and class columns are (-1 for one that is gone). */
  readonly cols: { readonly customer: number; readonly class: number };
}

export type SelectionParse = ParseResult<SelectionRead>;

/** The columns found by their titles (the id and customer columns are the header's own, found with it). */
const TITLED = ["revenue", "potential", "attractiveness", "strength", "class", "rank", "notes"] as const;
type Titled = (typeof TITLED)[number];
const TITLE_KEY: Readonly<Record<Titled, SelectionSheetKey>> = {
  revenue: "hRevenue",
  potential: "hPotential",
  attractiveness: "attractiveness",
  strength: "strength",
  class: "hClass",
  rank: "hRank",
  notes: "hNotes",
};
/** The computed columns of a customer's row. */
const COMPUTED = ["attractiveness", "strength", "class", "rank"] as const;

/** "K02 Wachstum" → K02 and its text; a header without a number is an own criterion's text. */
function headerParts(header: string): { readonly id: string | null; readonly text: string } {
  const m = /^(K\d{2,})(?:\s+([\s\S]*))?$/i.exec(header);
  // the header comes trimmed, and the spaces after the number go with the pattern
  return m === null ? { id: null, text: header } : { id: m[1]!.toUpperCase(), text: m[2] ?? "" };
}

/** Reads the key-account selection back, naming every cell whose entry is not valid. */
export function parseSelection(grid: SheetGrid): SelectionParse {
  const header = findHeader(SELECTION_LABELS, grid, "hId", "hCustomer");
  if (header === undefined) return { ok: false, problems: [problemAt(grid, 0, COL.id, "headerMissing", "")] };
  const { lang } = header;
  const problems: Problem[] = [];
  const cols = new Map<Titled, number>();
  for (const c of filledCols(grid, header.row, header.titleCol + 1)) {
    const hit = TITLED.find((k) => labelLang(SELECTION_LABELS, textAt(grid, header.row, c), TITLE_KEY[k]) !== undefined);
    if (hit !== undefined && !cols.has(hit)) cols.set(hit, c);
  }
  const col = (k: Titled) => cols.get(k) ?? -1;
  const plot = plotCells(grid, header.row, lang);
  const rowOf = (key: SelectionSheetKey, fallback: number) => labelAbove(SELECTION_LABELS, grid, header.row, key)?.row ?? fallback;
  const groupRow = rowOf("group", header.row - (ROW.header - ROW.group));
  const weightRow = rowOf("weight", header.row - (ROW.header - ROW.weight));

  // the rows of the weights that count, per group (computed): found by their labels
  const countRows = (["countsAttractiveness", "countsStrength"] as const)
    .map((k) => labelAbove(SELECTION_LABELS, grid, header.row, k)?.row)
    .filter((r): r is number => r !== undefined);
  const criteria = readCriteria(grid, { header, cols: col, groupRow, weightRow, countRows, lang }, problems);
  for (const r of countRows)
    for (const c of criteria.cols) {
      const cell = cellAt(grid, r, c);
      // a criterion without any (an inserted column) is named as outside the formulas already
      if (cell.formula === undefined && countRows.some((x) => cellAt(grid, x, c).formula !== undefined))
        problems.push(problemAt(grid, r, c, "computedOverwritten", cell.value, textAt(grid, r, header.titleCol)));
    }
  const sumCells = weightSums(grid, criteria.model, { weightRow, headerRow: header.row, cols: col, lang }, problems);

  // how far the rows' formulas reach: the last row holding one of them
  const computedCols = [...COMPUTED.map(col), ...plot.cols];
  const covered = lastFormulaRow(grid, header.row, computedCols);
  const inputCols = [header.idCol, header.titleCol, col("revenue"), col("potential"), ...criteria.cols, col("notes")];
  const rows: { row: number; customer: Omit<Customer, "id"> }[] = [];
  const firstOf = new Map<string, number>();
  for (const r of filledRows(grid, header.row + 1)) {
    const inCoverage = r <= (covered ?? -1);
    if (inputCols.every((c) => cellAt(grid, r, c).empty)) {
      // a value typed over an empty row's results is named; an empty one is a row inserted into the table
      for (const c of computedCols) {
        const cell = cellAt(grid, r, c);
        if (inCoverage && !cell.empty && cell.formula === undefined)
          problems.push(problemAt(grid, r, c, "computedOverwritten", cell.value, textAt(grid, header.row, c)));
      }
      continue;
    }
    const outside = r > (covered ?? Infinity);
    if (outside) problems.push(problemAt(grid, r, header.titleCol, "outsideRow", textAt(grid, r, header.titleCol)));
    else
      for (const c of computedCols) {
        const cell = cellAt(grid, r, c);
        if (c >= 0 && cell.formula === undefined)
          problems.push(problemAt(grid, r, c, "computedOverwritten", cell.value, textAt(grid, header.row, c)));
      }
    const name = textAt(grid, r, header.titleCol);
    if (name === "") problems.push(problemAt(grid, r, header.titleCol, "customerNameMissing", ""));
    else {
      const key = name.toLowerCase();
      const first = firstOf.get(key);
      if (first === undefined) firstOf.set(key, r);
      else problems.push(problemAt(grid, r, header.titleCol, "duplicateCustomer", name, cellAddress(first, header.titleCol)));
    }
    rows.push({
      row: r,
      customer: {
        name,
        revenue: readAmount(grid, r, col("revenue"), problems),
        potential: readAmount(grid, r, col("potential"), problems),
        scores: criteria.cols.map((c) => readWhole(grid, r, c, SCORE_MIN, SCORE_MAX, problems)),
        notes: readNote(cellAt(grid, r, col("notes"))),
        ...formulasIn(grid, r, { name: header.titleCol }),
        ...(outside ? { ignored: "outside" as const } : {}),
      },
    });
  }
  const ids = assignIds(
    grid,
    rows.map((x) => x.row),
    header.idCol,
    CUSTOMER_ID_PATTERN,
    (used) => nextCustomerIds(used, 1)[0]!,
    problems,
  );
  const customers: Customer[] = rows.map(({ customer }, i) => ({ id: ids[i]!, ...customer }));

  const settings = readSettings(grid, header.row, problems);
  const summary = summaryCells(grid, header.row, lang);
  for (const [r, c] of [
    ...summary.computed,
    ...sumCells,
    ...plot.computed,
    ...(settings.warning === undefined ? [] : [settings.warning]),
  ]) {
    const cell = cellAt(grid, r, c);
    if (cell.formula === undefined) problems.push(problemAt(grid, r, c, "computedOverwritten", cell.value));
  }

  const model: SelectionModel = { criteria: criteria.model, customers, cutOff: settings.cutOff, capacity: settings.capacity };
  const lastRow = Math.max(header.row, covered ?? header.row, ...rows.map((x) => x.row));
  const known = [...inputCols, ...computedCols];
  const block = tableBlock(grid, header.row, lastRow, known, problems);
  const ours = new Set([
    ...[...summary.computed, ...summary.titles, ...sumCells, ...plot.computed, ...plot.titles].map(([r, c]) => `${r},${c}`),
    ...settings.cells.map(([r, c]) => `${r},${c}`),
  ]);
  const above = aboveHeaderStrays(
    grid,
    header.row,
    block.extent.cols,
    (r, c) => ours.has(`${r},${c}`) || ((r === groupRow || r === weightRow || countRows.includes(r)) && criteria.cols.includes(c)),
    problems,
  );
  return {
    ok: true,
    model,
    lang,
    problems,
    customerRows: rows.map((x) => x.row),
    criterionCols: criteria.cols,
    cols: { customer: header.titleCol, class: col("class") },
    ...block,
    strays: [...above, ...block.strays],
  };
}

/**
 * The portfolio chart's columns, found by their titles in the sheet's language (a sheet made before the chart has
 * none), and the smallest bubble's cell below the chart: computed, so a value typed over them is named.
 */
function plotCells(grid: SheetGrid, headerRow: number, lang: Lang) {
  const t = translator(SELECTION_SHEET_TEXT, lang);
  const titles = PLOT_KEYS.map((k) => t(k === "x" ? "plotX" : k === "y" ? "plotY" : "plotSize").toLowerCase());
  const found = new Map<number, number>();
  for (const c of filledCols(grid, headerRow, 0)) {
    const i = titles.indexOf(textAt(grid, headerRow, c).toLowerCase());
    if (i >= 0 && !found.has(i)) found.set(i, c);
  }
  const cols = [...found.values()];
  const [x, size] = [found.get(PLOT_KEYS.indexOf("x")), found.get(PLOT_KEYS.indexOf("size"))];
  const row = headerRow - (ROW.header - SMALLEST_BUBBLE_ROW);
  const label = x === undefined || row < 0 ? [] : [[row, x] as const];
  const computed = size === undefined || row < 0 ? [] : [[row, size] as const];
  return { cols, computed, titles: label };
}

interface CriteriaContext {
  readonly header: { readonly row: number; readonly titleCol: number };
  readonly cols: (k: Titled) => number;
  readonly groupRow: number;
  readonly weightRow: number;
  readonly countRows: readonly number[];
  readonly lang: Lang;
}

/**
 * The criteria: the columns between the customer's entries (name, revenue, potential) and the attractiveness, each
 * with its number and text from the header, its group and its weight. Columns outside the range the sheet's
 * formulas cover are read and kept, but count nowhere (as on the sheet) and are named.
 */
function readCriteria(grid: SheetGrid, ctx: CriteriaContext, problems: Problem[]): { model: Criterion[]; cols: number[] } {
  const { header, groupRow, weightRow, lang } = ctx;
  const left = Math.max(header.titleCol, ctx.cols("revenue"), ctx.cols("potential"));
  const right = [ctx.cols("attractiveness"), ctx.cols("strength"), ctx.cols("class"), ctx.cols("rank"), ctx.cols("notes")].filter(
    (c) => c > left,
  );
  // without any of them to the right, the criteria run to the header's end (the least of none is Infinity)
  const end = Math.min(...right) - 1;
  const filled = new Set([
    ...filledCols(grid, header.row, left + 1, end),
    ...filledCols(grid, groupRow, left + 1, end),
    ...filledCols(grid, weightRow, left + 1, end),
  ]);
  const cols = [...filled].sort((a, b) => a - b);
  // the rows of the groups and weights deleted (the header in the sheet's first rows): every criterion counts nowhere
  const rowsGone = groupRow < 0 || weightRow < 0;
  // the range the rows' formulas take in: from the first weight sum or score formula, its first to last column
  const formula =
    firstFormulaIn(grid, header.row, ctx.cols("attractiveness")) ?? cellAt(grid, weightRow, ctx.cols("attractiveness")).formula;
  const covered = rangeCols(formula);
  const [coveredFrom, coveredTo] = [covered?.first, covered?.last];

  const used = new Set<string>();
  const parts = cols.map((c) => {
    const { id, text } = headerParts(textAt(grid, header.row, c));
    if (id !== null && !used.has(id)) {
      used.add(id);
      return { id, text };
    }
    if (id !== null) problems.push(problemAt(grid, header.row, c, "duplicateId", id));
    return { id: null, text };
  });
  const model = parts.map(({ id: found, text }, i): Criterion => {
    const c = cols[i]!;
    const id = found ?? nextCriterionIds(used, 1)[0]!;
    used.add(id);
    // outside the range the rows' formulas read, or inside it without the weights that count (a column the user
    // inserted there: the sheet counts it nowhere until it is re-created)
    const outside =
      rowsGone ||
      (coveredFrom !== undefined && c < coveredFrom) ||
      (coveredTo !== undefined && c > coveredTo) ||
      (ctx.countRows.length > 0 && ctx.countRows.every((r) => cellAt(grid, r, c).formula === undefined));
    if (outside) problems.push(problemAt(grid, header.row, c, "outsideCriterion", textAt(grid, header.row, c)));
    const standard = standardCriterion(id);
    return {
      id,
      group: rowsGone ? { value: "" } : readGroup(grid, groupRow, c, lang, problems),
      text: text === "" ? null : ownText(text, standard),
      weight: rowsGone ? null : readWhole(grid, weightRow, c, WEIGHT_MIN, WEIGHT_MAX, problems),
      ...(outside ? { ignored: "outside" as const } : {}),
    };
  });
  return { model, cols };
}

/**
 * A criterion's group: its name in the sheet's language, ignoring case, as the sheet's formulas compare it;
 * anything else is kept as typed, counts in neither group and is named.
 */
function readGroup(grid: SheetGrid, row: number, col: number, lang: Lang, problems: Problem[]): CriterionGroup | KeptEntry {
  const cell = cellAt(grid, row, col);
  const value = cell.value;
  const group =
    cell.error || typeof value !== "string"
      ? undefined
      : GROUPS.find((g) => SELECTION_SHEET_TEXT[lang][g].toLowerCase() === value.toLowerCase());
  if (group !== undefined && cell.formula === undefined) return group;
  if (group === undefined) problems.push(problemAt(grid, row, col, cell.error ? "errorValue" : "groupUnknown", value));
  return keptFrom(cell);
}

/**
 * Each group's weight sum (above its score column): its cells, and a problem where the weights that count do not
 * add up to 100, as the sheet's sum shows red (also a group left without criteria, whose sum is 0).
 */
function weightSums(
  grid: SheetGrid,
  criteria: readonly Criterion[],
  ctx: { readonly weightRow: number; readonly headerRow: number; readonly cols: (k: Titled) => number; readonly lang: Lang },
  problems: Problem[],
): [number, number][] {
  const cells: [number, number][] = [];
  const { sums } = countedWeights(criteria);
  // without the weights' row (deleted with the rows above the header), a sum is named at its group's column title
  const row = ctx.weightRow < 0 ? ctx.headerRow : ctx.weightRow;
  for (const g of GROUPS) {
    const at = ctx.cols(g);
    if (at >= 0 && ctx.weightRow >= 0) cells.push([ctx.weightRow, at]);
    if (sums[g] !== WEIGHT_TOTAL)
      problems.push(problemAt(grid, row, at >= 0 ? at : SUMMARY_COL.label, "weightSum", sums[g], SELECTION_SHEET_TEXT[ctx.lang][g]));
  }
  return cells;
}

/** A revenue or potential: a number of 0 or more; anything else is kept as typed and named. */
function readAmount(grid: SheetGrid, r: number, c: number, problems: Problem[]): NumberEntry {
  const cell = cellAt(grid, r, c);
  if (cell.empty) return null;
  if (isBlankResult(cell)) return keptFrom(cell);
  const ok = !cell.error && typeof cell.value === "number" && cell.value >= 0;
  if (ok && cell.formula === undefined) return cell.value as number;
  if (!ok) problems.push(problemAt(grid, r, c, cell.error ? "errorValue" : "amountInvalid", cell.value));
  return keptFrom(cell);
}

/**
 * The cut-off and the capacity, right of their labels above the header (wherever rows were inserted), and the
 * warning right of the capacity. Blank is the default; anything not valid is kept and named.
 */
function readSettings(
  grid: SheetGrid,
  headerRow: number,
  problems: Problem[],
): {
  cutOff: NumberEntry;
  capacity: NumberEntry;
  warning?: [number, number];
  cells: [number, number][];
} {
  // without its label, a setting is in its place above the header (none when the rows above were deleted)
  const at = (key: SelectionSheetKey, row: number) => {
    const label = labelAbove(SELECTION_LABELS, grid, headerRow, key);
    return label === undefined ? { row: headerRow - (ROW.header - row), col: SETTING_COL } : { row: label.row, col: label.col + 1 };
  };
  const cut = at("cutOff", ROW.cutOff);
  const cap = at("capacity", ROW.capacity);
  const cutCell = cellAt(grid, cut.row, cut.col);
  let cutOff: NumberEntry = null;
  if (!cutCell.empty) {
    const ok = !cutCell.error && typeof cutCell.value === "number" && cutCell.value >= SCORE_MIN && cutCell.value <= SCORE_MAX;
    if (!ok && !isBlankResult(cutCell))
      problems.push(problemAt(grid, cut.row, cut.col, cutCell.error ? "errorValue" : "cutOffInvalid", cutCell.value));
    cutOff = ok && cutCell.formula === undefined ? (cutCell.value as number) : keptFrom(cutCell);
  }
  const capacity = readWhole(grid, cap.row, cap.col, 0, CAPACITY_MAX, problems, "capacityInvalid");
  const warning: [number, number] = [cap.row, cap.col + 1];
  const hasWarning = labelAbove(SELECTION_LABELS, grid, headerRow, "capacity") !== undefined;
  return {
    cutOff,
    capacity,
    ...(hasWarning ? { warning } : {}),
    cells: [[cut.row, cut.col], [cap.row, cap.col], warning, [cut.row, cut.col - 1], [cap.row, cap.col - 1]],
  };
}

/**
 * The summary's computed cells: below its header ("Klasse", "Kunden", "Umsatz"), one row per class word in the
 * sheet's language, the customers' count and (for the four classes) the revenue.
 */
function summaryCells(grid: SheetGrid, headerRow: number, lang: Lang): { computed: [number, number][]; titles: [number, number][] } {
  const top = labelAbove(SELECTION_LABELS, grid, headerRow, "sClass");
  if (top === undefined) return { computed: [], titles: [] };
  const titled = (key: SelectionSheetKey) =>
    filledCols(grid, top.row, top.col + 1).find((c) => labelLang(SELECTION_LABELS, textAt(grid, top.row, c), key) !== undefined);
  const [customersCol, revenueCol] = [titled("sCustomers"), titled("sRevenue")];
  const computed: [number, number][] = [];
  for (let r = top.row + 1; r < headerRow; r++) {
    const word = CLASS_WORDS.find((k) => CLASS_TEXT[lang][k].toLowerCase() === textAt(grid, r, top.col).toLowerCase());
    if (word === undefined) break;
    if (customersCol !== undefined) computed.push([r, customersCol]);
    if (revenueCol !== undefined && word !== "INCOMPLETE" && word !== "UNSCORED") computed.push([r, revenueCol]);
  }
  const titles = [customersCol, revenueCol].filter((c): c is number => c !== undefined).map((c): [number, number] => [top.row, c]);
  return { computed, titles };
}
