/**
 * fast-check generators for the three models as the domain allows them: what a user can have
 * entered through the pane and the sheet. `valid` models hold valid entries only; `withKept` ones also hold
 * entries kept as typed (text, out-of-range or decimal numbers, booleans, error values, formulas).
 */
import fc from "fast-check";
import {
  type CompetenceModel,
  LEVEL_MAX,
  LEVEL_MIN,
  type Requirement,
  WEIGHT_MAX,
  WEIGHT_MIN,
} from "../../src/kinds/competences/domain/model";
import { STANDARD_COMPETENCES } from "../../src/kinds/competences/domain/profile";
import { type KeptEntry, type NoteEntry, type NumberEntry, wholeIssue } from "../../src/domain/entry";
import { LANGS, type Localized } from "../../src/domain/lang";
import { STANDARD_CONDITIONS } from "../../src/kinds/readiness/domain/conditions";
import type { ReadinessCondition, ReadinessModel } from "../../src/kinds/readiness/domain/model";
import { isValidThreshold } from "../../src/kinds/readiness/domain/scale";
import { serialToIso } from "../../src/domain/dates";
import type { DateEntry, StatusEntry, Task, TaskModel } from "../../src/kinds/tasks/domain/model";
import { DEFAULT_TASKS, PHASES } from "../../src/kinds/tasks/domain/plan";
import { TASK_STATUSES, statusFromText } from "../../src/domain/status";
import type { Catalog } from "../../src/i18n/format";
import { COMPETENCE_SHEET_TEXT } from "../../src/kinds/competences/i18n/competenceSheetText";
import { READINESS_SHEET_TEXT } from "../../src/kinds/readiness/i18n/readinessSheetText";
import { typeOfValue } from "../../src/sheets/read";
import { SHEET_WORDS, errorValueArb } from "./arbitraries";

export type Flavour = "valid" | "withKept";

const EMOJI_AND_RTL = ["Zoë 😀", "👨‍👩‍👧‍👦 Team", "مدير الحسابات", "שרה כהן", "Jürgen Groß", "李明"];

/** Text as a user types it, in any script, sometimes one of the sheet's own words. */
export const userText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 16 }) },
  { weight: 3, arbitrary: fc.string({ unit: "grapheme", maxLength: 16 }) },
  { weight: 1, arbitrary: fc.constantFrom(...EMOJI_AND_RTL) },
  { weight: 1, arbitrary: fc.constantFrom(...SHEET_WORDS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }).map((s) => `=${s}`) },
  {
    weight: 1,
    arbitrary: fc
      .string({ unit: "grapheme", minLength: 1, maxLength: 3 })
      .chain((s) => fc.integer({ min: 50, max: 3000 }).map((n) => s.repeat(n))),
  },
);

/** Text in a cell whose surrounding blanks a reader drops (names, condition and task texts): what the domain keeps. */
export const trimmedText: fc.Arbitrary<string> = userText.map((s) => s.trim());
export const nameText: fc.Arbitrary<string> = trimmedText.filter((s) => s !== "");

/** A user's own text for an item with a standard text: not that standard text in any language (that would be the standard). */
function ownText(standard: Localized | undefined): fc.Arbitrary<string> {
  return nameText.filter((s) => standard === undefined || !LANGS.some((l) => standard[l] === s));
}

/** Notes: any text (blanks kept), a number or TRUE/FALSE, or a formula. */
export const noteArb: fc.Arbitrary<NoteEntry> = fc.oneof(
  { weight: 5, arbitrary: userText },
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean()) },
  { weight: 1, arbitrary: fc.constantFrom("=A1", '="see "&B10', "=TODAY()").map((formula) => ({ formula })) },
);

const FORMULAS = ["=1+2", "=A1", "=SUM(D10:D12)", "=1/0", '="x"', "=ROUND(B2,0)"];

/** A formula typed into an input cell, read as written to a host (not calculated yet: its value reads as ""). */
export const keptFormula: fc.Arbitrary<KeptEntry> = fc.constantFrom(...FORMULAS).map((formula) => ({ value: "", formula }));
export const keptError: fc.Arbitrary<KeptEntry> = errorValueArb.map((value) => ({ value, error: true }));
/** Text kept as typed (also text starting with "="): not blank, not an error value's text (which a host reads as the error). */
export const keptText: fc.Arbitrary<KeptEntry> = userText
  .filter((s) => s !== "" && typeOfValue(s) === "String")
  .map((value) => ({ value }));
