import type { Catalog } from "../../../i18n/format";
import { type PaneKey, withPaneText } from "../../../i18n/paneText";

/** The pane's and `kam read`'s words for the readiness checklist; the shared ones are in src/i18n/paneText.ts. */
export type ReadinessPaneKey =
  | "readinessHeading"
  | "respondents"
  | "respondentsHint"
  | "createChecklist"
  | "recreateChecklist"
  | "missingChecklist"
  | "foreignChecklist"
  | "index"
  | "weak"
  | "noneWeak"
  | "disputed"
  | "unrated"
  | "notApplicable"
  | "readinessProfile"
  | "naShort"
  | "selectRow"
  | "tabReadiness"
  | "noLongerWeak"
  | "planWeak"
  | "linkedTasks";

const OWN: Catalog<ReadinessPaneKey> = {
  de: {
    readinessHeading: "Voraussetzungen für KAM",
    respondents: "Bewertende (optional)",
    respondentsHint: "Durch Kommas getrennt, z. B. Zentrale, BU Nord, Benelux: je eine Spalte.",
    createChecklist: "Checkliste anlegen",
    recreateChecklist: "Checkliste neu anlegen (Eingaben bleiben erhalten)",
    missingChecklist: "Diese Arbeitsmappe hat noch keine Checkliste der Voraussetzungen.",
    foreignChecklist:
      "Das Blatt „{sheet}“ existiert, ist aber keine KAM-Checkliste. Benennen Sie es um oder wählen Sie eine andere Sprache.",
    index: "Reifegrad",
    weak: "Schwache Voraussetzungen ({count})",
    noneWeak: "Keine schwachen Voraussetzungen.",
    disputed: "Strittig ({count})",
    unrated: "Nicht bewertet ({count})",
    notApplicable: "Nicht zutreffend ({count})",
    readinessProfile:
      "Mittelwert jeder der {count} Voraussetzungen auf der Skala 1–5; gestrichelt der Schwellenwert {threshold}, darunter {weak} (rot).",
    naShort: "entfällt",
    selectRow: "Zeile von {id} im Blatt auswählen",
    tabReadiness: "Voraussetzungen",
    noLongerWeak: "Voraussetzung nicht mehr schwach",
    planWeak: "Aufgaben für schwache Voraussetzungen planen",
    linkedTasks: "Aufgaben zu schwachen Voraussetzungen ({count})",
  },
  nl: {
    readinessHeading: "Voorwaarden voor KAM",
    respondents: "Beoordelaars (optioneel)",
    respondentsHint: "Gescheiden door komma's, bijv. Centraal, BU Noord, Benelux: elk een kolom.",
    createChecklist: "Checklist maken",
    recreateChecklist: "Checklist opnieuw maken (invoer blijft)",
    missingChecklist: "Deze werkmap heeft nog geen checklist met voorwaarden.",
    foreignChecklist: "Het blad “{sheet}” bestaat al, maar is geen KAM-checklist. Geef het een andere naam of kies een andere taal.",
    index: "Gereedheidsindex",
    weak: "Zwakke voorwaarden ({count})",
    noneWeak: "Geen zwakke voorwaarden.",
    disputed: "Omstreden ({count})",
    unrated: "Niet gescoord ({count})",
    notApplicable: "Niet van toepassing ({count})",
    readinessProfile:
      "Gemiddelde van elk van de {count} voorwaarden op de schaal 1–5; gestreept de drempel {threshold}, eronder {weak} (rood).",
    naShort: "n.v.t.",
    selectRow: "Rij van {id} in het blad selecteren",
    tabReadiness: "Voorwaarden",
    noLongerWeak: "Voorwaarde niet meer zwak",
    planWeak: "Taken plannen voor zwakke voorwaarden",
    linkedTasks: "Taken voor zwakke voorwaarden ({count})",
  },
  en: {
    readinessHeading: "Readiness for KAM",
    respondents: "Respondents (optional)",
    respondentsHint: "Separated by commas, e.g. Head office, BU North, Benelux: one column each.",
    createChecklist: "Create readiness checklist",
    recreateChecklist: "Re-create checklist (entries are kept)",
    missingChecklist: "This workbook has no readiness checklist yet.",
    foreignChecklist: 'The sheet "{sheet}" exists but is not a KAM checklist. Rename it or pick another language.',
    index: "Readiness index",
    weak: "Weak conditions ({count})",
    noneWeak: "No weak conditions.",
    disputed: "Disputed ({count})",
    unrated: "Not rated ({count})",
    notApplicable: "Not applicable ({count})",
    readinessProfile:
      "Mean of each of the {count} conditions on the scale 1–5; dashed, the threshold {threshold}, with {weak} below it (red).",
    naShort: "n/a",
    selectRow: "Select the row of {id} in the sheet",
    tabReadiness: "Readiness",
    noLongerWeak: "Condition no longer weak",
    planWeak: "Plan tasks for weak conditions",
    linkedTasks: "Tasks for weak conditions ({count})",
  },
};

/** The shared words and the readiness checklist's own, for its panel, descriptor and report. */
export const READINESS_PANE_TEXT: Catalog<PaneKey | ReadinessPaneKey> = withPaneText(OWN);
