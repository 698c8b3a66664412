/**
 * Nothing a user typed is lost or moved: on the Office.js double, a sheet is created, a user types entries of every
 * kind into it (valid and invalid ones, error values, formulas, rows of their own), and then the sheet is re-created,
 * re-localized, and respondents, candidates, competences and tasks are added or removed. After each step every entry
 * is still in its cell (the same condition, competence or task, the same respondent or candidate), and the model
 * read is the one before with just the change asked.
 */
import fc from "fast-check";
import { withCandidates, withCompetence, withProfile } from "../../src/kinds/competences/domain/assessment";
import type { CompetenceModel } from "../../src/kinds/competences/domain/model";
import { STANDARD_COMPETENCES, profileCompetences } from "../../src/kinds/competences/domain/profile";
import { LANGS, type Lang, type Localized } from "../../src/domain/lang";
import { withRespondents } from "../../src/kinds/readiness/domain/checklist";
import { STANDARD_CONDITIONS } from "../../src/kinds/readiness/domain/conditions";
import type { ReadinessModel } from "../../src/kinds/readiness/domain/model";
import type { TaskModel } from "../../src/kinds/tasks/domain/model";
import { DEFAULT_TASKS, PHASES } from "../../src/kinds/tasks/domain/plan";
import type { NewTask } from "../../src/domain/links";
import { withDone, withTasks } from "../../src/kinds/tasks/domain/tasklist";
import { COMPETENCE_SHEET_TEXT } from "../../src/kinds/competences/i18n/competenceSheetText";
import { READINESS_SHEET_TEXT } from "../../src/kinds/readiness/i18n/readinessSheetText";
import { TASK_SHEET_TEXT } from "../../src/kinds/tasks/i18n/taskSheetText";
import { cellAddress } from "../../src/sheets/address";
import { COL as C_COL, FIRST_COMPETENCE_ROW, ROW as C_ROW } from "../../src/kinds/competences/sheets/layout";
import { COL as R_COL, FIRST_CONDITION_ROW, LABEL_COL, ROW as R_ROW, VALUE_COL } from "../../src/kinds/readiness/sheets/layout";
import { FIRST_TASK_ROW, ROW as T_ROW, TABLE_NAME, TODAY_CELL } from "../../src/kinds/tasks/sheets/layout";
import { createCompetences, readCompetences } from "../../src/kinds/competences/workflows/competences";
import { createReadiness, readReadiness } from "../../src/kinds/readiness/workflows/readiness";
import { createTasks, readTasks } from "../../src/kinds/tasks/workflows/tasks";
import type { Sheet } from "../office";
import { langArb } from "./arbitraries";
import { nameText, personName, respondentNameOk } from "./models";
import {
  type Check,
  type Scalar,
  type Typed,
  clearCells,
  columnOf,
  dateCell,
  lastColumnOf,
  expectKept,
  markCell,
  noteCell,
  numberCell,
  progressCell,
  recalculate,
  rowOf,
  statusCell,
  textCell,
  typeInto,
} from "./typed";
import { excelOnDouble, ready as readyState } from "../hosts/setup";

/** A row of a list: by its id, or (a row the user added, which has none yet) by the text the user gave it. */
type RowKey = { readonly id: string } | { readonly text: string };
/** The row of a list's item, found by its id or text in the sheet as it is now. */
const rowOfKey = (sheet: Sheet, key: RowKey, cols: { readonly id: number; readonly text: number }, from: number) =>
  "id" in key ? rowOf(sheet, cols.id, key.id, from) : rowOf(sheet, cols.text, key.text, from);
const sameRow = (key: RowKey, item: { readonly id: string; readonly text: string | null }) =>
  "id" in key ? key.id === item.id : key.text === item.text;

/**
 * Rows a user added below a list have no id in the sheet: reading gives them the next free ones, and re-creating
 * writes those. Removing such a row before that renumbers the ones after it; their ids are then left out of the
 * comparison (everything else in them is compared).
 */
function idsOfUnwrittenRows<T extends { readonly id: string; readonly text: string | null }>(
  items: readonly T[],
  unwritten: ReadonlySet<string>,
): T[] {
  return items.map((x) => (x.text !== null && unwritten.has(x.text) ? { ...x, id: "(assigned on reading)" } : x));
}

