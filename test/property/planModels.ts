/**
 * fast-check generators for account plans as users fill them in: every part of the plan, `valid` entries only or
 * `withKept` ones too (text in a number or date cell, a word not in a list, amounts below 0, error values, formulas).
 * Texts are any script, but never one of the plan sheet's own titles (the reader finds sections and columns by them).
 */
import fc from "fast-check";
import type { DateEntry, KeptEntry, NumberEntry } from "../../src/domain/entry";
import { LANGS, type Localized } from "../../src/domain/lang";
import { TASK_STATUSES, type TaskStatus, statusFromText } from "../../src/domain/status";
import { sheetTrim } from "../../src/domain/words";
import {
  type AccountPlan,
  type Action,
  type ChoiceEntry,
  type Contact,
  type Objective,
  type PlanText,
  type Question,
  STAGES,
  STRENGTH_MAX,
  STRENGTH_MIN,
  type SpendYear,
} from "../../src/kinds/plans/domain/model";
import { ATTITUDES, BUYING_ROLES, CONTACT_LEVELS, OBJECTIVE_KINDS, TEXT_PARTS, TICKS } from "../kinds/planChoices";
import { STAGE_INDICATORS } from "../../src/kinds/plans/domain/stages";
import { ATTITUDE_TEXT, KIND_TEXT, LEVEL_TEXT, ROLE_TEXT, STAGE_TEXT, TICK_TEXT, choiceFromText } from "../../src/kinds/plans/domain/words";
import { PLAN_SHEET_TEXT } from "../../src/kinds/plans/i18n/planSheetText";
import {
  type Flavour,
  datesArb,
  finiteNumber,
  keptBoolean,
  isoDateArb,
  keptDate,
  keptError,
  keptFormula,
  keptNumber,
  keptText,
  keptWhole,
  nameText,
  noteArb,
  todayArb,
  wholeEntry,
} from "./models";

/** Every title and word the plan's sheet writes, trimmed and in lower case. */
const SHEET_TITLES = new Set(
  LANGS.flatMap((l) => Object.values(PLAN_SHEET_TEXT[l]).map((t) => sheetTrim(String(t)).toLowerCase())).filter((t) => t !== ""),
);
const notATitle = (s: string) => !SHEET_TITLES.has(sheetTrim(s).toLowerCase());

/** A text of the user's in a plan's cell: any script, never one of the sheet's titles. */
export const planText: fc.Arbitrary<string> = nameText.filter(notATitle);
/** A text cell left blank or filled. */
const optionalText = fc.oneof(fc.constant(""), planText);

/** A list cell: one of the list's choices or blank; where kept entries are wanted, a word of no list language too. */
function choiceArb<C extends string>(choices: readonly C[], table: Readonly<Record<C, Localized>>, flavour: Flavour) {
  const valid = fc.oneof(fc.constantFrom(...choices), fc.constant(null));
  if (flavour === "valid") return valid as fc.Arbitrary<ChoiceEntry<C>>;
  const notAWord = keptText.filter((k) => choiceFromText(table, k.value) === undefined);
  return fc.oneof(
    valid,
    notAWord,
    keptError,
    keptFormula,
    fc.integer().map((value): KeptEntry => ({ value })),
  ) as fc.Arbitrary<ChoiceEntry<C>>;
}

function statusArb(flavour: Flavour): fc.Arbitrary<ChoiceEntry<TaskStatus>> {
  const valid = fc.oneof(fc.constantFrom(...TASK_STATUSES), fc.constant(null));
  if (flavour === "valid") return valid;
  return fc.oneof(
    valid,
    keptText.filter((k) => statusFromText(k.value) === undefined),
    keptError,
    keptFormula,
  );
}

