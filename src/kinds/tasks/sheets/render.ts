import { isKeptEntry } from "../../../domain/entry";
import { type Lang, itemText } from "../../../domain/lang";
import { FIRST_DATE, LAST_DATE, isoToSerial } from "../../../domain/dates";
import { type DateEntry, DUE_SOON_DAYS, type TaskModel } from "../domain/model";
import { PHASES, defaultTask, phaseLabel } from "../domain/plan";
import { STATUS_TEXT, TASK_STATUSES, type TaskStatus, statusTexts } from "../../../domain/status";
import { translator } from "../../../i18n/format";
import { TASK_SHEET_TEXT, type TaskSheetKey } from "../i18n/taskSheetText";
import { TASK_TEXT } from "../i18n/taskText";
import { columnLetter } from "../../../sheets/address";
import { entriesArg } from "../../../sheets/functionArgs";
import { GridBuilder, area, formulaText } from "../../../sheets/grid";
import { keptContent, orFormula } from "../../../sheets/kept";
import { PALETTE, SERIES_COLORS } from "../../../sheets/palette";
import { printSetup } from "../../../sheets/print";
import { headLook, sheetBase, writeHead } from "../../../sheets/scaffold";
import type { CellBlock, CellContent, ConditionalFormat, RenderOptions, SheetSpec, StyledArea, Validation } from "../../../sheets/spec";
import { COL, COLUMN_COUNT, FIRST_TASK_ROW, ROW, SPARE_TASKS, TABLE_NAME, TIMELINE, TODAY_CELL, taskRefs } from "./layout";

/**
 * KAM.TASKSTATE with native functions: statuses in any language (spaces around them as TRIM takes them, as the
 * function and the pane do), days compared whole. A row without a known status
 * has no state (it is no task), and a due date that is no date (text, or before 1900) is no due date.
 */
function portableState(due: string, status: string, today: string, lang: Lang): string {
  const is = (s: TaskStatus) =>
    `OR(${statusTexts(s)
      .map((text) => `TRIM(${status})=${formulaText(text)}`)
      .join(",")})`;
  const st = (k: keyof (typeof TASK_TEXT)["en"]) => formulaText(TASK_TEXT[lang][k]);
  // days until due, nested so that nothing is computed from a due date that is text (AND evaluates every argument)
  const days = `IF(ISNUMBER(${due}),IF(${due}>=1,INT(${due})-INT(${today}),99999),99999)`;
  return (
    // a status that is an error value is no status, as in the pane: the row has no state
    `=IF(IFERROR(NOT(OR(${TASK_STATUSES.map(is).join(",")})),TRUE()),"",IF(${is("DONE")},${st("DONE")},IF(${days}<0,${st("OVERDUE")},` +
    `IF(${days}<=${DUE_SOON_DAYS},${st("DUE_SOON")},IF(${is("BLOCKED")},${st("BLOCKED")},` +
    `IF(${is("IN_PROGRESS")},${st("IN_PROGRESS")},${st("OPEN")}))))))`
  );
}

function dateCell(entry: DateEntry): CellContent {
  if (entry === null) return null;
  return isKeptEntry(entry) ? keptContent(entry) : isoToSerial(entry);
}

type TaskStateKey = keyof (typeof TASK_TEXT)["en"];

/** A date Excel can show, in the date columns and the day in force. */
const DATE_RULE = { kind: "date", min: FIRST_DATE, max: LAST_DATE } as const;

const STATES: readonly TaskStateKey[] = ["DONE", "OVERDUE", "DUE_SOON", "BLOCKED", "IN_PROGRESS", "OPEN"];

/** What the parts of the sheet share: its words, the states as formulas compare them, the covered rows, the refs. */
interface Parts {
  readonly t: ReturnType<typeof translator<TaskSheetKey>>;
  readonly lang: Lang;
  /** A task state's word in a formula ("OVERDUE" → "überfällig" quoted). */
  readonly state: (k: TaskStateKey) => string;
  /** Rows with formulas and rules: the tasks and the spare rows below. */
  readonly covered: number;
  readonly ref: ReturnType<typeof taskRefs>;
}

/**
 * The task overview as a sheet in `lang`: a summary per phase, the tasks as an Excel table with their state;
 * states computed by KAM.TASKSTATE, or (portable) by native functions only.
 */
