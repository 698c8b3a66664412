import type { Lang } from "../domain/lang";
import { type Catalog, fill } from "./format";

/** Why an entry read from a sheet is not valid; the message names the cell. */
export type ProblemCode =
  | "notNumber"
  | "notWhole"
  | "outOfRange"
  | "errorValue"
  | "thresholdInvalid"
  | "weightInvalid"
  | "notDate"
  | "dateAsText"
  | "statusMissing"
  | "statusUnknown"
  | "progressRange"
  | "progressNotNumber"
  | "dueBeforeStart"
  | "duplicateId"
  | "badId"
  | "headerMissing"
  | "strayColumn"
  | "computedOverwritten"
  | "outsideRow"
  | "outsideColumn"
  | "outsideCandidateColumn"
  | "notCovered"
  | "todayInvalid";

/**
 * The numbers a code's message names besides the cell and its entry ({min} and {max} of a whole number's rule; the
 * message may also list them as {choices}): a problem with such a code carries them as its `params`.
 */
export const PROBLEM_PARAMS: Readonly<Partial<Record<ProblemCode, readonly string[]>>> = {
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

export const PROBLEM_TEXT: Catalog<ProblemCode> = {
  de: {
    notNumber: "{cell}: {entry} ist keine Zahl; erwartet wird eine ganze Zahl von {min} bis {max}.",
    notWhole: "{cell}: {entry} ist keine ganze Zahl; erwartet wird {choices}.",
    outOfRange: "{cell}: {entry} liegt außerhalb der Skala {min} bis {max}.",
    errorValue: "{cell}: Die Zelle enthält den Fehlerwert {value}.",
    thresholdInvalid: "{cell}: {entry} ist kein gültiger Schwellenwert (eine Zahl von 1 bis 5); es gilt 3.",
    weightInvalid: "{cell}: {entry} ist kein gültiges Gewicht (1, 2 oder 3); es gilt 2.",
    notDate: "{cell}: {entry} ist kein Datum.",
    dateAsText:
      "{cell}: {entry} ist Text, kein Datum; Excel rechnet nicht damit. Geben Sie das Datum neu ein (z. B. 31.03.2026) oder formatieren Sie die Zelle als Datum.",
    statusMissing: "{cell}: Die Aufgabe hat keinen Status; sie zählt nicht mit.",
    statusUnknown: "{cell}: {entry} ist kein bekannter Status (Offen, In Arbeit, Erledigt, Blockiert).",
    progressRange: "{cell}: {percent} liegt nicht zwischen 0 % und 100 %.",
    progressNotNumber:
      "{cell}: {entry} ist keine Zahl; erwartet wird ein Fortschritt von 0 % bis 100 %. Geben Sie den Wert als Zahl ein (z. B. 50 %).",
    dueBeforeStart: "{cell}: Das Fälligkeitsdatum liegt vor dem Startdatum.",
    duplicateId: "{cell}: Die Nr. {value} kommt mehrfach vor.",
    badId: "{cell}: {entry} ist keine gültige Nr.; die Zeile erhält eine neue Nr.",
    headerMissing: "{cell}: Die Kopfzeile des Blatts wurde nicht gefunden.",
    strayColumn:
      "{cell}: Diese Spalte gehört nicht zum Blatt; ihre Einträge werden nicht gelesen. Verschieben Sie sie aus der Tabelle, bevor Sie das Blatt neu anlegen.",
    computedOverwritten:
      "{cell}: Hier berechnet das Blatt „{expected}“, die Formel wurde aber durch {entry} ersetzt. Das Blatt zeigt daher nicht, was tatsächlich gilt. Mit „Formeln wiederherstellen“ oder wenn Sie das Blatt neu anlegen, wird die Formel wieder eingesetzt.",
    outsideRow:
      "{cell}: Diese Zeile liegt unter dem Bereich, den die Formeln des Blatts erfassen, und zählt noch nicht mit. Legen Sie das Blatt neu an, damit sie mitzählt.",
    notCovered:
      "{cell}: Diese Aufgabe liegt unterhalb der Zeilen, deren „{expected}“ das Blatt berechnet; sie wird in der Übersicht mitgezählt, aber nicht geprüft oder markiert. Legen Sie das Blatt neu an, damit sie erfasst wird.",
    todayInvalid: "{cell}: {entry} ist kein Datum; es gilt der heutige Tag. Geben Sie =HEUTE() oder ein Datum ein.",
    outsideColumn: fill(OUTSIDE_COLUMN.de, { list: "den Bewertenden" }),
    outsideCandidateColumn: fill(OUTSIDE_COLUMN.de, { list: "den Kandidaten" }),
  },
  nl: {
    notNumber: "{cell}: {entry} is geen getal; verwacht wordt een geheel getal van {min} tot {max}.",
    notWhole: "{cell}: {entry} is geen geheel getal; verwacht wordt {choices}.",
    outOfRange: "{cell}: {entry} valt buiten de schaal {min} tot {max}.",
    errorValue: "{cell}: de cel bevat de foutwaarde {value}.",
    thresholdInvalid: "{cell}: {entry} is geen geldige drempel (een getal van 1 tot 5); er wordt 3 gebruikt.",
    weightInvalid: "{cell}: {entry} is geen geldig gewicht (1, 2 of 3); er wordt 2 gebruikt.",
    notDate: "{cell}: {entry} is geen datum.",
    dateAsText:
      "{cell}: {entry} is tekst, geen datum; Excel rekent er niet mee. Voer de datum opnieuw in (bijv. 31-03-2026) of maak de cel op als datum.",
    statusMissing: "{cell}: de taak heeft geen status; ze telt niet mee.",
    statusUnknown: "{cell}: {entry} is geen bekende status (Open, Bezig, Afgerond, Geblokkeerd).",
    progressRange: "{cell}: {percent} ligt niet tussen 0% en 100%.",
    progressNotNumber:
      "{cell}: {entry} is geen getal; verwacht wordt een voortgang van 0% tot 100%. Voer de waarde als getal in (bijv. 50%).",
    dueBeforeStart: "{cell}: de deadline ligt vóór de start.",
    duplicateId: "{cell}: nr. {value} komt meer dan eens voor.",
    badId: "{cell}: {entry} is geen geldig nr.; de rij krijgt een nieuw nr.",
    headerMissing: "{cell}: de kopregel van het blad is niet gevonden.",
    strayColumn:
      "{cell}: deze kolom hoort niet bij het blad; de invoer wordt niet gelezen. Verplaats de kolom uit de tabel voordat u het blad opnieuw maakt.",
    computedOverwritten:
      "{cell}: hier berekent het blad “{expected}”, maar de formule is vervangen door {entry}. Het blad toont dus niet wat er werkelijk geldt; met “Formules herstellen” of door het blad opnieuw te maken, komt de formule terug.",
    outsideRow:
      "{cell}: deze rij staat onder het bereik van de formules in het blad en telt nog niet mee. Maak het blad opnieuw, zodat de rij meetelt.",
    notCovered:
      "{cell}: deze taak staat onder de rijen waarvoor het blad “{expected}” berekent; ze telt mee in het overzicht, maar wordt niet gecontroleerd of gemarkeerd. Maak het blad opnieuw om de taak mee te nemen.",
    todayInvalid: "{cell}: {entry} is geen datum; daarom wordt de datum van vandaag gebruikt. Voer =VANDAAG() of een datum in.",
    outsideColumn: fill(OUTSIDE_COLUMN.nl, { list: "de beoordelaars" }),
    outsideCandidateColumn: fill(OUTSIDE_COLUMN.nl, { list: "de kandidaten" }),
  },
  en: {
    notNumber: "{cell}: {entry} is not a number; expected a whole number from {min} to {max}.",
    notWhole: "{cell}: {entry} is not a whole number; expected {choices}.",
    outOfRange: "{cell}: {entry} is outside the scale {min} to {max}.",
    errorValue: "{cell}: the cell holds the error value {value}.",
    thresholdInvalid: "{cell}: {entry} is not a valid threshold (a number from 1 to 5); 3 applies.",
    weightInvalid: "{cell}: {entry} is not a valid weight (1, 2 or 3); 2 applies.",
    notDate: "{cell}: {entry} is not a date.",
    dateAsText:
      "{cell}: {entry} is text, not a date; Excel cannot calculate with it. Type the date again (e.g. 2026-03-31) or format the cell as a date.",
    statusMissing: "{cell}: the task has no status; it is not counted.",
    statusUnknown: "{cell}: {entry} is not a known status (Open, In progress, Done, Blocked).",
    progressRange: "{cell}: {percent} is not between 0% and 100%.",
    progressNotNumber: "{cell}: {entry} is not a number; expected progress from 0% to 100%. Enter it as a number (e.g. 50%).",
    dueBeforeStart: "{cell}: the due date is before the start.",
    duplicateId: "{cell}: number {value} occurs more than once.",
    badId: "{cell}: {entry} is not a valid number; the row gets a new one.",
    headerMissing: "{cell}: the sheet's header row was not found.",
    strayColumn:
      "{cell}: this column is not part of the sheet; its entries are not read. Move it out of the table before re-creating the sheet.",
    computedOverwritten:
      '{cell}: the sheet computes "{expected}" here, but its formula was replaced by {entry}, so the sheet does not show what applies. Select "Restore formulas" or re-create the sheet to put the formula back.',
    outsideRow: "{cell}: this row is below the range the sheet's formulas cover and does not count yet. Re-create the sheet to include it.",
    notCovered:
      '{cell}: this task is below the rows whose "{expected}" the sheet computes; it counts in the summary but is not checked or highlighted. Re-create the sheet to include it.',
    todayInvalid: "{cell}: {entry} is not a date; today's date is used. Enter =TODAY() or a date.",
    outsideColumn: fill(OUTSIDE_COLUMN.en, { list: "the respondents" }),
    outsideCandidateColumn: fill(OUTSIDE_COLUMN.en, { list: "the candidates" }),
  },
};
