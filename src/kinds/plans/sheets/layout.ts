import { columnLetter } from "../../../sheets/address";
import { STAGE_INDICATORS } from "../domain/stages";
import { ACCOUNT_SWOT, ANALYSIS_TEXTS, type AccountPlan, OUR_SWOT, PLAN_TEXTS, type TextPart } from "../domain/model";
import type { PlanSheetKey } from "../i18n/planSheetText";

/**
 * An account plan's sheet, top to bottom (0-based rows; each section's title in column A, a blank row between
 * sections), laid out to be read and printed in a meeting:
 *
 *   head: 1 title and the account's name · 2 instruction · 3–9 the plan's settings in A:B (key account no., planning
 *         period, last review, relationship stage and the previous one, the reference date) beside its figures
 *         in D:G (share of wallet and its trend, contact gaps, stale contacts, objectives behind plan, overdue
 *         actions, open questions, parts in place)
 *   account analysis: the account's vision, organisation and history; the account's SWOT
 *   spend: year | total spend | our revenue | share | notes, with the chart beside it
 *   competitors: competitor | service | location | share | notes
 *   contact matrix: name | position | level | role | attitude | last contact | one column per team member |
 *         strongest relationship | cover | notes
 *   stage indicators: no. | stage | applies? | indicator
 *   our SWOT
 *   the plan: vision in 3 years, the four mixes
 *   objectives: no. | objective | measure | kind | baseline | target | current | due | owner | progress | time gone
 *   actions: no. | action | responsible | start | due | status | for objective | overdue | notes
 *   open questions: no. | question | responsible | answer
 *
 * Each table has its entries and `SPARE_ROWS` empty rows with its formulas and rules below them; users insert rows
 * for more, and re-creating the plan gives every row its formulas and new empty rows again.
 */
export const HEAD = {
  title: 0,
  instruction: 1,
  accountId: 2,
  periodStart: 3,
  reviewed: 4,
  stage: 5,
  previousStage: 6,
  previousDate: 7,
  today: 8,
} as const;
/** The settings' values; the review and stage remarks right of them. */
export const VALUE_COL = 1;
export const REMARK_COL = 2;
/** The figures beside the settings: label in D, value in G (the label runs over E and F). */
export const FIGURE_LABEL_COL = 3;
export const FIGURE_COL = 6;
export const FIGURES = ["share", "gaps", "stale", "behind", "late", "openQuestions", "partsInPlace"] as const;
export type Figure = (typeof FIGURES)[number];
/** The share's trend, right of the share. */
export const TREND_COL = FIGURE_COL + 1;

/** The spend chart's columns, G to K: right of the spend and competitor tables (A to E), over their rows. */
export const CHART_COLS = { first: 6, count: 5 } as const;

/** Empty rows each table offers below its entries. */
export const SPARE_ROWS = 3;
/** The narrowest sheet: twelve columns, A to L. */
export const MIN_WIDTH = 12;

export const SPEND_COLS = { year: 0, spend: 1, revenue: 2, share: 3, notes: 4 } as const;
export const COMPETITOR_COLS = { name: 0, service: 1, location: 2, share: 3, notes: 4 } as const;
export const STAGE_COLS = { id: 0, stage: 1, tick: 2, text: 3 } as const;
export const OBJECTIVE_COLS = {
  id: 0,
  text: 1,
  measure: 2,
  kind: 3,
  baseline: 4,
  target: 5,
  current: 6,
  due: 7,
  owner: 8,
  progress: 9,
  timeGone: 10,
} as const;
export const ACTION_COLS = { id: 0, text: 1, responsible: 2, start: 3, due: 4, status: 5, objective: 6, late: 7, notes: 8 } as const;
export const QUESTION_COLS = { id: 0, text: 1, responsible: 2, answer: 3 } as const;
/** The contact matrix's columns before the team's. */
export const CONTACT_COLS = { name: 0, position: 1, level: 2, role: 3, attitude: 4, lastContact: 5, firstMember: 6 } as const;

