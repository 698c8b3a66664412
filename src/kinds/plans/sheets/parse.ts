import type { DateEntry, NumberEntry } from "../../../domain/entry";
import { sheetTrim } from "../../../domain/words";
import type { Lang, Localized } from "../../../domain/lang";
import { STATUS_TEXT, type TaskStatus, statusFromText } from "../../../domain/status";
import { orList } from "../../../i18n/format";
import {
  assignIds,
  firstFormulaIn,
  formulasIn,
  rangeCols,
  rangeEndRow,
  rangeStartRow,
  readDate,
  readNote,
  readToday,
  readWhole,
} from "../../../sheets/entries";
import { isLabel, labelLang } from "../../../sheets/labels";
import { keptFrom } from "../../../sheets/kept";
import {
  type CellRead,
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
  typedTextAt,
  blankToTrim,
} from "../../../sheets/read";
import {
  type AccountPlan,
  type Action,
  type ChoiceEntry,
  type Competitor,
  type Contact,
  OBJECTIVE_IDS,
  ACTION_IDS,
  QUESTION_IDS,
  type Objective,
  type PlanText,
  type Question,
  type RowIgnored,
  SHARE_MAX,
  STRENGTH_MAX,
  STRENGTH_MIN,
  type SpendYear,
  type TextPart,
  ACCOUNT_SWOT,
  ANALYSIS_TEXTS,
  OUR_SWOT,
  PLAN_TEXTS,
} from "../domain/model";
import { STAGE_INDICATORS } from "../domain/stages";
import { ATTITUDE_TEXT, KIND_TEXT, LEVEL_TEXT, ROLE_TEXT, STAGE_TEXT, TICK_TEXT, choiceFromText } from "../domain/words";
import { PLAN_LABELS, type PlanSheetKey } from "../i18n/planSheetText";
import {
  ACTION_HEADERS,
  COMPETITOR_HEADERS,
  CONTACT_HEADERS,
  OBJECTIVE_HEADERS,
  QUESTION_HEADERS,
  SPEND_HEADERS,
  STAGE_HEADERS,
  FIGURES,
  FIGURE_COL,
  OBJECTIVE_COLS,
  FIGURE_LABEL_COL,
  REMARK_COL,
  TREND_COL,
  VALUE_COL,
} from "./layout";
// its problem codes' messages are registered wherever the parser is loaded
import "../i18n/problemText";

export interface PlanRead extends SheetRead<AccountPlan> {
  /**
   * Where the entries of the tables with computed cells are (0-based rows, in model order): what the sheet shows in
   * an entry's row can be held against the rules' result for that entry.
   */
  readonly rows: {
    readonly contacts: readonly number[];
    readonly objectives: readonly number[];
    readonly actions: readonly number[];
  };
}

export type PlanParse = ParseResult<PlanRead>;

/** The sections, each found by its title in the labels' column. */
const SECTIONS = [
  "sAnalysis",
  "sAccountSwot",
  "sSpend",
  "sCompetitors",
  "sContacts",
  "sStage",
  "sOurSwot",
  "sPlan",
  "sObjectives",
  "sActions",
  "sQuestions",
] as const satisfies readonly PlanSheetKey[];
type Section = (typeof SECTIONS)[number];

const SETTINGS = [
  "accountId",
  "periodStart",
  "reviewed",
  "stage",
  "previousStage",
  "previousDate",
  "today",
] as const satisfies readonly PlanSheetKey[];
type Setting = (typeof SETTINGS)[number];

const SINGLE_TEXTS: readonly TextPart[] = [...ANALYSIS_TEXTS, ...PLAN_TEXTS];
const SWOT_KEYS = ["strengths", "weaknesses", "opportunities", "threats"] as const satisfies readonly PlanSheetKey[];

/** Each table's column titles, its first column's title first: what tells a table's header from an entry. */
const TABLE_TITLES: readonly (readonly PlanSheetKey[])[] = [
  SPEND_HEADERS,
  COMPETITOR_HEADERS,
  CONTACT_HEADERS,
  STAGE_HEADERS,
  OBJECTIVE_HEADERS,
  ACTION_HEADERS,
  QUESTION_HEADERS,
].map((h) => Object.values(h));

/** How far the head reaches at most: the title is looked for in these first rows. */
const TITLE_SEARCH_ROWS = 20;

