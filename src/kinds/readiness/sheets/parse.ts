import { LANGS } from "../../../domain/lang";
import { CONDITION_ID_PATTERN, nextConditionId, standardCondition } from "../domain/conditions";
import { isItemRow } from "../../../domain/entry";
import { type ReadinessCondition, type ReadinessModel, type ScoreEntry, scoreOf } from "../domain/model";
import { DEFAULT_THRESHOLD, SCORE_MAX, SCORE_MIN, isValidThreshold } from "../domain/scale";
import {
  aboveHeaderStrays,
  assignIds,
  coveredRows,
  firstFormulaRow,
  formulasIn,
  listedColumns,
  markAsTyped,
  nameOutsideColumns,
  rangeEndCol,
  readNote,
  readWhole,
  strayCells,
  tableBlock,
} from "../../../sheets/entries";
import { READINESS_LABELS, READINESS_SHEET_TEXT, type ReadinessSheetKey } from "../i18n/readinessSheetText";
import {
  type HeaderRow,
  columnOf,
  findHeader,
  isLabel as isCatalogLabel,
  labelAbove,
  lastColumnOf,
  namedColumns,
} from "../../../sheets/labels";
import { keptFrom, ownText } from "../../../sheets/kept";
import {
  type ParseResult,
  type Problem,
  type SheetGrid,
  type SheetRead,
  cellAt,
  filledCols,
  filledRows,
  gridWidth,
  isBlankResult,
  isMarked,
  problemAt,
  textAt,
} from "../../../sheets/read";
import { COL } from "./layout";
// its problem codes' messages are registered wherever the parser is loaded
import "../i18n/problemText";

export interface ReadinessRead extends SheetRead<ReadinessModel> {
  /** 0-based row of each condition, in model order: for selecting a condition's row. */
  readonly conditionRows: readonly number[];
}

export type ReadinessParse = ParseResult<ReadinessRead>;

const NA_MARKS = LANGS.map((l) => READINESS_SHEET_TEXT[l].naMark.toLowerCase());

function isLabel(text: string, key: ReadinessSheetKey): boolean {
  return isCatalogLabel(READINESS_LABELS, text, key);
}

/**
 * The threshold: the first filled cell right of its label above the header row (D4 as rendered, wherever columns
 * were inserted); the default when there is none, kept as typed and named when it is not valid.
 */
function readThreshold(grid: SheetGrid, headerRow: number, problems: Problem[]): ReadinessModel["threshold"] {
  const label = labelAbove(READINESS_LABELS, grid, headerRow, "threshold");
  if (label === undefined) return DEFAULT_THRESHOLD;
  const c = filledCols(grid, label.row, label.col + 1)[0];
  if (c === undefined) return DEFAULT_THRESHOLD;
  const cell = cellAt(grid, label.row, c);
  if (!cell.error && cell.formula === undefined && isValidThreshold(cell.value)) return cell.value as number;
  if ((!isValidThreshold(cell.value) || cell.error) && !isBlankResult(cell))
    problems.push(problemAt(grid, label.row, c, "thresholdInvalid", cell.value));
  return keptFrom(cell);
}

/** The columns of a checklist as read: found by their titles, in the layout of this version or an older one. */
interface Columns {
  readonly naCol: number;
  readonly respondentCols: number[];
  readonly respondents: string[];
  /** Titled or filled columns right of those the formulas cover: not read, named. */
  readonly outside: readonly number[];
  readonly statusCol: number;
  readonly meanCol: number;
  readonly minCol: number;
  readonly maxCol: number;
  readonly notesCol: number;
  /** The last column the formulas cover, where the sheet tells. */
  readonly coveredTo?: number;
}

/**
 * This version's layout: n/a, status, mean (min, max), notes, then one column per respondent. Every column right
 * of the notes up to the last one the formulas cover is a respondent's, titled or not (scores typed under an
 * untitled column count on the sheet, so they count here); further right, a titled or filled column is not part
 * of the sheet: not read, not touched, and named.
 */