/** Each table's column titles, by column: what the sheet writes and the reader finds the columns by. */
type Headers<C> = Readonly<Record<keyof C, PlanSheetKey>>;
export const SPEND_HEADERS: Headers<typeof SPEND_COLS> = {
  year: "hYear",
  spend: "hSpend",
  revenue: "hRevenue",
  share: "hShare",
  notes: "hNotes",
};
export const COMPETITOR_HEADERS: Headers<typeof COMPETITOR_COLS> = {
  name: "hCompetitor",
  service: "hService",
  location: "hLocation",
  share: "hShare",
  notes: "hNotes",
};
export const STAGE_HEADERS: Headers<typeof STAGE_COLS> = { id: "hNo", stage: "hStage", tick: "hTick", text: "hIndicator" };
export const OBJECTIVE_HEADERS: Headers<typeof OBJECTIVE_COLS> = {
  id: "hNo",
  text: "hObjective",
  measure: "hMeasure",
  kind: "hKind",
  baseline: "hBaseline",
  target: "hTarget",
  current: "hCurrent",
  due: "hDue",
  owner: "hOwner",
  progress: "hProgress",
  timeGone: "hTimeGone",
};
export const ACTION_HEADERS: Headers<typeof ACTION_COLS> = {
  id: "hNo",
  text: "hAction",
  responsible: "hResponsible",
  start: "hStart",
  due: "hDue",
  status: "hStatus",
  objective: "hServes",
  late: "hLate",
  notes: "hNotes",
};
export const QUESTION_HEADERS: Headers<typeof QUESTION_COLS> = {
  id: "hNo",
  text: "hQuestion",
  responsible: "hResponsible",
  answer: "hAnswer",
};
/**
 * The contact matrix's titled columns; the team's columns, between the last contact and the strongest relationship,
 * are titled with the members' names.
 */
export const CONTACT_HEADERS = {
  name: "hName",
  position: "hPosition",
  level: "hLevel",
  role: "hRole",
  attitude: "hAttitude",
  lastContact: "hLastContact",
  best: "hBest",
  cover: "hCover",
  notes: "hNotes",
} as const satisfies Readonly<Record<string, PlanSheetKey>>;

/** Where a table is: its title row, its header row, its first entry row and how many rows (entries and spare). */
export interface TableRows {
  readonly title: number;
  readonly header: number;
  readonly first: number;
  readonly rows: number;
}

/** The rows of every section of a plan with these entries. */
export function planLayout(
  plan: Pick<AccountPlan, "spend" | "competitors" | "contacts" | "objectives" | "actions" | "questions" | "team">,
) {
  let next = HEAD.today + 2;
  const take = (rows: number) => {
    const at = next;
    next += rows;
    return at;
  };
  const texts = (parts: readonly TextPart[]) => Object.fromEntries(parts.map((p) => [p, take(1)])) as Record<TextPart, number>;
  /** A table of `rows` rows; `extra` rows between its title and its header. */
  const table = (rows: number, extra = 0): TableRows => {
    const title = take(1);
    take(extra);
    const header = take(1);
    const first = take(rows);
    take(1);
    return { title, header, first, rows };
  };
  const analysis = take(1);
  const analysisTexts = texts(ANALYSIS_TEXTS);
  const accountSwot = take(1);
  const accountSwotRows = texts(ACCOUNT_SWOT);
  take(1);
  const growing = (entries: readonly unknown[]) => entries.length + SPARE_ROWS;
  const spend = table(growing(plan.spend));
  const competitors = table(growing(plan.competitors));
  // the contact matrix has its legend between its title and its header
  const contacts = table(growing(plan.contacts), 1);
  const stage = table(STAGE_INDICATORS.length);
  const ourSwot = take(1);
  const ourSwotRows = texts(OUR_SWOT);
  take(1);
  const planTitle = take(1);
  const planTexts = texts(PLAN_TEXTS);
  take(1);
  const objectives = table(growing(plan.objectives));
  const actions = table(growing(plan.actions));
  const questions = table(growing(plan.questions));
  const team = Math.max(1, plan.team.length);
  const contactCols = {
    ...CONTACT_COLS,
    members: team,
    best: CONTACT_COLS.firstMember + team,
    cover: CONTACT_COLS.firstMember + team + 1,
    notes: CONTACT_COLS.firstMember + team + 2,
  };
  return {
    analysis,
    accountSwot,
    ourSwot,
    planTitle,
    textRows: { ...analysisTexts, ...accountSwotRows, ...ourSwotRows, ...planTexts } as Record<TextPart, number>,
    spend,
    competitors,
    contacts,
    stage,
    objectives,
    actions,
    questions,
    contactCols,
    width: Math.max(MIN_WIDTH, contactCols.notes + 1),
    rows: next - 1,
  };
}
export type PlanLayout = ReturnType<typeof planLayout>;

/** A column's cells over a table's rows, absolute: "$D$21:$D$26". */
export function columnRange(t: TableRows, col: number): string {
  const c = columnLetter(col);
  return `$${c}$${t.first + 1}:$${c}$${t.first + t.rows}`;
}

/** A cell's address, relative ("D21") or absolute ("$D$21"). */
export function cellRef(row: number, col: number, absolute = false): string {
  const c = columnLetter(col);
  return absolute ? `$${c}$${row + 1}` : `${c}${row + 1}`;
}

/** A cell with its column fixed and its row relative ("$A21"): a highlighting rule's reference to one column of its row. */
export function fixedColumn(row: number, col: number): string {
  return `$${columnLetter(col)}${row + 1}`;
}
