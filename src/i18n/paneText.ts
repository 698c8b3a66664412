import type { Catalog } from "./format";

/** The pane's words every kind's panel shares (frame, errors, languages, sharing); each kind adds its own. */
export type PaneKey =
  | "appTitle"
  | "uiLanguage"
  | "sheetLanguage"
  | "langDe"
  | "langNl"
  | "langEn"
  | "creating"
  | "refresh"
  | "problems"
  | "error"
  | "errorStrays"
  | "errorForeign"
  | "retry"
  | "errorDuplicate"
  | "errorTooLarge"
  | "duplicates"
  | "loading"
  | "notRated"
  | "overwritten"
  | "restoreFormulas"
  | "planned"
  | "workbookHeading"
  | "makePortable"
  | "downloadPortable"
  | "portableHint"
  | "madePortable"
  | "downloaded"
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
    creating: "Wird angelegt …",
    refresh: "Aktualisieren",
    problems: "Ungültige Eingaben ({count})",
    error: "Fehler: {message}",
    errorStrays:
      "Das Blatt „{sheet}“ wurde nicht neu angelegt: Einträge, die nicht zum Blatt gehören ({cells}), stehen dort, wo das Blatt geschrieben wird, und würden überschrieben. Verschieben Sie sie an eine andere Stelle und versuchen Sie es erneut.",
    errorForeign: "Das Blatt „{sheet}“ existiert, ist aber kein KAM-Blatt; es bleibt unverändert.",
    retry: "Erneut versuchen",
    errorDuplicate:
      "Es gibt zwei KAM-Blätter dieser Art: „{sheet}“ und „{other}“. Der Aufgabenbereich arbeitet mit „{other}“. Löschen Sie eines davon oder benennen Sie es um.",
    errorTooLarge:
      "Das Blatt „{sheet}“ hat Einträge bis {cell}; diese Excel-Version kann einen so großen Bereich nicht lesen. Löschen Sie, was außerhalb der Tabelle steht (Strg+Ende springt zur letzten benutzten Zelle).",
    duplicates: "Weitere Blätter dieser Art: {sheets}. Der Aufgabenbereich zeigt „{sheet}“.",
    loading: "Wird gelesen …",
    notRated: "–",
    overwritten: "Berechnete Zellen mit einem Wert statt der Formel: {count}. Dort zeigt das Blatt nicht, was tatsächlich gilt.",
    restoreFormulas: "Formeln wiederherstellen",
    planned: "Geplante Aufgaben: {count}; sie stehen im Blatt {sheet}.",
    workbookHeading: "Arbeitsmappe weitergeben",
    makePortable: "Arbeitsmappe portabel machen",
    downloadPortable: "Portable Arbeitsmappe herunterladen",
    portableHint: "Portabel: die Formeln rechnen ohne dieses Add-in (Excel, LibreOffice, Google Sheets); alle Eingaben bleiben.",
    madePortable: "Portabel gemacht: {sheets}.",
    downloaded: "Heruntergeladen: {file} ({sheets}).",
    openPortable: "Portable Kopie öffnen",
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
    creating: "Bezig met maken …",
    refresh: "Vernieuwen",
    problems: "Ongeldige invoer ({count})",
    error: "Fout: {message}",
    errorStrays:
      "Het blad “{sheet}” is niet opnieuw gemaakt: gegevens die niet bij het blad horen ({cells}), staan op de plek van het blad en zouden worden overschreven. Verplaats ze naar een andere plek en probeer het opnieuw.",
    errorForeign: "Het blad “{sheet}” bestaat al, maar is geen KAM-blad; het blijft ongewijzigd.",
    retry: "Opnieuw proberen",
    errorDuplicate:
      "Er zijn twee KAM-bladen van deze soort: “{sheet}” en “{other}”. Het taakvenster werkt met “{other}”. Verwijder een van beide of geef het een andere naam.",
    errorTooLarge:
      "Het blad “{sheet}” heeft gegevens tot in {cell}; deze versie van Excel kan zo'n groot bereik niet lezen. Verwijder wat buiten de tabel staat (Ctrl+End gaat naar de laatst gebruikte cel).",
    duplicates: "Andere bladen van deze soort: {sheets}. Het taakvenster toont “{sheet}”.",
    loading: "Bezig met lezen …",
    notRated: "–",
    overwritten: "Berekende cellen met een waarde in plaats van de formule: {count}. Daar toont het blad niet wat er werkelijk geldt.",
    restoreFormulas: "Formules herstellen",
    planned: "Geplande taken: {count}; ze staan in het blad {sheet}.",
    workbookHeading: "Werkmap delen",
    makePortable: "Werkmap draagbaar maken",
    downloadPortable: "Draagbare werkmap downloaden",
    portableHint: "Draagbaar: de formules rekenen zonder deze invoegtoepassing (Excel, LibreOffice, Google Sheets); alle invoer blijft.",
    madePortable: "Draagbaar gemaakt: {sheets}.",
    downloaded: "Gedownload: {file} ({sheets}).",
    openPortable: "Draagbare kopie openen",
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
    creating: "Creating …",
    refresh: "Refresh",
    problems: "Invalid entries ({count})",
    error: "Error: {message}",
    errorStrays:
      'The sheet "{sheet}" was not re-created: entries that are not part of the sheet ({cells}) are where the sheet goes and would be overwritten. Move them elsewhere and try again.',
    errorForeign: 'The sheet "{sheet}" exists but is not a KAM sheet; it was left as it is.',
    retry: "Try again",
    errorDuplicate:
      'There are two KAM sheets of this kind: "{sheet}" and "{other}". The task pane uses "{other}". Delete or rename one of them.',
    errorTooLarge:
      'The sheet "{sheet}" has entries as far out as {cell}; this version of Excel cannot read so large a range. Delete what is outside the table (Ctrl+End goes to the last used cell).',
    duplicates: 'More sheets of this kind: {sheets}. The task pane shows "{sheet}".',
    loading: "Reading …",
    notRated: "–",
    overwritten: "Computed cells holding a value instead of their formula: {count}. There the sheet does not show what applies.",
    restoreFormulas: "Restore formulas",
    planned: "Tasks planned: {count}; they are on the sheet {sheet}.",
    workbookHeading: "Share the workbook",
    makePortable: "Make this workbook portable",
    downloadPortable: "Download a portable workbook",
    portableHint: "Portable: the formulas calculate without this add-in (Excel, LibreOffice, Google Sheets); every entry is kept.",
    madePortable: "Made portable: {sheets}.",
    downloaded: "Downloaded: {file} ({sheets}).",
    openPortable: "Open a portable copy",
    openedPortable: "Opened as a new workbook ({sheets}). Save it with File › Save As.",
    openedPortableBehind:
      "Opened as a new workbook ({sheets}); Excel for Mac shows it behind this window (Window menu). Save it with File › Save As.",
    nothingToShare: "No KAM sheet in this workbook yet.",
  },
};

/** The pane's shared words with a kind's own: what the kind's panel, descriptor and report speak with. */
export function withPaneText<K extends string>(own: Catalog<K>): Catalog<PaneKey | K> {
  return { de: { ...PANE_TEXT.de, ...own.de }, nl: { ...PANE_TEXT.nl, ...own.nl }, en: { ...PANE_TEXT.en, ...own.en } };
}
