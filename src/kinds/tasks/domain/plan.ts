import { type Lang, type Localized, itemText } from "../../../domain/lang";

/** The five phases of introducing and running KAM (README, "Planning with the task overview"). */
export const PHASES: readonly Localized[] = [
  { de: "1 Ziele und Rahmenbedingungen", nl: "1 Doelen en randvoorwaarden", en: "1 Goals and framework" },
  { de: "2 Organisation", nl: "2 Organisatie", en: "2 Organisation" },
  { de: "3 Personal", nl: "3 Personeel", en: "3 People" },
  { de: "4 Key Accounts und Planung", nl: "4 Key accounts en planning", en: "4 Key accounts and planning" },
  { de: "5 Betrieb", nl: "5 Uitvoering", en: "5 Operation" },
];

export interface DefaultTask {
  readonly id: string;
  /** 1–5 */
  readonly phase: number;
  readonly text: Localized;
  readonly earlier: readonly string[];
}

const t = (id: string, phase: number, de: string, nl: string, en: string): DefaultTask => ({
  id,
  phase,
  text: { de, nl, en },
  earlier: EARLIER_TEXTS[id] ?? [],
});

/** Texts earlier versions wrote, by id: a sheet holding one still has the standard task (re-localised when created again). */
const EARLIER_TEXTS: Readonly<Record<string, readonly string[]>> = {
  T09: [
    "Aufgaben abgrenzen gegen Innendienst, Außendienst und Marketing",
    "Taken afbakenen tegenover binnendienst, buitendienst en marketing",
    "Delimit the tasks against inside sales, field sales and marketing",
  ],
  T12: ["Competenties van potentiële key accountmanagers beoordelen (blad Competenties)"],
  T14: ["Key accountmanagers benoemen"],
};

/**
 * The default plan: introducing KAM step by step, then each key account's analysis and plan (README, "Planning with the
 * task overview").
 */
export const DEFAULT_TASKS: readonly DefaultTask[] = [
  t(
    "T01",
    1,
    "Position des Unternehmens und seiner Kunden im Wettbewerbsumfeld analysieren",
    "Positie van het bedrijf en zijn klanten in het concurrentieveld analyseren",
    "Analyse the position of the company and its customers among competitors",
  ),
  t("T02", 1, "Ziele des KAM festlegen", "Doelen van KAM vastleggen", "Set the goals of KAM"),
  t(
    "T03",
    1,
    "Kennzahlen bestimmen, die die Zielerreichung zeigen",
    "Kengetallen bepalen die laten zien of de doelen gehaald worden",
    "Define the indicators that show whether the goals are met",
  ),
  t(
    "T04",
    1,
    "Relevante Daten und Informationen ermitteln",
    "Relevante gegevens en informatie verzamelen",
    "Gather the relevant data and information",
  ),
  t("T05", 1, "Budgets und Ressourcen bestimmen", "Budgetten en middelen bepalen", "Determine budgets and resources"),
  t(
    "T06",
    1,
    "Mission für die Zusammenarbeit mit Key Accounts formulieren",
    "Missie voor de samenwerking met key accounts formuleren",
    "Write the mission for working with key accounts",
  ),
  t(
    "T07",
    2,
    "Organisatorische Voraussetzungen bewerten (Blatt Voraussetzungen)",
    "Organisatorische voorwaarden beoordelen (blad Voorwaarden)",
    "Assess the organisational conditions (Readiness sheet)",
  ),
  t(
    "T08",
    2,
    "Verankerung im Organigramm klären (Vertrieb, Marketing oder Kundenmanagement; funktions- oder kundenorientiert)",
    "Plaats in het organogram bepalen (verkoop, marketing of klantmanagement; functie- of klantgericht)",
    "Settle the place in the organisation chart (sales, marketing or customer management; by function or by customer)",
  ),
  t(
    "T09",
    2,
    "Aufgaben gegenüber Innendienst, Außendienst und Marketing abgrenzen",
    "Taken afbakenen ten opzichte van binnendienst, buitendienst en marketing",
    "Separate the tasks from those of inside sales, field sales and marketing",
  ),
  t(
    "T10",
    2,
    "Aufgabenteilung zwischen Zentrale und Niederlassungen klären (international)",
    "Taakverdeling tussen hoofdkantoor en vestigingen bepalen (internationaal)",
    "Settle the division of tasks between head office and subsidiaries (international)",
  ),
  t("T11", 3, "Erforderliche Kompetenzen festlegen", "Vereiste competenties vastleggen", "Define the required competences"),
  t(
    "T12",
    3,
    "Kompetenzen potenzieller Key-Account-Manager bewerten (Blatt Kompetenzen)",
    "Competenties van potentiële key-accountmanagers beoordelen (blad Competenties)",
    "Assess the competences of potential key account managers (Competences sheet)",
  ),
  t("T13", 3, "Defizite durch Qualifizierung beheben", "Tekorten verhelpen door opleiding", "Close deficits through training"),
  t("T14", 3, "Key-Account-Manager benennen", "Key-accountmanagers benoemen", "Appoint the key account managers"),
  t("T15", 3, "Account-Teams benennen", "Accountteams benoemen", "Appoint the account teams"),
  t("T16", 4, "Key Accounts auswählen", "Key accounts selecteren", "Select the key accounts"),
  t(
    "T17",
    4,
    "Account-Analyse je Key Account erstellen (Strategie, Organisation, SWOT, Historie, Umsatz und Anteil, Wettbewerber, Kontaktmatrix)",
    "Accountanalyse per key account maken (strategie, organisatie, SWOT, historie, omzet en aandeel, concurrenten, contactmatrix)",
    "Write an account analysis per key account (strategy, organisation, SWOT, history, revenue and share, competitors, contact matrix)",
  ),
  t(
    "T18",
    4,
    "Account-Plan erstellen (Vision 3 Jahre, Ziele 12 Monate, Strategie, Team, Aktionsplan)",
    "Accountplan maken (visie 3 jaar, doelen 12 maanden, strategie, team, actieplan)",
    "Write the account plan (3-year vision, 12-month goals, strategy, team, action plan)",
  ),
  t(
    "T19",
    5,
    "Account-Aktionsplan umsetzen und vierteljährlich überprüfen",
    "Actieplan per account uitvoeren en elk kwartaal evalueren",
    "Carry out the account action plan and review it quarterly",
  ),
  t(
    "T20",
    5,
    "Berichterstattung, Evaluation und Überwachung durchführen",
    "Rapportage, evaluatie en monitoring uitvoeren",
    "Carry out reporting, evaluation and monitoring",
  ),
  t(
    "T21",
    5,
    "Umsatz und Profitabilität je Account überwachen",
    "Omzet en winstgevendheid per account bewaken",
    "Monitor revenue and profitability per account",
  ),
  t("T22", 5, "Erfolge feiern und Erfahrungen teilen", "Successen vieren en ervaringen delen", "Celebrate successes and share experience"),
];

const BY_ID = new Map(DEFAULT_TASKS.map((d) => [d.id, d]));

export function defaultTask(id: string): DefaultTask | undefined {
  return BY_ID.get(id);
}

/** What a task is called in `lang`: the user's own text, else the default text of its id, else the id. */
export function taskLabel(task: { readonly id: string; readonly text: string | null }, lang: Lang): string {
  return itemText(task, defaultTask(task.id), lang) ?? task.id;
}

/** A standard phase (1–5) by its name in `lang`; the user's own phase as typed. */
export function phaseLabel(phase: number | string, lang: Lang): string {
  return typeof phase === "number" ? (PHASES[phase - 1]?.[lang] ?? String(phase)) : phase;
}