/** A table found below its section's title: its header row, its columns by key, and its rows up to the next section. */
interface Table<K extends string> {
  readonly header: number;
  readonly cols: Readonly<Record<K, number>>;
  /** The rows below the header that belong to the table: up to the next section's title, or another table's header. */
  readonly rows: readonly number[];
  readonly end: number;
}

/** The words of a list as a message names them: "Ja oder Nein". */
function listText(table: Readonly<Record<string, Localized>>, lang: Lang): string {
  return orList(
    Object.values(table).map((t) => t[lang]),
    lang,
  );
}

/** Reads an account plan back, naming every cell whose entry is not valid. */
export function parsePlan(grid: SheetGrid): PlanParse {
  const title = findTitle(grid);
  if (title === undefined) return { ok: false, problems: [problemAt(grid, 0, 0, "headerMissing", "")] };
  const { lang, row: titleRow, col: c0 } = title;
  const problems: Problem[] = [];
  const ours = new Set<string>();
  const mark = (r: number, c: number) => ours.add(`${r},${c}`);

  // every label of the labels' column, by key: sections, settings, text parts, the SWOT words (twice)
  const found = new Map<PlanSheetKey, number[]>();
  const keys: readonly PlanSheetKey[] = [
    ...SECTIONS,
    ...SETTINGS,
    ...(SINGLE_TEXTS as PlanSheetKey[]),
    ...SWOT_KEYS,
    "contactsLegend",
    "instruction",
  ];
  for (const r of filledRows(grid, titleRow + 1)) {
    const text = textAt(grid, r, c0);
    const key = keys.find((k) => isLabel(PLAN_LABELS, text, k));
    if (key === undefined) continue;
    found.set(key, [...(found.get(key) ?? []), r]);
    mark(r, c0);
  }
  const rowOf = (k: PlanSheetKey) => found.get(k)?.[0];
  const sectionRows = SECTIONS.flatMap((s) => (found.get(s) ?? []).slice(0, 1)).sort((a, b) => a - b);
  const nextSection = (after: number) => sectionRows.find((r) => r > after) ?? Infinity;
  mark(titleRow, c0);
  mark(titleRow + 1, c0);

  // a table's header: its first column's title and another of its titles in the row (an entry named "Wettbewerber"
  // or "Name" is an entry), or the contact matrix's legend above its header
  const isTableHead = (r: number) => {
    const label = (c: number, k: PlanSheetKey) => isLabel(PLAN_LABELS, textAt(grid, r, c), k);
    if (label(c0, "contactsLegend")) return true;
    const tables = TABLE_TITLES.filter(([first]) => label(c0, first!));
    return filledCols(grid, r, c0 + 1).some((c) => tables.some(([, ...others]) => others.some((k) => label(c, k))));
  };

  // the tables, each found below its section's title by its header, its columns by their titles
  const tableRows: number[] = [];
  const table = <K extends string>(section: Section, columns: Readonly<Record<K, PlanSheetKey>>): Table<K> | undefined => {
    const first = Object.values<PlanSheetKey>(columns)[0]!;
    const start = rowOf(section);
    if (start === undefined) return undefined;
    const end = nextSection(start);
    const header = filledRows(grid, start + 1, end - 1).find((r) => isLabel(PLAN_LABELS, textAt(grid, r, c0), first));
    if (header === undefined) return undefined;
    const cols = {} as Record<K, number>;
    for (const [k, key] of Object.entries(columns) as [K, PlanSheetKey][]) {
      const c = filledCols(grid, header, c0).find((x) => isLabel(PLAN_LABELS, textAt(grid, header, x), key));
      cols[k] = c ?? -1;
      if (c !== undefined) mark(header, c);
    }
    // its rows run to the next section, or to the next table's header or the legend where a section's title was
    // deleted: that table is then the user's (named as strays), never rows of this one
    const below = filledRows(grid, header + 1, end - 1);
    const stop = below.findIndex(isTableHead);
    const rows = stop < 0 ? below : below.slice(0, stop);
    tableRows.push(...below);
    return { header, cols, rows, end };
  };

  // the head's and the text blocks' columns: the objectives' titles stand in the plan's columns A to K, so a column
  // inserted left of K (between a setting and its value, before the figures) moves them as it moves the head's cells
  const objTable = table("sObjectives", OBJECTIVE_HEADERS);
  const columnOf = new Map<number, number>();
  for (const [k, offset] of Object.entries(OBJECTIVE_COLS) as [keyof typeof OBJECTIVE_COLS, number][]) {
    const c = objTable?.cols[k] ?? -1;
    if (c >= 0) columnOf.set(offset, c);
  }
  const colAt = (offset: number) => columnOf.get(offset) ?? c0 + offset;
  const at = (r: number, offset: number) => {
    mark(r, colAt(offset));
    return cellAt(grid, r, colAt(offset));
  };

  // the head: the account, the settings, the figures
  const account = textAt(grid, titleRow, colAt(1));
  mark(titleRow, colAt(1));
  const setting = (k: Setting) => {
    const r = rowOf(k);
    return r === undefined ? undefined : { row: r, cell: at(r, VALUE_COL) };
  };
  const accountId = setting("accountId");
  const date = (k: Setting): DateEntry => {
    const s = setting(k);
    return s === undefined ? null : readDate(grid, s.row, colAt(VALUE_COL), problems);
  };
  const periodStart = date("periodStart");
  const reviewed = date("reviewed");
  const previousDate = date("previousDate");
  const todayRow = rowOf("today");
  const today = todayRow === undefined ? undefined : readToday(grid, { row: todayRow, col: colAt(VALUE_COL) }, problems);
  if (todayRow !== undefined) mark(todayRow, colAt(VALUE_COL));
  const previous = setting("previousStage");
  const previousStage = previous === undefined ? null : readChoice(grid, previous.row, colAt(VALUE_COL), STAGE_TEXT, lang, problems);
  const computed = (r: number, offset: number, label: string) => {
    const cell = at(r, offset);
    if (cell.formula === undefined && !cell.empty)
      problems.push(problemAt(grid, r, colAt(offset), "computedOverwritten", cell.value, label));
    return cell;
  };
  const stageRow = rowOf("stage");
  if (stageRow !== undefined) {
    const cell = computed(stageRow, VALUE_COL, textAt(grid, stageRow, c0));
    if (cell.empty) problems.push(problemAt(grid, stageRow, colAt(VALUE_COL), "computedOverwritten", "", textAt(grid, stageRow, c0)));
    computed(stageRow, REMARK_COL, textAt(grid, stageRow, c0));
  }
  const reviewedRow = rowOf("reviewed");
  if (reviewedRow !== undefined) computed(reviewedRow, REMARK_COL, textAt(grid, reviewedRow, c0));
  const figureFormulas = new Map<(typeof FIGURES)[number], string | undefined>();
  for (const r of filledRows(grid, titleRow + 1, sectionRows[0] ?? Infinity)) {
    const label = textAt(grid, r, colAt(FIGURE_LABEL_COL));
    const f = FIGURES.find((k) => isLabel(PLAN_LABELS, label, k));
    if (f === undefined) continue;
    mark(r, colAt(FIGURE_LABEL_COL));
    const cell = computed(r, FIGURE_COL, label);
    figureFormulas.set(f, cell.formula);
    if (f === "share") computed(r, TREND_COL, label);
  }
  // which rows a table's totals take in: the rows of the range a figure's formula reads
  const reach = (f: (typeof FIGURES)[number]) => {
    const formula = figureFormulas.get(f);
    return { start: rangeStartRow(formula), end: rangeEndRow(formula) };
  };

  // the text parts
  const texts: Partial<Record<TextPart, PlanText>> = {};
  const textRows: number[] = [];
  const readText = (part: TextPart, r: number | undefined) => {
    if (r === undefined) return;
    textRows.push(r);
    const cell = at(r, 1);
    if (!cell.empty) texts[part] = readPlanText(cell);
  };
  for (const p of SINGLE_TEXTS) readText(p, rowOf(p as PlanSheetKey));
  const swotRows = (section: Section) => {
    const start = rowOf(section);
    if (start === undefined) return [];
    const end = nextSection(start);
    return SWOT_KEYS.map((k) => found.get(k)?.find((r) => r > start && r < end));
  };
  swotRows("sAccountSwot").forEach((r, i) => readText(ACCOUNT_SWOT[i]!, r));
  swotRows("sOurSwot").forEach((r, i) => readText(OUR_SWOT[i]!, r));

  // a row is an entry when a cell of its inputs shows something to the sheet's TRIM (one of spaces only does not)
  const has = (r: number, cols: readonly number[]) => cols.some((c) => c >= 0 && !blankToTrim(cellAt(grid, r, c)));
  /** Where a row stands against the table's formulas: below the range its totals read, or without its computed cells. */
  const placeOf = (
    r: number,
    range: { readonly start?: number; readonly end?: number },
    computedCols: readonly number[],
    header: number,
  ): RowIgnored | undefined => {
    if ((range.end !== undefined && r > range.end) || (range.start !== undefined && r < range.start)) {
      problems.push(problemAt(grid, r, c0, "outsideRow", textAt(grid, r, c0)));
      return "outside";
    }
    const missing = computedCols.filter((c) => c >= 0 && cellAt(grid, r, c).formula === undefined);
    for (const c of missing) problems.push(problemAt(grid, r, c, "computedOverwritten", cellAt(grid, r, c).value, textAt(grid, header, c)));
    return missing.length > 0 ? "noFormulas" : undefined;
  };
  /** A row without entries whose computed cells were typed over: named, nothing read. */
  const typedOver = (r: number, computedCols: readonly number[], header: number) => {
    for (const c of computedCols) {
      const cell = cellAt(grid, r, c);
      if (c >= 0 && !cell.empty && cell.formula === undefined)
        problems.push(problemAt(grid, r, c, "computedOverwritten", cell.value, textAt(grid, header, c)));
    }
  };
  const markRow = (r: number, cols: readonly number[]) => cols.forEach((c) => c >= 0 && mark(r, c));
  const withIgnored = <T extends object>(item: T, ignored: RowIgnored | undefined): T =>
    ignored === undefined ? item : { ...item, ignored };

  // spend and our share
  const spendTable = table("sSpend", SPEND_HEADERS);
  const spend: SpendYear[] = [];
  if (spendTable !== undefined) {
    const k = spendTable.cols;
    const inputs = [k.year, k.spend, k.revenue, k.notes];
    const end = reach("share");
    for (const r of spendTable.rows) {
      markRow(r, [...inputs, k.share]);
      if (!has(r, inputs)) {
        typedOver(r, [k.share], spendTable.header);
        continue;
      }
      const ignored = placeOf(r, end, [k.share], spendTable.header);
      spend.push(
        withIgnored(
          {
            year: readWhole(grid, r, k.year, 1900, 9999, problems),
            spend: readAmount(grid, r, k.spend, problems),
            revenue: readAmount(grid, r, k.revenue, problems),
            notes: readNote(cellAt(grid, r, k.notes)),
          },
          ignored,
        ),
      );
    }
  }

  // competitors
  const compTable = table("sCompetitors", COMPETITOR_HEADERS);
  const competitors: Competitor[] = [];
  if (compTable !== undefined) {
    const k = compTable.cols;
    const inputs = [k.name, k.service, k.location, k.share, k.notes];
    for (const r of compTable.rows) {
      markRow(r, inputs);
      if (!has(r, inputs)) continue;
      competitors.push({
        name: typedTextAt(grid, r, k.name),
        service: typedTextAt(grid, r, k.service),
        location: typedTextAt(grid, r, k.location),
        share: readShare(grid, r, k.share, problems),
        notes: readNote(cellAt(grid, r, k.notes)),
        ...formulasIn(grid, r, { name: k.name, service: k.service, location: k.location }),
      });
    }
  }

  // the contact matrix: the team's columns are those between the last contact and the strongest relationship
  const contactTable = table("sContacts", CONTACT_HEADERS);
  const contacts: Contact[] = [];
  const contactRows: number[] = [];
  const team: string[] = [];
  const uncounted: number[] = [];
  if (contactTable !== undefined) {
    const k = contactTable.cols;
    // the members the rows' formulas take in (the strongest relationship's range); a column inserted at its edge is
    // read, to be taken in when the plan is created again, but counts nowhere until then, as on the sheet; one there
    // without a title or entries (inserted, left empty) is no member
    const covered = rangeCols(firstFormulaIn(grid, contactTable.header, k.best));
    const inRange = (c: number) => covered === undefined || (c >= covered.first && c <= covered.last);
    const memberCols = (
      k.lastContact >= 0 && k.best > k.lastContact
        ? Array.from({ length: k.best - k.lastContact - 1 }, (_, i) => k.lastContact + 1 + i)
        : []
    ).filter((c) => inRange(c) || [contactTable.header, ...contactTable.rows].some((r) => !cellAt(grid, r, c).empty));
    memberCols.forEach((c, i) => {
      team.push(textAt(grid, contactTable.header, c));
      mark(contactTable.header, c);
      if (!inRange(c)) {
        uncounted.push(i);
        problems.push(problemAt(grid, contactTable.header, c, "memberNotCounted", textAt(grid, contactTable.header, c)));
      }
    });
    const inputs = [k.name, k.position, k.level, k.role, k.attitude, k.lastContact, ...memberCols, k.notes];
    const end = reach("stale");
    for (const r of contactTable.rows) {
      markRow(r, [...inputs, k.best, k.cover]);
      if (!has(r, inputs)) {
        typedOver(r, [k.best, k.cover], contactTable.header);
        continue;
      }
      const ignored = placeOf(r, end, [k.best, k.cover], contactTable.header);
      const name = typedTextAt(grid, r, k.name);
      if (sheetTrim(name) === "") problems.push(problemAt(grid, r, k.name, "contactNameMissing", ""));
      contacts.push(
        withIgnored(
          {
            name,
            position: typedTextAt(grid, r, k.position),
            level: readChoice(grid, r, k.level, LEVEL_TEXT, lang, problems),
            role: readChoice(grid, r, k.role, ROLE_TEXT, lang, problems),
            attitude: readChoice(grid, r, k.attitude, ATTITUDE_TEXT, lang, problems),
            lastContact: readDate(grid, r, k.lastContact, problems),
            strengths: memberCols.map((c) => readWhole(grid, r, c, STRENGTH_MIN, STRENGTH_MAX, problems)),
            notes: readNote(cellAt(grid, r, k.notes)),
            ...formulasIn(grid, r, { name: k.name, position: k.position }),
          },
          ignored,
        ),
      );
      contactRows.push(r);
    }
  }

  // the stage indicators: the sheet counts each row's answer for the indicator the row stands for
  const stageTable = table("sStage", STAGE_HEADERS);
  const indicators: Record<string, ChoiceEntry<"YES" | "NO">> = {};
  if (stageTable !== undefined) {
    const k = stageTable.cols;
    STAGE_INDICATORS.forEach((x, i) => {
      const r = stageTable.header + 1 + i;
      markRow(r, [k.id, k.stage, k.tick, k.text]);
      const id = textAt(grid, r, k.id).toUpperCase();
      if (id !== x.id) problems.push(problemAt(grid, r, k.id, "indicatorMoved", id, x.id));
      const tick = readChoice(grid, r, k.tick, TICK_TEXT, lang, problems);
      if (tick !== null) indicators[x.id] = tick;
    });
  }

  // objectives
  const objectives: Objective[] = [];
  const objectiveRows: number[] = [];
  if (objTable !== undefined) {
    const k = objTable.cols;
    const inputs = [k.id, k.text, k.measure, k.kind, k.baseline, k.target, k.current, k.due, k.owner];
    const end = reach("behind");
    const rows = objTable.rows.filter((r) => {
      markRow(r, [...inputs, k.progress, k.timeGone]);
      if (has(r, inputs)) return true;
      typedOver(r, [k.progress, k.timeGone], objTable.header);
      return false;
    });
    const ids = assignIds(grid, rows, k.id, OBJECTIVE_IDS.pattern, (used) => OBJECTIVE_IDS.next(used, 1)[0]!, problems);
    rows.forEach((r, i) => {
      const ignored = placeOf(r, end, [k.progress, k.timeGone], objTable.header);
      const baseline = readNumber(grid, r, k.baseline, problems);
      const target = readNumber(grid, r, k.target, problems);
      if (typeof baseline === "number" && target === baseline) problems.push(problemAt(grid, r, k.target, "targetIsBaseline", target));
      objectives.push(
        withIgnored(
          {
            id: ids[i]!,
            text: typedTextAt(grid, r, k.text),
            measure: typedTextAt(grid, r, k.measure),
            kind: readChoice(grid, r, k.kind, KIND_TEXT, lang, problems),
            baseline,
            target,
            current: readNumber(grid, r, k.current, problems),
            due: readDate(grid, r, k.due, problems),
            owner: typedTextAt(grid, r, k.owner),
            ...formulasIn(grid, r, { text: k.text, measure: k.measure, owner: k.owner }),
          },
          ignored,
        ),
      );
      objectiveRows.push(r);
    });
  }

  // actions
  const actTable = table("sActions", ACTION_HEADERS);
  const actions: Action[] = [];
  const actionRows: number[] = [];
  if (actTable !== undefined) {
    const k = actTable.cols;
    const inputs = [k.id, k.text, k.responsible, k.start, k.due, k.status, k.objective, k.notes];
    const end = reach("late");
    const rows = actTable.rows.filter((r) => {
      markRow(r, [...inputs, k.late]);
      if (has(r, inputs)) return true;
      typedOver(r, [k.late], actTable.header);
      return false;
    });
    const ids = assignIds(grid, rows, k.id, ACTION_IDS.pattern, (used) => ACTION_IDS.next(used, 1)[0]!, problems);
    const objectiveIds = new Set(objectives.map((o) => o.id));
    rows.forEach((r, i) => {
      const ignored = placeOf(r, end, [k.late], actTable.header);
      const start = readDate(grid, r, k.start, problems);
      const due = readDate(grid, r, k.due, problems);
      if (typeof start === "string" && typeof due === "string" && due < start)
        problems.push(problemAt(grid, r, k.due, "dueBeforeStart", cellAt(grid, r, k.due).value));
      const objective = textAt(grid, r, k.objective);
      if (objective !== "" && !objectiveIds.has(objective.toUpperCase()))
        problems.push(problemAt(grid, r, k.objective, "unknownObjective", objective));
      actions.push(
        withIgnored(
          {
            id: ids[i]!,
            text: typedTextAt(grid, r, k.text),
            responsible: typedTextAt(grid, r, k.responsible),
            start,
            due,
            status: readStatus(grid, r, k.status, lang, problems),
            objective,
            notes: readNote(cellAt(grid, r, k.notes)),
            ...formulasIn(grid, r, { text: k.text, responsible: k.responsible, objective: k.objective }),
          },
          ignored,
        ),
      );
      actionRows.push(r);
    });
  }

  // open questions
  const qTable = table("sQuestions", QUESTION_HEADERS);
  const questions: Question[] = [];
  if (qTable !== undefined) {
    const k = qTable.cols;
    const inputs = [k.id, k.text, k.responsible, k.answer];
    const end = reach("openQuestions");
    const rows = qTable.rows.filter((r) => {
      markRow(r, inputs);
      return has(r, inputs);
    });
    const ids = assignIds(grid, rows, k.id, QUESTION_IDS.pattern, (used) => QUESTION_IDS.next(used, 1)[0]!, problems);
    rows.forEach((r, i) => {
      const ignored = placeOf(r, end, [], qTable.header);
      const question: Question = {
        id: ids[i]!,
        text: typedTextAt(grid, r, k.text),
        responsible: typedTextAt(grid, r, k.responsible),
        answer: readPlanText(cellAt(grid, r, k.answer)),
        ...formulasIn(grid, r, { text: k.text, responsible: k.responsible }),
      };
      questions.push(withIgnored(question, ignored));
    });
  }

  const model: AccountPlan = {
    accountId: accountId === undefined ? "" : textAt(grid, accountId.row, colAt(VALUE_COL)),
    account,
    periodStart,
    reviewed,
    texts,
    spend,
    competitors,
    team,
    ...(uncounted.length === 0 ? {} : { uncounted }),
    contacts,
    indicators,
    previousStage,
    previousDate,
    objectives,
    actions,
    questions,
    ...(today === undefined ? {} : { today }),
  };

  // the block the plan occupies: every row of its sections, every column its widest table reaches
  const usedRows = [...ours].map((k) => Number(k.split(",")[0]));
  const usedCols = [...ours].map((k) => Number(k.split(",")[1]));
  // a table's rows reach to the next section: a table there whose title was deleted is within the plan's block
  const extent = { rows: Math.max(...usedRows, ...tableRows) + 1, cols: Math.max(...usedCols) + 1 };
  const strays: string[] = [];
  // the rows whose text runs across merged cells, by the column it starts in: the instruction, the text blocks
  const merged = new Map<number, number>([[titleRow + 1, c0], ...textRows.map((r) => [r, colAt(1)] as [number, number])]);
  for (const r of filledRows(grid, 0, extent.rows - 1))
    for (const c of filledCols(grid, r, 0, extent.cols - 1))
      if (!ours.has(`${r},${c}`) && !isMergedEcho(grid, r, c, merged.get(r))) strays.push(cellAddressOf(grid, r, c, problems));
  return {
    ok: true,
    model,
    lang,
    problems,
    extent,
    strays,
    rows: { contacts: contactRows, objectives: objectiveRows, actions: actionRows },
  };
}