export function renderTasks(model: TaskModel, lang: Lang, options: RenderOptions = {}): SheetSpec {
  const t = translator(TASK_SHEET_TEXT, lang);
  const n = Math.max(1, model.tasks.length);
  const p: Parts = {
    t,
    lang,
    state: (k) => formulaText(TASK_TEXT[lang][k]),
    covered: n + SPARE_TASKS,
    ref: taskRefs(model.tasks.length),
  };
  const g = new GridBuilder(FIRST_TASK_ROW + p.covered, COLUMN_COUNT);
  writeHead(g, ROW, { title: t("title"), instruction: t("instruction") });
  writeSummary(g, model, p);
  writeTasks(g, model, p, options);
  const head = headLook(ROW, { width: COLUMN_COUNT, instructionHeight: 36 });
  return {
    ...sheetBase(t("sheetName"), g, head, tableLook(p)),
    columnWidths: [40, 170, 320, 110, 72, 72, 80, 70, 80, 200, 80, 24, ...new Array<number>(TIMELINE.weeks).fill(34)],
    validations: validations(p),
    conditionalFormats: highlighting(p),
    freezeRows: ROW.header + 1,
    blocks: [timelineHeader(p.ref, t("weekFormat"))],
    tables: [{ name: TABLE_NAME, area: area(ROW.header, 0, n + 1, COLUMN_COUNT), style: "TableStyleLight9" }],
    // one page wide, as many down as the plan needs
    print: printSetup(t("title"), lang, {
      area: area(0, 0, FIRST_TASK_ROW + p.covered, COLUMN_COUNT),
      headerRow: ROW.header,
      fit: { wide: 1 },
    }),
  };
}

/** Today's cell, and the summary per phase and in total. */
function writeSummary(g: GridBuilder, model: TaskModel, { t, lang, state, ref }: Parts): void {
  g.set(ROW.today, 0, t("today"));
  g.set(TODAY_CELL.row, TODAY_CELL.col, model.today === undefined ? { formula: "=TODAY()" } : keptContent(model.today), t("dateFormat"));
  ["sPhase", "sTasks", "sDone", "sOverdue", "sDoneShare", "sProgress"].forEach((k, c) =>
    g.set(ROW.summaryHeader, c, t(k as Parameters<typeof t>[0])),
  );
  // The summary counts each row's state with native functions, in both modes: a task is a row with a state (a
  // known status), done or not, overdue or not; progress counts a done task as 100 %. Native counts over the
  // covered rows cost Excel little; a custom function would be passed every cell of them on each recalculation.
  const summary = (row: number, label: string, phase: string | null) => {
    const only = phase === null ? "" : `${ref.phases},${phase},`;
    const count = (states: readonly TaskStateKey[]) => `(${states.map((k) => `COUNTIFS(${only}${ref.states},${state(k)})`).join("+")})`;
    const tasks = count(STATES);
    const done = count(["DONE"]);
    const progress = STATES.filter((k) => k !== "DONE")
      .map((k) => `SUMIFS(${ref.progress},${only}${ref.states},${state(k)},${ref.progress},">=0",${ref.progress},"<=1")`)
      .join("+");
    g.set(row, 0, label);
    g.set(row, 1, { formula: `=${tasks}` }, "0");
    g.set(row, 2, { formula: `=${done}` }, "0");
    g.set(row, 3, { formula: `=${count(["OVERDUE"])}` }, "0");
    g.set(row, 4, { formula: `=IF(${tasks}=0,"",${done}/${tasks})` }, "0%");
    g.set(row, 5, { formula: `=IF(${tasks}=0,"",(${done}+${progress})/${tasks})` }, "0%");
  };
  PHASES.forEach((p, i) => summary(ROW.firstPhase + i, p[lang], `$A${ROW.firstPhase + i + 1}`));
  summary(ROW.total, t("total"), null);
}

