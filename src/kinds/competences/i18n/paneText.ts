import type { Catalog } from "../../../i18n/format";
import { type PaneKey, withPaneText } from "../../../i18n/paneText";
import { type CandidateResult, isRanked } from "../domain/evaluate";

/** The pane's and `kam read`'s words for the competence assessment; the shared ones are in src/i18n/paneText.ts. */
export type CompetencePaneKey =
  | "tabCompetences"
  | "competenceHeading"
  | "profile"
  | "profileDefault"
  | "profileExtended"
  | "candidates"
  | "candidatesHint"
  | "ownCompetences"
  | "ownCompetencesHint"
  | "createAssessment"
  | "updateAssessment"
  | "missingAssessment"
  | "foreignAssessment"
  | "ranking"
  | "best"
  | "noBest"
  | "fitOf"
  | "knockedOut"
  | "weightedScoreOf"
  | "tieBreak"
  | "afterAllOthers"
  | "incomplete"
  | "mustHaveOpen"
  | "deficits"
  | "noDeficits"
  | "notAssessedYet"
  | "noDeficitsSoFar"
  | "buildOn"
  | "noBuildOn"
  | "metBy"
  | "selectCell"
  | "rank"
  | "requirements"
  | "colCompetence"
  | "colRequired"
  | "colWeight"
  | "colMustHave"
  | "planDeficits"
  | "showAll";

