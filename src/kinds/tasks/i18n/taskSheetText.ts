import type { Catalog, EarlierLabels, SheetLabels } from "../../../i18n/format";

export type TaskSheetKey =
  | "sheetName"
  | "title"
  | "instruction"
  | "today"
  | "sPhase"
  | "sTasks"
  | "sDone"
  | "sOverdue"
  | "sDoneShare"
  | "sProgress"
  | "total"
  | "hId"
  | "hPhase"
  | "hTask"
  | "hResponsible"
  | "hStart"
  | "hDue"
  | "hStatus"
  | "hProgress"
  | "hLink"
  | "hNotes"
  | "hState"
  | "dateFormat"
  | "weekFormat"
  | "statusPrompt"
  | "datePrompt"
  | "todayPrompt"
  | "dateError"
  | "progressPrompt"
  | "progressError";

/** Every text of the task overview (README, "Planning with the task overview"). */
export const TASK_SHEET_TEXT: Catalog<TaskSheetKey> = {
  de: {
    sheetName: "Aufgaben",
    title: "Aufgabenübersicht: Einführung und Betrieb des Key-Account-Managements",
    instruction:
      "Nennen Sie alle Aufgaben, die mit der Einführung und dem Betrieb des Key-Account-Managements verbunden sind: wer, bis wann, Status. Überfällige Aufgaben werden rot markiert, in den nächsten 7 Tagen fällige gelb, erledigte grau. Filtern und sortieren Sie die Tabelle nach Belieben.",
    today: "Stichtag",
    sPhase: "Phase",
    sTasks: "Aufgaben",
    sDone: "Erledigt",
    sOverdue: "Überfällig",
    sDoneShare: "Erledigt in %",
    sProgress: "Fortschritt Ø",
    total: "Gesamt",
    hId: "Nr.",
    hPhase: "Phase",
    hTask: "Aufgabe",
    hResponsible: "Verantwortlich",
    hStart: "Start",
    hDue: "Fällig",
    hStatus: "Status",
    hProgress: "Fortschritt",
    hLink: "Verknüpfung",
    hNotes: "Notizen",
    hState: "Stand",
    dateFormat: "dd.mm.yyyy",
    weekFormat: "dd.mm.",
    statusPrompt: "Offen, In Arbeit, Erledigt oder Blockiert.",
    datePrompt: "Ein Datum, z. B. 31.03.2027.",
    todayPrompt: "=HEUTE() für das heutige Datum oder ein festes Datum als Stichtag für die Planung.",
    dateError: "Bitte ein gültiges Datum eingeben.",
    progressPrompt: "Fortschritt von 0 % bis 100 %.",
    progressError: "Bitte einen Wert von 0 % bis 100 % eingeben.",
  },
  nl: {
    sheetName: "Taken",
    title: "Takenoverzicht: invoering en uitvoering van key-accountmanagement",
    instruction:
      "Noteer alle taken die bij de invoering en uitvoering van key-accountmanagement horen: wie, uiterlijk wanneer, status. Taken die te laat zijn, worden rood, taken met een deadline binnen 7 dagen geel en afgeronde taken grijs. Filter en sorteer de tabel zoals u wilt.",
    today: "Peildatum",
    sPhase: "Fase",
    sTasks: "Taken",
    sDone: "Afgerond",
    sOverdue: "Te laat",
    sDoneShare: "Afgerond in %",
    sProgress: "Gem. voortgang",
    total: "Totaal",
    hId: "Nr.",
    hPhase: "Fase",
    hTask: "Taak",
    hResponsible: "Verantwoordelijk",
    hStart: "Start",
    hDue: "Deadline",
    hStatus: "Status",
    hProgress: "Voortgang",
    hLink: "Koppeling",
    hNotes: "Notities",
    hState: "Stand van zaken",
    dateFormat: "dd-mm-yyyy",
    weekFormat: "dd-mm",
    statusPrompt: "Open, Bezig, Afgerond of Geblokkeerd.",
    datePrompt: "Een datum, bijv. 31-03-2027.",
    todayPrompt: "=VANDAAG() voor de datum van vandaag of een vaste datum als peildatum voor de planning.",
    dateError: "Voer een geldige datum in.",
    progressPrompt: "Voortgang van 0% tot 100%.",
    progressError: "Voer een waarde van 0% tot 100% in.",
  },
  en: {
    sheetName: "Tasks",
    title: "Task overview: introducing and running key account management",
    instruction:
      "List every task of introducing and running key account management: who, by when, status. Overdue tasks turn red, tasks due within 7 days amber, done ones grey. Filter and sort the table as you like.",
    today: "Reference date",
    sPhase: "Phase",
    sTasks: "Tasks",
    sDone: "Done",
    sOverdue: "Overdue",
    sDoneShare: "Done in %",
    sProgress: "Mean progress",
    total: "Total",
    hId: "No.",
    hPhase: "Phase",
    hTask: "Task",
    hResponsible: "Responsible",
    hStart: "Start",
    hDue: "Due",
    hStatus: "Status",
    hProgress: "Progress",
    hLink: "Link",
    hNotes: "Notes",
    hState: "Current state",
    dateFormat: "yyyy-mm-dd",
    weekFormat: "d mmm",
    statusPrompt: "Open, In progress, Done or Blocked.",
    datePrompt: "A date, e.g. 2027-03-31.",
    todayPrompt: "=TODAY() for the current day, or a fixed date to plan against.",
    dateError: "Enter a valid date.",
    progressPrompt: "Progress from 0% to 100%.",
    progressError: "Enter a value from 0% to 100%.",
  },
};

/** Labels earlier versions wrote, still read (EarlierLabels). */
export const TASK_EARLIER: EarlierLabels<TaskSheetKey> = {
  de: { today: ["Heute"] },
  nl: { today: ["Vandaag"], sDone: ["Gereed"], sDoneShare: ["Gereed in %"], sProgress: ["Voortgang gem."], hState: ["Stand"] },
  en: { today: ["Today"], hState: ["State"] },
};

/** What the sheet's reader recognises: the labels above and the earlier ones. */
export const TASK_LABELS: SheetLabels<TaskSheetKey> = { texts: TASK_SHEET_TEXT, earlier: TASK_EARLIER };
