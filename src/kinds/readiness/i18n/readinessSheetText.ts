import type { Catalog, EarlierLabels, SheetLabels } from "../../../i18n/format";

export type ReadinessSheetKey =
  | "sheetName"
  | "title"
  | "instruction"
  | "legend"
  | "threshold"
  | "index"
  | "percent"
  | "weakCount"
  | "verdict"
  | "hId"
  | "hCondition"
  | "hNotApplicable"
  | "hScore"
  | "hMean"
  | "hMin"
  | "hMax"
  | "hStatus"
  | "hNotes"
  | "naMark"
  | "stNotApplicable"
  | "stUnrated"
  | "stWeak"
  | "stDisputed"
  | "stWeakDisputed"
  | "scorePromptTitle"
  | "scorePrompt"
  | "scoreErrorTitle"
  | "scoreError"
  | "naPrompt"
  | "thresholdPrompt"
  | "thresholdError"
  | "chartTitle";

/** Every text of the readiness sheet, in the sheet's language (README, "Using the readiness checklist"). */
export const READINESS_SHEET_TEXT: Catalog<ReadinessSheetKey> = {
  de: {
    sheetName: "Voraussetzungen",
    title: "Voraussetzungen für die Einführung von Key-Account-Management",
    instruction:
      "Bewerten Sie, inwieweit jede Voraussetzung in Ihrem Unternehmen erfüllt ist, von 1 (schwach) bis 5 (stark). Mehrere Bewertende (Zentrale, Geschäftsbereiche, Länder) erhalten je eine Spalte. Liegen zwei oder mehr Voraussetzungen unter {threshold}, schaffen Sie zuerst diese Voraussetzungen, bevor Sie mit dem Key-Account-Management beginnen.",
    legend: "Skala: 1 = schwach · 2 · 3 · 4 · 5 = stark · leer = noch nicht bewertet · „{na}“ in der Spalte n. z. = nicht zutreffend",
    threshold: "Schwach unter",
    index: "Reifegrad (1–5)",
    percent: "Reifegrad in %",
    weakCount: "Schwache Voraussetzungen",
    verdict: "Fazit",
    hId: "Nr.",
    hCondition: "Voraussetzung",
    hNotApplicable: "n. z.",
    hScore: "Bewertung",
    hMean: "Mittelwert",
    hMin: "Min",
    hMax: "Max",
    hStatus: "Befund",
    hNotes: "Notizen",
    naMark: "x",
    stNotApplicable: "nicht zutreffend",
    stUnrated: "nicht bewertet",
    stWeak: "schwach",
    stDisputed: "strittig",
    stWeakDisputed: "schwach, strittig",
    scorePromptTitle: "Bewertung 1–5",
    scorePrompt: "1 = schwach … 5 = stark. Leer lassen, solange nicht bewertet.",
    scoreErrorTitle: "Ungültige Bewertung",
    scoreError: "Bitte eine ganze Zahl von 1 (schwach) bis 5 (stark) eingeben.",
    naPrompt: "„x“ = Voraussetzung trifft nicht zu; sie zählt dann nicht mit.",
    thresholdPrompt: "Eine Voraussetzung ist schwach, wenn ihre Bewertung unter diesem Wert liegt (Standard 3).",
    thresholdError: "Bitte eine Zahl von 1 bis 5 eingeben.",
    chartTitle: "Bewertung je Voraussetzung: links vom Schwellenwert {threshold} schwach",
  },
  nl: {
    sheetName: "Voorwaarden",
    title: "Voorwaarden voor de invoering van key-accountmanagement",
    instruction:
      "Geef per voorwaarde aan in hoeverre die in uw organisatie aanwezig is, van 1 (zwak) tot 5 (sterk). Meerdere beoordelaars (centraal, businessunits, landen) krijgen elk een eigen kolom. Scoren twee of meer voorwaarden lager dan {threshold}, realiseer dan eerst die voorwaarden voordat u met key-accountmanagement begint.",
    legend: "Schaal: 1 = zwak · 2 · 3 · 4 · 5 = sterk · leeg = nog niet gescoord · “{na}” in de kolom n.v.t. = niet van toepassing",
    threshold: "Zwak onder",
    index: "Gereedheidsindex (1–5)",
    percent: "Gereedheid in %",
    weakCount: "Zwakke voorwaarden",
    verdict: "Oordeel",
    hId: "Nr.",
    hCondition: "Voorwaarde",
    hNotApplicable: "n.v.t.",
    hScore: "Score",
    hMean: "Gemiddelde",
    hMin: "Min",
    hMax: "Max",
    hStatus: "Bevinding",
    hNotes: "Notities",
    naMark: "x",
    stNotApplicable: "niet van toepassing",
    stUnrated: "niet gescoord",
    stWeak: "zwak",
    stDisputed: "omstreden",
    stWeakDisputed: "zwak, omstreden",
    scorePromptTitle: "Score 1–5",
    scorePrompt: "1 = zwak … 5 = sterk. Leeg laten zolang niet gescoord.",
    scoreErrorTitle: "Ongeldige score",
    scoreError: "Voer een geheel getal in van 1 (zwak) tot 5 (sterk).",
    naPrompt: "“x” = de voorwaarde is niet van toepassing en telt niet mee.",
    thresholdPrompt: "Een voorwaarde is zwak als de score lager is dan deze waarde (standaard 3).",
    thresholdError: "Voer een getal van 1 tot 5 in.",
    chartTitle: "Score per voorwaarde: links van de drempel {threshold} zwak",
  },
  en: {
    sheetName: "Readiness",
    title: "Conditions for introducing key account management",
    instruction:
      "Rate how far each condition is present in your organisation, from 1 (weak) to 5 (strong). Several respondents (head office, business units, countries) get one column each. If two or more conditions score below {threshold}, put those conditions in place before you start key account management.",
    legend: 'Scale: 1 = weak · 2 · 3 · 4 · 5 = strong · blank = not rated yet · "{na}" in the n/a column = not applicable',
    threshold: "Weak below",
    index: "Readiness index (1–5)",
    percent: "Readiness in %",
    weakCount: "Weak conditions",
    verdict: "Verdict",
    hId: "No.",
    hCondition: "Condition",
    hNotApplicable: "n/a",
    hScore: "Score",
    hMean: "Mean",
    hMin: "Min",
    hMax: "Max",
    hStatus: "Finding",
    hNotes: "Notes",
    naMark: "x",
    stNotApplicable: "not applicable",
    stUnrated: "not rated",
    stWeak: "weak",
    stDisputed: "disputed",
    stWeakDisputed: "weak, disputed",
    scorePromptTitle: "Score 1–5",
    scorePrompt: "1 = weak … 5 = strong. Leave blank until rated.",
    scoreErrorTitle: "Invalid score",
    scoreError: "Enter a whole number from 1 (weak) to 5 (strong).",
    naPrompt: '"x" = the condition does not apply; it is then left out.',
    thresholdPrompt: "A condition is weak when its score is below this value (default 3).",
    thresholdError: "Enter a number from 1 to 5.",
    chartTitle: "Score per condition: weak left of the threshold {threshold}",
  },
};

/** Labels earlier versions wrote, still read (EarlierLabels). */
export const READINESS_EARLIER: EarlierLabels<ReadinessSheetKey> = {
  de: { index: ["Readiness-Index (1–5)"], percent: ["Readiness in %"], verdict: ["Ergebnis"], hStatus: ["Status"] },
  nl: { index: ["Readiness-index (1–5)"], percent: ["Readiness in %"], hStatus: ["Status"] },
  en: { hStatus: ["Status"] },
};

/** What the sheet's reader recognises: the labels above and the earlier ones. */
export const READINESS_LABELS: SheetLabels<ReadinessSheetKey> = { texts: READINESS_SHEET_TEXT, earlier: READINESS_EARLIER };
