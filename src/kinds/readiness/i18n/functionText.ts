import type { Catalog } from "../../../i18n/format";

/** The readiness functions' own messages (with #VALUE!); the shared ones are in src/i18n/functionText.ts. */
export type ReadinessFunctionKey = "badThreshold" | "maskSize" | "textsSize";

export const READINESS_FUNCTION_TEXT: Catalog<ReadinessFunctionKey> = {
  de: {
    badThreshold: "Ungültiger Schwellenwert „{value}“: erwartet wird eine Zahl von 1 bis 5.",
    maskSize: "Die Spalte n. z. hat {got} Zellen, die Bewertungen haben {want} Voraussetzungen.",
    textsSize: "Der Bereich der Voraussetzungen hat {got} Zellen, die Bewertungen aber {want} Zeilen.",
  },
  nl: {
    badThreshold: "Ongeldige drempel “{value}”: verwacht wordt een getal van 1 tot 5.",
    maskSize: "De kolom n.v.t. heeft {got} cellen, de scores hebben {want} voorwaarden.",
    textsSize: "Het bereik met voorwaarden heeft {got} cellen, maar de scores hebben {want} rijen.",
  },
  en: {
    badThreshold: 'Invalid threshold "{value}": expected a number from 1 to 5.',
    maskSize: "The n/a range has {got} cells; the scores have {want} conditions.",
    textsSize: "The conditions range has {got} cells; the scores have {want} rows.",
  },
};
