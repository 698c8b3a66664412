import type { Catalog } from "./format";

/** Messages the custom functions return with #VALUE!. Excel shows them in the cell's error tooltip. */
export type FunctionMessageKey = "badThreshold" | "badLanguage" | "maskSize" | "textsSize" | "shape" | "notVector" | "blockShape";

export const FUNCTION_TEXT: Catalog<FunctionMessageKey> = {
  de: {
    badThreshold: "Ungültiger Schwellenwert „{value}“: erwartet wird eine Zahl von 1 bis 5.",
    badLanguage: "Unbekannte Sprache „{value}“: erwartet wird „de“, „nl“ oder „en“.",
    maskSize: "Die Spalte n. z. hat {got} Zellen, die Bewertungen haben {want} Voraussetzungen.",
    textsSize: "Der Bereich der Voraussetzungen hat {got} Zellen, die Bewertungen aber {want} Zeilen.",
    shape: "Das Argument {name} hat {got} Zellen, das Argument {reference} aber {want}: beide müssen gleich lang sein.",
    notVector: "Das Argument {name} muss eine Spalte oder eine Zeile sein, nicht {rows} × {cols} Zellen.",
    blockShape: "Die Bewertungen aller Kandidaten müssen {want} Kompetenzen je Kandidat haben, nicht {rows} × {cols}.",
  },
  nl: {
    badThreshold: "Ongeldige drempel “{value}”: verwacht wordt een getal van 1 tot 5.",
    badLanguage: "Onbekende taal “{value}”: verwacht wordt “de”, “nl” of “en”.",
    maskSize: "De kolom n.v.t. heeft {got} cellen, de scores hebben {want} voorwaarden.",
    textsSize: "Het bereik met voorwaarden heeft {got} cellen, maar de scores hebben {want} rijen.",
    shape: "Het argument {name} heeft {got} cellen, het argument {reference} heeft er {want}: beide moeten even lang zijn.",
    notVector: "Het argument {name} moet een kolom of een rij zijn, niet {rows} × {cols} cellen.",
    blockShape: "De scores van alle kandidaten moeten {want} competenties per kandidaat hebben, niet {rows} × {cols}.",
  },
  en: {
    badThreshold: 'Invalid threshold "{value}": expected a number from 1 to 5.',
    badLanguage: 'Unknown language "{value}": expected "de", "nl" or "en".',
    maskSize: "The n/a range has {got} cells; the scores have {want} conditions.",
    textsSize: "The conditions range has {got} cells; the scores have {want} rows.",
    shape: "The argument {name} has {got} cells but the argument {reference} has {want}: both must be the same length.",
    notVector: "The argument {name} must be one column or one row, not {rows} × {cols} cells.",
    blockShape: "The ratings of all candidates must have {want} competences per candidate, not {rows} × {cols}.",
  },
};