/** What a text cell shows once typed: the text, or a formula's result. */
const shownText = (t: Typed): Scalar => (t.kind === "value" ? t.value : t.kind === "formula" ? t.result : "");

/**
 * One workbook on the Office.js double with one sheet of a kind, the entries a user typed into it by where they are
 * (a later entry in the same place replaces an earlier one), and what is compared after each step.
 */
class Session<P extends object> {
  private readonly double = excelOnDouble();
  readonly excel = this.double.excel;
  readonly host = this.double.host;
  private readonly entries = new Map<string, { place: P; typed: Typed; check: Check }>();
  /** Texts of the user's own rows whose ids are not in the sheet yet (see idsOfUnwrittenRows). */
  readonly unwritten = new Set<string>();
  sheet!: Sheet;

  constructor(
    private readonly names: Localized,
    public lang: Lang,
    private readonly locate: (session: Session<P>, place: P) => string,
  ) {}

  open(): void {
    this.sheet = this.excel.workbook.sheet(this.names[this.lang]);
  }

  readonly address = (place: P): string => this.locate(this, place);

  type(place: P, typed: Typed, check: Check): void {
    typeInto(this.sheet, this.address(place), typed);
    this.remember(place, typed, check);
  }

  private remember(place: P, typed: Typed, check: Check): void {
    this.entries.set(JSON.stringify(place), { place, typed, check });
  }

  /**
   * The user's own rows below the list: the text first (it finds the row), then the other cells. Texts shown elsewhere
   * in the column are skipped.
   */
  typeOwnRows<F>(
    own: readonly { readonly text: string; readonly fields: readonly F[] }[],
    shown: readonly Typed[],
    at: { row: number; col: number },
    textPlace: (text: string) => P,
    field: (row: RowKey, f: F) => void,
  ): void {
    const taken = new Set(shown.map(shownText));
    own
      .filter((o) => !taken.has(o.text))
      .forEach((o, i) => {
        this.sheet.setCell(cellAddress(at.row + i, at.col), `'${o.text}`);
        this.remember(textPlace(o.text), { kind: "value", value: o.text }, "exact");
        for (const f of o.fields) field({ text: o.text }, f);
      });
  }

  drop(which: (place: P) => boolean): void {
    for (const [k, e] of this.entries) if (which(e.place)) this.entries.delete(k);
  }

  rename(f: (place: P) => P): void {
    const all = [...this.entries.values()];
    this.entries.clear();
    for (const e of all) this.entries.set(JSON.stringify(f(e.place)), { ...e, place: f(e.place) });
  }

  /** Sorting moves formulas with their rows and adjusts their relative references, as Excel does: they read as they are now. */
  formulasMoved(): void {
    for (const e of this.entries.values()) {
      const formula = this.sheet.getFormula(this.address(e.place));
      if ((e.typed.kind === "formula" || e.typed.kind === "formulaError") && formula !== undefined) e.typed = { ...e.typed, formula };
    }
  }

  /**
   * After a write: one sheet of the kind, in the language asked; each entry in its place as typed (then Excel
   * calculates, what the double does not); and the sheet reads as `expected`.
   */
  async expectAfterWrite<M, R extends { readonly model: M }>(
    read: () => Promise<R>,
    expected: M,
    ids: (m: M, unwritten: ReadonlySet<string>) => M,
  ): Promise<R> {
    const names = this.names;
    expect(this.excel.workbook.sheets.map((s) => s.name).filter((n) => LANGS.some((l) => names[l] === n))).toEqual([names[this.lang]]);
    this.open();
    for (const e of this.entries.values()) {
      const cell = this.address(e.place);
      expectKept(this.sheet, cell, e.typed, e.check, JSON.stringify(e.place));
      recalculate(this.sheet, cell, e.typed);
    }
    const after = await read();
    expect(ids(after.model, this.unwritten)).toEqual(ids(expected, this.unwritten));
    this.unwritten.clear();
    return after;
  }
}

