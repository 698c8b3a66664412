import { LANGS, type Lang } from "../domain/lang";
import { type Catalog, fill } from "./format";

/** Why an entry read from a sheet is not valid, in words every kind may use; the message names the cell. */
export type SharedProblemCode =
  | "notNumber"
  | "notWhole"
  | "outOfRange"
  | "errorValue"
  | "notDate"
  | "todayInvalid"
  | "dateAsText"
  | "dueBeforeStart"
  | "duplicateId"
  | "badId"
  | "headerMissing"
  | "strayColumn"
  | "computedOverwritten"
  | "outsideRow"
  | "outsideColumn"
  | "outsideCandidateColumn";

/**
 * The numbers a code's message names besides the cell and its entry ({min} and {max} of a whole number's rule; the
 * message may also list them as {choices}): a problem with such a code carries them as its `params`.
 */
export const PROBLEM_PARAMS: Readonly<Partial<Record<SharedProblemCode, readonly string[]>>> = {
  notNumber: ["min", "max"],
  notWhole: ["min", "max"],
  outOfRange: ["min", "max"],
};

/** A column right of the formulas' columns, with the list it should join (respondents, candidates). */
const OUTSIDE_COLUMN: Readonly<Record<Lang, string>> = {
  de: "{cell}: Diese Spalte liegt rechts außerhalb des Bereichs, den die Formeln des Blatts erfassen, und zählt nicht mit. Verschieben Sie sie in die erste leere Spalte rechts neben {list}, damit sie mitzählt.",
  nl: "{cell}: deze kolom staat rechts van het bereik van de formules in het blad en telt niet mee. Verplaats de kolom naar de eerste lege kolom rechts van {list}, zodat ze meetelt.",
  en: "{cell}: this column is right of the columns the sheet's formulas cover and does not count. To count it, move it into the first empty column right of {list}.",
};

export const PROBLEM_TEXT: Catalog<SharedProblemCode> = {
  de: {
    notNumber: "{cell}: {entry} ist keine Zahl; erwartet wird eine ganze Zahl von {min} bis {max}.",
    notWhole: "{cell}: {entry} ist keine ganze Zahl; erwartet wird {choices}.",
    outOfRange: "{cell}: {entry} liegt außerhalb der Skala {min} bis {max}.",
    errorValue: "{cell}: Die Zelle enthält den Fehlerwert {value}.",
    notDate: "{cell}: {entry} ist kein Datum.",
    todayInvalid: "{cell}: {entry} ist kein Datum; es gilt der heutige Tag. Geben Sie =HEUTE() oder ein Datum ein.",
    dateAsText:
      "{cell}: {entry} ist Text, kein Datum; Excel rechnet nicht damit. Geben Sie das Datum neu ein (z. B. 31.03.2026) oder formatieren Sie die Zelle als Datum.",
    dueBeforeStart: "{cell}: Das Fälligkeitsdatum liegt vor dem Startdatum.",
    duplicateId: "{cell}: Die Nr. {value} kommt mehrfach vor.",
    badId: "{cell}: {entry} ist keine gültige Nr.; die Zeile erhält eine neue Nr.",
    headerMissing: "{cell}: Die Kopfzeile des Blatts wurde nicht gefunden.",
    strayColumn:
      "{cell}: Diese Spalte gehört nicht zum Blatt; ihre Einträge werden nicht gelesen. Verschieben Sie sie aus der Tabelle, bevor Sie das Blatt neu anlegen.",
    computedOverwritten:
      "{cell}: Hier berechnet das Blatt „{expected}“, die Formel wurde aber durch {entry} ersetzt. Das Blatt zeigt daher nicht, was tatsächlich gilt. Mit „Formeln wiederherstellen“ oder wenn Sie das Blatt neu anlegen, wird die Formel wieder eingesetzt.",
    outsideRow:
      "{cell}: Diese Zeile liegt außerhalb des Bereichs, den die Formeln des Blatts erfassen, und zählt noch nicht mit. Legen Sie das Blatt neu an, damit sie mitzählt.",
    outsideColumn: fill(OUTSIDE_COLUMN.de, { list: "den Bewertenden" }),
    outsideCandidateColumn: fill(OUTSIDE_COLUMN.de, { list: "den Kandidaten" }),
  },
  nl: {
    notNumber: "{cell}: {entry} is geen getal; verwacht wordt een geheel getal van {min} tot {max}.",
    notWhole: "{cell}: {entry} is geen geheel getal; verwacht wordt {choices}.",
    outOfRange: "{cell}: {entry} valt buiten de schaal {min} tot {max}.",
    errorValue: "{cell}: de cel bevat de foutwaarde {value}.",
    notDate: "{cell}: {entry} is geen datum.",
    todayInvalid: "{cell}: {entry} is geen datum; daarom wordt de datum van vandaag gebruikt. Voer =VANDAAG() of een datum in.",
    dateAsText:
      "{cell}: {entry} is tekst, geen datum; Excel rekent er niet mee. Voer de datum opnieuw in (bijv. 31-03-2026) of maak de cel op als datum.",
    dueBeforeStart: "{cell}: de deadline ligt vóór de start.",
    duplicateId: "{cell}: nr. {value} komt meer dan eens voor.",
    badId: "{cell}: {entry} is geen geldig nr.; de rij krijgt een nieuw nr.",
    headerMissing: "{cell}: de kopregel van het blad is niet gevonden.",
    strayColumn:
      "{cell}: deze kolom hoort niet bij het blad; de invoer wordt niet gelezen. Verplaats de kolom uit de tabel voordat u het blad opnieuw maakt.",
    computedOverwritten:
      "{cell}: hier berekent het blad “{expected}”, maar de formule is vervangen door {entry}. Het blad toont dus niet wat er werkelijk geldt; met “Formules herstellen” of door het blad opnieuw te maken, komt de formule terug.",
    outsideRow:
      "{cell}: deze rij valt buiten het bereik van de formules in het blad en telt nog niet mee. Maak het blad opnieuw, zodat de rij meetelt.",
    outsideColumn: fill(OUTSIDE_COLUMN.nl, { list: "de beoordelaars" }),
    outsideCandidateColumn: fill(OUTSIDE_COLUMN.nl, { list: "de kandidaten" }),
  },
  en: {
    notNumber: "{cell}: {entry} is not a number; expected a whole number from {min} to {max}.",
    notWhole: "{cell}: {entry} is not a whole number; expected {choices}.",
    outOfRange: "{cell}: {entry} is outside the scale {min} to {max}.",
    errorValue: "{cell}: the cell holds the error value {value}.",
    notDate: "{cell}: {entry} is not a date.",
    todayInvalid: "{cell}: {entry} is not a date; today's date is used. Enter =TODAY() or a date.",
    dateAsText:
      "{cell}: {entry} is text, not a date; Excel cannot calculate with it. Type the date again (e.g. 2026-03-31) or format the cell as a date.",
    dueBeforeStart: "{cell}: the due date is before the start.",
    duplicateId: "{cell}: number {value} occurs more than once.",
    badId: "{cell}: {entry} is not a valid number; the row gets a new one.",
    headerMissing: "{cell}: the sheet's header row was not found.",
    strayColumn:
      "{cell}: this column is not part of the sheet; its entries are not read. Move it out of the table before re-creating the sheet.",
    computedOverwritten:
      '{cell}: the sheet computes "{expected}" here, but its formula was replaced by {entry}, so the sheet does not show what applies. Select "Restore formulas" or re-create the sheet to put the formula back.',
    outsideRow:
      "{cell}: this row is outside the range the sheet's formulas cover and does not count yet. Re-create the sheet to include it.",
    outsideColumn: fill(OUTSIDE_COLUMN.en, { list: "the respondents" }),
    outsideCandidateColumn: fill(OUTSIDE_COLUMN.en, { list: "the candidates" }),
  },
};

