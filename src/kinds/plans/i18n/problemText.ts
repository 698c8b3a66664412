import type { Catalog } from "../../../i18n/format";
import { addProblemTexts } from "../../../i18n/problemText";

/** The problems only an account plan finds; the shared ones are in src/i18n/problemText.ts. */
export type PlanProblemCode =
  | "notInList"
  | "targetIsBaseline"
  | "unknownObjective"
  | "indicatorMoved"
  | "contactNameMissing"
  | "amountInvalid"
  | "shareInvalid"
  | "numberInvalid"
  | "strayCell"
  | "memberNotCounted";

declare module "../../../i18n/problemText" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface KindProblemCodes extends Record<PlanProblemCode, true> {}
}

export const PLAN_PROBLEM_TEXT: Catalog<PlanProblemCode> = {
  de: {
    notInList: "{cell}: {entry} steht nicht in der Liste; erwartet wird {expected}.",
    targetIsBaseline: "{cell}: Der Zielwert ist gleich dem Ausgangswert; der Fortschritt lässt sich nicht messen.",
    unknownObjective: "{cell}: Der Plan hat kein Ziel {entry}.",
    indicatorMoved:
      "{cell}: Hier steht der Indikator {entry} statt {expected}; das Blatt zählt die Antworten nach ihrer Zeile. Legen Sie den Plan neu an.",
    contactNameMissing: "{cell}: Die Zeile hat Einträge, aber keinen Namen; sie zählt nicht mit.",
    amountInvalid: "{cell}: {entry} ist kein Betrag; erwartet wird eine Zahl ab 0.",
    shareInvalid: "{cell}: {entry} ist kein Anteil von 0 bis 100 %.",
    numberInvalid: "{cell}: {entry} ist keine Zahl.",
    memberNotCounted:
      "{cell}: Die Spalte {entry} liegt außerhalb des Bereichs, den die Spalte „Stärkste Beziehung“ auswertet; ihre Beziehungen zählen noch nicht mit. Legen Sie den Plan neu an, damit sie mitzählen.",
    strayCell:
      "{cell}: {entry} gehört nicht zum Plan und würde beim Neuanlegen überschrieben. Verschieben Sie den Eintrag aus dem Bereich des Plans.",
  },
  nl: {
    notInList: "{cell}: {entry} staat niet in de lijst; verwacht wordt {expected}.",
    targetIsBaseline: "{cell}: de streefwaarde is gelijk aan de uitgangswaarde; de voortgang is niet te meten.",
    unknownObjective: "{cell}: het plan heeft geen doelstelling {entry}.",
    indicatorMoved:
      "{cell}: hier staat indicator {entry} in plaats van {expected}; het blad telt de antwoorden per rij. Maak het plan opnieuw.",
    contactNameMissing: "{cell}: de rij heeft invoer, maar geen naam; ze telt niet mee.",
    amountInvalid: "{cell}: {entry} is geen bedrag; verwacht wordt een getal vanaf 0.",
    shareInvalid: "{cell}: {entry} is geen aandeel van 0 tot 100%.",
    numberInvalid: "{cell}: {entry} is geen getal.",
    memberNotCounted:
      "{cell}: de kolom {entry} valt buiten het bereik dat de kolom “Sterkste relatie” meeneemt; de relaties in deze kolom tellen nog niet mee. Maak het plan opnieuw, zodat ze meetellen.",
    strayCell:
      "{cell}: {entry} hoort niet bij het plan en zou bij het opnieuw maken worden overschreven. Verplaats de invoer buiten het bereik van het plan.",
  },
  en: {
    notInList: "{cell}: {entry} is not in the list; expected {expected}.",
    targetIsBaseline: "{cell}: the target equals the baseline; progress cannot be measured.",
    unknownObjective: "{cell}: the plan has no objective {entry}.",
    indicatorMoved:
      "{cell}: indicator {entry} stands here instead of {expected}; the sheet counts the answers by their row. Re-create the plan.",
    contactNameMissing: "{cell}: the row has entries but no name; it is not counted.",
    amountInvalid: "{cell}: {entry} is not an amount; expected a number of 0 or more.",
    shareInvalid: "{cell}: {entry} is not a share from 0 to 100%.",
    numberInvalid: "{cell}: {entry} is not a number.",
    memberNotCounted:
      "{cell}: the column {entry} is outside the range the column “Strongest relationship” evaluates; its relationships do not count yet. Re-create the plan to include them.",
    strayCell: "{cell}: {entry} is not part of the plan and would be overwritten when it is re-created. Move it out of the plan's area.",
  },
};

addProblemTexts(PLAN_PROBLEM_TEXT);