/** A state that read as ours, with no stray cells: re-creating it would not be refused. */
async function ready<S extends { status: string }>(state: Promise<S>): Promise<Extract<S, { status: "ready" }>> {
  const s = readyState(await state);
  expect((s as unknown as { strays: unknown }).strays).toEqual([]);
  return s;
}

/** The cell of `row` and `col`, failing with what was looked for when either is not found. */
function at(row: number, col: number, what: string): string {
  if (row < 0 || col < 0) throw new Error(`${what}: not found`);
  return cellAddress(row, col);
}

const sheetNames = (catalog: Readonly<Record<Lang, { readonly sheetName: string }>>): Localized => ({
  de: catalog.de.sheetName,
  nl: catalog.nl.sheetName,
  en: catalog.en.sheetName,
});
const isStandardText = (standard: readonly { readonly text: Localized }[]) => (s: string) =>
  standard.some((x) => LANGS.some((l) => x.text[l] === s));
const lower = (s: string) => s.toLocaleLowerCase();
/** 100 scenarios a property by default; KAM_PROPERTY_RUNS=1000 for a deeper search. */
const RUNS = { numRuns: Number(process.env.KAM_PROPERTY_RUNS ?? 100) };
/** Each property runs its scenarios one after another on the double: a few seconds on a busy CI machine. */
const TIMEOUT_MS = 120_000;

/** Ids of the user's own rows, when not written yet, out of the comparison (see idsOfUnwrittenRows). */
const readinessIds = (m: ReadinessModel, u: ReadonlySet<string>): ReadinessModel => ({
  ...m,
  conditions: idsOfUnwrittenRows(m.conditions, u),
});
const competenceIds = (m: CompetenceModel, u: ReadonlySet<string>): CompetenceModel => ({
  ...m,
  requirements: idsOfUnwrittenRows(m.requirements, u),
});
const taskIds = (m: TaskModel, u: ReadonlySet<string>): TaskModel => ({ ...m, tasks: idsOfUnwrittenRows(m.tasks, u) });

/** The rows of a list from its header to its last item, for clearing a column of it. */
const rowsThrough = (header: number, itemRows: readonly number[]) =>
  Array.from({ length: Math.max(header, ...itemRows) - header + 1 }, (_, i) => header + i);
const columnsThrough = (last: number) => Array.from({ length: last + 1 }, (_, c) => c);

// ---------------------------------------------------------------- readiness

type ReadinessPlace =
  | { readonly row: RowKey; readonly field: "score"; readonly respondent: string }
  | { readonly row: RowKey; readonly field: "na" | "note" | "text" }
  | { readonly field: "threshold" };

type ReadinessOp =
  | { readonly kind: "recreate" }
  | { readonly kind: "relocalize"; readonly lang: Lang }
  | { readonly kind: "addRespondents"; readonly names: readonly string[] }
  | { readonly kind: "removeRespondent" | "removeCondition"; readonly pick: number };

const ownConditionText = nameText.filter((s) => !isStandardText(STANDARD_CONDITIONS)(s));
// a respondent may be named like any column title; not "Score", which names the unnamed column of one respondent
const respondentName = personName.filter(respondentNameOk);
const conditionField = fc.oneof(
  { weight: 4, arbitrary: fc.record({ field: fc.constant("score" as const), respondent: fc.nat(), typed: numberCell(1, 5) }) },
  { weight: 1, arbitrary: fc.record({ field: fc.constant("na" as const), typed: markCell }) },
  { weight: 2, arbitrary: fc.record({ field: fc.constant("note" as const), typed: noteCell }) },
);

