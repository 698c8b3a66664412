import type { Catalog } from "../../../i18n/format";
import { type PaneKey, withPaneText } from "../../../i18n/paneText";

/** The pane's and `kam read`'s words for the task overview; the shared ones are in src/i18n/paneText.ts. */
export type TaskPaneKey =
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
  | "today";

const OWN: Catalog<TaskPaneKey> = {
  de: {
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
    today: "Stichtag: {date}",
  },
  nl: {
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
    today: "Peildatum: {date}",
  },
  en: {
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
    today: "Reference date: {date}",
  },
};

/** The shared words and the task overview's own, for its panel, descriptor and report. */
export const TASK_PANE_TEXT: Catalog<PaneKey | TaskPaneKey> = withPaneText(OWN);