export const keptBoolean: fc.Arbitrary<KeptEntry> = fc.boolean().map((value) => ({ value }));
export const finiteNumber = fc.oneof(
  fc.integer({ min: -20, max: 20 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(-0, 2.5, 1e308),
);

/** An invalid entry of a number cell (numbers for which `valid` says no), kept as typed. */
export function keptNumber(valid: (v: number) => boolean): fc.Arbitrary<KeptEntry> {
  const badNumber = finiteNumber.filter((v) => !valid(v)).map((value) => ({ value }));
  return fc.oneof(badNumber, keptText, keptBoolean, keptError, keptFormula);
}
export const keptWhole = (min: number, max: number) => keptNumber((v) => wholeIssue(v, min, max) === undefined);

export function wholeEntry(min: number, max: number, flavour: Flavour, blank = true): fc.Arbitrary<NumberEntry> {
  const valid = fc.integer({ min, max });
  const options: fc.Arbitrary<NumberEntry>[] = blank ? [valid, fc.constant(null)] : [valid];
  return flavour === "valid" ? fc.oneof(...options) : fc.oneof(...options, keptWhole(min, max));
}

/** Ids: a subset of the standard ones and some of the user's own after them, in any order (users sort rows). */
function idsArb(prefix: string, standard: readonly string[], firstOwn: number): fc.Arbitrary<string[]> {
  return fc
    .tuple(fc.subarray([...standard]), fc.uniqueArray(fc.integer({ min: firstOwn, max: 140 }), { maxLength: 4 }))
    .chain(([std, own]) => {
      const all = [...std, ...own.map((n) => `${prefix}${String(n).padStart(2, "0")}`)];
      return fc.shuffledSubarray(all, { minLength: all.length, maxLength: all.length });
    });
}

/** Names of respondents or candidates: distinct regardless of case, as the domain adds them. */
function namesArb(min: number, max: number, allowed: (name: string) => boolean): fc.Arbitrary<string[]> {
  return fc.uniqueArray(personName.filter(allowed), { minLength: min, maxLength: max, selector: (n) => n.toLocaleLowerCase() });
}

/** A respondent's or candidate's name: any text, often one of the column titles around the names. */
export const personName: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: nameText },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      ...LANGS.flatMap((l) =>
        (["hScore", "hMean", "hMin", "hMax", "hStatus", "hNotes", "hNotApplicable"] as const).map((k) => READINESS_SHEET_TEXT[l][k]),
      ),
      ...LANGS.flatMap((l) =>
        (["hTeam", "hRequired", "hWeight", "hMustHave", "hCompetence"] as const).map((k) => COMPETENCE_SHEET_TEXT[l][k]),
      ),
    ),
  },
);

const labelsOf = <K extends string>(catalog: Catalog<K>, ...keys: K[]) =>
  new Set(LANGS.flatMap((l) => keys.map((k) => catalog[l][k].toLowerCase())));
/**
 * Respondents and candidates may be named like any column title ("Status", "Max", "Met by", …): they stay names.
 * One exception by design: a checklist's only score column titled "Score" (in any language) is the unnamed
 * respondent, so a lone respondent is not named like that.
 */
const SCORE_TITLES = labelsOf(READINESS_SHEET_TEXT, "hScore");
export const respondentNameOk = (name: string): boolean => !SCORE_TITLES.has(name.toLowerCase());
const respondentsOk = (names: readonly string[]): boolean => names.length !== 1 || respondentNameOk(names[0]!);

// ---- readiness ----

export function readinessModelArb(flavour: Flavour): fc.Arbitrary<ReadinessModel> {
  const threshold =
    flavour === "valid"
      ? fc.oneof(fc.integer({ min: 1, max: 5 }), fc.double({ min: 1, max: 5, noNaN: true }))
      : fc.oneof(fc.integer({ min: 1, max: 5 }), keptNumber(isValidThreshold));
  const respondents = fc.oneof(fc.constant([""]), namesArb(1, 4, () => true).filter(respondentsOk));
  return fc
    .tuple(
      respondents,
      threshold,
      idsArb(
        "R",
        STANDARD_CONDITIONS.map((s) => s.id),
        15,
      ),
    )
    .chain(([resp, thr, ids]) =>
      fc
        .tuple(...ids.map((id) => conditionArb(id, resp.length, flavour)))
        .map((conditions): ReadinessModel => ({ respondents: resp, threshold: thr, conditions })),
    );
}

function conditionArb(id: string, respondents: number, flavour: Flavour): fc.Arbitrary<ReadinessCondition> {
  const standard = STANDARD_CONDITIONS.find((s) => s.id === id)?.text;
  return fc.record({
    id: fc.constant(id),
    text: standard === undefined ? ownText(undefined) : fc.oneof(fc.constant(null), ownText(standard)),
    notApplicable: fc.boolean(),
    scores: fc.array(wholeEntry(1, 5, flavour), { minLength: respondents, maxLength: respondents }),
    note: noteArb,
  });
}

// ---- competences ----

export function competenceModelArb(flavour: Flavour): fc.Arbitrary<CompetenceModel> {
  return fc
    .tuple(
      namesArb(0, 4, () => true),
      idsArb(
        "C",
        STANDARD_COMPETENCES.map((s) => s.id),
        15,
      ),
    )
    .chain(([candidates, ids]) =>
      fc
        .tuple(...ids.map((id) => requirementArb(id, candidates.length, flavour)))
        .map((requirements): CompetenceModel => ({ candidates, requirements })),
    );
}

