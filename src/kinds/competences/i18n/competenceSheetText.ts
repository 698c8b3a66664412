import type { Catalog, EarlierLabels, SheetLabels } from "../../../i18n/format";

export type CompetenceSheetKey =
  | "sheetName"
  | "title"
  | "instruction"
  | "legend"
  | "fit"
  | "weightedScore"
  | "knockedOut"
  | "assessed"
  | "rank"
  | "notAssessed"
  | "incomplete"
  | "hId"
  | "hCompetence"
  | "hRequired"
  | "hWeight"
  | "hMustHave"
  | "hTeam"
  | "mustHaveMark"
  | "ratingPromptTitle"
  | "ratingPrompt"
  | "ratingError"
  | "requiredPrompt"
  | "weightPrompt"
  | "weightError"
  | "mustHavePrompt"
  | "chartTitle";

/** Every text of the competence sheet (README, "Using the competence assessment"). */
export const COMPETENCE_SHEET_TEXT: Catalog<CompetenceSheetKey> = {
  de: {
    sheetName: "Kompetenzen",
    title: "Kompetenzen potenzieller Key-Account-Manager bewerten",
    instruction:
      "Legen Sie fest, welche Kompetenzen ein Key-Account-Manager braucht (Soll-Niveau 1–5, Gewicht 1–3, Muss-Kriterium), und bewerten Sie jede Kandidatin und jeden Kandidaten von 1 bis 5. Wo erkennen Sie Defizite? Wie können diese behoben werden? Auf welche Kompetenzen können Sie bereits bauen? Wer bringt die notwendigen Kompetenzen bereits mit?",
    legend:
      "Bewertung: 1 = kaum vorhanden … 5 = voll ausgeprägt · leer = nicht bewertet · Gewicht: 1 = nützlich, 2 = wichtig, 3 = kritisch · „{mark}“ = Muss-Kriterium",
    fit: "Eignung",
    weightedScore: "Gewichtete Bewertung",
    knockedOut: "Muss-Kriterium verfehlt",
    assessed: "Bewertete Kompetenzen",
    rank: "Rang",
    notAssessed: "nicht bewertet",
    incomplete: "unvollständig",
    hId: "Nr.",
    hCompetence: "Kompetenz",
    hRequired: "Soll",
    hWeight: "Gewicht",
    hMustHave: "Muss",
    hTeam: "Erfüllt von",
    mustHaveMark: "x",
    ratingPromptTitle: "Bewertung 1–5",
    ratingPrompt: "1 = kaum vorhanden … 5 = voll ausgeprägt. Leer lassen, solange nicht bewertet.",
    ratingError: "Bitte eine ganze Zahl von 1 bis 5 eingeben.",
    requiredPrompt: "Soll-Niveau 1–5 (Standard 4).",
    weightPrompt: "1 = nützlich, 2 = wichtig, 3 = kritisch.",
    weightError: "Bitte 1, 2 oder 3 eingeben.",
    mustHavePrompt: "„x“ = Muss-Kriterium: Wer das Soll-Niveau nicht erreicht, scheidet aus.",
    chartTitle: "Eignung je Kandidat",
  },
  nl: {
    sheetName: "Competenties",
    title: "Competenties van potentiële key-accountmanagers beoordelen",
    instruction:
      "Leg vast welke competenties een key-accountmanager nodig heeft (norm 1–5, gewicht 1–3, harde eis) en beoordeel elke kandidaat van 1 tot 5. Waar ziet u tekorten? Hoe kunnen die worden verholpen? Op welke competenties kunt u al bouwen? Wie brengt de nodige competenties al mee?",
    legend:
      "Score: 1 = nauwelijks aanwezig … 5 = volledig aanwezig · leeg = niet beoordeeld · Gewicht: 1 = nuttig, 2 = belangrijk, 3 = kritisch · “{mark}” = harde eis",
    fit: "Geschiktheid",
    weightedScore: "Gewogen score",
    knockedOut: "Harde eis niet gehaald",
    assessed: "Beoordeelde competenties",
    rank: "Rang",
    notAssessed: "niet beoordeeld",
    incomplete: "onvolledig",
    hId: "Nr.",
    hCompetence: "Competentie",
    hRequired: "Norm",
    hWeight: "Gewicht",
    hMustHave: "Harde eis",
    hTeam: "Gehaald door",
    mustHaveMark: "x",
    ratingPromptTitle: "Score 1–5",
    ratingPrompt: "1 = nauwelijks aanwezig … 5 = volledig aanwezig. Leeg laten zolang niet beoordeeld.",
    ratingError: "Voer een geheel getal van 1 tot 5 in.",
    requiredPrompt: "Norm: het vereiste niveau, 1–5 (standaard 4).",
    weightPrompt: "1 = nuttig, 2 = belangrijk, 3 = kritisch.",
    weightError: "Voer 1, 2 of 3 in.",
    mustHavePrompt: "“x” = harde eis: wie onder de norm scoort, valt af.",
    chartTitle: "Geschiktheid per kandidaat",
  },
  en: {
    sheetName: "Competences",
    title: "Assess the competences of potential key account managers",
    instruction:
      "Define which competences a key account manager needs (required level 1–5, weight 1–3, must-have) and rate each candidate from 1 to 5. Where are the deficits? How can they be closed? Which competences can you already build on? Who already brings the required competences?",
    legend:
      'Rating: 1 = hardly present … 5 = fully present · blank = not assessed · Weight: 1 = useful, 2 = important, 3 = critical · "{mark}" = must-have',
    fit: "Fit",
    weightedScore: "Weighted score",
    knockedOut: "Must-have missed",
    assessed: "Competences assessed",
    rank: "Rank",
    notAssessed: "not assessed",
    incomplete: "incomplete",
    hId: "No.",
    hCompetence: "Competence",
    hRequired: "Required",
    hWeight: "Weight",
    hMustHave: "Must-have",
    hTeam: "Met by",
    mustHaveMark: "x",
    ratingPromptTitle: "Rating 1–5",
    ratingPrompt: "1 = hardly present … 5 = fully present. Leave blank until assessed.",
    ratingError: "Enter a whole number from 1 to 5.",
    requiredPrompt: "Required level 1–5 (default 4).",
    weightPrompt: "1 = useful, 2 = important, 3 = critical.",
    weightError: "Enter 1, 2 or 3.",
    mustHavePrompt: '"x" = must-have: a candidate rated below the required level is knocked out.',
    chartTitle: "Fit per candidate",
  },
};

/** Labels earlier versions wrote, still read (EarlierLabels). */
export const COMPETENCE_EARLIER: EarlierLabels<CompetenceSheetKey> = {
  nl: { hRequired: ["Vereist"], hMustHave: ["Eis"] },
  en: { hMustHave: ["Must"] },
};

/** What the sheet's reader recognises: the labels above and the earlier ones. */
export const COMPETENCE_LABELS: SheetLabels<CompetenceSheetKey> = { texts: COMPETENCE_SHEET_TEXT, earlier: COMPETENCE_EARLIER };