/** The title, "Account-Plan" in any language, in one of the first rows: its row and column, and the sheet's language. */
function findTitle(grid: SheetGrid): { row: number; col: number; lang: Lang } | undefined {
  for (const row of filledRows(grid, 0, TITLE_SEARCH_ROWS - 1))
    for (const col of filledCols(grid, row)) {
      const lang = labelLang(PLAN_LABELS, textAt(grid, row, col), "title");
      if (lang !== undefined) return { row, col, lang };
    }
  return undefined;
}

/** A text block's text repeated across its merged cells right of `from`, as some readers give it: not an entry of its own. */
function isMergedEcho(grid: SheetGrid, r: number, c: number, from: number | undefined): boolean {
  const cell = cellAt(grid, r, c);
  return from !== undefined && c > from && cell.formula === undefined && cell.value === cellAt(grid, r, from).value;
}

/** A text block or an answer: as typed, or a formula (or an error) kept with what it shows. */
function readPlanText(cell: CellRead): PlanText {
  return cell.formula !== undefined || cell.error ? keptFrom(cell) : cell.value;
}

/** A stray cell: named in the problem list (an entry of the user's that re-creating would overwrite), returned by address. */
function cellAddressOf(grid: SheetGrid, r: number, c: number, problems: Problem[]): string {
  const p = problemAt(grid, r, c, "strayCell", cellAt(grid, r, c).value);
  problems.push(p);
  return p.cell;
}

