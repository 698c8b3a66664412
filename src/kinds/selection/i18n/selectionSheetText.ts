import type { Catalog, EarlierLabels, SheetLabels } from "../../../i18n/format";

export type SelectionSheetKey =
  | "sheetName"
  | "title"
  | "instruction"
  | "legend"
  | "cutOff"
  | "capacity"
  | "overCapacity"
  | "sClass"
  | "sCustomers"
  | "sRevenue"
  | "group"
  | "weight"
  | "countsAttractiveness"
  | "countsStrength"
  | "attractiveness"
  | "strength"
  | "hId"
  | "hCustomer"
  | "hRevenue"
  | "hPotential"
  | "hClass"
  | "hRank"
  | "hNotes"
  | "scorePromptTitle"
  | "scorePrompt"
  | "scoreError"
  | "weightPrompt"
  | "weightError"
  | "groupPrompt"
  | "cutOffPrompt"
  | "cutOffError"
  | "capacityPrompt"
  | "capacityError"
  | "amountPrompt"
  | "amountError"
  | "amountFormat"
  | "chartTitle"
  | "plotX"
  | "plotY"
  | "plotSize"
  | "smallestBubble";

/** Every text of the key-account selection sheet (README, "Selecting key accounts"). */
export const SELECTION_SHEET_TEXT: Catalog<SelectionSheetKey> = {
  de: {
    sheetName: "Key-Account-Auswahl",
    title: "Key Accounts auswählen: Kundenattraktivität und relative Wettbewerbsstärke",
    instruction:
      "Bewerten Sie im Team jeden Kunden nach jedem Kriterium von 0 bis 10, mit Blick auf die nächsten drei Jahre. Key Accounts sind für uns attraktiv, und wir sind für sie attraktiv. Ein Entwicklungsaccount ist für uns attraktiv, doch für ihn müssen wir erst attraktiv werden. Wählen Sie nie mehr Key Accounts, als Ihre Key-Account-Manager betreuen können.",
    legend:
      "Bewertung: 0 = trifft nicht zu … 10 = trifft voll zu · leer = nicht bewertet · die Gewichtungen einer Gruppe ergeben zusammen 100",
    cutOff: "Grenzwert (0–10)",
    capacity: "Kapazität (Key Accounts)",
    overCapacity: "Mehr Key Accounts als Kapazität: Wählen Sie weniger aus.",
    sClass: "Klasse",
    sCustomers: "Kunden",
    sRevenue: "Umsatz",
    group: "Gruppe",
    weight: "Gewichtung",
    countsAttractiveness: "Wirksame Gewichtung: Kundenattraktivität",
    countsStrength: "Wirksame Gewichtung: relative Wettbewerbsstärke",
    attractiveness: "Kundenattraktivität",
    strength: "Relative Wettbewerbsstärke",
    hId: "Nr.",
    hCustomer: "Kunde",
    hRevenue: "Umsatz",
    hPotential: "Potenzial (3 Jahre)",
    hClass: "Klasse",
    hRank: "Rang",
    hNotes: "Notizen",
    scorePromptTitle: "Bewertung 0–10",
    scorePrompt: "0 = trifft nicht zu … 10 = trifft voll zu. Leer lassen, solange nicht bewertet.",
    scoreError: "Geben Sie eine ganze Zahl von 0 bis 10 ein.",
    weightPrompt: "Gewichtung 0–100; die Gewichtungen einer Gruppe ergeben zusammen 100.",
    weightError: "Geben Sie eine ganze Zahl von 0 bis 100 ein.",
    groupPrompt: "Zu welcher Gruppe das Kriterium gehört.",
    cutOffPrompt: "Ab diesem Wert gilt eine Achse als hoch (Standard 5).",
    cutOffError: "Geben Sie eine Zahl von 0 bis 10 ein.",
    capacityPrompt: "Wie viele Key Accounts Ihre Key-Account-Manager betreuen können (Standard 4).",
    capacityError: "Geben Sie eine ganze Zahl von 0 bis 999 ein.",
    amountPrompt: "Ein Betrag ab 0, etwa in Tausend Euro.",
    amountError: "Geben Sie eine Zahl ab 0 ein.",
    amountFormat: "#,##0",
    chartTitle: "Portfolio: Blasengröße = Umsatz, Linien beim Grenzwert {cutOff}",
    plotX: "Diagramm: relative Wettbewerbsstärke",
    plotY: "Diagramm: Kundenattraktivität",
    plotSize: "Diagramm: Blasengröße",
    smallestBubble: "Kleinste Blase (ohne Umsatz)",
  },
  nl: {
    sheetName: "Key-accountselectie",
    title: "Key accounts selecteren: klantaantrekkelijkheid en relatieve concurrentiekracht",
    instruction:
      "Geef met het team elke klant per criterium een score van 0 tot 10, met het oog op de komende drie jaar. Key accounts zijn aantrekkelijk voor ons, en wij zijn aantrekkelijk voor hen. Een ontwikkelingsaccount is aantrekkelijk voor ons, maar voor die klant moeten wij nog aantrekkelijk worden. Kies nooit meer key accounts dan uw key-accountmanagers kunnen bedienen.",
    legend: "Score: 0 = helemaal niet … 10 = volledig · leeg = zonder score · de wegingen van een groep zijn samen 100",
    cutOff: "Grenswaarde (0–10)",
    capacity: "Capaciteit (key accounts)",
    overCapacity: "Meer key accounts dan de capaciteit: kies er minder.",
    sClass: "Klasse",
    sCustomers: "Klanten",
    sRevenue: "Omzet",
    group: "Groep",
    weight: "Weging",
    countsAttractiveness: "Geldende weging: klantaantrekkelijkheid",
    countsStrength: "Geldende weging: relatieve concurrentiekracht",
    attractiveness: "Klantaantrekkelijkheid",
    strength: "Relatieve concurrentiekracht",
    hId: "Nr.",
    hCustomer: "Klant",
    hRevenue: "Omzet",
    hPotential: "Potentieel (3 jaar)",
    hClass: "Klasse",
    hRank: "Rang",
    hNotes: "Notities",
    scorePromptTitle: "Score 0–10",
    scorePrompt: "0 = helemaal niet … 10 = volledig. Laat leeg zolang er geen score is.",
    scoreError: "Voer een geheel getal van 0 tot 10 in.",
    weightPrompt: "Weging 0–100; de wegingen van een groep zijn samen 100.",
    weightError: "Voer een geheel getal van 0 tot 100 in.",
    groupPrompt: "Tot welke groep het criterium behoort.",
    cutOffPrompt: "Vanaf deze waarde telt een as als hoog (standaard 5).",
    cutOffError: "Voer een getal van 0 tot 10 in.",
    capacityPrompt: "Hoeveel key accounts uw key-accountmanagers kunnen bedienen (standaard 4).",
    capacityError: "Voer een geheel getal van 0 tot 999 in.",
    amountPrompt: "Een bedrag vanaf 0, bijvoorbeeld in duizenden euro's.",
    amountError: "Voer een getal vanaf 0 in.",
    amountFormat: "#,##0",
    chartTitle: "Portfolio: bel = omzet, lijnen bij grenswaarde {cutOff}",
    plotX: "Grafiek: relatieve concurrentiekracht",
    plotY: "Grafiek: klantaantrekkelijkheid",
    plotSize: "Grafiek: belgrootte",
    smallestBubble: "Kleinste bel (zonder omzet)",
  },
  en: {
    sheetName: "Key account selection",
    title: "Selecting key accounts: customer attractiveness and relative strength",
    instruction:
      "With the team, score each customer on every criterion from 0 to 10, looking three years ahead. Key accounts are attractive to us, and we are attractive to them. A key development account is attractive to us, but we must still become attractive to it. Never select more key accounts than your key account managers can serve.",
    legend: "Score: 0 = not at all … 10 = fully · blank = not scored · a group's weights add up to 100",
    cutOff: "Cut-off (0–10)",
    capacity: "Capacity (key accounts)",
    overCapacity: "More key accounts than the capacity: select fewer.",
    sClass: "Class",
    sCustomers: "Customers",
    sRevenue: "Revenue",
    group: "Group",
    weight: "Weight",
    countsAttractiveness: "Weight that counts: customer attractiveness",
    countsStrength: "Weight that counts: relative strength",
    attractiveness: "Customer attractiveness",
    strength: "Relative strength",
    hId: "No.",
    hCustomer: "Customer",
    hRevenue: "Revenue",
    hPotential: "Potential (3 years)",
    hClass: "Class",
    hRank: "Rank",
    hNotes: "Notes",
    scorePromptTitle: "Score 0–10",
    scorePrompt: "0 = not at all … 10 = fully. Leave blank until scored.",
    scoreError: "Enter a whole number from 0 to 10.",
    weightPrompt: "Weight 0–100; a group's weights add up to 100.",
    weightError: "Enter a whole number from 0 to 100.",
    groupPrompt: "The group the criterion belongs to.",
    cutOffPrompt: "From this value on, an axis counts as high (default 5).",
    cutOffError: "Enter a number from 0 to 10.",
    capacityPrompt: "How many key accounts your key account managers can serve (default 4).",
    capacityError: "Enter a whole number from 0 to 999.",
    amountPrompt: "An amount of 0 or more, e.g. in thousands.",
    amountError: "Enter a number of 0 or more.",
    amountFormat: "#,##0",
    chartTitle: "Portfolio: bubble = revenue, lines at the cut-off {cutOff}",
    plotX: "Chart: relative strength",
    plotY: "Chart: customer attractiveness",
    plotSize: "Chart: bubble size",
    smallestBubble: "Smallest bubble (no revenue)",
  },
};

/** No earlier version of this sheet exists yet. */
export const SELECTION_EARLIER: EarlierLabels<SelectionSheetKey> = {};

/** What the sheet's reader recognises. */
export const SELECTION_LABELS: SheetLabels<SelectionSheetKey> = { texts: SELECTION_SHEET_TEXT, earlier: SELECTION_EARLIER };
