import type { Catalog } from "../../../i18n/format";
import { addProblemTexts } from "../../../i18n/problemText";

/** The problems only the key-account selection finds; the shared ones are in src/i18n/problemText.ts. */
export type SelectionProblemCode =
  | "weightSum"
  | "groupUnknown"
  | "duplicateCustomer"
  | "customerNameMissing"
  | "amountInvalid"
  | "cutOffInvalid"
  | "capacityInvalid"
  | "outsideCriterion";

declare module "../../../i18n/problemText" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface KindProblemCodes extends Record<SelectionProblemCode, true> {}
}

export const SELECTION_PROBLEM_TEXT: Catalog<SelectionProblemCode> = {
  de: {
    weightSum: "{cell}: Die Gewichtungen der Gruppe „{expected}“ ergeben zusammen {value} statt 100.",
    groupUnknown:
      "{cell}: {entry} ist keine Gruppe dieses Blatts; das Kriterium zählt nicht mit. Wählen Sie „Kundenattraktivität“ oder „Relative Wettbewerbsstärke“.",
    duplicateCustomer: "{cell}: Der Kunde {entry} steht schon in {expected}.",
    customerNameMissing: "{cell}: Die Zeile hat Einträge, aber keinen Kundennamen.",
    amountInvalid: "{cell}: {entry} ist kein Betrag; erwartet wird eine Zahl ab 0.",
    cutOffInvalid: "{cell}: {entry} ist kein Grenzwert von 0 bis 10; es gilt 5.",
    capacityInvalid: "{cell}: {entry} ist keine Kapazität (eine ganze Zahl von 0 bis 999); es gilt 4.",
    outsideCriterion:
      "{cell}: Dieses Kriterium liegt außerhalb der Spalten, die die Formeln des Blatts erfassen, und zählt nicht mit. Legen Sie das Blatt neu an, damit es mitzählt.",
  },
  nl: {
    weightSum: "{cell}: de wegingen van de groep “{expected}” zijn samen {value} in plaats van 100.",
    groupUnknown:
      "{cell}: {entry} is geen groep van dit blad; het criterium telt niet mee. Kies “Klantaantrekkelijkheid” of “Relatieve concurrentiekracht”.",
    duplicateCustomer: "{cell}: klant {entry} staat al in {expected}.",
    customerNameMissing: "{cell}: de rij heeft invoer, maar geen klantnaam.",
    amountInvalid: "{cell}: {entry} is geen bedrag; verwacht wordt een getal vanaf 0.",
    cutOffInvalid: "{cell}: {entry} is geen grenswaarde van 0 tot 10; er wordt 5 gebruikt.",
    capacityInvalid: "{cell}: {entry} is geen capaciteit (een geheel getal van 0 tot 999); er wordt 4 gebruikt.",
    outsideCriterion:
      "{cell}: dit criterium staat buiten de kolommen van de formules in het blad en telt niet mee. Maak het blad opnieuw zodat het meetelt.",
  },
  en: {
    weightSum: '{cell}: the weights of the group "{expected}" add up to {value}, not 100.',
    groupUnknown:
      '{cell}: {entry} is not a group of this sheet; the criterion does not count. Choose "Customer attractiveness" or "Relative strength".',
    duplicateCustomer: "{cell}: customer {entry} is already in {expected}.",
    customerNameMissing: "{cell}: the row has entries but no customer name.",
    amountInvalid: "{cell}: {entry} is not an amount; expected a number of 0 or more.",
    cutOffInvalid: "{cell}: {entry} is not a cut-off from 0 to 10; 5 applies.",
    capacityInvalid: "{cell}: {entry} is not a capacity (a whole number from 0 to 999); 4 applies.",
    outsideCriterion:
      "{cell}: this criterion is outside the columns the sheet's formulas cover and does not count. Re-create the sheet to include it.",
  },
};

addProblemTexts(SELECTION_PROBLEM_TEXT);