/** The header row, each task's entries, and every covered row's state formula. */
function writeTasks(g: GridBuilder, model: TaskModel, { t, lang, covered, ref }: Parts, options: RenderOptions): void {
  const dateFormat = t("dateFormat");
  const headers = [
    "hId",
    "hPhase",
    "hTask",
    "hResponsible",
    "hStart",
    "hDue",
    "hStatus",
    "hProgress",
    "hLink",
    "hNotes",
    "hState",
  ] as const;
  headers.forEach((k, c) => g.set(ROW.header, c, t(k)));
  model.tasks.forEach((task, i) => {
    const row = FIRST_TASK_ROW + i;
    g.set(row, COL.id, task.id);
    g.set(row, COL.phase, orFormula(task, "phase", phaseLabel(task.phase, lang)));
    g.set(row, COL.task, orFormula(task, "text", itemText(task, defaultTask(task.id), lang) ?? ""));
    g.set(row, COL.responsible, orFormula(task, "responsible", task.responsible));
    g.set(row, COL.start, dateCell(task.start), dateFormat);
    g.set(row, COL.due, dateCell(task.due), dateFormat);
    g.set(
      row,
      COL.status,
      task.status === null ? null : isKeptEntry(task.status) ? keptContent(task.status) : STATUS_TEXT[task.status][lang],
    );
    g.set(row, COL.progress, isKeptEntry(task.progress) ? keptContent(task.progress) : task.progress, "0%");
    g.set(row, COL.link, orFormula(task, "link", task.link));
    g.set(row, COL.notes, task.notes);
  });
  // every covered row computes its state, the empty ones below the tasks included: a task typed there counts at once
  for (let row = FIRST_TASK_ROW; row < FIRST_TASK_ROW + covered; row++) {
    const dueCell = ref.cell(row, COL.due);
    const statusCell = ref.cell(row, COL.status);
    // (an empty row's state is blank without calling the custom function; so is a status that is an error value,
    // which is no status, and a due date that is one is none: functionArgs.ts)
    const kamState = `=IF(IFERROR(${statusCell}="",TRUE()),"",KAM.TASKSTATE(${entriesArg(dueCell)},${statusCell},${ref.todayInForce},"${lang}"))`;
    g.set(row, COL.state, { formula: options.portable ? portableState(dueCell, statusCell, ref.todayInForce, lang) : kamState });
    if (row >= FIRST_TASK_ROW + model.tasks.length) {
      [COL.start, COL.due].forEach((c) => g.set(row, c, null, dateFormat));
      g.set(row, COL.progress, null, "0%");
    }
  }
}

/** Overdue, due soon and done rows; a due date before its start; the timeline's bars. */
function highlighting({ state, covered, ref }: Parts): ConditionalFormat[] {
  const rows = area(FIRST_TASK_ROW, 0, covered, COLUMN_COUNT);
  const stateCell = `$${ref.cell(FIRST_TASK_ROW, COL.state)}`;
  const start = `$${ref.cell(FIRST_TASK_ROW, COL.start)}`;
  const due = `$${ref.cell(FIRST_TASK_ROW, COL.due)}`;
  return [
    { area: rows, formula: `=${stateCell}=${state("OVERDUE")}`, fill: PALETTE.badFill, fontColor: PALETTE.badFont },
    { area: rows, formula: `=${stateCell}=${state("DUE_SOON")}`, fill: PALETTE.warnFill, fontColor: PALETTE.warnFont },
    { area: rows, formula: `=${stateCell}=${state("DONE")}`, fontColor: PALETTE.mutedFont },
    {
      area: area(FIRST_TASK_ROW, COL.due, covered, 1),
      formula: `=AND(ISNUMBER(${start}),ISNUMBER(${due}),INT(${due})<INT(${start}))`,
      fontColor: PALETTE.badFont,
      bold: true,
    },
    ...timelineRules(covered, ref, state),
  ];
}

/** The dates, today's cell, the status list and the progress. */
function validations({ t, lang, covered }: Parts): Validation[] {
  const statuses = TASK_STATUSES.map((s) => STATUS_TEXT[s][lang]);
  return [
    // one rule per date column, each titled with its own column
    ...(["hStart", "hDue"] as const).map((title, i) => ({
      area: area(FIRST_TASK_ROW, COL.start + i, covered, 1),
      rule: DATE_RULE,
      prompt: { title: t(title), message: t("datePrompt") },
      error: { title: t(title), message: t("dateError") },
    })),
    {
      area: area(TODAY_CELL.row, TODAY_CELL.col),
      rule: DATE_RULE,
      prompt: { title: t("today"), message: t("todayPrompt") },
      error: { title: t("today"), message: t("dateError") },
    },
    {
      area: area(FIRST_TASK_ROW, COL.status, covered, 1),
      rule: { kind: "list", items: statuses } as const,
      prompt: { title: t("hStatus"), message: t("statusPrompt") },
      error: { title: t("hStatus"), message: t("statusPrompt") },
    },
    {
      area: area(FIRST_TASK_ROW, COL.progress, covered, 1),
      rule: { kind: "decimal", min: 0, max: 1 } as const,
      prompt: { title: t("hProgress"), message: t("progressPrompt") },
      error: { title: t("hProgress"), message: t("progressError") },
    },
  ];
}

