import type { Catalog, SheetLabels } from "../../../i18n/format";

export type PlanSheetKey =
  | "title"
  | "instruction"
  | "accountId"
  | "periodStart"
  | "reviewed"
  | "reviewDue"
  | "stage"
  | "previousStage"
  | "previousDate"
  | "today"
  | "share"
  | "gaps"
  | "stale"
  | "behind"
  | "late"
  | "openQuestions"
  | "partsInPlace"
  | "sAnalysis"
  | "accountVision"
  | "organisation"
  | "history"
  | "sAccountSwot"
  | "sOurSwot"
  | "strengths"
  | "weaknesses"
  | "opportunities"
  | "threats"
  | "sSpend"
  | "hYear"
  | "hSpend"
  | "hRevenue"
  | "hShare"
  | "hNotes"
  | "sCompetitors"
  | "hCompetitor"
  | "hService"
  | "hLocation"
  | "sContacts"
  | "contactsLegend"
  | "hName"
  | "hPosition"
  | "hLevel"
  | "hRole"
  | "hAttitude"
  | "hLastContact"
  | "hMember"
  | "hBest"
  | "hCover"
  | "noCover"
  | "sStage"
  | "hNo"
  | "hStage"
  | "hIndicator"
  | "hTick"
  | "sPlan"
  | "planVision"
  | "productMix"
  | "priceMix"
  | "promotionMix"
  | "relationshipMix"
  | "sObjectives"
  | "hObjective"
  | "hMeasure"
  | "hKind"
  | "hBaseline"
  | "hTarget"
  | "hCurrent"
  | "hDue"
  | "hOwner"
  | "hProgress"
  | "hTimeGone"
  | "sActions"
  | "hAction"
  | "hResponsible"
  | "hStart"
  | "hStatus"
  | "hServes"
  | "hLate"
  | "sQuestions"
  | "hQuestion"
  | "hAnswer"
  | "strengthPrompt"
  | "strengthError"
  | "datePrompt"
  | "dateError"
  | "yearError"
  | "spendTitle"
  | "strengthTitle"
  | "amountPrompt"
  | "amountError"
  | "sharePrompt"
  | "shareError"
  | "listError"
  | "amountFormat"
  | "dateFormat"
  | "chartTitle";

/**
 * Every text of an account plan's sheet (README, "Account plans"). Its terms are the glossary's
 * (docs/glossary.md): account plan, share of wallet, contact matrix, relationship stage, objective, action.
 */
