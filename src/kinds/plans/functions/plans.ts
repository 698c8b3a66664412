import type { Lang } from "../../../domain/lang";
import { translator } from "../../../i18n/format";
import { FUNCTION_TEXT } from "../../../i18n/functionText";
import { type Matrix, languageArg, messageLang, valueError } from "../../../functions/args";
import { type Vector, sameLength, vector } from "../../../functions/vectors";
import { argumentName, addArgumentNames } from "../../../i18n/argumentNames";
import { coverOf, numberOf, progressOf, shareOfWallet } from "../domain/evaluate";
import { STAGE_INDICATORS, assessStage } from "../domain/stages";
import { LEVEL_TEXT, ROLE_TEXT, STAGE_TEXT, TICK_TEXT, choiceFromText } from "../domain/words";
import { sheetTrim } from "../../../domain/words";
import metadata from "../i18n/functionMetadata.json";

// the arguments' names in German and Dutch, for the messages that name them
addArgumentNames(metadata);

/*
 * The account plan's custom functions, for users' own sheets and analyses (the plan's sheet itself computes with
 * native functions, so that it works without the add-in). They follow the plan's rules as the pane does, and look
 * at each cell of their arguments once: their cost grows with the cells they are given.
 */

/** A cell as the plan's rules read it: a number as typed; anything else as text or blank. */
const entryOf = (v: unknown) => (typeof v === "number" ? v : null);

/**
 * Share of wallet: our revenue ÷ the account's total spend in our field, for a year (default the latest with a share). A year given twice counts once, in its first row with a share.
 * @customfunction SHAREOFWALLET
 * @param years The years (a column or row), e.g. 2024, 2025, 2026.
 * @param spends The account's total spend in our field per year; same length as years.
 * @param revenues Our revenue with the account per year; same length as years.
 * @param [year] The year to give; default the latest year with a share.
 * @returns A fraction (format as %); blank when the year has no share (no spend, or no revenue given).
 */
export function shareofwallet(years: any[][], spends: any[][], revenues: any[][], year?: any): number | string {
  const lang = messageLang();
  const y = vector(years, "years", lang);
  const s = vector(spends, "spends", lang);
  const r = vector(revenues, "revenues", lang);
  sameLength(s, y.cells.length, "spends", "years", lang);
  sameLength(r, y.cells.length, "revenues", "years", lang);
  const spend = y.cells.map((c, i) => ({ year: entryOf(c), spend: entryOf(s.cells[i]), revenue: entryOf(r.cells[i]) }));
  const result = shareOfWallet(spend);
  if (typeof year !== "number") return result.latest?.share ?? "";
  const i = spend.findIndex((x, k) => x.year === year && result.shares[k] !== null);
  return i < 0 ? "" : result.shares[i]!;
}

/**
 * Relationship stage from the 15 indicators answered Yes or No, in the order of the plan's table (I01 to I15): the highest stage whose indicators are mostly met, every stage between met too.
 * @customfunction RELATIONSHIPSTAGE
 * @param answers The 15 answers (a column or row): Yes or No in German, Dutch or English; blank = not answered.
 * @param [language] "de", "nl" or "en" for the result; default the display language.
 * @returns The stage as text; blank when no indicator is answered.
 */
export function relationshipstage(answers: any[][], language?: string): string {
  const lang: Lang = languageArg(language, messageLang());
  const a = vector(answers, "answers", lang);
  if (a.cells.length !== STAGE_INDICATORS.length)
    throw valueError(
      translator(FUNCTION_TEXT, lang)("cellCount", {
        name: argumentName("answers", lang),
        want: STAGE_INDICATORS.length,
        got: a.cells.length,
      }),
    );
  const ticks = Object.fromEntries(STAGE_INDICATORS.map((x, i) => [x.id, choiceFromText(TICK_TEXT, a.cells[i]) ?? null]));
  const stage = assessStage(ticks).stage;
  return stage === null ? "" : STAGE_TEXT[stage][lang];
}

/**
 * Coverage gaps of a contact matrix: how many named deciders and strategic contacts have no relationship of strength 2 or more with any member of the account team.
 * @customfunction CONTACTGAPS
 * @param names The contacts' names (a column or row); a row without a name is no contact.
 * @param levels Each contact's level (strategic, tactical, operational; in German, Dutch or English); same length as names.
 * @param roles Each contact's buying-centre role (decider, …); same length as names.
 * @param strengths The relationships' strengths 0–3, one row per contact and one column per team member (one column per contact where the names run across).
 * @returns The number of key contacts without a good relationship.
 */
export function contactgaps(names: any[][], levels: any[][], roles: any[][], strengths: any[][]): number {
  const lang = messageLang();
  const n = vector(names, "names", lang);
  const l = vector(levels, "levels", lang);
  const r = vector(roles, "roles", lang);
  sameLength(l, n.cells.length, "levels", "names", lang);
  sameLength(r, n.cells.length, "roles", "names", lang);
  const perContact = strengthsPerContact(strengths, n, lang);
  let gaps = 0;
  n.cells.forEach((name, i) => {
    // a row names a contact when its name cell shows something, as the sheet's TRIM(name)<>"" takes it: a number too
    if (name === null || (typeof name === "string" && sheetTrim(name) === "")) return;
    const cover = coverOf({
      level: choiceFromText(LEVEL_TEXT, l.cells[i]) ?? null,
      role: choiceFromText(ROLE_TEXT, r.cells[i]) ?? null,
      strengths: perContact[i]!.map(entryOf),
    });
    if (cover.gap) gaps++;
  });
  return gaps;
}

/** Each contact's strengths: a row each where the names run down, a column each where they run across. */
function strengthsPerContact(strengths: Matrix, names: Vector, lang: Lang): unknown[][] {
  const rows = strengths.length;
  const cols = strengths[0]!.length;
  const count = names.cells.length;
  if ((names.across ? cols : rows) !== count)
    throw valueError(
      translator(FUNCTION_TEXT, lang)("blockRows", {
        name: argumentName("strengths", lang),
        reference: argumentName("names", lang),
        want: count,
        rows,
        cols,
      }),
    );
  return names.across ? Array.from({ length: cols }, (_, c) => strengths.map((row) => row[c])) : strengths;
}

/**
 * Progress of an objective: (current − baseline) ÷ (target − baseline).
 * @customfunction OBJECTIVEPROGRESS
 * @param baseline The value when the objective was set.
 * @param target The value the objective aims at.
 * @param current The value now.
 * @returns A fraction (format as %; 1 = reached, above 1 = beyond the target); blank unless all three are numbers and the target differs from the baseline.
 */
export function objectiveprogress(baseline: any, target: any, current: any): number | string {
  return progressOf(numberOf(entryOf(baseline)), numberOf(entryOf(target)), numberOf(entryOf(current))) ?? "";
}
