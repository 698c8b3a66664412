import type { Lang } from "../../src/domain/lang";

/** The preview's own words, in the language of the pane it shows. */
export const PREVIEW_TEXT: Readonly<
  Record<Lang, { title: string; banner: string; empty: string; invalid: string; notAllowed: string; numbers: string }>
> = {
  de: {
    title: "KAM Workbench: Vorschau außerhalb von Excel.",
    banner:
      "Der Aufgabenbereich ist der echte; die Arbeitsmappe daneben ist ein Ersatz für Excel im Speicher, deren Formeln eine Formel-Engine mit den KAM-Funktionen berechnet. Nichts wird gespeichert.",
    empty: "Die Arbeitsmappe ist leer: legen Sie im Aufgabenbereich ein Blatt an.",
    invalid: "Ungültige Eingabe",
    notAllowed: "Dieser Wert ist hier nicht erlaubt.",
    // numbers as Excel shows them in the language's region: 1.000 and 25,0 %
    numbers: "de-DE",
  },
  nl: {
    title: "KAM Workbench: voorbeeld buiten Excel.",
    banner:
      "Het taakvenster is het echte; de werkmap ernaast vervangt Excel in het geheugen, en een formule-engine met de KAM-functies rekent de formules uit. Er wordt niets opgeslagen.",
    empty: "De werkmap is leeg: maak een blad aan vanuit het taakvenster.",
    invalid: "Ongeldige invoer",
    notAllowed: "Deze waarde is hier niet toegestaan.",
    numbers: "nl-NL",
  },
  en: {
    title: "KAM Workbench: preview outside Excel.",
    banner:
      "The task pane is the real one; the workbook beside it is an in-memory stand-in for Excel, whose formulas are calculated by a formula engine with the KAM functions. Nothing is saved.",
    empty: "The workbook is empty: create a sheet from the task pane.",
    invalid: "Invalid entry",
    notAllowed: "This value is not allowed here.",
    numbers: "en-US",
  },
};