export const PLAN_SHEET_TEXT: Catalog<PlanSheetKey> = {
  de: {
    title: "Account-Plan",
    instruction:
      "Analyse und Plan für einen Key Account, gepflegt vom Account-Team. Füllen Sie die gelben Zellen aus; die übrigen berechnet das Blatt. Fehlt in einer Tabelle Platz, fügen Sie Zeilen ein und legen Sie den Plan neu an: Ihre Einträge bleiben erhalten.",
    accountId: "Key-Account-Nr.",
    periodStart: "Planungszeitraum ab",
    reviewed: "Zuletzt überprüft am",
    reviewDue: "Überprüfung fällig",
    stage: "Beziehungsstufe",
    previousStage: "Vorherige Beziehungsstufe",
    previousDate: "Eingeschätzt am",
    today: "Stichtag",
    share: "Lieferanteil (jüngstes Jahr)",
    gaps: "Entscheider und strategische Kontakte ohne gute Beziehung",
    stale: "Seit über 90 Tagen kein Kontakt",
    behind: "Ziele hinter Plan",
    late: "Überfällige Maßnahmen",
    openQuestions: "Offene Fragen",
    partsInPlace: "Teile des Plans vorhanden (von 7)",
    sAnalysis: "Account-Analyse",
    accountVision: "Vision und Gesamtstrategie des Kunden",
    organisation: "Organisation des Kunden",
    history: "Geschichte der Geschäftsbeziehung",
    sAccountSwot: "SWOT-Analyse des Kunden",
    sOurSwot: "SWOT-Analyse unserer Position beim Kunden",
    strengths: "Stärken",
    weaknesses: "Schwächen",
    opportunities: "Chancen",
    threats: "Risiken",
    sSpend: "Ausgaben des Kunden und unser Lieferanteil",
    hYear: "Jahr",
    hSpend: "Gesamtausgaben in unserem Bereich",
    hRevenue: "Unser Umsatz",
    hShare: "Anteil",
    hNotes: "Notizen",
    sCompetitors: "Anteile der Wettbewerber",
    hCompetitor: "Wettbewerber",
    hService: "Leistung",
    hLocation: "Standort",
    sContacts: "Kontaktmatrix",
    contactsLegend:
      "Beziehungsstärke je Mitglied des Account-Teams: 0 = keine, 1 = schwach, 2 = gut, 3 = stark. Jeder Entscheider und jeder strategische Kontakt braucht mindestens eine Beziehung der Stärke 2.",
    hName: "Name",
    hPosition: "Funktion",
    hLevel: "Ebene",
    hRole: "Rolle im Buying Center",
    hAttitude: "Haltung zu uns",
    hLastContact: "Letzter Kontakt",
    hMember: "Teammitglied",
    hBest: "Stärkste Beziehung",
    hCover: "Abdeckung",
    noCover: "Lücke",
    sStage: "Beziehungsstufe: Indikatoren",
    hNo: "Nr.",
    hStage: "Stufe",
    hIndicator: "Indikator",
    hTick: "Trifft zu?",
    sPlan: "Account-Plan für die nächsten 12 Monate",
    planVision: "Vision: Wo stehen wir mit dem Kunden in 3 Jahren?",
    productMix: "Produkt- und Leistungsmix (Deep-Selling, Cross-Selling)",
    priceMix: "Preismix (Preisaufbau, Margenpolitik)",
    promotionMix: "Kommunikationsmix (Werbemittel und Personaleinsatz)",
    relationshipMix: "Beziehungsmix (Bottom-up, Top-down, horizontal)",
    sObjectives: "Ziele für die nächsten 12 Monate (SMART)",
    hObjective: "Ziel",
    hMeasure: "Messgröße",
    hKind: "Art",
    hBaseline: "Ausgangswert",
    hTarget: "Zielwert",
    hCurrent: "Aktueller Wert",
    hDue: "Fällig",
    hOwner: "Verantwortlich",
    hProgress: "Fortschritt",
    hTimeGone: "Verstrichene Zeit",
    sActions: "Maßnahmenplan: Wer macht was bis wann?",
    hAction: "Maßnahme",
    hResponsible: "Verantwortlich",
    hStart: "Start",
    hStatus: "Status",
    hServes: "Für Ziel",
    hLate: "Überfällig",
    sQuestions: "Was wir noch nicht wissen, aber wissen sollten",
    hQuestion: "Frage",
    hAnswer: "Antwort",
    strengthPrompt: "0 = keine, 1 = schwach, 2 = gut, 3 = stark. Leer lassen, wenn keine Beziehung besteht.",
    strengthError: "Geben Sie eine ganze Zahl von 0 bis 3 ein.",
    datePrompt: "Ein Datum, z. B. 31.03.2027.",
    dateError: "Geben Sie ein Datum ein.",
    yearError: "Geben Sie ein Jahr ein, z. B. 2026.",
    spendTitle: "Gesamtausgaben",
    strengthTitle: "Beziehungsstärke",
    amountPrompt: "Ein Betrag ab 0, etwa in Tausend Euro.",
    amountError: "Geben Sie eine Zahl ab 0 ein.",
    sharePrompt: "Anteil an den Ausgaben des Kunden, 0–100 %.",
    shareError: "Geben Sie einen Anteil von 0 bis 100 % ein.",
    listError: "Wählen Sie einen Eintrag aus der Liste.",
    amountFormat: "#,##0",
    dateFormat: "dd.mm.yyyy",
    chartTitle: "Ausgaben des Kunden und unser Umsatz",
  },
  nl: {
    title: "Accountplan",
    instruction:
      "Analyse en plan voor één key account, bijgehouden door het accountteam. Vul de gele cellen in; het blad berekent de rest. Is een tabel vol, voeg dan rijen in en maak het plan opnieuw: uw invoer blijft behouden.",
    accountId: "Key-accountnummer",
    periodStart: "Planperiode vanaf",
    reviewed: "Laatst geëvalueerd op",
    reviewDue: "Evaluatie nodig",
    stage: "Relatiefase",
    previousStage: "Vorige relatiefase",
    previousDate: "Beoordeeld op",
    today: "Peildatum",
    share: "Aandeel in de besteding (meest recente jaar)",
    gaps: "Beslissers en strategische contacten zonder goede relatie",
    stale: "Langer dan 90 dagen geen contact",
    behind: "Doelstellingen achter op schema",
    late: "Te late acties",
    openQuestions: "Open vragen",
    partsInPlace: "Onderdelen van het plan aanwezig (van de 7)",
    sAnalysis: "Accountanalyse",
    accountVision: "Visie en overkoepelende strategie van het account",
    organisation: "Organisatiestructuur van het account",
    history: "Historie van onze relatie met het account",
    sAccountSwot: "SWOT-analyse van het account",
    sOurSwot: "SWOT-analyse van onze positie bij het account",
    strengths: "Sterktes",
    weaknesses: "Zwaktes",
    opportunities: "Kansen",
    threats: "Bedreigingen",
    sSpend: "Besteding van het account en ons aandeel",
    hYear: "Jaar",
    hSpend: "Totale besteding in onze categorie",
    hRevenue: "Onze omzet",
    hShare: "Aandeel",
    hNotes: "Notities",
    sCompetitors: "Aandeel van concurrenten",
    hCompetitor: "Concurrent",
    hService: "Dienst",
    hLocation: "Locatie",
    sContacts: "Contactmatrix",
    contactsLegend:
      "Sterkte van de relatie per lid van het accountteam: 0 = geen, 1 = zwak, 2 = goed, 3 = sterk. Elke beslisser en elk strategisch contact heeft minstens één relatie met sterkte 2 nodig.",
    hName: "Naam",
    hPosition: "Functie",
    hLevel: "Niveau",
    hRole: "Rol in de DMU",
    hAttitude: "Houding tegenover ons",
    hLastContact: "Laatste contact",
    hMember: "Teamlid",
    hBest: "Sterkste relatie",
    hCover: "Dekking",
    noCover: "Niet gedekt",
    sStage: "Relatiefase: indicatoren",
    hNo: "Nr.",
    hStage: "Fase",
    hIndicator: "Indicator",
    hTick: "Van toepassing?",
    sPlan: "Accountplan voor de komende 12 maanden",
    planVision: "Visie: waar staan we met het account over 3 jaar?",
    productMix: "Product- en dienstenmix (deep selling, cross selling)",
    priceMix: "Prijsmix (prijsopbouw, margebeleid)",
    promotionMix: "Promotiemix (materiële en personele inzet)",
    relationshipMix: "Relatiemix (bottom-up, top-down, horizontaal)",
    sObjectives: "Doelstellingen voor de komende 12 maanden (SMART)",
    hObjective: "Doelstelling",
    hMeasure: "Maatstaf",
    hKind: "Soort",
    hBaseline: "Uitgangswaarde",
    hTarget: "Streefwaarde",
    hCurrent: "Huidige waarde",
    hDue: "Deadline",
    hOwner: "Verantwoordelijk",
    hProgress: "Voortgang",
    hTimeGone: "Verstreken tijd",
    sActions: "Actieplan: wie doet wat en wanneer?",
    hAction: "Actie",
    hResponsible: "Verantwoordelijk",
    hStart: "Start",
    hStatus: "Status",
    hServes: "Voor doelstelling",
    hLate: "Te laat",
    sQuestions: "Wat we nog niet weten maar wel zouden moeten weten",
    hQuestion: "Vraag",
    hAnswer: "Antwoord",
    strengthPrompt: "0 = geen, 1 = zwak, 2 = goed, 3 = sterk. Laat leeg als er geen relatie is.",
    strengthError: "Voer een geheel getal van 0 tot 3 in.",
    datePrompt: "Een datum, bijv. 31-03-2027.",
    dateError: "Voer een datum in.",
    yearError: "Voer een jaar in, bijv. 2026.",
    spendTitle: "Totale besteding",
    strengthTitle: "Sterkte van de relatie",
    amountPrompt: "Een bedrag vanaf 0, bijvoorbeeld in duizenden euro's.",
    amountError: "Voer een getal vanaf 0 in.",
    sharePrompt: "Aandeel in de besteding van het account, 0–100%.",
    shareError: "Voer een aandeel van 0 tot 100% in.",
    listError: "Kies een waarde uit de lijst.",
    amountFormat: "#,##0",
    dateFormat: "dd-mm-yyyy",
    chartTitle: "Besteding van het account en onze omzet",
  },
  en: {
    title: "Account plan",
    instruction:
      "Analysis and plan for one key account, kept by the account team. Fill in the yellow cells; the sheet calculates the rest. When a table is full, insert rows and re-create the plan: your entries are kept.",
    accountId: "Key account no.",
    periodStart: "Planning period from",
    reviewed: "Last reviewed on",
    reviewDue: "Review due",
    stage: "Relationship stage",
    previousStage: "Previous relationship stage",
    previousDate: "Assessed on",
    today: "Reference date",
    share: "Share of wallet (latest year)",
    gaps: "Deciders and strategic contacts without a good relationship",
    stale: "No contact for over 90 days",
    behind: "Objectives behind plan",
    late: "Overdue actions",
    openQuestions: "Open questions",
    partsInPlace: "Parts of the plan in place (of 7)",
    sAnalysis: "Account analysis",
    accountVision: "The account's vision and overall strategy",
    organisation: "The account's organisation",
    history: "History of our relationship with the account",
    sAccountSwot: "SWOT analysis of the account",
    sOurSwot: "SWOT analysis of our position with the account",
    strengths: "Strengths",
    weaknesses: "Weaknesses",
    opportunities: "Opportunities",
    threats: "Threats",
    sSpend: "The account's spend and our share of wallet",
    hYear: "Year",
    hSpend: "Total spend in our field",
    hRevenue: "Our revenue",
    hShare: "Share",
    hNotes: "Notes",
    sCompetitors: "Competitors' shares",
    hCompetitor: "Competitor",
    hService: "Service",
    hLocation: "Location",
    sContacts: "Contact matrix",
    contactsLegend:
      "Strength of the relationship per member of the account team: 0 = none, 1 = weak, 2 = good, 3 = strong. Every decider and every strategic contact needs at least one relationship of strength 2.",
    hName: "Name",
    hPosition: "Position",
    hLevel: "Level",
    hRole: "Buying-centre role",
    hAttitude: "Attitude towards us",
    hLastContact: "Last contact",
    hMember: "Team member",
    hBest: "Strongest relationship",
    hCover: "Coverage",
    noCover: "Gap",
    sStage: "Relationship stage: indicators",
    hNo: "No.",
    hStage: "Stage",
    hIndicator: "Indicator",
    hTick: "Applies?",
    sPlan: "Account plan for the next 12 months",
    planVision: "Vision: where will we stand with the account in 3 years' time?",
    productMix: "Product and service mix (deep selling, cross-selling)",
    priceMix: "Price mix (price structure, margin policy)",
    promotionMix: "Promotion mix (promotional materials and people)",
    relationshipMix: "Relationship mix (bottom-up, top-down, horizontal)",
    sObjectives: "Objectives for the next 12 months (SMART)",
    hObjective: "Objective",
    hMeasure: "Measure",
    hKind: "Type",
    hBaseline: "Baseline",
    hTarget: "Target",
    hCurrent: "Current",
    hDue: "Due",
    hOwner: "Responsible",
    hProgress: "Progress",
    hTimeGone: "Time elapsed",
    sActions: "Action plan: who does what, and when?",
    hAction: "Action",
    hResponsible: "Responsible",
    hStart: "Start",
    hStatus: "Status",
    hServes: "For objective",
    hLate: "Overdue",
    sQuestions: "What we do not know yet but should",
    hQuestion: "Question",
    hAnswer: "Answer",
    strengthPrompt: "0 = none, 1 = weak, 2 = good, 3 = strong. Leave blank where there is no relationship.",
    strengthError: "Enter a whole number from 0 to 3.",
    datePrompt: "A date, e.g. 2027-03-31.",
    dateError: "Enter a date.",
    yearError: "Enter a year, e.g. 2026.",
    spendTitle: "Total spend",
    strengthTitle: "Relationship strength",
    amountPrompt: "An amount of 0 or more, e.g. in thousands.",
    amountError: "Enter a number of 0 or more.",
    sharePrompt: "Share of the account's spend, 0–100%.",
    shareError: "Enter a share from 0 to 100%.",
    listError: "Choose an entry from the list.",
    amountFormat: "#,##0",
    dateFormat: "yyyy-mm-dd",
    chartTitle: "The account's spend and our revenue",
  },
};

export const PLAN_LABELS: SheetLabels<PlanSheetKey> = { texts: PLAN_SHEET_TEXT, earlier: {} };