function requirementArb(id: string, candidates: number, flavour: Flavour): fc.Arbitrary<Requirement> {
  const standard = STANDARD_COMPETENCES.find((s) => s.id === id)?.text;
  return fc.record({
    id: fc.constant(id),
    text: standard === undefined ? ownText(undefined) : fc.oneof(fc.constant(null), ownText(standard)),
    required: wholeEntry(LEVEL_MIN, LEVEL_MAX, flavour, false) as fc.Arbitrary<number | KeptEntry>,
    weight: wholeEntry(WEIGHT_MIN, WEIGHT_MAX, flavour, false) as fc.Arbitrary<number | KeptEntry>,
    mustHave: fc.boolean(),
    ratings: fc.array(wholeEntry(LEVEL_MIN, LEVEL_MAX, flavour), { minLength: candidates, maxLength: candidates }),
  });
}

// ---- tasks ----

/** Calendar days from one year's first day to another's last, as ISO dates. */
export function isoDatesIn(fromYear: number, toYear: number): fc.Arbitrary<string> {
  return fc
    .date({ min: new Date(Date.UTC(fromYear, 0, 1)), max: new Date(Date.UTC(toYear, 11, 31)), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
}

/** Calendar days from 1950 to 2150: a sane planning range. */
export const isoDateArb: fc.Arbitrary<string> = isoDatesIn(1950, 2150);

const isPhaseName = (s: string) => PHASES.some((p) => LANGS.some((l) => p[l].toLowerCase() === s.toLowerCase()));
const ownPhase = trimmedText.filter((s) => !isPhaseName(s));

/** A date kept as typed: not a date, or a date with a time of day (which counts by its day). */
export const keptDate: fc.Arbitrary<KeptEntry> = fc.oneof(
  keptNumber((v) => serialToIso(v) !== undefined),
  fc
    .tuple(fc.integer({ min: 61, max: 2_958_000 }), fc.integer({ min: 1, max: 1439 }))
    .map(([day, minute]) => ({ value: day + minute / 1440 })),
);
const keptStatus: fc.Arbitrary<KeptEntry> = fc.oneof(
  keptText.filter((k) => statusFromText(k.value) === undefined),
  finiteNumber.map((value) => ({ value })),
  keptBoolean,
  keptError,
  keptFormula,
);
const keptProgress: fc.Arbitrary<KeptEntry> = keptNumber((v) => v >= 0 && v <= 1);

/** Start and due: either may be blank; when both are set, due is not before start. */
export function datesArb(flavour: Flavour): fc.Arbitrary<[DateEntry, DateEntry]> {
  const one: fc.Arbitrary<DateEntry> = fc.option(isoDateArb, { nil: null });
  const pair = fc
    .tuple(one, one)
    .map(([a, b]): [DateEntry, DateEntry] => (typeof a === "string" && typeof b === "string" && b < a ? [b, a] : [a, b]));
  if (flavour === "valid") return pair;
  return fc.oneof(pair, fc.tuple(fc.oneof(one, keptDate), fc.oneof(one, keptDate)));
}

function taskArb(id: string, flavour: Flavour): fc.Arbitrary<Task> {
  const standard = DEFAULT_TASKS.find((d) => d.id === id)?.text;
  const status: fc.Arbitrary<StatusEntry> =
    flavour === "valid" ? fc.constantFrom(...TASK_STATUSES) : fc.oneof(fc.constantFrom(...TASK_STATUSES), fc.constant(null), keptStatus);
  const progressValid = fc.option(fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0, 0.25, 1)), { nil: null });
  return fc
    .record({
      phase: fc.oneof(fc.integer({ min: 1, max: PHASES.length }), ownPhase),
      text: standard === undefined ? ownText(undefined) : fc.oneof(fc.constant(null), ownText(standard)),
      responsible: trimmedText,
      dates: datesArb(flavour),
      status,
      progress: flavour === "valid" ? progressValid : fc.oneof(progressValid, keptProgress),
      link: fc.oneof(trimmedText, fc.constantFrom("R04", "C03/Anna", "")),
      notes: noteArb,
    })
    .map(({ dates: [start, due], ...rest }): Task => ({ id, ...rest, start, due }));
}

/** The today cell: =TODAY(), a date, a formula; text or an error value only where invalid entries are wanted. */
export function todayArb(flavour: Flavour): fc.Arbitrary<KeptEntry | undefined> {
  return fc.oneof(
    fc.constant(undefined),
    isoDateArb.map((iso) => ({ value: Math.round((Date.parse(iso) - Date.UTC(1899, 11, 30)) / 86_400_000) })),
    fc.constantFrom<KeptEntry>(
      { value: "", formula: "=DATE(2026,3,31)" },
      ...(flavour === "valid" ? [] : [{ value: "31.03.2026" }, { value: "#N/A", error: true }]),
    ),
  );
}

export function taskModelArb(flavour: Flavour): fc.Arbitrary<TaskModel> {
  return fc
    .tuple(
      idsArb(
        "T",
        DEFAULT_TASKS.map((d) => d.id),
        DEFAULT_TASKS.length + 1,
      ),
      todayArb(flavour),
    )
    .chain(([ids, today]) =>
      fc.tuple(...ids.map((id) => taskArb(id, flavour))).map((tasks): TaskModel => (today === undefined ? { tasks } : { tasks, today })),
    );
}