function currentColumns(
  grid: SheetGrid,
  header: HeaderRow,
  naCol: number,
  statusCol: number,
  meanCol: number,
  notesCol: number,
  coveredRow: number | undefined,
): Columns {
  const column = (key: ReadinessSheetKey) => {
    const c = columnOf(READINESS_LABELS, grid, header, meanCol + 1, key);
    return c > meanCol && c < notesCol ? c : -1;
  };
  const [minCol, maxCol] = [column("hMin"), column("hMax")];
  const coveredTo = coveredRow === undefined ? undefined : rangeEndCol(cellAt(grid, coveredRow, meanCol).formula);
  const { cols: respondentCols, names: respondents, outside } = listedColumns(grid, header.row, notesCol, coveredTo);
  return {
    naCol,
    respondentCols,
    respondents,
    outside,
    statusCol,
    meanCol,
    minCol,
    maxCol,
    notesCol,
    ...(coveredTo === undefined ? {} : { coveredTo }),
  };
}

/**
 * The layout of earlier versions: n/a, one score column per respondent, (mean, min, max,) status, notes. The
 * closing columns are searched from the right, so a respondent named "Status" or "Max" stays a respondent; a
 * column without a title among the respondents is one the user inserted.
 */
function earlierColumns(grid: SheetGrid, header: HeaderRow, naCol: number): Columns {
  const scoresFrom = Math.max(header.titleCol, naCol) + 1;
  const width = gridWidth(grid);
  const last = (before: number, key: ReadinessSheetKey, from = scoresFrom) =>
    lastColumnOf(READINESS_LABELS, grid, header, from, before, key);
  const statusCol = last(width, "hStatus");
  const notesCol = last(width, "hNotes", statusCol >= 0 ? statusCol + 1 : scoresFrom);
  const maxCol = last(statusCol >= 0 ? statusCol : notesCol >= 0 ? notesCol : width, "hMax");
  const minCol = maxCol >= 0 ? last(maxCol, "hMin") : -1;
  const meanCol = minCol >= 0 ? last(minCol, "hMean") : -1;
  const spread = meanCol >= 0 ? [meanCol, minCol, maxCol] : [];
  const endCol = [...spread, statusCol, notesCol].find((c) => c >= 0) ?? -1;
  const { cols: respondentCols, names: respondents } = namedColumns(grid, header, scoresFrom, endCol);
  if (respondents.length === 0) respondentCols.push(scoresFrom);
  return { naCol, respondentCols, respondents, outside: [], statusCol, meanCol, minCol, maxCol, notesCol };
}

const RESULT_KEYS: ReadinessSheetKey[] = ["index", "percent", "weakCount", "verdict"];

/**
 * The block above the header, found by its labels wherever columns moved: per row the label and its value cell
 * (the first filled cell right of the label, else two to its right, where the sheet puts it, within the cells read).
 */
function resultBlock(
  grid: SheetGrid,
  headerRow: number,
): { readonly row: number; readonly key: ReadinessSheetKey; readonly labelCol: number; readonly valueCol: number }[] {
  const block = [];
  const width = gridWidth(grid);
  for (const r of filledRows(grid, 0, headerRow - 1)) {
    for (const c of filledCols(grid, r)) {
      const key = (["threshold", ...RESULT_KEYS] as const).find((k) => isLabel(textAt(grid, r, c), k));
      if (key === undefined) continue;
      const v = filledCols(grid, r, c + 1)[0];
      // a label with no cell of the sheet right of it is text of the user's, not the block's
      if (v !== undefined || c + 2 < width) block.push({ row: r, key, labelCol: c, valueCol: v ?? c + 2 });
      break;
    }
  }
  return block;
}

/**
 * The result block's computed cells (index, %, weak count, verdict): each must hold a formula. A value typed over
 * one is named, since the sheet would then show something else than what applies.
 */
