import { LANGS, type Lang } from "../../../domain/lang";
import type { KeptEntry, NoteEntry } from "../../../domain/entry";
import { validDate } from "../domain/evaluate";
import { type StatusEntry, TASK_ID_PATTERN, type Task, type TaskModel, nextTaskId } from "../domain/model";
import { PHASES, defaultTask } from "../domain/plan";
import { statusFromText } from "../../../domain/status";
import { TASK_LABELS, type TaskSheetKey } from "../i18n/taskSheetText";
import {
  aboveHeaderStrays,
  assignIds,
  formulasIn,
  lastFormulaRow,
  readDate,
  readNote,
  readToday,
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
import { COL, TIMELINE, TODAY_CELL } from "./layout";
// its problem codes' messages are registered wherever the parser is loaded
import "../i18n/problemText";

export interface TaskRead extends SheetRead<TaskModel> {
  /** 0-based row of each task, in model order (the user may have sorted them). */
  readonly taskRows: readonly number[];
  /** The table's first and last column as found (0-based): a column inserted left of it moves both. */
  readonly tableCols: { readonly first: number; readonly last: number };
}

export type TaskParse = ParseResult<TaskRead>;

// "No." and the task column are the header's own, found with it
const COLUMNS: readonly (readonly [keyof typeof COL, TaskSheetKey])[] = [
  ["phase", "hPhase"],
  ["responsible", "hResponsible"],
  ["start", "hStart"],
  ["due", "hDue"],
  ["status", "hStatus"],
  ["progress", "hProgress"],
  ["link", "hLink"],
  ["notes", "hNotes"],
  ["state", "hState"],
];

/** The header row ("Nr." and the task column's title, "Aufgabe", "Taak" or "Task", right of it) and every column by its title. */
function findColumns(grid: SheetGrid): { row: number; lang: Lang; cols: Map<keyof typeof COL, number> } | undefined {
  const header = findHeader(TASK_LABELS, grid, "hId", "hTask");
  if (header === undefined) return undefined;
  // columns are found by their titles, so a table whose columns the user moved still reads
  const cols = new Map<keyof typeof COL, number>();
  for (const c of filledCols(grid, header.row)) {
    const label = textAt(grid, header.row, c);
    const hit = COLUMNS.find(([, key]) => labelLang(TASK_LABELS, label, key) !== undefined);
    if (hit && !cols.has(hit[0])) cols.set(hit[0], c);
  }
  cols.set("id", header.idCol);
  cols.set("task", header.titleCol);
  return { row: header.row, lang: header.lang, cols };
}

function phaseOf(text: string): number | string {
  const i = PHASES.findIndex((p) => LANGS.some((l) => p[l].toLowerCase() === text.toLowerCase()));
  return i >= 0 ? i + 1 : text;
}

/** Reads the task overview back, naming every cell whose entry is not valid. */
export function parseTasks(grid: SheetGrid): TaskParse {
  const header = findColumns(grid);
  if (header === undefined) return { ok: false, problems: [problemAt(grid, 0, COL.id, "headerMissing", "")] };
  const problems: Problem[] = [];
  // a column that is gone is -1, whose cells read empty
  const col = (k: keyof typeof COL) => header.cols.get(k) ?? -1;
  const text = (r: number, k: keyof typeof COL) => textAt(grid, r, col(k));

  // how far the sheet computes: each row's state down to the last state formula, the summary down to its ranges' end
  const stateCol = col("state");
  const covered = lastFormulaRow(grid, header.row, [stateCol]);
  const summary = summaryOf(grid, header.row);
  const reach = summaryReach(grid, summary);
  const stateTitle = textAt(grid, header.row, stateCol);
  const rows: { row: number; task: Omit<Task, "id"> & { readonly text: string } }[] = [];
  for (const r of filledRows(grid, header.row + 1)) {
    const inputs = (["id", "phase", "task", "responsible", "start", "due", "status", "progress", "link", "notes"] as const).map((k) =>
      col(k),
    );
    const stateCell = cellAt(grid, r, stateCol);
    const inCoverage = r <= (covered ?? -1);
    if (inputs.every((c) => cellAt(grid, r, c).empty)) {
      // a value typed over an empty row's state is named; an empty state is a row inserted into the table
      if (inCoverage && stateCell.formula === undefined && !stateCell.empty)
        problems.push(problemAt(grid, r, stateCol, "computedOverwritten", stateCell.value, stateTitle));
      continue;
    }
    const outside = r > (reach ?? Infinity);
    if (outside) problems.push(problemAt(grid, r, col("task"), "outsideRow", text(r, "task")));
    else if (stateCell.formula === undefined) {
      if (inCoverage || !stateCell.empty) problems.push(problemAt(grid, r, stateCol, "computedOverwritten", stateCell.value, stateTitle));
      else if (covered !== undefined) problems.push(problemAt(grid, r, stateCol, "notCovered", "", stateTitle));
    }

    const start = readDate(grid, r, col("start"), problems);
    const due = readDate(grid, r, col("due"), problems);
    // by the calendar day, also of dates kept with a time of day or computed by a formula
    const [startDay, dueDay] = [validDate(start), validDate(due)];
    if (startDay !== null && dueDay !== null && dueDay < startDay) problems.push(problemAt(grid, r, col("due"), "dueBeforeStart", dueDay));

    const status = readStatus(grid, r, col("status"), col("id"), problems);
    const progress = readProgress(grid, r, col("progress"), problems);
    const notes: NoteEntry = readNote(cellAt(grid, r, col("notes")));
    rows.push({
      row: r,
      task: {
        phase: phaseOf(text(r, "phase")),
        text: text(r, "task"),
        responsible: text(r, "responsible"),
        start,
        due,
        status,
        progress,
        link: text(r, "link"),
        notes,
        ...formulasIn(grid, r, { phase: col("phase"), text: col("task"), responsible: col("responsible"), link: col("link") }),
        ...(outside ? { ignored: "outside" as const } : {}),
      },
    });
  }

  const ids = assignIds(
    grid,
    rows.map((x) => x.row),
    col("id"),
    TASK_ID_PATTERN,
    nextTaskId,
    problems,
  );
  const tasks: Task[] = rows.map(({ task }, i) => {
    const id = ids[i]!;
    return { ...task, id, text: ownText(task.text, defaultTask(id)) };
  });

  const today = todayAt(grid, header.row, col("phase") - col("id"));
  const kept = readToday(grid, today, problems);
  overwrittenSummary(grid, summary, problems);
  const model: TaskModel = kept === undefined ? { tasks } : { tasks, today: kept };
  const lastRow = Math.max(header.row, covered ?? header.row, ...rows.map((x) => x.row));
  const block = tableBlock(grid, header.row, lastRow, header.cols.values(), problems);
  // above the header, the sheet holds the today cell and the summary: a note of the user's there would be overwritten
  // (each row's first cell, the summary's phase, is the row's own anyway)
  const inSummary = (r: number, c: number) =>
    summary !== undefined && (r === summary.top || summary.rows.includes(r)) && summary.cols.includes(c);
  const above = aboveHeaderStrays(
    grid,
    header.row,
    block.extent.cols,
    (r, c) => (r === today.row && c === today.col) || inSummary(r, c),
    problems,
  );
  return {
    ok: true,
    model,
    lang: header.lang,
    problems,
    taskRows: rows.map((x) => x.row),
    tableCols: { first: Math.min(...header.cols.values()), last: Math.max(...header.cols.values()) },
    ...block,
    ...timelineOf(grid, header.row, lastRow, block.extent.cols),
    strays: [...above, ...block.strays],
  };
}

/** A task's status: a known word in any language, else kept as typed; without a status column, the task's number is named. */
function readStatus(grid: SheetGrid, r: number, c: number, idCol: number, problems: Problem[]): StatusEntry {
  const cell = cellAt(grid, r, c);
  if (cell.empty) {
    problems.push(problemAt(grid, r, c < 0 ? idCol : c, "statusMissing", ""));
    return null;
  }
  if (isBlankResult(cell)) {
    problems.push(problemAt(grid, r, c, "statusMissing", ""));
    return keptFrom(cell);
  }
  const known = cell.error || cell.formula !== undefined ? undefined : statusFromText(cell.value);
  if (known !== undefined) return known.status;
  if (cell.error || statusFromText(cell.value) === undefined)
    problems.push(problemAt(grid, r, c, cell.error ? "errorValue" : "statusUnknown", cell.value));
  return keptFrom(cell);
}

/** A progress from 0 to 1 (0 % to 100 %); anything else is kept as typed and named. */
function readProgress(grid: SheetGrid, r: number, c: number, problems: Problem[]): number | null | KeptEntry {
  const cell = cellAt(grid, r, c);
  if (cell.empty) return null;
  const ok = !cell.error && typeof cell.value === "number" && cell.value >= 0 && cell.value <= 1;
  if (ok && cell.formula === undefined) return cell.value as number;
  if (!ok && !isBlankResult(cell))
    problems.push(
      problemAt(grid, r, c, cell.error ? "errorValue" : typeof cell.value === "number" ? "progressRange" : "progressNotNumber", cell.value),
    );
  return keptFrom(cell);
}

/**
 * The today cell: right of its label above the header (B3 as rendered, wherever rows were inserted above), else
 * where the sheet puts it. The label stands above "No." and the day above "Phase": columns inserted between those
 * (`gap` apart) are between the label and the day too, so the day is the first filled cell up to that far right.
 */
function todayAt(grid: SheetGrid, headerRow: number, gap: number): { readonly row: number; readonly col: number } {
  const label = labelAbove(TASK_LABELS, grid, headerRow, "today");
  if (label === undefined) return TODAY_CELL;
  return { row: label.row, col: filledCols(grid, label.row, label.col + 1, label.col + gap)[0] ?? label.col + 1 };
}

/**
 * The summary above the header: its title row (found by "Phase", in whichever column: one may be inserted left of
 * it), its computed columns (found by their titles) and one row per phase and the total, named in the phase column.
 */
function summaryOf(
  grid: SheetGrid,
  headerRow: number,
): { readonly top: number; readonly col: number; readonly cols: number[]; readonly rows: number[] } | undefined {
  const isPhase = (r: number, c: number) => labelLang(TASK_LABELS, textAt(grid, r, c), "sPhase") !== undefined;
  const top = filledRows(grid, 0, headerRow - 1).find((r) => filledCols(grid, r).some((c) => isPhase(r, c)));
  if (top === undefined) return undefined;
  const col = filledCols(grid, top).find((c) => isPhase(top, c))!;
  // the computed columns by their titles, wherever columns were inserted
  const keys: TaskSheetKey[] = ["sTasks", "sDone", "sOverdue", "sDoneShare", "sProgress"];
  const cols = filledCols(grid, top).filter((c) => keys.some((k) => labelLang(TASK_LABELS, textAt(grid, top, c), k) !== undefined));
  const rows: number[] = [];
  for (let r = top + 1; r < headerRow && textAt(grid, r, col) !== ""; r++) rows.push(r);
  return { top, col, cols, rows };
}

/** The last row the summary's formulas count (the end of their ranges, e.g. $G$13:$G$10035, read after the colon), where they tell. */
function summaryReach(grid: SheetGrid, summary: ReturnType<typeof summaryOf>): number | undefined {
  let reach: number | undefined;
  for (const r of summary?.rows ?? []) {
    for (const c of summary!.cols) {
      const f = cellAt(grid, r, c).formula;
      if (f === undefined) continue;
      for (const m of f.matchAll(/:\$?[A-Z]{1,3}\$?(\d+)/g)) reach = Math.max(reach ?? 0, Number(m[1]) - 1);
    }
  }
  return reach;
}

/** The summary's computed cells (tasks, done, overdue, shares per phase and in total): a value typed over one is named. */
function overwrittenSummary(grid: SheetGrid, summary: ReturnType<typeof summaryOf>, problems: Problem[]): void {
  if (summary === undefined) return;
  for (const r of summary.rows) {
    for (const c of summary.cols) {
      const cell = cellAt(grid, r, c);
      if (cell.formula === undefined)
        problems.push(
          problemAt(grid, r, c, "computedOverwritten", cell.value, `${textAt(grid, summary.top, c)} (${textAt(grid, r, summary.col)})`),
        );
    }
  }
}

/**
 * The timeline right of the table, one column between: its header row is the sheet's own (written again), its
 * highlighting reaches down the task rows (cleared first). What a user typed below the
 * header, or in the column between, stays as it is.
 */
function timelineOf(grid: SheetGrid, headerRow: number, lastRow: number, tableCols: number): Pick<TaskRead, "own" | "covered"> {
  const first = tableCols + 1;
  // a Monday typed over (a value now) is still the timeline's, as long as one of its formulas is left
  if (!filledCols(grid, headerRow, first, first + TIMELINE.weeks - 1).some((c) => cellAt(grid, headerRow, c).formula !== undefined))
    return {};
  return {
    own: { row: headerRow, col: first, rows: 1, cols: TIMELINE.weeks },
    covered: { row: headerRow, col: first, rows: lastRow - headerRow + 1, cols: TIMELINE.weeks },
  };
}
