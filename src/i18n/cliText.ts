import type { Catalog } from "./format";

/** Why a file cannot be read as a workbook (UnreadableFileError), for the command line's message. */
export type FileReason =
  | "notFound"
  | "notRegular"
  | "permission"
  | "empty"
  | "encrypted"
  | "oldOffice"
  | "markup"
  | "notZip"
  | "damagedZip"
  | "ods"
  | "odf"
  | "noWorkbook"
  | "word"
  | "powerpoint"
  | "workbookMissing"
  | "partDamaged"
  | "sheetMissing"
  | "sheetDamaged";

/** What the command line says besides its report: why a file cannot be read or written, and usage errors. */
export type CliKey =
  | FileReason
  | "cannotRead"
  | "cannotWrite"
  | "wrote"
  | "noKamSheet"
  | "sheetsAre"
  | "noSheets"
  | "foreignSheet"
  | "looksFor"
  | "looksForReadiness"
  | "looksForCompetences"
  | "looksForTasks"
  | "notXlsxName"
  | "cannotCheck"
  | "noFolder"
  | "symlink"
  | "isFolder"
  | "notRegularTarget"
  | "exists"
  | "unknownCommand"
  | "unknownOption"
  | "needsValue"
  | "oneFile"
  | "whichFile"
  | "didYouMean"
  | "seeHelp"
  | "unknownLanguage";