/** The summary's and the table's look, and the timeline's header. */
function tableLook({ covered }: Parts): StyledArea[] {
  return [
    { area: area(ROW.today, 0, 1, 2), style: { bold: true } },
    { area: area(ROW.summaryHeader, 0, 1, 6), style: { bold: true, fill: PALETTE.headerFill, borderBottom: PALETTE.headerBorder } },
    { area: area(ROW.total, 0, 1, 6), style: { bold: true } },
    { area: area(FIRST_TASK_ROW, COL.task, covered, 1), style: { wrap: true } },
    { area: area(FIRST_TASK_ROW, 0, covered, COLUMN_COUNT), style: { vertical: "Top" } },
    {
      area: area(ROW.header, TIMELINE.firstCol, 1, TIMELINE.weeks),
      style: { bold: true, fontSize: 8, horizontal: "Center", fill: PALETTE.headerFill, borderBottom: PALETTE.headerBorder },
    },
  ];
}

/**
 * The timeline's header: Mondays from the week of the earliest start or due date, at most four weeks back from the
 * day in force (so that the weeks around it show). A block of its own: the column between it and the table stays
 * the user's. Native formulas in both modes: the timeline needs no add-in.
 */
function timelineHeader(ref: ReturnType<typeof taskRefs>, weekFormat: string): CellBlock {
  const starts = ref.column(COL.start);
  const dues = ref.column(COL.due);
  const today = ref.todayInForce;
  const from = `INT(IFERROR(MAX(IF(COUNT(${starts},${dues})=0,${today},MIN(${starts},${dues})),${today}-28),${today}))`;
  const weeks = Array.from({ length: TIMELINE.weeks }, (_, w) => TIMELINE.firstCol + w);
  return {
    row: ROW.header,
    col: TIMELINE.firstCol,
    cells: [weeks.map((col, w) => ({ formula: w === 0 ? `=${from}-WEEKDAY(${from},2)+1` : `=${ref.cell(ROW.header, col - 1)}+7` }))],
    numberFormats: [weeks.map(() => weekFormat)],
  };
}

/**
 * Each task's weeks from start to due filled in its state's colour (a task with one of the dates gets that week;
 * a row without a state, none), and this week's Monday marked.
 */
function timelineRules(covered: number, ref: ReturnType<typeof taskRefs>, state: (k: TaskStateKey) => string): ConditionalFormat[] {
  // the week of the cell's column (relative), from the header row (absolute)
  const week = `${columnLetter(TIMELINE.firstCol)}$${ROW.header + 1}`;
  const start = `$${ref.cell(FIRST_TASK_ROW, COL.start)}`;
  const due = `$${ref.cell(FIRST_TASK_ROW, COL.due)}`;
  const st = `$${ref.cell(FIRST_TASK_ROW, COL.state)}`;
  const today = ref.todayInForce;
  // the week overlaps the days from start to due; a missing date is the other one (nested: INT of text is an error)
  const bar =
    `IF(OR(ISNUMBER(${start}),ISNUMBER(${due})),AND(${week}<=INT(IF(ISNUMBER(${due}),${due},${start})),` +
    `${week}+6>=INT(IF(ISNUMBER(${start}),${start},${due}))),FALSE())`;
  const body = area(FIRST_TASK_ROW, TIMELINE.firstCol, covered, TIMELINE.weeks);
  const is = (k: TaskStateKey) => `${st}=${state(k)}`;
  return [
    { area: body, formula: `=AND(${bar},${is("DONE")})`, fill: PALETTE.goodFill },
    { area: body, formula: `=AND(${bar},${is("OVERDUE")})`, fill: PALETTE.badFont },
    { area: body, formula: `=AND(${bar},${is("DUE_SOON")})`, fill: PALETTE.warnFont },
    { area: body, formula: `=AND(${bar},${st}<>"",NOT(OR(${is("DONE")},${is("OVERDUE")},${is("DUE_SOON")})))`, fill: SERIES_COLORS[0] },
    {
      area: area(ROW.header, TIMELINE.firstCol, 1, TIMELINE.weeks),
      formula: `=AND(${week}<=INT(${today}),INT(${today})<${week}+7)`,
      fill: PALETTE.warnFill,
      fontColor: PALETTE.warnFont,
    },
  ];
}