/** A cell that should hold one of a list's words (in any language): the choice, else kept as typed and named. */
function readChoice<C extends string>(
  grid: SheetGrid,
  r: number,
  c: number,
  table: Readonly<Record<C, Localized>>,
  lang: Lang,
  problems: Problem[],
): ChoiceEntry<C> {
  const cell = cellAt(grid, r, c);
  if (cell.empty) return null;
  if (isBlankResult(cell) || cell.formula !== undefined) return keptFrom(cell);
  if (cell.error) {
    problems.push(problemAt(grid, r, c, "errorValue", cell.value));
    return keptFrom(cell);
  }
  const choice = choiceFromText(table, cell.value);
  if (choice !== undefined) return choice;
  problems.push(problemAt(grid, r, c, "notInList", cell.value, listText(table, lang)));
  return keptFrom(cell);
}

/** An action's status: a status word of the task overview in any language (an earlier one too), else kept and named. */
function readStatus(grid: SheetGrid, r: number, c: number, lang: Lang, problems: Problem[]): ChoiceEntry<TaskStatus> {
  const cell = cellAt(grid, r, c);
  if (cell.empty) return null;
  if (isBlankResult(cell) || cell.formula !== undefined) return keptFrom(cell);
  const known = cell.error ? undefined : statusFromText(cell.value);
  if (known !== undefined) return known.status;
  problems.push(problemAt(grid, r, c, cell.error ? "errorValue" : "notInList", cell.value, listText(STATUS_TEXT, lang)));
  return keptFrom(cell);
}

