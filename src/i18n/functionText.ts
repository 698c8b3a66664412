import type { Catalog } from "./format";

/** Messages the custom functions return with #VALUE!. Excel shows them in the cell's error tooltip. */
export type FunctionMessageKey = "badScore" | "badThreshold" | "badLanguage" | "maskSize" | "position";

export const FUNCTION_TEXT: Catalog<FunctionMessageKey> = {
  de: {
    badScore: "Ungültige Bewertung „{value}“ in {position}: erwartet 1–5 oder leer.",
    badThreshold: "Ungültige Schwelle „{value}“: erwartet eine Zahl von 1 bis 5.",
    badLanguage: "Unbekannte Sprache „{value}“: erwartet „de“, „nl“ oder „en“.",
    maskSize: "Die Spalte n. z. hat {got} Zellen, die Bewertungen haben {want} Voraussetzungen.",
    position: "Zeile {row}, Spalte {col}",
  },
  nl: {
    badScore: "Ongeldige score „{value}” in {position}: verwacht 1–5 of leeg.",
    badThreshold: "Ongeldige drempel „{value}”: verwacht een getal van 1 tot 5.",
    badLanguage: "Onbekende taal „{value}”: verwacht „de”, „nl” of „en”.",
    maskSize: "De kolom n.v.t. heeft {got} cellen, de scores hebben {want} voorwaarden.",
    position: "rij {row}, kolom {col}",
  },
  en: {
    badScore: 'Invalid score "{value}" at {position}: expected 1–5 or blank.',
    badThreshold: 'Invalid threshold "{value}": expected a number from 1 to 5.',
    badLanguage: 'Unknown language "{value}": expected "de", "nl" or "en".',
    maskSize: "The n/a range has {got} cells; the scores have {want} conditions.",
    position: "row {row}, column {col}",
  },
};