const OWN: Catalog<CompetencePaneKey> = {
  de: {
    tabCompetences: "Kompetenzen",
    competenceHeading: "Kompetenzen der Key-Account-Manager",
    profile: "Kompetenzprofil",
    profileDefault: "Standard (8 Kompetenzen)",
    profileExtended: "Erweitert (14 Kompetenzen)",
    candidates: "Kandidaten hinzufügen",
    candidatesHint: "Namen durch Kommas getrennt; je eine Bewertungsspalte.",
    ownCompetences: "Eigene Kompetenzen hinzufügen",
    ownCompetencesHint: "Durch Semikolon getrennt.",
    createAssessment: "Kompetenzbewertung anlegen",
    updateAssessment: "Kompetenzbewertung neu anlegen (Eingaben bleiben erhalten)",
    missingAssessment: "Diese Arbeitsmappe hat noch keine Kompetenzbewertung.",
    foreignAssessment:
      "Das Blatt „{sheet}“ existiert, ist aber keine KAM-Kompetenzbewertung. Benennen Sie es um oder wählen Sie eine andere Sprache.",
    ranking: "Rangfolge",
    best: "Am besten geeignet: {name}",
    noBest: "Noch niemand ist ausreichend bewertet.",
    fitOf: "{name}: Eignung {fit}",
    knockedOut: "Muss-Kriterium verfehlt",
    weightedScoreOf: "gewichtete Bewertung {score}",
    tieBreak: "Bei gleicher Eignung entscheidet die gewichtete Bewertung.",
    afterAllOthers: "Muss-Kriterium verfehlt: Rang hinter allen anderen",
    incomplete: "Unvollständig bewertet ({count})",
    mustHaveOpen: "Muss-Kriterium noch nicht bewertet ({count})",
    deficits: "Defizite",
    noDeficits: "Keine Defizite.",
    notAssessedYet: "Noch nicht bewertet.",
    noDeficitsSoFar: "Bisher keine Defizite ({assessed} von {total} Kompetenzen bewertet).",
    buildOn: "Darauf kann das Team bauen",
    noBuildOn: "Noch keine Kompetenz, die die meisten erfüllen.",
    metBy: "· erfüllt von {meeting} von {assessed}",
    selectCell: "Zelle {cell} auswählen",
    rank: "{rank}.",
    requirements: "Anforderungen",
    colCompetence: "Kompetenz",
    colRequired: "Soll",
    colWeight: "Gewicht",
    colMustHave: "Muss",
    planDeficits: "Aufgaben für Defizite planen",
    showAll: "alle {count} zeigen",
  },
  nl: {
    tabCompetences: "Competenties",
    competenceHeading: "Competenties van key-accountmanagers",
    profile: "Competentieprofiel",
    profileDefault: "Standaard (8 competenties)",
    profileExtended: "Uitgebreid (14 competenties)",
    candidates: "Kandidaten toevoegen",
    candidatesHint: "Namen gescheiden door komma's; elk een kolom.",
    ownCompetences: "Eigen competenties toevoegen",
    ownCompetencesHint: "Gescheiden door puntkomma's.",
    createAssessment: "Competentiebeoordeling maken",
    updateAssessment: "Competentiebeoordeling opnieuw maken (invoer blijft bewaard)",
    missingAssessment: "Deze werkmap heeft nog geen competentiebeoordeling.",
    foreignAssessment:
      "Het blad “{sheet}” bestaat al, maar is geen KAM-competentiebeoordeling. Geef het een andere naam of kies een andere taal.",
    ranking: "Rangorde",
    best: "Meest geschikt: {name}",
    noBest: "Nog niemand is voldoende beoordeeld.",
    fitOf: "{name}: geschiktheid {fit}",
    knockedOut: "Harde eis niet gehaald",
    weightedScoreOf: "gewogen score {score}",
    tieBreak: "Bij gelijke geschiktheid beslist de gewogen score.",
    afterAllOthers: "Harde eis niet gehaald: achter alle anderen",
    incomplete: "Onvolledig beoordeeld ({count})",
    mustHaveOpen: "Harde eis nog niet beoordeeld ({count})",
    deficits: "Tekorten",
    noDeficits: "Geen tekorten.",
    notAssessedYet: "Nog niet beoordeeld.",
    noDeficitsSoFar: "Tot nu toe geen tekorten ({assessed} van {total} competenties beoordeeld).",
    buildOn: "Hierop kan het team bouwen",
    noBuildOn: "Nog geen competentie waaraan de meeste kandidaten voldoen.",
    metBy: "· gehaald door {meeting} van {assessed}",
    selectCell: "Cel {cell} selecteren",
    rank: "{rank}.",
    requirements: "Eisen",
    colCompetence: "Competentie",
    colRequired: "Norm",
    colWeight: "Gewicht",
    colMustHave: "Harde eis",
    planDeficits: "Taken plannen voor tekorten",
    showAll: "alle {count} tonen",
  },
  en: {
    tabCompetences: "Competences",
    competenceHeading: "Key account manager competences",
    profile: "Competence profile",
    profileDefault: "Default (8 competences)",
    profileExtended: "Extended (14 competences)",
    candidates: "Add candidates",
    candidatesHint: "Names separated by commas; one rating column each.",
    ownCompetences: "Add own competences",
    ownCompetencesHint: "Separated by semicolons.",
    createAssessment: "Create competence assessment",
    updateAssessment: "Re-create competence assessment (entries are kept)",
    missingAssessment: "This workbook has no competence assessment yet.",
    foreignAssessment: 'The sheet "{sheet}" exists but is not a KAM competence assessment. Rename it or pick another language.',
    ranking: "Ranking",
    best: "Best fit: {name}",
    noBest: "No candidate has been assessed enough yet.",
    fitOf: "{name}: fit {fit}",
    knockedOut: "Must-have missed",
    weightedScoreOf: "weighted score {score}",
    tieBreak: "Where the fit is equal, the weighted score decides.",
    afterAllOthers: "Must-have missed: ranked after all others",
    incomplete: "Incompletely assessed ({count})",
    mustHaveOpen: "Must-have not assessed yet ({count})",
    deficits: "Deficits",
    noDeficits: "No deficits.",
    notAssessedYet: "Not assessed yet.",
    noDeficitsSoFar: "No deficits so far ({assessed} of {total} competences assessed).",
    buildOn: "What the team can build on",
    noBuildOn: "No competence yet that most candidates meet.",
    metBy: "· met by {meeting} of {assessed}",
    selectCell: "Select cell {cell}",
    rank: "{rank}.",
    requirements: "Requirements",
    colCompetence: "Competence",
    colRequired: "Required",
    colWeight: "Weight",
    colMustHave: "Must-have",
    planDeficits: "Plan tasks for deficits",
    showAll: "show all {count}",
  },
};

/** The shared words and the competence assessment's own, for its panel, descriptor and report. */
export const COMPETENCE_PANE_TEXT: Catalog<PaneKey | CompetencePaneKey> = withPaneText(OWN);

/**
 * What the pane and `kam read` say for a candidate without deficits: "no deficits" is a finding only where
 * someone assessed, so it says how far the assessment went (`counted`: competences that count).
 */
export function noDeficitText(
  c: CandidateResult,
  counted: number,
  t: (key: CompetencePaneKey, values?: Readonly<Record<string, string | number>>) => string,
): string {
  if (c.assessed === 0) return t("notAssessedYet");
  return isRanked(c) ? t("noDeficits") : t("noDeficitsSoFar", { assessed: c.assessed, total: counted });
}
