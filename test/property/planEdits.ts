/**
 * What users do to an account plan's sheet without the pane, as edits for any engine's sheet: entries typed or
 * pasted into any input cell of the head and of every table (its entries and its spare rows), valid or not (years
 * and amounts past validation, dates as text or with a time of day, list words in any language, with spaces around,
 * or in no list, strengths off 0–3, formulas that give a blank or an error), cells cleared, the reference date
 * changed, and rows inserted inside a table (without the formulas of the rows around them).
 */
import fc from "fast-check";
import { isoToSerial } from "../../src/domain/dates";
import {
  ACTION_COLS,
  COMPETITOR_COLS,
  HEAD,
  OBJECTIVE_COLS,
  QUESTION_COLS,
  SPEND_COLS,
  STAGE_COLS,
  type TableRows,
  VALUE_COL,
  planLayout,
} from "../../src/kinds/plans/sheets/layout";
import type { AccountPlan } from "../../src/kinds/plans/domain/model";
import { TODAY } from "../formulas/random";
import type { Content, Editable } from "./readinessEdits";

const day = (offset: number) => isoToSerial(TODAY) + offset;
const errorFormula = fc.constantFrom("=NA()", "=1/0");
const blankFormula = fc.constant('=""');

const year: fc.Arbitrary<Content> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 2021, max: 2027 }) },
  { weight: 1, arbitrary: fc.constantFrom(1899, 2024.5, "FY2025", " 2025", null) },
  { weight: 1, arbitrary: fc.oneof(errorFormula, blankFormula, fc.constant("=2020+5")) },
);
const amount: fc.Arbitrary<Content> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 5000 }) },
  { weight: 1, arbitrary: fc.constantFrom(-5, 0.5, "viel", "1.000", null, true) },
  { weight: 1, arbitrary: fc.oneof(errorFormula, blankFormula, fc.constant("=1200*2")) },
);
const share: fc.Arbitrary<Content> = fc.constantFrom(0.2, 0.35, 1, 1.5, -0.1, "20 %", null, "=NA()");
const number: fc.Arbitrary<Content> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: -10, max: 300 }) },
  { weight: 1, arbitrary: fc.constantFrom(2.5, "mehr", null, true, "=NA()", '=""', "=100+4") },
);
const date: fc.Arbitrary<Content> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: -200, max: 200 }).map(day) },
  { weight: 1, arbitrary: fc.constantFrom(day(-3) + 0.75, "31.03.2026", "next week", 0, -1, 3e6, null) },
  { weight: 1, arbitrary: fc.constantFrom("=NA()", '=""', `=${day(-100)}`, "=TODAY()-120") },
);
const strength: fc.Arbitrary<Content> = fc.constantFrom(0, 1, 2, 3, 3, 2, 4, -1, 2.5, "gut", null, "=NA()", '=""', "=1+1");
/** Words of a list in any language, with spaces as TRIM takes them, blanks TRIM keeps, and words of no list. */
const words = (...known: string[]): fc.Arbitrary<Content> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...known) },
    { weight: 1, arbitrary: fc.constantFrom(...known).map((w) => ` ${w.toUpperCase()}  `) },
    { weight: 1, arbitrary: fc.constantFrom(...known).map((w) => `\u00a0${w}`) },
    { weight: 1, arbitrary: fc.constantFrom("Chef", "maybe", "", null, "=NA()", '=""', `="${known[0]}"`) },
  );
const level = words("Strategisch", "taktisch", "Operational", "Strategic", "Operationeel");
const role = words("Entscheider", "Decider", "Beslisser", "User", "Beïnvloeder", "Einkäufer", "Gatekeeper");
const attitude = words("Befürworter", "Neutral", "Opponent", "Voorstander");
const kind = words("Quantitativ", "Qualitative", "Kwantitatief");
const status = words("Offen", "Erledigt", "In Arbeit", "Done", "Open", "Gereed", "Blocked");
const tick = words("Ja", "Nein", "Yes", "No", "Nee", "ja");
const stage = words("Partnerschaft", "Cooperative", "Integratie", "Transaktional", "Transactional");
const text: fc.Arbitrary<Content> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom("Anna Berg", "Zoë 😀", "李明", "Jürgen Groß", "x") },
  // spaces only (blank to TRIM, and to reading), blanks TRIM keeps (an entry to both), spaces around a name
  { weight: 1, arbitrary: fc.constantFrom("", " ", "   ", "\u00a0", "\t", " Anna  Berg ", null, 42, true, '=""', '="Bert"', "=NA()") },
);
const objectiveId: fc.Arbitrary<Content> = fc.constantFrom("O01", "o02", " O03", "O99", "", null, "=NA()");