export const CLI_TEXT: Catalog<CliKey> = {
  de: {
    notFound: "Die Datei existiert nicht.",
    notRegular: "Das ist keine reguläre Datei, sondern ein Ordner, ein Gerät, eine Pipe oder ein Socket.",
    permission: "Sie haben keine Berechtigung, diese Datei zu lesen.",
    empty: "Die Datei ist leer.",
    encrypted:
      "Die Arbeitsmappe ist kennwortgeschützt (verschlüsselt). Öffnen Sie sie in Excel, entfernen Sie das Kennwort (Datei › Informationen › Arbeitsmappe schützen › Mit Kennwort verschlüsseln), speichern Sie die Datei und lesen Sie sie erneut ein.",
    oldOffice:
      "Das ist eine Excel 97-2003-Arbeitsmappe (.xls) oder eine andere ältere Office-Datei. Öffnen Sie sie in Excel oder LibreOffice und speichern Sie sie als .xlsx.",
    markup: "Das ist eine XML- oder HTML-Datei, keine .xlsx-Arbeitsmappe (eine .xlsx-Datei ist ein ZIP-Archiv).",
    notZip: "Das ist keine .xlsx-Arbeitsmappe (.xlsx-Dateien sind ZIP-Archive, diese Datei ist keins).",
    damagedZip: "Die Datei ist beschädigt – kein vollständiges ZIP-Archiv ({detail}).",
    ods: "Das ist eine OpenDocument-Kalkulationstabelle (.ods), keine .xlsx-Arbeitsmappe. Öffnen Sie sie in LibreOffice oder Excel und speichern Sie sie als .xlsx.",
    odf: "Das ist eine OpenDocument-Datei, keine .xlsx-Arbeitsmappe.",
    noWorkbook: "Das ist ein ZIP-Archiv, aber keine Excel-Arbeitsmappe (es enthält keinen Arbeitsmappenteil).",
    word: "Das ist ein Word-Dokument, keine Excel-Arbeitsmappe.",
    powerpoint: "Das ist eine PowerPoint-Präsentation, keine Excel-Arbeitsmappe.",
    workbookMissing: "Die Datei ist beschädigt: Der Arbeitsmappenteil ({part}) fehlt.",
    partDamaged: "Die Datei ist beschädigt: Der Teil {part} lässt sich nicht entpacken ({detail}).",
    sheetMissing: "Die Datei ist beschädigt: Das Blatt „{sheet}“ enthält keine Daten (der zugehörige Teil {part} fehlt).",
    sheetDamaged: "Die Datei ist beschädigt: Das Blatt „{sheet}“ lässt sich nicht entpacken ({detail}).",
    cannotRead: "{file} kann nicht gelesen werden: {reason}",
    cannotWrite: "{file} kann nicht gespeichert werden: {reason}",
    wrote: "{file} gespeichert: {sheets}.",
    noKamSheet: "{file} kann nicht gelesen werden: Das ist eine Excel-Arbeitsmappe, aber sie enthält kein KAM-Blatt ({has}).",
    sheetsAre: "vorhandene Blätter: {sheets}",
    noSheets: "sie enthält keine Blätter",
    foreignSheet:
      "Das Blatt „{sheet}“ trägt den Namen eines KAM-Blatts, aber seine Kopfzeile (mit „Nr.“ und der Titelspalte) wurde nicht gefunden.",
    looksFor: "kam read liest {kinds}, wie kam new und das Add-in sie anlegen.",
    looksForReadiness: "eine KAM-Checkliste ({names})",
    looksForCompetences: "eine KAM-Kompetenzbewertung ({names})",
    looksForTasks: "eine KAM-Aufgabenübersicht ({names})",
    notXlsxName: "{file}: kein .xlsx-Dateiname; kam new schreibt DATEI.xlsx.",
    cannotCheck: "{file} lässt sich nicht prüfen ({detail}).",
    noFolder: "{file}: Der Ordner {folder} existiert nicht; legen Sie ihn zuerst an.",
    symlink:
      "{file} ist eine symbolische Verknüpfung und bleibt auch mit --force unberührt (sonst würde die Datei überschrieben, auf die sie verweist).",
    isFolder: "{file} ist ein Ordner; geben Sie eine Datei an.",
    notRegularTarget: "{file} ist keine reguläre Datei, sondern ein Gerät, eine Pipe oder ein Socket; sie bleibt unberührt.",
    exists: "{file} existiert bereits und bleibt unverändert. Mit --force wird die Datei ersetzt.",
    unknownCommand: "Unbekannter Befehl „{command}“.",
    unknownOption: "kam {command}: unbekannte Option {option}.",
    needsValue: "kam {command}: {option} erwartet einen Wert.",
    oneFile: "kam {command}: Es ist nur eine Datei möglich; „{arg}“ ist überzählig.",
    whichFile: "kam {command}: Welche Datei?",
    didYouMean: " Meinten Sie {word}?",
    seeHelp: " Siehe kam --help.",
    unknownLanguage: "Unbekannte Sprache „{lang}“; verwenden Sie de, nl oder en.",
  },
  nl: {
    notFound: "dit bestand bestaat niet.",
    notRegular: "dit is geen gewoon bestand, maar een map, apparaat, pipe of socket.",
    permission: "u hebt geen leesrechten voor dit bestand.",
    empty: "het bestand is leeg.",
    encrypted:
      "de werkmap is met een wachtwoord beveiligd (versleuteld). Open hem in Excel, verwijder het wachtwoord (Bestand › Info › Werkmap beveiligen › Versleutelen met wachtwoord), sla hem op en lees hem opnieuw in.",
    oldOffice:
      "dit is een Excel 97-2003-werkmap (.xls) of een ander ouder Office-bestand. Open het in Excel of LibreOffice en sla het op als .xlsx.",
    markup: "dit is een XML- of HTML-bestand, geen .xlsx-werkmap (een .xlsx-bestand is een zip-archief).",
    notZip: "dit is geen .xlsx-werkmap (een .xlsx-bestand is een zip-archief, dit bestand niet).",
    damagedZip: "het bestand is beschadigd: het is geen volledig zip-archief ({detail}).",
    ods: "dit is een OpenDocument-spreadsheet (.ods), geen .xlsx-werkmap. Open het in LibreOffice of Excel en sla het op als .xlsx.",
    odf: "dit is een OpenDocument-bestand, geen .xlsx-werkmap.",
    noWorkbook: "dit is een zip-archief, maar geen Excel-werkmap (er zit geen werkmapdeel in).",
    word: "dit is een Word-document, geen Excel-werkmap.",
    powerpoint: "dit is een PowerPoint-presentatie, geen Excel-werkmap.",
    workbookMissing: "het bestand is beschadigd: het werkmapdeel ({part}) ontbreekt.",
    partDamaged: "het bestand is beschadigd: het deel {part} kan niet worden uitgepakt ({detail}).",
    sheetMissing: "het bestand is beschadigd: het blad “{sheet}” heeft geen gegevens (het deel {part} ontbreekt).",
    sheetDamaged: "het bestand is beschadigd: het blad “{sheet}” kan niet worden uitgepakt ({detail}).",
    cannotRead: "{file} kan niet worden gelezen: {reason}",
    cannotWrite: "{file} kan niet worden opgeslagen: {reason}",
    wrote: "{file} opgeslagen: {sheets}.",
    noKamSheet: "{file} kan niet worden gelezen: het is een Excel-werkmap, maar er staat geen KAM-blad in ({has}).",
    sheetsAre: "de bladen: {sheets}",
    noSheets: "er staan geen bladen in",
    foreignSheet: "Het blad “{sheet}” heeft de naam van een KAM-blad, maar de kopregel (met “Nr.” en de titelkolom) is niet gevonden.",
    looksFor: "kam read leest {kinds}, zoals kam new en de invoegtoepassing ze maken.",
    looksForReadiness: "een KAM-checklist ({names})",
    looksForCompetences: "een KAM-competentiebeoordeling ({names})",
    looksForTasks: "een KAM-takenoverzicht ({names})",
    notXlsxName: "{file}: geen .xlsx-bestandsnaam; kam new schrijft BESTAND.xlsx.",
    cannotCheck: "{file} kan niet worden gecontroleerd ({detail}).",
    noFolder: "{file}: de map {folder} bestaat niet; maak die eerst aan.",
    symlink:
      "{file} is een symbolische koppeling en blijft ook met --force ongemoeid (anders zou het bestand waarnaar de koppeling verwijst, worden overschreven).",
    isFolder: "{file} is een map; geef een bestand op.",
    notRegularTarget: "{file} is geen gewoon bestand (maar een apparaat, pipe of socket); het blijft ongemoeid.",
    exists: "{file} bestaat al en blijft ongewijzigd. Met --force wordt het bestand vervangen.",
    unknownCommand: "Onbekende opdracht “{command}”.",
    unknownOption: "kam {command}: onbekende optie {option}.",
    needsValue: "kam {command}: {option} heeft een waarde nodig.",
    oneFile: "kam {command}: geef maar één bestand op; “{arg}” is er één te veel.",
    whichFile: "kam {command}: welk bestand?",
    didYouMean: " Bedoelde u {word}?",
    seeHelp: " Zie kam --help.",
    unknownLanguage: "Onbekende taal “{lang}”: gebruik de, nl of en.",
  },
  en: {
    notFound: "there is no such file.",
    notRegular: "it is not a regular file (a folder, device, pipe or socket).",
    permission: "permission denied: you may not read this file.",
    empty: "the file is empty.",
    encrypted:
      "the workbook is password-protected (encrypted). Open it in Excel, remove the password (File › Info › Protect Workbook), save it and read it again.",
    oldOffice: "it is an Excel 97–2003 workbook (.xls) or another older Office file. Open it in Excel or LibreOffice and save it as .xlsx.",
    markup: "it is an XML or HTML file, not an .xlsx workbook (an .xlsx file is a zip archive).",
    notZip: "it is not an .xlsx workbook (an .xlsx file is a zip archive; this one is not).",
    damagedZip: "the file is damaged: it is not a complete zip archive ({detail}).",
    ods: "it is an OpenDocument spreadsheet (.ods), not an .xlsx workbook. Open it in LibreOffice or Excel and save it as .xlsx.",
    odf: "it is an OpenDocument file, not an .xlsx workbook.",
    noWorkbook: "it is a zip archive, but not an Excel workbook (it has no workbook part).",
    word: "it is a Word document, not an Excel workbook.",
    powerpoint: "it is a PowerPoint presentation, not an Excel workbook.",
    workbookMissing: "the file is damaged: its workbook part ({part}) is missing.",
    partDamaged: "the file is damaged: its part {part} cannot be unpacked ({detail}).",
    sheetMissing: 'the file is damaged: the worksheet "{sheet}" has no data (its part {part} is missing).',
    sheetDamaged: 'the file is damaged: the worksheet "{sheet}" cannot be unpacked ({detail}).',
    cannotRead: "Cannot read {file}: {reason}",
    cannotWrite: "Cannot write {file}: {reason}",
    wrote: "Wrote {file}: {sheets}.",
    noKamSheet: "Cannot read {file}: it is an Excel workbook, but holds no KAM sheet ({has}).",
    sheetsAre: "its sheets are {sheets}",
    noSheets: "it has no worksheets",
    foreignSheet: 'The sheet "{sheet}" has a KAM sheet\'s name, but its header row (Nr. and the title column) was not found.',
    looksFor: "kam read reads {kinds}, as kam new and the add-in write them.",
    looksForReadiness: "a KAM checklist ({names})",
    looksForCompetences: "a KAM competence assessment ({names})",
    looksForTasks: "a KAM task overview ({names})",
    notXlsxName: "{file}: not an .xlsx file name; kam new writes FILE.xlsx.",
    cannotCheck: "{file}: cannot be checked ({detail}).",
    noFolder: "{file}: the folder {folder} does not exist; create it first.",
    symlink: "{file} is a symbolic link; it is left alone, also with --force (writing through it would overwrite the file it points to).",
    isFolder: "{file} is a folder; name a file to write.",
    notRegularTarget: "{file} is not a regular file (a device, pipe or socket); it is left alone.",
    exists: "{file} exists; it is left as it is. Use --force to replace it.",
    unknownCommand: 'Unknown command "{command}".',
    unknownOption: "kam {command}: unknown option {option}.",
    needsValue: "kam {command}: {option} needs a value.",
    oneFile: 'kam {command}: one file only; "{arg}" is one too many.',
    whichFile: "kam {command}: which file?",
    didYouMean: " Did you mean {word}?",
    seeHelp: " See kam --help.",
    unknownLanguage: 'Unknown language "{lang}": use de, nl or en.',
  },
};