const readinessScenario = fc.record({
  lang: langArb,
  respondents: fc.oneof(fc.constant([]), fc.uniqueArray(respondentName, { minLength: 1, maxLength: 3, selector: lower })),
  edits: fc.array(fc.record({ condition: fc.nat({ max: STANDARD_CONDITIONS.length - 1 }), field: conditionField }), { maxLength: 20 }),
  texts: fc.array(fc.record({ condition: fc.nat({ max: STANDARD_CONDITIONS.length - 1 }), typed: textCell(ownConditionText) }), {
    maxLength: 3,
  }),
  threshold: fc.option(
    fc.oneof(
      fc.double({ min: 1, max: 5, noNaN: true }).map((v): Typed => ({ kind: "value", value: v })),
      numberCell(1, 5),
    ),
    { nil: undefined },
  ),
  own: fc.uniqueArray(fc.record({ text: ownConditionText, fields: fc.array(conditionField, { maxLength: 4 }) }), {
    maxLength: 3,
    selector: (o) => o.text,
  }),
  ops: fc.array(
    fc.oneof<fc.Arbitrary<ReadinessOp>[]>(
      fc.constant({ kind: "recreate" }),
      langArb.map((lang) => ({ kind: "relocalize", lang })),
      fc.uniqueArray(respondentName, { minLength: 1, maxLength: 2, selector: lower }).map((names) => ({ kind: "addRespondents", names })),
      fc.tuple(fc.constantFrom("removeRespondent" as const, "removeCondition" as const), fc.nat()).map(([kind, pick]) => ({ kind, pick })),
    ),
    { minLength: 1, maxLength: 3 },
  ),
});

function readinessCell(s: Session<ReadinessPlace>, p: ReadinessPlace): string {
  const t = READINESS_SHEET_TEXT[s.lang];
  if (p.field === "threshold") return at(rowOf(s.sheet, LABEL_COL, t.threshold, 0), VALUE_COL, "threshold");
  const row = rowOfKey(s.sheet, p.row, R_COL, FIRST_CONDITION_ROW);
  const header = (label: string, from = 0) => columnOf(s.sheet, R_ROW.header, label, from);
  // the respondents come right of the notes column (the first one titled so: a respondent may be named "Notes")
  const notes = header(t.hNotes);
  const col =
    p.field === "score"
      ? header(p.respondent === "" ? t.hScore : p.respondent, notes + 1)
      : p.field === "na"
        ? header(t.hNotApplicable)
        : p.field === "note"
          ? notes
          : R_COL.text;
  return at(row, col, JSON.stringify(p));
}