/** A number cell whose valid entries are `valid`, blank or not; kept: what `isValid` refuses (none: no number is). */
function numberArb(flavour: Flavour, valid: fc.Arbitrary<number>, isValid?: (n: number) => boolean): fc.Arbitrary<NumberEntry> {
  const options = fc.oneof(valid, fc.constant(null));
  if (flavour === "valid") return options;
  return fc.oneof(options, isValid === undefined ? fc.oneof(keptText, keptBoolean, keptError, keptFormula) : keptNumber(isValid));
}
const amountArb = (flavour: Flavour) =>
  numberArb(flavour, fc.oneof(fc.integer({ min: 0, max: 10_000_000 }), fc.double({ min: 0, max: 1e12, noNaN: true })), (n) => n >= 0);
const shareArb = (flavour: Flavour) => numberArb(flavour, fc.double({ min: 0, max: 1, noNaN: true }), (n) => n >= 0 && n <= 1);
const anyNumberArb = (flavour: Flavour) => numberArb(flavour, finiteNumber);
function dateArb(flavour: Flavour): fc.Arbitrary<DateEntry> {
  const valid = fc.option(isoDateArb, { nil: null });
  return flavour === "valid" ? valid : fc.oneof(valid, keptDate);
}
/** A text block or an answer: text, a number or TRUE/FALSE; blank. */
const planTextArb: fc.Arbitrary<PlanText> = fc.oneof(
  { weight: 4, arbitrary: planText },
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.boolean()) },
);

/**
 * Numbers as users type them into a plan and engines compute with them alike: none nearer 0 than 1e-12
 * (HyperFormula takes such a number for 0 beside others), none beyond 10^15 (the sheet's largest amount; near
 * Excel's ±9.99E+307 a difference of two overflows, which the sheet shows as an error).
 */
const EXCEL_SMALLEST = 1e-12;
const EXCEL_LARGEST = 1e15;

/**
 * Every number of `x` as above: too small as 0, too large as ±10^15. An entry kept as typed stays one no cell takes:
 * too small as −2.5 (no amount, share, strength, year or date).
 */
function excelNumbers<T>(x: T): T {
  const fit = (n: number) => (Math.abs(n) > EXCEL_LARGEST ? Math.sign(n) * EXCEL_LARGEST : n);
  if (typeof x === "number") return (Math.abs(x) < EXCEL_SMALLEST ? 0 : fit(x)) as T;
  if (Array.isArray(x)) return x.map(excelNumbers) as T;
  if (typeof x === "object" && x !== null) {
    if ("value" in x && typeof x.value === "number")
      return { ...x, value: x.value !== 0 && Math.abs(x.value) < EXCEL_SMALLEST ? -2.5 : fit(x.value) } as T;
    return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, excelNumbers(v)])) as T;
  }
  return x;
}

/** Ids of a table: unique numbers with the table's prefix, in any order (users sort rows). */
const idsArb = (prefix: string, max: number) =>
  fc.uniqueArray(fc.integer({ min: 1, max: 99 }), { maxLength: max }).map((ns) => ns.map((n) => `${prefix}${String(n).padStart(2, "0")}`));

function spendArb(flavour: Flavour): fc.Arbitrary<SpendYear> {
  // a year is always given: a row without any entry is no row
  const year: fc.Arbitrary<NumberEntry> =
    flavour === "valid" ? fc.integer({ min: 1900, max: 9999 }) : fc.oneof(fc.integer({ min: 1990, max: 2040 }), keptWhole(1900, 9999));
  return fc.record({ year, spend: amountArb(flavour), revenue: amountArb(flavour), notes: noteArb });
}

/**
 * A team: two to four members, each named or not (a new plan's columns are untitled). Not one: HyperFormula takes an
 * error value in a one-cell SUMIF range for the sum's error, where a range of two or more skips it as Excel does
 * (LibreOffice, which treats a one-cell range as a range, proves the team of one: test/libreoffice/plans.test.ts).
 */
const teamArb = fc.array(fc.oneof(fc.constant(""), planText), { minLength: 2, maxLength: 4 });