/** A number cell: a plain number; a formula or anything else kept (and named unless it is a formula's number). */
function readNumberWith(
  grid: SheetGrid,
  r: number,
  c: number,
  problems: Problem[],
  valid: (n: number) => boolean,
  code: "amountInvalid" | "shareInvalid" | "numberInvalid",
): NumberEntry {
  const cell: CellRead = cellAt(grid, r, c);
  if (cell.empty) return null;
  if (isBlankResult(cell)) return keptFrom(cell);
  if (cell.error) {
    problems.push(problemAt(grid, r, c, "errorValue", cell.value));
    return keptFrom(cell);
  }
  const ok = Number.isFinite(cell.value) && valid(cell.value as number);
  if (!ok) problems.push(problemAt(grid, r, c, code, cell.value));
  return ok && cell.formula === undefined ? (cell.value as number) : keptFrom(cell);
}

const readAmount = (grid: SheetGrid, r: number, c: number, problems: Problem[]) =>
  readNumberWith(grid, r, c, problems, (n) => n >= 0, "amountInvalid");
const readShare = (grid: SheetGrid, r: number, c: number, problems: Problem[]) =>
  readNumberWith(grid, r, c, problems, (n) => n >= 0 && n <= SHARE_MAX, "shareInvalid");
const readNumber = (grid: SheetGrid, r: number, c: number, problems: Problem[]) =>
  readNumberWith(grid, r, c, problems, () => true, "numberInvalid");
