import type { Catalog } from "../../../i18n/format";
import { withPaneText } from "../../../i18n/paneText";
import type { PlanPart } from "../domain/evaluate";

/** The pane's and `kam read`'s words for account plans; the shared ones are in src/i18n/paneText.ts. */
export type PlansPaneKey =
  | "tabPlans"
  | "plansHeading"
  | "missingPlans"
  | "foreignPlans"
  | "looksForPlans"
  | "createPlans"
  | "recreatePlans"
  | "accounts"
  | "accountsHint"
  | "createMissing"
  | "withoutPlan"
  | "allHavePlans"
  | "stage"
  | "stageNone"
  | "stageBefore"
  | "share"
  | "shareNone"
  | "trendUP"
  | "trendDOWN"
  | "trendFLAT"
  | "gaps"
  | "noGaps"
  | "stale"
  | "objectives"
  | "late"
  | "openQuestions"
  | "reviewed"
  | "neverReviewed"
  | "complete"
  | "missingParts"
  | `part_${PlanPart}`
  | "openSheet"
  | "planTasks"
  | "linkedTasks"
  | "settled"
  | "remarkR08"
  | "noPlans";

const OWN: Catalog<PlansPaneKey> = {
  de: {
    tabPlans: "Pläne",
    plansHeading: "Account-Pläne",
    missingPlans: "Diese Arbeitsmappe hat noch keine Account-Pläne.",
    foreignPlans: "Das Blatt „{sheet}“ gibt es schon, es ist aber kein Account-Plan; es bleibt unverändert.",
    looksForPlans: "Account-Pläne (Blätter „Plan …“)",
    createPlans: "Account-Pläne anlegen",
    recreatePlans: "Alle Pläne neu anlegen (Eingaben bleiben erhalten)",
    accounts: "Key Accounts",
    accountsHint: "Ein Key Account je Zeile. Hat er schon einen Plan, wird dieser neu angelegt; Ihre Einträge bleiben erhalten.",
    createMissing: "Pläne für Key Accounts ohne Plan anlegen ({count})",
    withoutPlan: "Key Accounts ohne Plan: {list}",
    allHavePlans: "Jeder Key Account der Key-Account-Auswahl hat einen Plan.",
    stage: "Beziehungsstufe: {stage}",
    stageNone: "Beziehungsstufe: noch nicht eingeschätzt",
    stageBefore: "zuvor {stage}",
    share: "Lieferanteil {year}: {share}",
    shareNone: "Lieferanteil: noch keine Angaben",
    trendUP: "steigend",
    trendDOWN: "fallend",
    trendFLAT: "gleichbleibend",
    gaps: "Ohne gute Beziehung: {list}",
    noGaps: "Jeder Entscheider und jeder strategische Kontakt hat eine gute Beziehung.",
    stale: "Seit über 90 Tagen kein Kontakt: {count}",
    objectives: "Ziele: {onTrack} im Plan, {behind} hinter Plan",
    late: "Überfällige Maßnahmen: {count}",
    openQuestions: "Offene Fragen: {count}",
    reviewed: "Zuletzt überprüft am {date}",
    neverReviewed: "Noch nie überprüft",
    complete: "Vollständig",
    missingParts: "Es fehlt: {parts}",
    part_spend: "Lieferanteil",
    part_contacts: "Kontaktmatrix ohne Lücken",
    part_stage: "Beziehungsstufe",
    part_swot: "SWOT-Analyse unserer Position",
    part_vision: "Vision",
    part_objectives: "messbares Ziel",
    part_actions: "Maßnahme",
    openSheet: "Plan öffnen",
    planTasks: "Maßnahmen und offene Fragen als Aufgaben planen",
    linkedTasks: "Aufgaben aus Account-Plänen ({count})",
    settled: "im Plan erledigt",
    remarkR08: "{sheet}: {complete} von {count} Account-Plänen vollständig",
    noPlans: "Noch keine Account-Pläne.",
  },
  nl: {
    tabPlans: "Plannen",
    plansHeading: "Accountplannen",
    missingPlans: "Deze werkmap heeft nog geen accountplannen.",
    foreignPlans: "Het blad “{sheet}” bestaat al, maar is geen accountplan; het blijft ongewijzigd.",
    looksForPlans: "accountplannen (bladen “Plan …”)",
    createPlans: "Accountplannen maken",
    recreatePlans: "Alle plannen opnieuw maken (invoer blijft behouden)",
    accounts: "Key accounts",
    accountsHint: "Eén key account per regel. Heeft het al een plan, dan wordt dat opnieuw gemaakt; uw invoer blijft behouden.",
    createMissing: "Plannen maken voor key accounts zonder plan ({count})",
    withoutPlan: "Key accounts zonder plan: {list}",
    allHavePlans: "Elk key account uit de key-accountselectie heeft een plan.",
    stage: "Relatiefase: {stage}",
    stageNone: "Relatiefase: nog niet beoordeeld",
    stageBefore: "eerder {stage}",
    share: "Aandeel in de besteding {year}: {share}",
    shareNone: "Aandeel in de besteding: nog geen gegevens",
    trendUP: "stijgend",
    trendDOWN: "dalend",
    trendFLAT: "gelijk",
    gaps: "Zonder goede relatie: {list}",
    noGaps: "Elke beslisser en elk strategisch contact heeft een goede relatie.",
    stale: "Langer dan 90 dagen geen contact: {count}",
    objectives: "Doelstellingen: {onTrack} op schema, {behind} achter op schema",
    late: "Te late acties: {count}",
    openQuestions: "Open vragen: {count}",
    reviewed: "Laatst geëvalueerd op {date}",
    neverReviewed: "Nog nooit geëvalueerd",
    complete: "Volledig",
    missingParts: "Ontbreekt: {parts}",
    part_spend: "aandeel in de besteding",
    part_contacts: "contactmatrix zonder gaten",
    part_stage: "relatiefase",
    part_swot: "SWOT-analyse van onze positie",
    part_vision: "visie",
    part_objectives: "meetbare doelstelling",
    part_actions: "actie",
    openSheet: "Plan openen",
    planTasks: "Acties en open vragen als taken plannen",
    linkedTasks: "Taken uit accountplannen ({count})",
    settled: "afgerond in het plan",
    remarkR08: "{sheet}: {complete} van {count} accountplannen volledig",
    noPlans: "Nog geen accountplannen.",
  },
  en: {
    tabPlans: "Plans",
    plansHeading: "Account plans",
    missingPlans: "This workbook has no account plans yet.",
    foreignPlans: 'The sheet "{sheet}" exists but is not an account plan; it is left unchanged.',
    looksForPlans: 'account plans (sheets "Plan …")',
    createPlans: "Create account plans",
    recreatePlans: "Re-create all plans (entries kept)",
    accounts: "Key accounts",
    accountsHint: "One key account per line. One that has a plan already has it re-created; your entries are kept.",
    createMissing: "Create plans for key accounts without a plan ({count})",
    withoutPlan: "Key accounts without a plan: {list}",
    allHavePlans: "Every key account of the key account selection has a plan.",
    stage: "Relationship stage: {stage}",
    stageNone: "Relationship stage: not assessed yet",
    stageBefore: "previously {stage}",
    share: "Share of wallet {year}: {share}",
    shareNone: "Share of wallet: no figures yet",
    trendUP: "rising",
    trendDOWN: "falling",
    trendFLAT: "unchanged",
    gaps: "Without a good relationship: {list}",
    noGaps: "Every decider and every strategic contact has a good relationship.",
    stale: "No contact for over 90 days: {count}",
    objectives: "Objectives: {onTrack} on track, {behind} behind plan",
    late: "Overdue actions: {count}",
    openQuestions: "Open questions: {count}",
    reviewed: "Last reviewed on {date}",
    neverReviewed: "Never reviewed",
    complete: "Complete",
    missingParts: "Missing: {parts}",
    part_spend: "share of wallet",
    part_contacts: "contact matrix without gaps",
    part_stage: "relationship stage",
    part_swot: "SWOT analysis of our position",
    part_vision: "vision",
    part_objectives: "measurable objective",
    part_actions: "action",
    openSheet: "Open plan",
    planTasks: "Plan actions and open questions as tasks",
    linkedTasks: "Tasks from account plans ({count})",
    settled: "done in the plan",
    remarkR08: "{sheet}: {complete} of {count} account plans complete",
    noPlans: "No account plans yet.",
  },
};

export const PLANS_PANE_TEXT = withPaneText(OWN);