function contactArb(team: number, flavour: Flavour): fc.Arbitrary<Contact> {
  return fc.record({
    name: planText,
    position: optionalText,
    level: choiceArb(CONTACT_LEVELS, LEVEL_TEXT, flavour),
    role: choiceArb(BUYING_ROLES, ROLE_TEXT, flavour),
    attitude: choiceArb(ATTITUDES, ATTITUDE_TEXT, flavour),
    lastContact: dateArb(flavour),
    strengths: fc.array(wholeEntry(STRENGTH_MIN, STRENGTH_MAX, flavour), { minLength: team, maxLength: team }),
    notes: noteArb,
  });
}

function objectiveArb(id: string, flavour: Flavour): fc.Arbitrary<Objective> {
  return fc
    .record({
      text: optionalText,
      measure: optionalText,
      kind: choiceArb(OBJECTIVE_KINDS, KIND_TEXT, flavour),
      baseline: anyNumberArb(flavour),
      target: anyNumberArb(flavour),
      current: anyNumberArb(flavour),
      due: dateArb(flavour),
      owner: optionalText,
    })
    .map(excelNumbers)
    .filter((o) => flavour !== "valid" || typeof o.baseline !== "number" || o.target !== o.baseline)
    .map((o) => ({ id, ...o }));
}

function actionArb(id: string, objectives: readonly string[], flavour: Flavour): fc.Arbitrary<Action> {
  return fc
    .record({
      text: optionalText,
      responsible: optionalText,
      dates: datesArb(flavour),
      status: statusArb(flavour),
      objective:
        flavour === "valid" ? fc.constantFrom("", ...objectives) : fc.oneof(fc.constantFrom("", ...objectives), fc.constant("O98")),
      notes: noteArb,
    })
    .map(({ dates: [start, due], ...rest }) => ({ id, ...rest, start, due }));
}

const questionArb = (id: string): fc.Arbitrary<Question> =>
  fc.record({ text: optionalText, responsible: optionalText, answer: fc.oneof(fc.constant(""), planTextArb) }).map((q) => ({ id, ...q }));

/** An account plan: any of its parts filled in or not, its tables of a few rows each. */
export function planModelArb(flavour: Flavour): fc.Arbitrary<AccountPlan> {
  return fc
    .record({
      team: teamArb,
      objectiveIds: idsArb("O", 4),
      actionIds: idsArb("M", 4),
      questionIds: idsArb("F", 3),
    })
    .chain(({ team, objectiveIds, actionIds, questionIds }) =>
      fc.record({
        accountId: fc.oneof(
          fc.constant(""),
          fc.integer({ min: 1, max: 99 }).map((n) => `A${String(n).padStart(2, "0")}`),
        ),
        account: planText,
        periodStart: dateArb(flavour),
        reviewed: dateArb(flavour),
        texts: fc.dictionary(fc.constantFrom(...TEXT_PARTS), planTextArb, { maxKeys: TEXT_PARTS.length }),
        spend: fc.array(spendArb(flavour), { maxLength: 5 }),
        competitors: fc.array(
          fc.record({
            name: planText,
            service: optionalText,
            location: optionalText,
            share: shareArb(flavour),
            notes: noteArb,
          }),
          { maxLength: 3 },
        ),
        team: fc.constant(team),
        contacts: fc.array(contactArb(team.length, flavour), { maxLength: 4 }),
        indicators: fc
          .tuple(...STAGE_INDICATORS.map(() => choiceArb(TICKS, TICK_TEXT, flavour)))
          .map((ticks) => Object.fromEntries(STAGE_INDICATORS.flatMap((x, i) => (ticks[i] === null ? [] : [[x.id, ticks[i]!]])))),
        previousStage: choiceArb(STAGES, STAGE_TEXT, flavour),
        previousDate: dateArb(flavour),
        objectives: fc.tuple(...objectiveIds.map((id) => objectiveArb(id, flavour))),
        actions: fc.tuple(...actionIds.map((id) => actionArb(id, objectiveIds, flavour))),
        questions: fc.tuple(...questionIds.map(questionArb)),
        today: todayArb(flavour),
      }),
    )
    .map(({ today, ...plan }): AccountPlan => excelNumbers(today === undefined ? plan : { ...plan, today }));
}