/**
 * The codes a kind adds for its own rules (a task's status, a weight): each kind declares them in its
 * `i18n/problemText.ts` by augmenting this interface, and registers their messages with `addProblemTexts`.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface KindProblemCodes {}

/** Why an entry read from a sheet is not valid: a shared code or a kind's own. */
export type ProblemCode = SharedProblemCode | keyof KindProblemCodes;

const TEXTS: Record<Lang, Record<string, string>> = { de: { ...PROBLEM_TEXT.de }, nl: { ...PROBLEM_TEXT.nl }, en: { ...PROBLEM_TEXT.en } };
const PARAMS: Record<string, readonly string[]> = { ...PROBLEM_PARAMS };

/**
 * Registers a kind's problem messages (and the numbers a message names), once, where its parser is: wherever a
 * problem with one of its codes exists, its words are known. A code taken by another text is refused.
 */
export function addProblemTexts<C extends keyof KindProblemCodes>(
  text: Catalog<C>,
  params: Partial<Record<C, readonly string[]>> = {},
): void {
  for (const lang of LANGS)
    for (const [code, template] of Object.entries<string>(text[lang])) {
      const known = TEXTS[lang][code];
      if (known !== undefined && known !== template) throw new Error(`The problem code ${code} has a message already.`);
      TEXTS[lang][code] = template;
    }
  Object.assign(PARAMS, params);
}

/** A problem code's message template in a language. */
export function problemTemplate(code: ProblemCode, lang: Lang): string {
  const template = TEXTS[lang][code];
  if (template === undefined) throw new Error(`The problem code ${code} has no message: its kind's problem texts were not registered.`);
  return template;
}

/** The numbers a code's message names ({min}, {max}), as its problems carry them. */
export function problemParams(code: ProblemCode): readonly string[] {
  return PARAMS[code] ?? [];
}

/** Every code known so far: the shared ones and those of the kinds whose parsers are loaded. */
export function problemCodes(): ProblemCode[] {
  return Object.keys(TEXTS.en) as ProblemCode[];
}
