import type { Catalog } from "./format";

/** Messages the custom functions return with #VALUE!. Excel shows them in the cell's error tooltip. */
export type FunctionMessageKey = "badLanguage" | "shape" | "notVector" | "blockShape" | "cellCount" | "blockRows";

export const FUNCTION_TEXT: Catalog<FunctionMessageKey> = {
  de: {
    badLanguage: "Unbekannte Sprache „{value}“: erwartet wird „de“, „nl“ oder „en“.",
    shape: "Die Argumente {name} und {reference} müssen gleich lang sein: {got} und {want} Zellen.",
    notVector: "Das Argument {name} muss eine Spalte oder eine Zeile sein, nicht {rows} × {cols} Zellen.",
    blockShape: "Die Bewertungen aller Kandidaten müssen {want} Kompetenzen je Kandidat haben, nicht {rows} × {cols}.",
    cellCount: "Das Argument {name} muss {want} Zellen haben, nicht {got}.",
    blockRows:
      "Das Argument {name} braucht je Zelle des Arguments {reference} eine Zeile (oder eine Spalte, wenn {reference} eine Zeile ist), also {want}, hat aber {rows} × {cols} Zellen.",
  },
  nl: {
    badLanguage: "Onbekende taal “{value}”: verwacht wordt “de”, “nl” of “en”.",
    shape: "De argumenten {name} en {reference} moeten even lang zijn: {got} en {want} cellen.",
    notVector: "Het argument {name} moet een kolom of een rij zijn, niet {rows} × {cols} cellen.",
    blockShape: "De scores van alle kandidaten moeten {want} competenties per kandidaat hebben, niet {rows} × {cols}.",
    cellCount: "Het argument {name} moet {want} cellen hebben, niet {got}.",
    blockRows:
      "Het argument {name} moet per cel van het argument {reference} een rij hebben (of een kolom als {reference} een rij is), dus {want}, maar heeft {rows} × {cols} cellen.",
  },
  en: {
    badLanguage: 'Unknown language "{value}": expected "de", "nl" or "en".',
    shape: "The arguments {name} and {reference} must be the same length: {got} and {want} cells.",
    notVector: "The argument {name} must be one column or one row, not {rows} × {cols} cells.",
    blockShape: "The ratings of all candidates must have {want} competences per candidate, not {rows} × {cols}.",
    cellCount: "The argument {name} must have {want} cells, not {got}.",
    blockRows:
      "The argument {name} needs one row per cell of the argument {reference} (one column if {reference} is a row), {want} in all, but has {rows} × {cols} cells.",
  },
};