/** An input column of a table: where it is and what users type into it. */
interface Input {
  readonly col: (L: ReturnType<typeof planLayout>) => number;
  readonly content: fc.Arbitrary<Content>;
}
const at = (col: number, content: fc.Arbitrary<Content>): Input => ({ col: () => col, content });
type Table = "spend" | "competitors" | "contacts" | "objectives" | "actions" | "questions";
const INPUTS: Readonly<Record<Table, readonly Input[]>> = {
  spend: [at(SPEND_COLS.year, year), at(SPEND_COLS.spend, amount), at(SPEND_COLS.revenue, amount), at(SPEND_COLS.notes, text)],
  competitors: [at(COMPETITOR_COLS.name, text), at(COMPETITOR_COLS.share, share)],
  contacts: [
    { col: (L) => L.contactCols.name, content: text },
    { col: (L) => L.contactCols.level, content: level },
    { col: (L) => L.contactCols.role, content: role },
    { col: (L) => L.contactCols.attitude, content: attitude },
    { col: (L) => L.contactCols.lastContact, content: date },
    { col: (L) => L.contactCols.firstMember, content: strength },
    { col: (L) => L.contactCols.best - 1, content: strength },
  ],
  objectives: [
    at(OBJECTIVE_COLS.text, text),
    at(OBJECTIVE_COLS.kind, kind),
    at(OBJECTIVE_COLS.baseline, number),
    at(OBJECTIVE_COLS.target, number),
    at(OBJECTIVE_COLS.current, number),
    at(OBJECTIVE_COLS.due, date),
  ],
  actions: [
    at(ACTION_COLS.text, text),
    at(ACTION_COLS.start, date),
    at(ACTION_COLS.due, date),
    at(ACTION_COLS.status, status),
    at(ACTION_COLS.objective, objectiveId),
  ],
  questions: [at(QUESTION_COLS.text, text), at(QUESTION_COLS.answer, text)],
};
const TABLES = Object.keys(INPUTS) as Table[];

export type PlanEdit =
  /** an entry typed or pasted into a table's row (`row` wraps over its entries and spare rows) */
  | { readonly kind: "cell"; readonly table: Table; readonly row: number; readonly input: number; readonly value: Content }
  /** an answer to a stage indicator */
  | { readonly kind: "tick"; readonly row: number; readonly value: Content }
  /** a setting of the head: the reference date, the last review, the planning period's start, the previous stage */
  | { readonly kind: "head"; readonly row: number; readonly value: Content }
  /** a text block: the account's or our SWOT, the vision, a mix */
  | { readonly kind: "text"; readonly row: number; readonly value: Content }
  /** a row inserted inside a table (below its first row), an entry typed into it */
  | { readonly kind: "insert"; readonly table: Table; readonly row: number; readonly input: number; readonly value: Content };

const inputOf = (table: Table) => fc.nat(INPUTS[table].length - 1);
const cellEdit = (kindOf: "cell" | "insert") =>
  fc
    .constantFrom(...TABLES)
    .chain((table) =>
      fc
        .tuple(fc.nat(12), inputOf(table))
        .chain(([row, input]) => INPUTS[table][input]!.content.map((value) => ({ kind: kindOf, table, row, input, value }))),
    );
const HEAD_ROWS = [HEAD.today, HEAD.reviewed, HEAD.periodStart, HEAD.previousStage, HEAD.previousDate] as const;

export const planEdit: fc.Arbitrary<PlanEdit> = fc.oneof(
  { weight: 8, arbitrary: cellEdit("cell") },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("tick" as const), row: fc.nat(14), value: tick }) },
  {
    weight: 2,
    arbitrary: fc
      .constantFrom(...HEAD_ROWS)
      .chain((row) => (row === HEAD.previousStage ? stage : date).map((value) => ({ kind: "head" as const, row: row as number, value }))),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("text" as const), row: fc.nat(15), value: text }) },
  { weight: 1, arbitrary: cellEdit("insert") },
);

export interface EditableRows extends Editable {
  insertRows(row: number, count?: number): void;
}

/**
 * Applies the edits to a freshly rendered sheet of `plan`, one after the other: a row inserted moves the tables
 * below it, so each edit finds its table where it is then.
 */
export function applyPlanEdits(sheet: EditableRows, plan: AccountPlan, edits: readonly PlanEdit[]): void {
  const L = planLayout(plan);
  // each table's place as edits move it: its first row and its rows (entries and spare)
  const tables: Record<Table, { first: number; rows: number }> = Object.fromEntries(
    TABLES.map((t) => [t, { first: (L[t] as TableRows).first, rows: (L[t] as TableRows).rows }]),
  ) as Record<Table, { first: number; rows: number }>;
  let stageFirst = L.stage.first;
  const textRows = Object.values(L.textRows).sort((a, b) => a - b);
  /** Rows at or below `row` move down by one. */
  const shift = (row: number) => {
    for (const t of TABLES) if (tables[t].first >= row) tables[t].first++;
    if (stageFirst >= row) stageFirst++;
    textRows.forEach((r, i) => (textRows[i] = r >= row ? r + 1 : r));
  };
  for (const e of edits) {
    if (e.kind === "cell") {
      const t = tables[e.table];
      sheet.set(t.first + (e.row % t.rows), INPUTS[e.table][e.input]!.col(L), e.value);
    } else if (e.kind === "tick") sheet.set(stageFirst + (e.row % 15), STAGE_COLS.tick, e.value);
    else if (e.kind === "head") sheet.set(e.row, VALUE_COL, e.value);
    else if (e.kind === "text") sheet.set(textRows[e.row % textRows.length]!, 1, e.value);
    else {
      const t = tables[e.table];
      // inside the table: below its first row, above its last (the formulas' ranges take it in)
      const row = t.first + 1 + (e.row % Math.max(1, t.rows - 1));
      sheet.insertRows(row);
      shift(row);
      tables[e.table].rows++;
      sheet.set(row, INPUTS[e.table][e.input]!.col(L), e.value);
    }
  }
}
