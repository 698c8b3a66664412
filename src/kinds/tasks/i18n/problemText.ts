import type { Catalog } from "../../../i18n/format";
import { addProblemTexts } from "../../../i18n/problemText";

/** The problems only the task overview finds; the shared ones are in src/i18n/problemText.ts. */
export type TaskProblemCode = "statusMissing" | "statusUnknown" | "progressRange" | "progressNotNumber" | "notCovered";

declare module "../../../i18n/problemText" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface KindProblemCodes extends Record<TaskProblemCode, true> {}
}

export const TASK_PROBLEM_TEXT: Catalog<TaskProblemCode> = {
  de: {
    statusMissing: "{cell}: Die Aufgabe hat keinen Status; sie zählt nicht mit.",
    statusUnknown: "{cell}: {entry} ist kein bekannter Status (Offen, In Arbeit, Erledigt, Blockiert).",
    progressRange: "{cell}: {percent} liegt nicht zwischen 0 % und 100 %.",
    progressNotNumber:
      "{cell}: {entry} ist keine Zahl; erwartet wird ein Fortschritt von 0 % bis 100 %. Geben Sie den Wert als Zahl ein (z. B. 50 %).",
    notCovered:
      "{cell}: Diese Aufgabe liegt unterhalb der Zeilen, deren „{expected}“ das Blatt berechnet; sie wird in der Übersicht mitgezählt, aber nicht geprüft oder markiert. Legen Sie das Blatt neu an, damit sie erfasst wird.",
  },
  nl: {
    statusMissing: "{cell}: de taak heeft geen status; ze telt niet mee.",
    statusUnknown: "{cell}: {entry} is geen bekende status (Open, Bezig, Afgerond, Geblokkeerd).",
    progressRange: "{cell}: {percent} ligt niet tussen 0% en 100%.",
    progressNotNumber:
      "{cell}: {entry} is geen getal; verwacht wordt een voortgang van 0% tot 100%. Voer de waarde als getal in (bijv. 50%).",
    notCovered:
      "{cell}: deze taak staat onder de rijen waarvoor het blad “{expected}” berekent; ze telt mee in het overzicht, maar wordt niet gecontroleerd of gemarkeerd. Maak het blad opnieuw om de taak mee te nemen.",
  },
  en: {
    statusMissing: "{cell}: the task has no status; it is not counted.",
    statusUnknown: "{cell}: {entry} is not a known status (Open, In progress, Done, Blocked).",
    progressRange: "{cell}: {percent} is not between 0% and 100%.",
    progressNotNumber: "{cell}: {entry} is not a number; expected progress from 0% to 100%. Enter it as a number (e.g. 50%).",
    notCovered:
      '{cell}: this task is below the rows whose "{expected}" the sheet computes; it counts in the summary but is not checked or highlighted. Re-create the sheet to include it.',
  },
};

addProblemTexts(TASK_PROBLEM_TEXT);
