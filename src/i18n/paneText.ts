import { type CandidateResult, isRanked } from "../domain/competences/evaluate";
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
  | "createChecklist"
  | "recreateChecklist"
  | "creating"
  | "refresh"
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
  | "problems"
  | "selectRow"
  | "error"
  | "errorStrays"
  | "errorForeign"
  | "retry"
  | "errorDuplicate"
  | "errorTooLarge"
  | "duplicates"
  | "loading"
  | "notRated"
  | "tabReadiness"
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
  | "tabTasks"
  | "taskHeading"
  | "createTasks"
  | "updateTasks"
  | "missingTasks"
  | "foreignTasks"
  | "progressTitle"
  | "phaseProgress"
  | "overall"
  | "overdue"
  | "dueSoon"
  | "noneOverdue"
  | "responsibleFilter"
  | "everyone"
  | "tasksOf"
  | "markDone"
  | "markDoneOf"
  | "addTask"
  | "taskText"
  | "taskPhase"
  | "taskResponsible"
  | "taskDue"
  | "noLongerWeak"
  | "planWeak"
  | "overwritten"
  | "restoreFormulas"
  | "planDeficits"
  | "planned"
  | "today"
  | "linkedTasks"
  | "workbookHeading"
  | "makePortable"
  | "downloadPortable"
  | "portableHint"
  | "madePortable"
  | "downloaded"
  | "showAll"
  | "openPortable"
  | "openedPortable"
  | "openedPortableBehind"
  | "nothingToShare";

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
    createChecklist: "Checkliste anlegen",
    recreateChecklist: "Checkliste neu anlegen (Eingaben bleiben erhalten)",
    creating: "Wird angelegt …",
    refresh: "Aktualisieren",
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
    problems: "Ungültige Eingaben ({count})",
    selectRow: "Zeile von {id} im Blatt auswählen",
    error: "Fehler: {message}",
    retry: "Erneut versuchen",
    errorStrays:
      "Das Blatt „{sheet}“ wurde nicht neu angelegt: Einträge, die nicht zum Blatt gehören ({cells}), stehen dort, wo das Blatt geschrieben wird, und würden überschrieben. Verschieben Sie sie an eine andere Stelle und versuchen Sie es erneut.",
    errorForeign: "Das Blatt „{sheet}“ existiert, ist aber kein KAM-Blatt; es bleibt unverändert.",
    errorTooLarge:
      "Das Blatt „{sheet}“ hat Einträge bis {cell}; diese Excel-Version kann einen so großen Bereich nicht lesen. Löschen Sie, was außerhalb der Tabelle steht (Strg+Ende springt zur letzten benutzten Zelle).",
    errorDuplicate:
      "Es gibt zwei KAM-Blätter dieser Art: „{sheet}“ und „{other}“. Der Aufgabenbereich arbeitet mit „{other}“. Löschen Sie eines davon oder benennen Sie es um.",
    duplicates: "Weitere Blätter dieser Art: {sheets}. Der Aufgabenbereich zeigt „{sheet}“.",
    loading: "Wird gelesen …",
    notRated: "–",
    tabReadiness: "Voraussetzungen",
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
    weightedScoreOf: "gewichtete Bewertung {score}",
    tieBreak: "Bei gleicher Eignung entscheidet die gewichtete Bewertung.",
    afterAllOthers: "Muss-Kriterium verfehlt: Rang hinter allen anderen",
    knockedOut: "Muss-Kriterium verfehlt",
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
    tabTasks: "Aufgaben",
    taskHeading: "Aufgabenübersicht",
    createTasks: "Aufgabenübersicht anlegen",
    updateTasks: "Aufgabenübersicht neu anlegen (Eingaben bleiben erhalten)",
    missingTasks: "Diese Arbeitsmappe hat noch keine Aufgabenübersicht.",
    foreignTasks:
      "Das Blatt „{sheet}“ existiert, ist aber keine KAM-Aufgabenübersicht. Benennen Sie es um oder wählen Sie eine andere Sprache.",
    progressTitle: "Fortschritt je Phase",
    phaseProgress: "{phase}: {done} von {total} erledigt · Ø {mean}",
    overall: "Gesamt",
    overdue: "Überfällig ({count})",
    dueSoon: "Bald fällig ({count})",
    noneOverdue: "Nichts überfällig.",
    responsibleFilter: "Nach Verantwortlichen filtern",
    everyone: "Alle",
    tasksOf: "Aufgaben von {name} ({count})",
    markDone: "Abhaken",
    markDoneOf: "{id} abhaken",
    addTask: "Aufgabe hinzufügen",
    taskText: "Aufgabe",
    taskPhase: "Phase",
    taskResponsible: "Verantwortlich",
    taskDue: "Fällig",
    noLongerWeak: "Voraussetzung nicht mehr schwach",
    planWeak: "Aufgaben für schwache Voraussetzungen planen",
    overwritten: "Berechnete Zellen mit einem Wert statt der Formel: {count}. Dort zeigt das Blatt nicht, was tatsächlich gilt.",
    restoreFormulas: "Formeln wiederherstellen",
    planDeficits: "Aufgaben für Defizite planen",
    planned: "{count} Aufgaben geplant; sie stehen im Blatt {sheet}.",
    today: "Stichtag: {date}",
    linkedTasks: "Aufgaben zu schwachen Voraussetzungen ({count})",
    workbookHeading: "Arbeitsmappe weitergeben",
    makePortable: "Arbeitsmappe portabel machen",
    downloadPortable: "Portable Arbeitsmappe herunterladen",
    portableHint: "Portabel: die Formeln rechnen ohne dieses Add-in (Excel, LibreOffice, Google Sheets); alle Eingaben bleiben.",
    madePortable: "Portabel gemacht: {sheets}.",
    downloaded: "Heruntergeladen: {file} ({sheets}).",
    openPortable: "Portable Kopie öffnen",
    showAll: "alle {count} zeigen",
    openedPortable: "Als neue Arbeitsmappe geöffnet ({sheets}). Speichern Sie sie mit Datei › Speichern unter.",
    openedPortableBehind:
      "Als neue Arbeitsmappe geöffnet ({sheets}); Excel für Mac zeigt sie hinter diesem Fenster (Menü Fenster). Speichern Sie sie mit Datei › Speichern unter.",
    nothingToShare: "Noch kein KAM-Blatt in dieser Arbeitsmappe.",
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
    createChecklist: "Checklist maken",
    recreateChecklist: "Checklist opnieuw maken (invoer blijft)",
    creating: "Bezig met maken …",
    refresh: "Vernieuwen",
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
    problems: "Ongeldige invoer ({count})",
    selectRow: "Rij van {id} in het blad selecteren",
    error: "Fout: {message}",
    retry: "Opnieuw proberen",
    errorStrays:
      "Het blad “{sheet}” is niet opnieuw gemaakt: gegevens die niet bij het blad horen ({cells}), staan op de plek van het blad en zouden worden overschreven. Verplaats ze naar een andere plek en probeer het opnieuw.",
    errorForeign: "Het blad “{sheet}” bestaat al, maar is geen KAM-blad; het blijft ongewijzigd.",
    errorTooLarge:
      "Het blad “{sheet}” heeft gegevens tot in {cell}; deze versie van Excel kan zo'n groot bereik niet lezen. Verwijder wat buiten de tabel staat (Ctrl+End gaat naar de laatst gebruikte cel).",
    errorDuplicate:
      "Er zijn twee KAM-bladen van deze soort: “{sheet}” en “{other}”. Het taakvenster werkt met “{other}”. Verwijder een van beide of geef het een andere naam.",
    duplicates: "Andere bladen van deze soort: {sheets}. Het taakvenster toont “{sheet}”.",
    loading: "Bezig met lezen …",
    notRated: "–",
    tabReadiness: "Voorwaarden",
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
    weightedScoreOf: "gewogen score {score}",
    tieBreak: "Bij gelijke geschiktheid beslist de gewogen score.",
    afterAllOthers: "Harde eis niet gehaald: achter alle anderen",
    knockedOut: "Harde eis niet gehaald",
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
    tabTasks: "Taken",
    taskHeading: "Takenoverzicht",
    createTasks: "Takenoverzicht maken",
    updateTasks: "Takenoverzicht opnieuw maken (invoer blijft)",
    missingTasks: "Deze werkmap heeft nog geen takenoverzicht.",
    foreignTasks: "Het blad “{sheet}” bestaat al, maar is geen KAM-takenoverzicht. Geef het een andere naam of kies een andere taal.",
    progressTitle: "Voortgang per fase",
    phaseProgress: "{phase}: {done} van {total} afgerond · gem. {mean}",
    overall: "Totaal",
    overdue: "Te laat ({count})",
    dueSoon: "Deadline nadert ({count})",
    noneOverdue: "Niets te laat.",
    responsibleFilter: "Filteren op verantwoordelijke",
    everyone: "Iedereen",
    tasksOf: "Taken van {name} ({count})",
    markDone: "Afvinken",
    markDoneOf: "{id} afvinken",
    addTask: "Taak toevoegen",
    taskText: "Taak",
    taskPhase: "Fase",
    taskResponsible: "Verantwoordelijk",
    taskDue: "Deadline",
    noLongerWeak: "Voorwaarde niet meer zwak",
    planWeak: "Taken plannen voor zwakke voorwaarden",
    overwritten: "Berekende cellen met een waarde in plaats van de formule: {count}. Daar toont het blad niet wat er werkelijk geldt.",
    restoreFormulas: "Formules herstellen",
    planDeficits: "Taken plannen voor tekorten",
    planned: "{count} taken gepland; ze staan in het blad {sheet}.",
    today: "Peildatum: {date}",
    linkedTasks: "Taken voor zwakke voorwaarden ({count})",
    workbookHeading: "Werkmap delen",
    makePortable: "Werkmap draagbaar maken",
    downloadPortable: "Draagbare werkmap downloaden",
    portableHint: "Draagbaar: de formules rekenen zonder deze invoegtoepassing (Excel, LibreOffice, Google Sheets); alle invoer blijft.",
    madePortable: "Draagbaar gemaakt: {sheets}.",
    downloaded: "Gedownload: {file} ({sheets}).",
    openPortable: "Draagbare kopie openen",
    showAll: "alle {count} tonen",
    openedPortable: "Geopend als nieuwe werkmap ({sheets}). Sla die op met Bestand › Opslaan als.",
    openedPortableBehind:
      "Geopend als nieuwe werkmap ({sheets}); Excel voor Mac toont die achter dit venster (menu Venster). Sla die op met Bestand › Opslaan als.",
    nothingToShare: "Nog geen KAM-blad in deze werkmap.",
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
    createChecklist: "Create readiness checklist",
    recreateChecklist: "Re-create checklist (entries are kept)",
    creating: "Creating …",
    refresh: "Refresh",
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
    problems: "Invalid entries ({count})",
    selectRow: "Select the row of {id} in the sheet",
    error: "Error: {message}",
    retry: "Try again",
    errorStrays:
      'The sheet "{sheet}" was not re-created: entries that are not part of the sheet ({cells}) are where the sheet goes and would be overwritten. Move them elsewhere and try again.',
    errorForeign: 'The sheet "{sheet}" exists but is not a KAM sheet; it was left as it is.',
    errorTooLarge:
      'The sheet "{sheet}" has entries as far out as {cell}; this version of Excel cannot read so large a range. Delete what is outside the table (Ctrl+End goes to the last used cell).',
    errorDuplicate:
      'There are two KAM sheets of this kind: "{sheet}" and "{other}". The task pane uses "{other}". Delete or rename one of them.',
    duplicates: 'More sheets of this kind: {sheets}. The task pane shows "{sheet}".',
    loading: "Reading …",
    notRated: "–",
    tabReadiness: "Readiness",
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
    weightedScoreOf: "weighted score {score}",
    tieBreak: "Where the fit is equal, the weighted score decides.",
    afterAllOthers: "Must-have missed: ranked after all others",
    knockedOut: "Must-have missed",
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
    tabTasks: "Tasks",
    taskHeading: "Task overview",
    createTasks: "Create task overview",
    updateTasks: "Re-create task overview (entries are kept)",
    missingTasks: "This workbook has no task overview yet.",
    foreignTasks: 'The sheet "{sheet}" exists but is not a KAM task overview. Rename it or pick another language.',
    progressTitle: "Progress per phase",
    phaseProgress: "{phase}: {done} of {total} done · mean {mean}",
    overall: "Overall",
    overdue: "Overdue ({count})",
    dueSoon: "Due soon ({count})",
    noneOverdue: "Nothing overdue.",
    responsibleFilter: "Filter by person responsible",
    everyone: "Everyone",
    tasksOf: "Tasks of {name} ({count})",
    markDone: "Mark done",
    markDoneOf: "Mark done: {id}",
    addTask: "Add task",
    taskText: "Task",
    taskPhase: "Phase",
    taskResponsible: "Responsible",
    taskDue: "Due",
    noLongerWeak: "Condition no longer weak",
    planWeak: "Plan tasks for weak conditions",
    overwritten: "Computed cells holding a value instead of their formula: {count}. There the sheet does not show what applies.",
    restoreFormulas: "Restore formulas",
    planDeficits: "Plan tasks for deficits",
    planned: "{count} tasks planned; they are on the sheet {sheet}.",
    today: "Reference date: {date}",
    linkedTasks: "Tasks for weak conditions ({count})",
    workbookHeading: "Share the workbook",
    makePortable: "Make this workbook portable",
    downloadPortable: "Download a portable workbook",
    portableHint: "Portable: the formulas calculate without this add-in (Excel, LibreOffice, Google Sheets); every entry is kept.",
    madePortable: "Made portable: {sheets}.",
    downloaded: "Downloaded: {file} ({sheets}).",
    openPortable: "Open a portable copy",
    showAll: "show all {count}",
    openedPortable: "Opened as a new workbook ({sheets}). Save it with File › Save As.",
    openedPortableBehind:
      "Opened as a new workbook ({sheets}); Excel for Mac shows it behind this window (Window menu). Save it with File › Save As.",
    nothingToShare: "No KAM sheet in this workbook yet.",
  },
};

/**
 * What the pane and `kam read` say for a candidate without deficits: "no deficits" is a finding only where
 * someone assessed, so it says how far the assessment went (`counted`: competences that count).
 */
export function noDeficitText(
  c: CandidateResult,
  counted: number,
  t: (key: PaneKey, values?: Readonly<Record<string, string | number>>) => string,
): string {
  if (c.assessed === 0) return t("notAssessedYet");
  return isRanked(c) ? t("noDeficits") : t("noDeficitsSoFar", { assessed: c.assessed, total: counted });
}