function overwrittenResults(grid: SheetGrid, block: ReturnType<typeof resultBlock>, problems: Problem[]): void {
  for (const { row, key, labelCol, valueCol } of block) {
    const cell = cellAt(grid, row, valueCol);
    if (RESULT_KEYS.includes(key) && cell.formula === undefined)
      problems.push(problemAt(grid, row, valueCol, "computedOverwritten", cell.value, textAt(grid, row, labelCol)));
  }
}

/** Reads a readiness checklist back into the model, naming every cell whose entry is not valid. */
export function parseReadiness(grid: SheetGrid): ReadinessParse {
  // the header row (Nr. | Voraussetzung in any language) tells the sheet's language
  const header = findHeader(READINESS_LABELS, grid, "hId", "hCondition");
  if (header === undefined) return { ok: false, problems: [problemAt(grid, 0, COL.id, "headerMissing", "")] };
  const problems: Problem[] = [];
  const h = header.row;
  const first = (key: ReadinessSheetKey) => columnOf(READINESS_LABELS, grid, header, header.titleCol + 1, key);
  const naCol = first("hNotApplicable");
  const [statusFirst, meanFirst, notesFirst] = [first("hStatus"), first("hMean"), first("hNotes")];
  // this version puts status and mean before the notes and the respondents after them; earlier ones put the
  // respondents first and the mean (with two or more) before the status
  // (a respondent of an earlier layout may be named "Status": there, the last status before the notes follows the mean)
  const current =
    statusFirst >= 0 &&
    meanFirst > statusFirst &&
    notesFirst > meanFirst &&
    lastColumnOf(READINESS_LABELS, grid, header, meanFirst, notesFirst, "hStatus") < 0;
  const block = resultBlock(grid, h);
  const results = block.filter((b) => RESULT_KEYS.includes(b.key)).map((b): [number, number] => [b.row, b.valueCol]);
  const covered = coveredRows(
    grid,
    h,
    current ? [statusFirst, meanFirst] : [lastColumnOf(READINESS_LABELS, grid, header, header.titleCol + 1, gridWidth(grid), "hStatus")],
    results,
  );
  const cols = current
    ? currentColumns(
        grid,
        header,
        naCol,
        statusFirst,
        meanFirst,
        notesFirst,
        covered === undefined ? undefined : firstFormulaRow(grid, h, meanFirst),
      )
    : earlierColumns(grid, header, naCol);
  const { respondentCols, respondents, notesCol } = cols;
  // the columns the sheet computes, in either layout: each must hold its formula
  const computed = (["hStatus", "hMean", "hMin", "hMax"] as const)
    .map((key) => ({ key, col: { hStatus: cols.statusCol, hMean: cols.meanCol, hMin: cols.minCol, hMax: cols.maxCol }[key] }))
    .filter((x) => x.col >= 0);
  // one column titled "Score" (in any language) is the unnamed respondent of a checklist without names
  if (respondents.length === 1 && isLabel(respondents[0]!, "hScore")) respondents[0] = "";
  if (respondents.length === 0) respondents.push("");
  // a checklist whose only score column is empty and untitled still has its one unnamed respondent there
  if (respondentCols.length === 0) respondentCols.push(notesCol + 1);
  nameOutsideColumns(grid, h, cols.outside, "outsideColumn", problems);

  const threshold = readThreshold(grid, h, problems);
  overwrittenResults(grid, block, problems);

  type Row = { row: number; remark: boolean; outside: boolean; condition: Omit<ReadinessCondition, "id"> & { readonly text: string } };
  const rows: Row[] = [];
  for (const r of filledRows(grid, h + 1)) {
    const inCoverage = covered === undefined || r <= covered;
    const blankRow = [header.idCol, header.titleCol, naCol, notesCol, ...respondentCols].every((c) => c < 0 || cellAt(grid, r, c).empty);
    // a value typed over a computed cell is named; so is a condition's computed cell left empty (a row inserted
    // into the table has none, which is fine until something is typed into it)
    const overwritten = (isCondition: boolean) => {
      if (!inCoverage) return;
      for (const { col, key } of computed) {
        const cell = cellAt(grid, r, col);
        if (cell.formula === undefined && (isCondition || !cell.empty))
          problems.push(problemAt(grid, r, col, "computedOverwritten", cell.value, READINESS_SHEET_TEXT[header.lang][key]));
      }
    };
    if (blankRow) {
      overwritten(false);
      continue;
    }
    const textCell = cellAt(grid, r, header.titleCol);
    const rawText = String(textCell.value);
    const text = rawText.trim() === "" ? rawText : rawText.trim();

    const scores: ScoreEntry[] = respondentCols.map((c) => readWhole(grid, r, c, SCORE_MIN, SCORE_MAX, problems));
    const condition = isItemRow(isMarked(textCell), scores.filter((s) => scoreOf(s) !== null).length);
    const formulas = formulasIn(grid, r, { text: header.titleCol, notApplicable: naCol });
    const naTyped = naCol >= 0 ? markAsTyped(cellAt(grid, r, naCol), NA_MARKS) : undefined;
    overwritten(condition);
    const outside = condition && !inCoverage;
    if (outside) problems.push(problemAt(grid, r, header.titleCol, "outsideRow", rawText));
    rows.push({
      row: r,
      remark: !condition,
      outside,
      condition: {
        text,
        notApplicable: naCol >= 0 && isMarked(cellAt(grid, r, naCol)),
        ...(naTyped === undefined ? {} : { notApplicableAs: naTyped }),
        scores,
        note: readNote(cellAt(grid, r, notesCol)),
        ...formulas,
      },
    });
  }

  const conditionRows = rows.filter((x) => !x.remark);
  const ids = assignIds(
    grid,
    conditionRows.map((x) => x.row),
    header.idCol,
    CONDITION_ID_PATTERN,
    nextConditionId,
    problems,
  );
  const idOf = new Map(conditionRows.map((x, i) => [x.row, ids[i]!]));
  const conditions: ReadinessCondition[] = rows.map(({ row, remark, outside, condition }) => {
    // a remark keeps its first cell as typed; it gets no id
    if (remark) return { ...condition, id: textAt(grid, row, header.idCol), text: condition.text, ignored: "remark" as const };
    const id = idOf.get(row)!;
    const read = { ...condition, id, text: ownText(condition.text, standardCondition(id)) };
    return outside ? { ...read, ignored: "outside" as const } : read;
  });
  const lastRow = Math.max(rows.length > 0 ? rows[rows.length - 1]!.row : h, covered ?? h);
  const entered = [header.idCol, header.titleCol, naCol, ...respondentCols, notesCol];
  const table = tableBlock(grid, h, Math.min(lastRow, covered ?? lastRow), [...entered, ...computed.map((x) => x.col)], problems);
  // below the covered rows the computed columns are not read: what is typed there would not be kept; above the
  // header, the labels and their values (threshold, results) are the sheet's
  const below = covered === undefined ? [] : strayCells(grid, covered + 1, lastRow, table.extent.cols, new Set(entered), problems);
  const ours = new Set(block.flatMap((b) => [`${b.row},${b.labelCol}`, `${b.row},${b.valueCol}`]));
  const above = aboveHeaderStrays(grid, h, table.extent.cols, (r, c) => ours.has(`${r},${c}`), problems);
  // the spare columns hold no values, only rules: re-creating clears those and leaves anything typed above them
  const rules = cols.coveredTo === undefined ? {} : { covered: { row: h, col: 0, rows: lastRow - h + 1, cols: cols.coveredTo + 1 } };
  const model: ReadinessModel = { respondents, threshold, conditions };
  const extent = { rows: lastRow + 1, cols: table.extent.cols };
  return {
    ok: true,
    model,
    lang: header.lang,
    problems,
    conditionRows: rows.map((x) => x.row),
    extent,
    strays: [...above, ...table.strays, ...below],
    ...rules,
  };
}