describe("the readiness checklist keeps every entry", () => {
  it(
    "through re-creating, re-localizing, adding and removing respondents and conditions",
    async () => {
      await fc.assert(
        fc.asyncProperty(readinessScenario, async (sc) => {
          const s = new Session<ReadinessPlace>(sheetNames(READINESS_SHEET_TEXT), sc.lang, readinessCell);
          await createReadiness(s.host, { lang: s.lang, respondents: sc.respondents });
          s.open();
          const respondents = sc.respondents.length === 0 ? [""] : sc.respondents;
          const typeField = (row: RowKey, f: (typeof sc.edits)[number]["field"]) =>
            f.field === "score"
              ? s.type({ row, field: "score", respondent: respondents[f.respondent % respondents.length]! }, f.typed, "exact")
              : s.type({ row, field: f.field }, f.typed, f.field === "na" ? "mark" : "exact");
          for (const e of sc.edits) typeField({ id: STANDARD_CONDITIONS[e.condition]!.id }, e.field);
          for (const e of sc.texts) s.type({ row: { id: STANDARD_CONDITIONS[e.condition]!.id }, field: "text" }, e.typed, "exact");
          if (sc.threshold !== undefined) s.type({ field: "threshold" }, sc.threshold, "exact");
          const below = { row: FIRST_CONDITION_ROW + STANDARD_CONDITIONS.length, col: R_COL.text };
          s.typeOwnRows(
            sc.own,
            sc.texts.map((e) => e.typed),
            below,
            (text) => ({ row: { text }, field: "text" }),
            typeField,
          );

          let before = await ready(readReadiness(s.host));
          for (const op of sc.ops) {
            let model: ReadinessModel = before.model;
            let respondentsAsked: readonly string[] = [];
            const header = (label: string, from = 0) => columnOf(s.sheet, R_ROW.header, label, from);
            if (op.kind === "relocalize") s.lang = op.lang;
            else if (op.kind === "addRespondents") {
              respondentsAsked = op.names;
              model = withRespondents(model, op.names);
              // the unnamed column of a one-respondent checklist takes the first name, with its scores
              if (before.model.respondents.length === 1 && before.model.respondents[0] === "")
                s.rename((p) => ("respondent" in p && p.respondent === "" ? { ...p, respondent: model.respondents[0]! } : p));
            } else if (op.kind === "removeRespondent" && model.respondents.length >= 2) {
              const k = op.pick % model.respondents.length;
              const name = model.respondents[k]!;
              clearCells(s.sheet, rowsThrough(R_ROW.header, before.conditionRows), [
                header(name, header(READINESS_SHEET_TEXT[s.lang].hNotes) + 1),
              ]);
              model = {
                ...model,
                respondents: model.respondents.filter((_, i) => i !== k),
                conditions: model.conditions.map((c) => ({ ...c, scores: c.scores.filter((_, i) => i !== k) })),
              };
              s.drop((p) => "respondent" in p && p.respondent === name);
            } else if (op.kind === "removeCondition" && model.conditions.length > 0) {
              const k = op.pick % model.conditions.length;
              const gone = model.conditions[k]!;
              clearCells(
                s.sheet,
                [before.conditionRows[k]!],
                columnsThrough(header(READINESS_SHEET_TEXT[s.lang].hNotes) + model.respondents.length),
              );
              model = { ...model, conditions: model.conditions.filter((_, i) => i !== k) };
              s.drop((p) => "row" in p && sameRow(p.row, gone));
              for (const o of sc.own) s.unwritten.add(o.text);
            }
            await createReadiness(s.host, { lang: s.lang, respondents: respondentsAsked });
            before = await s.expectAfterWrite(() => ready(readReadiness(s.host)), model, readinessIds);
          }
        }),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );
});

// ---------------------------------------------------------------- competences

type CompetencePlace =
  | { readonly row: RowKey; readonly field: "rating"; readonly candidate: string }
  | { readonly row: RowKey; readonly field: "required" | "weight" | "must" | "text" };

type CompetenceOp =
  | { readonly kind: "recreate" }
  | { readonly kind: "relocalize"; readonly lang: Lang }
  | { readonly kind: "addCandidates"; readonly names: readonly string[] }
  | { readonly kind: "addCompetences"; readonly texts: readonly string[] }
  | { readonly kind: "extended" }
  | { readonly kind: "removeCandidate" | "removeCompetence"; readonly pick: number };

const ownCompetenceText = nameText.filter((s) => !isStandardText(STANDARD_COMPETENCES)(s));
const candidateName = personName;
const requirementField = fc.oneof(
  { weight: 4, arbitrary: fc.record({ field: fc.constant("rating" as const), candidate: fc.nat(), typed: numberCell(1, 5) }) },
  { weight: 1, arbitrary: fc.record({ field: fc.constant("required" as const), typed: numberCell(1, 5) }) },
  { weight: 1, arbitrary: fc.record({ field: fc.constant("weight" as const), typed: numberCell(1, 3) }) },
  { weight: 1, arbitrary: fc.record({ field: fc.constant("must" as const), typed: markCell }) },
);

const competenceScenario = fc.record({
  lang: langArb,
  profile: fc.constantFrom("default" as const, "extended" as const),
  candidates: fc.uniqueArray(candidateName, { maxLength: 3, selector: lower }),
  edits: fc.array(fc.record({ competence: fc.nat(), field: requirementField }), { maxLength: 20 }),
  texts: fc.array(fc.record({ competence: fc.nat(), typed: textCell(ownCompetenceText) }), { maxLength: 3 }),
  own: fc.uniqueArray(fc.record({ text: ownCompetenceText, fields: fc.array(requirementField, { maxLength: 4 }) }), {
    maxLength: 3,
    selector: (o) => o.text,
  }),
  ops: fc.array(
    fc.oneof<fc.Arbitrary<CompetenceOp>[]>(
      fc.constant({ kind: "recreate" }),
      langArb.map((lang) => ({ kind: "relocalize", lang })),
      fc.uniqueArray(candidateName, { minLength: 1, maxLength: 2, selector: lower }).map((names) => ({ kind: "addCandidates", names })),
      fc.uniqueArray(ownCompetenceText, { minLength: 1, maxLength: 2 }).map((texts) => ({ kind: "addCompetences", texts })),
      fc.constant({ kind: "extended" }),
      fc.tuple(fc.constantFrom("removeCandidate" as const, "removeCompetence" as const), fc.nat()).map(([kind, pick]) => ({ kind, pick })),
    ),
    { minLength: 1, maxLength: 3 },
  ),
});

function competenceCell(s: Session<CompetencePlace>, p: CompetencePlace): string {
  const t = COMPETENCE_SHEET_TEXT[s.lang];
  const row = rowOfKey(s.sheet, p.row, C_COL, FIRST_COMPETENCE_ROW);
  const header = (label: string, from = 0) => columnOf(s.sheet, C_ROW.header, label, from);
  const col =
    p.field === "rating"
      ? header(p.candidate, C_COL.firstCandidate)
      : p.field === "required"
        ? header(t.hRequired)
        : p.field === "weight"
          ? header(t.hWeight)
          : p.field === "must"
            ? header(t.hMustHave)
            : C_COL.text;
  return at(row, col, JSON.stringify(p));
}

describe("the competence assessment keeps every entry", () => {
  it(
    "through re-creating, re-localizing, the extended profile, adding and removing candidates and competences",
    async () => {
      await fc.assert(
        fc.asyncProperty(competenceScenario, async (sc) => {
          const s = new Session<CompetencePlace>(sheetNames(COMPETENCE_SHEET_TEXT), sc.lang, competenceCell);
          await createCompetences(s.host, { lang: s.lang, profile: sc.profile, candidates: sc.candidates });
          s.open();
          const typeField = (row: RowKey, f: (typeof sc.edits)[number]["field"]) => {
            if (f.field !== "rating") s.type({ row, field: f.field }, f.typed, f.field === "must" ? "mark" : "exact");
            else if (sc.candidates.length > 0)
              s.type({ row, field: "rating", candidate: sc.candidates[f.candidate % sc.candidates.length]! }, f.typed, "exact");
          };
          const standard = profileCompetences(sc.profile);
          for (const e of sc.edits) typeField({ id: standard[e.competence % standard.length]!.id }, e.field);
          for (const e of sc.texts) s.type({ row: { id: standard[e.competence % standard.length]!.id }, field: "text" }, e.typed, "exact");
          const below = { row: FIRST_COMPETENCE_ROW + standard.length, col: C_COL.text };
          s.typeOwnRows(
            sc.own,
            sc.texts.map((e) => e.typed),
            below,
            (text) => ({ row: { text }, field: "text" }),
            typeField,
          );

          let before = await ready(readCompetences(s.host));
          for (const op of sc.ops) {
            let model: CompetenceModel = before.model;
            let request: { candidates?: readonly string[]; competences?: readonly string[]; profile?: "extended" } = {};
            const header = (label: string, from = 0) => columnOf(s.sheet, C_ROW.header, label, from);
            if (op.kind === "relocalize") s.lang = op.lang;
            else if (op.kind === "addCandidates") {
              request = { candidates: op.names };
              model = withCandidates(model, op.names);
            } else if (op.kind === "addCompetences") {
              request = { competences: op.texts };
              for (const text of op.texts) model = withCompetence(model, text);
            } else if (op.kind === "extended") {
              request = { profile: "extended" };
              model = withProfile(model, "extended");
            } else if (op.kind === "removeCandidate" && model.candidates.length > 0) {
              const k = op.pick % model.candidates.length;
              const name = model.candidates[k]!;
              clearCells(s.sheet, rowsThrough(C_ROW.header, before.competenceRows), [header(name, C_COL.firstCandidate)]);
              model = {
                ...model,
                candidates: model.candidates.filter((_, i) => i !== k),
                requirements: model.requirements.map((r) => ({ ...r, ratings: r.ratings.filter((_, i) => i !== k) })),
              };
              s.drop((p) => "candidate" in p && p.candidate === name);
            } else if (op.kind === "removeCompetence") {
              // any competence, standard ones too; not the last of a standard group (an empty group is the profile not chosen)
              const groupOf = (id: string) => STANDARD_COMPETENCES.find((x) => x.id === id)?.profile;
              const removable = model.requirements
                .map((r, i) => ({ r, i }))
                .filter(
                  ({ r }) => groupOf(r.id) === undefined || model.requirements.filter((o) => groupOf(o.id) === groupOf(r.id)).length > 1,
                );
              const gone = removable[op.pick % Math.max(1, removable.length)];
              if (gone !== undefined) {
                // the whole row: "Met by" and every candidate's rating
                const lastCol = Math.max(
                  lastColumnOf(s.sheet, C_ROW.header, COMPETENCE_SHEET_TEXT[s.lang].hTeam),
                  ...model.candidates.map((name) => header(name, C_COL.firstCandidate)),
                );
                clearCells(s.sheet, [before.competenceRows[gone.i]!], columnsThrough(lastCol));
                model = { ...model, requirements: model.requirements.filter((_, i) => i !== gone.i) };
                s.drop((p) => sameRow(p.row, gone.r));
                for (const o of sc.own) s.unwritten.add(o.text);
              }
            }
            await createCompetences(s.host, { lang: s.lang, ...request });
            before = await s.expectAfterWrite(() => ready(readCompetences(s.host)), model, competenceIds);
          }
        }),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );
});

// ---------------------------------------------------------------- tasks

type TaskField = "phase" | "text" | "responsible" | "start" | "due" | "status" | "progress" | "link" | "notes";
type TaskPlace = { readonly row: RowKey; readonly field: TaskField } | { readonly field: "today" };

type TaskOp =
  | { readonly kind: "recreate" }
  | { readonly kind: "relocalize"; readonly lang: Lang }
  | { readonly kind: "add"; readonly tasks: readonly NewTask[] }
  | { readonly kind: "done" | "remove"; readonly pick: number };

const HEADER_KEY = {
  phase: "hPhase",
  text: "hTask",
  responsible: "hResponsible",
  start: "hStart",
  due: "hDue",
  status: "hStatus",
  progress: "hProgress",
  link: "hLink",
  notes: "hNotes",
} as const;
const isPhaseName = (s: string) => PHASES.some((p) => LANGS.some((l) => lower(p[l]) === lower(s)));
const ownPhase = nameText.filter((s) => !isPhaseName(s));
const ownTaskText = nameText.filter((s) => !DEFAULT_TASKS.some((d) => LANGS.some((l) => d.text[l] === s)));
const taskField: fc.Arbitrary<{ field: TaskField; typed: Typed; check: Check }> = fc.oneof(
  fc.record({ field: fc.constant("phase" as const), typed: textCell(ownPhase), check: fc.constant("exact" as const) }),
  fc.record({ field: fc.constantFrom("responsible" as const, "link" as const), typed: textCell(), check: fc.constant("exact" as const) }),
  fc.record({ field: fc.constantFrom("start" as const, "due" as const), typed: dateCell, check: fc.constant("exact" as const) }),
  fc.record({ field: fc.constant("status" as const), typed: statusCell, check: fc.constant("status" as const) }),
  fc.record({ field: fc.constant("progress" as const), typed: progressCell, check: fc.constant("exact" as const) }),
  fc.record({ field: fc.constant("notes" as const), typed: noteCell, check: fc.constant("exact" as const) }),
);
const newTask: fc.Arbitrary<NewTask> = fc.record(
  {
    phase: fc.oneof(fc.integer({ min: 1, max: PHASES.length }), ownPhase),
    text: ownTaskText,
    responsible: nameText,
    link: fc.constantFrom("", "R04", "C03/Anna"),
  },
  { requiredKeys: ["phase", "text"] },
);

const taskScenario = fc.record({
  lang: langArb,
  edits: fc.array(fc.record({ task: fc.nat({ max: DEFAULT_TASKS.length - 1 }), field: taskField }), { maxLength: 25 }),
  texts: fc.array(fc.record({ task: fc.nat({ max: DEFAULT_TASKS.length - 1 }), typed: textCell(ownTaskText) }), { maxLength: 3 }),
  today: fc.option(dateCell, { nil: undefined }),
  own: fc.uniqueArray(fc.record({ text: ownTaskText, fields: fc.array(taskField, { maxLength: 5 }) }), {
    maxLength: 3,
    selector: (o) => o.text,
  }),
  sortBy: fc.option(fc.tuple(fc.nat({ max: 10 }), fc.boolean()), { nil: undefined }),
  ops: fc.array(
    fc.oneof<fc.Arbitrary<TaskOp>[]>(
      fc.constant({ kind: "recreate" }),
      langArb.map((lang) => ({ kind: "relocalize", lang })),
      fc.uniqueArray(newTask, { minLength: 1, maxLength: 2, selector: (n) => n.text }).map((tasks) => ({ kind: "add", tasks })),
      fc.tuple(fc.constantFrom("done" as const, "remove" as const), fc.nat()).map(([kind, pick]) => ({ kind, pick })),
    ),
    { minLength: 1, maxLength: 3 },
  ),
});

function taskColumn(s: Session<TaskPlace>, field: TaskField | "id"): number {
  const t = TASK_SHEET_TEXT[s.lang];
  return columnOf(s.sheet, T_ROW.header, t[field === "id" ? "hId" : HEADER_KEY[field]]);
}

function taskCell(s: Session<TaskPlace>, p: TaskPlace): string {
  if (p.field === "today") return cellAddress(TODAY_CELL.row, TODAY_CELL.col);
  const row = rowOfKey(s.sheet, p.row, { id: taskColumn(s, "id"), text: taskColumn(s, "text") }, FIRST_TASK_ROW);
  return at(row, taskColumn(s, p.field), JSON.stringify(p));
}

describe("the task overview keeps every entry", () => {
  it(
    "through sorting, re-creating, re-localizing, adding, finishing and removing tasks",
    async () => {
      await fc.assert(
        fc.asyncProperty(taskScenario, async (sc) => {
          const s = new Session<TaskPlace>(sheetNames(TASK_SHEET_TEXT), sc.lang, taskCell);
          await createTasks(s.host, { lang: s.lang });
          s.open();
          const typeField = (row: RowKey, f: (typeof sc.edits)[number]["field"]) => s.type({ row, field: f.field }, f.typed, f.check);
          for (const e of sc.edits) typeField({ id: DEFAULT_TASKS[e.task]!.id }, e.field);
          for (const e of sc.texts) s.type({ row: { id: DEFAULT_TASKS[e.task]!.id }, field: "text" }, e.typed, "exact");
          if (sc.today !== undefined) s.type({ field: "today" }, sc.today, "exact");
          const below = { row: FIRST_TASK_ROW + DEFAULT_TASKS.length, col: taskColumn(s, "text") };
          s.typeOwnRows(
            sc.own,
            sc.texts.map((e) => e.typed),
            below,
            (text) => ({ row: { text }, field: "text" }),
            typeField,
          );
          if (sc.sortBy !== undefined) {
            s.sheet.sortTable(TABLE_NAME, sc.sortBy[0], sc.sortBy[1]);
            s.formulasMoved();
          }

          let before = await ready(readTasks(s.host));
          for (const op of sc.ops) {
            let model: TaskModel = before.model;
            let request: { add?: readonly NewTask[]; done?: readonly string[] } = {};
            if (op.kind === "relocalize") s.lang = op.lang;
            else if (op.kind === "add") {
              request = { add: op.tasks };
              model = withTasks(model, op.tasks);
            } else if (op.kind === "done" && model.tasks.length > 0) {
              const task = model.tasks[op.pick % model.tasks.length]!;
              request = { done: [task.id] };
              model = withDone(model, task.id);
              // what the user asked: the task is done, at 100 %
              s.drop((p) => "row" in p && sameRow(p.row, task) && (p.field === "status" || p.field === "progress"));
            } else if (op.kind === "remove" && model.tasks.length > 0) {
              const k = op.pick % model.tasks.length;
              const gone = model.tasks[k]!;
              clearCells(s.sheet, [before.taskRows[k]!], columnsThrough(taskColumn(s, "notes")));
              model = { ...model, tasks: model.tasks.filter((_, i) => i !== k) };
              s.drop((p) => "row" in p && sameRow(p.row, gone));
              for (const o of sc.own) s.unwritten.add(o.text);
            }
            await createTasks(s.host, { lang: s.lang, ...request });
            before = await s.expectAfterWrite(() => ready(readTasks(s.host)), model, taskIds);
          }
        }),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );
});
