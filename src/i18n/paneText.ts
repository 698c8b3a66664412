import type { Catalog } from "./format";

export type PaneKey =
  | "appTitle"
  | "uiLanguage"
  | "sheetLanguage"
  | "langDe"
  | "langNl"
  | "langEn"
  | "readinessHeading"
  | "respondents"
  | "respondentsHint"
  | "create"
  | "recreate"
  | "creating"
  | "refresh"
  | "missing"
  | "foreign"
  | "index"
  | "weak"
  | "noneWeak"
  | "disputed"
  | "unrated"
  | "notApplicable"
  | "problems"
  | "selectRow"
  | "error"
  | "loading"
  | "notRated";

export const PANE_TEXT: Catalog<PaneKey> = {
  de: {
    appTitle: "KAM Workbench",
    uiLanguage: "Sprache des Aufgabenbereichs",
    sheetLanguage: "Sprache des Blatts",
    langDe: "Deutsch",
    langNl: "Niederländisch",
    langEn: "Englisch",
    readinessHeading: "Voraussetzungen für KAM",
    respondents: "Bewertende (optional)",
    respondentsHint: "Durch Kommas getrennt, z. B. Zentrale, BU Nord, Benelux: je eine Spalte.",
    create: "Checkliste anlegen",
    recreate: "Checkliste neu erzeugen (Eingaben bleiben)",
    creating: "Wird angelegt …",
    refresh: "Aktualisieren",
    missing: "Diese Arbeitsmappe hat noch keine Checkliste der Voraussetzungen.",
    foreign: "Das Blatt „{sheet}“ existiert, ist aber keine KAM-Checkliste. Benennen Sie es um oder wählen Sie eine andere Sprache.",
    index: "Readiness-Index",
    weak: "Schwache Voraussetzungen ({count})",
    noneWeak: "Keine schwache Voraussetzung.",
    disputed: "Strittig ({count})",
    unrated: "Nicht bewertet ({count})",
    notApplicable: "Nicht zutreffend ({count})",
    problems: "Ungültige Eingaben ({count})",
    selectRow: "Zeile von {id} im Blatt auswählen",
    error: "Fehler: {message}",
    loading: "Wird gelesen …",
    notRated: "–",
  },
  nl: {
    appTitle: "KAM Workbench",
    uiLanguage: "Taal van het taakvenster",
    sheetLanguage: "Taal van het blad",
    langDe: "Duits",
    langNl: "Nederlands",
    langEn: "Engels",
    readinessHeading: "Voorwaarden voor KAM",
    respondents: "Beoordelaars (optioneel)",
    respondentsHint: "Gescheiden door komma's, bijv. Centraal, BU Noord, Benelux: elk een kolom.",
    create: "Checklist maken",
    recreate: "Checklist opnieuw maken (invoer blijft)",
    creating: "Bezig met maken …",
    refresh: "Vernieuwen",
    missing: "Deze werkmap heeft nog geen checklist met voorwaarden.",
    foreign: "Het blad „{sheet}” bestaat al maar is geen KAM-checklist. Geef het een andere naam of kies een andere taal.",
    index: "Readiness-index",
    weak: "Zwakke voorwaarden ({count})",
    noneWeak: "Geen zwakke voorwaarde.",
    disputed: "Omstreden ({count})",
    unrated: "Niet gescoord ({count})",
    notApplicable: "Niet van toepassing ({count})",
    problems: "Ongeldige invoer ({count})",
    selectRow: "Rij van {id} in het blad selecteren",
    error: "Fout: {message}",
    loading: "Bezig met lezen …",
    notRated: "–",
  },
  en: {
    appTitle: "KAM Workbench",
    uiLanguage: "Task pane language",
    sheetLanguage: "Sheet language",
    langDe: "German",
    langNl: "Dutch",
    langEn: "English",
    readinessHeading: "Readiness for KAM",
    respondents: "Respondents (optional)",
    respondentsHint: "Separated by commas, e.g. Head office, BU North, Benelux: one column each.",
    create: "Create readiness checklist",
    recreate: "Re-create checklist (entries are kept)",
    creating: "Creating …",
    refresh: "Refresh",
    missing: "This workbook has no readiness checklist yet.",
    foreign: 'The sheet "{sheet}" exists but is not a KAM checklist. Rename it or pick another language.',
    index: "Readiness index",
    weak: "Weak conditions ({count})",
    noneWeak: "No weak condition.",
    disputed: "Disputed ({count})",
    unrated: "Not rated ({count})",
    notApplicable: "Not applicable ({count})",
    problems: "Invalid entries ({count})",
    selectRow: "Select the row of {id} in the sheet",
    error: "Error: {message}",
    loading: "Reading …",
    notRated: "–",
  },
};
