import type { Catalog } from "./format";

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
  | "thresholdError";

/** Every text of the readiness sheet, in the sheet's language (templates.md §1; the instruction follows seed 000). */
export const READINESS_SHEET_TEXT: Catalog<ReadinessSheetKey> = {
  de: {
    sheetName: "Voraussetzungen",
    title: "Voraussetzungen für die Einführung von Key-Account-Management",
    instruction:
      "Bewerten Sie, in welchem Maß jede Voraussetzung in Ihrer Organisation vorhanden ist, von 1 (schwach) bis 5 (stark). Mehrere Bewertende (Zentrale, Geschäftsbereiche, Länder) erhalten je eine Spalte. Wenn mehrere Voraussetzungen unter {threshold} liegen, realisieren Sie zuerst diese Voraussetzungen, bevor Sie mit Key-Account-Management beginnen.",
    legend: "Skala: 1 = schwach · 2 · 3 · 4 · 5 = stark · leer = noch nicht bewertet · „{na}“ in der Spalte n. z. = nicht zutreffend",
    threshold: "Schwach unter",
    index: "Readiness-Index (1–5)",
    percent: "Readiness in %",
    weakCount: "Schwache Voraussetzungen",
    verdict: "Ergebnis",
    hId: "Nr.",
    hCondition: "Voraussetzung",
    hNotApplicable: "n. z.",
    hScore: "Bewertung",
    hMean: "Mittelwert",
    hMin: "Min",
    hMax: "Max",
    hStatus: "Status",
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
  },
  nl: {
    sheetName: "Voorwaarden",
    title: "Voorwaarden voor de invoering van Key Account Management",
    instruction:
      "Geef per voorwaarde aan in welke mate zij in uw organisatie aanwezig is, van 1 (zwak) tot 5 (sterk). Meerdere beoordelaars (centraal, business units, landen) krijgen elk een kolom. Indien meerdere voorwaarden lager dan {threshold} scoren, realiseer dan eerst die voorwaarden voordat u start met Key Account Management.",
    legend: "Schaal: 1 = zwak · 2 · 3 · 4 · 5 = sterk · leeg = nog niet gescoord · „{na}” in de kolom n.v.t. = niet van toepassing",
    threshold: "Zwak onder",
    index: "Readiness-index (1–5)",
    percent: "Readiness in %",
    weakCount: "Zwakke voorwaarden",
    verdict: "Oordeel",
    hId: "Nr.",
    hCondition: "Voorwaarde",
    hNotApplicable: "n.v.t.",
    hScore: "Score",
    hMean: "Gemiddelde",
    hMin: "Min",
    hMax: "Max",
    hStatus: "Status",
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
    naPrompt: "„x” = voorwaarde niet van toepassing; telt dan niet mee.",
    thresholdPrompt: "Een voorwaarde is zwak als haar score lager is dan deze waarde (standaard 3).",
    thresholdError: "Voer een getal van 1 tot 5 in.",
  },
  en: {
    sheetName: "Readiness",
    title: "Conditions for introducing key account management",
    instruction:
      "Rate how far each condition is present in your organisation, from 1 (weak) to 5 (strong). Several respondents (head office, business units, countries) get one column each. If several conditions score below {threshold}, realize those conditions first before starting key account management.",
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
    hStatus: "Status",
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
  },
};
