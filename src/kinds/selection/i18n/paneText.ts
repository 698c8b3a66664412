import type { Catalog } from "../../../i18n/format";
import { withPaneText } from "../../../i18n/paneText";

/** The pane's and `kam read`'s words for the key-account selection; the shared ones are in src/i18n/paneText.ts. */
export type SelectionPaneKey =
  | "tabSelection"
  | "selectionHeading"
  | "missingSelection"
  | "foreignSelection"
  | "looksForSelection"
  | "createSelection"
  | "updateSelection"
  | "customers"
  | "customersHint"
  | "criteria"
  | "ownCriterion"
  | "ownCriterionHint"
  | "weightOf"
  | "weightSum"
  | "portfolio"
  | "portfolioHint"
  | "keyAccounts"
  | "developmentAccounts"
  | "otherAccounts"
  | "scores"
  | "lifts"
  | "noLifts"
  | "incompleteCustomers"
  | "unscoredCustomers"
  | "noCustomers"
  | "overCapacity"
  | "withinCapacity"
  | "cutOffIs"
  | "planKeyAccounts"
  | "selectRow"
  | "linkedTasks"
  | "noLongerKey"
  | "remarkR05";

const OWN: Catalog<SelectionPaneKey> = {
  de: {
    tabSelection: "Auswahl",
    selectionHeading: "Key-Account-Auswahl",
    missingSelection: "Diese Arbeitsmappe hat noch keine Key-Account-Auswahl.",
    foreignSelection:
      "Das Blatt „{sheet}“ gibt es schon, es ist aber keine Key-Account-Auswahl. Benennen Sie es um, oder wählen Sie eine andere Sprache.",
    looksForSelection: "eine Key-Account-Auswahl ({names})",
    createSelection: "Key-Account-Auswahl anlegen",
    updateSelection: "Key-Account-Auswahl neu anlegen (Eingaben bleiben erhalten)",
    customers: "Kunden hinzufügen",
    customersHint:
      "Ein Kunde je Zeile, auf Wunsch mit dem Umsatz dahinter (durch Tabulator oder Semikolon getrennt), etwa aus Excel kopiert.",
    criteria: "Kriterien und Gewichtung",
    ownCriterion: "Eigenes Kriterium",
    ownCriterionHint: "Es kommt mit der Gewichtung 0 hinzu; geben Sie ihm danach eine Gewichtung.",
    weightOf: "Gewichtung von {criterion}",
    weightSum: "Summe: {sum} von 100",
    portfolio: "Portfolio",
    portfolioHint:
      "Kundenattraktivität (nach oben) gegen relative Wettbewerbsstärke (nach rechts); die Größe ist der Umsatz. Ein Klick wählt die Zeile des Kunden.",
    keyAccounts: "Key Accounts ({count})",
    developmentAccounts: "Entwicklungsaccounts ({count})",
    otherAccounts: "Pflegeaccounts: {maintenance} · Mitnahmeaccounts: {opportunistic}",
    scores: "Kundenattraktivität {attractiveness} · relative Wettbewerbsstärke {strength}",
    lifts: "Größte Hebel: {list}",
    noLifts: "Alle Kriterien der Wettbewerbsstärke stehen auf 10.",
    incompleteCustomers: "Unvollständig bewertet ({count})",
    unscoredCustomers: "Nicht bewertet ({count})",
    noCustomers: "Noch keine Kunden: Fügen Sie unten Kunden hinzu oder tragen Sie sie im Blatt ein.",
    overCapacity:
      "Key Accounts: {count}, Kapazität: {capacity}. Wählen Sie nie mehr Key Accounts, als Ihre Key-Account-Manager betreuen können.",
    withinCapacity: "{count} von {capacity} Key Accounts (Kapazität)",
    cutOffIs: "Grenzwert {cutOff}",
    planKeyAccounts: "Aufgaben für die Key Accounts planen",
    selectRow: "Zeile von {name} auswählen",
    linkedTasks: "Aufgaben für Key Accounts ({count})",
    noLongerKey: "Kein Key Account mehr",
    remarkR05: "Laut „{sheet}“: Key Accounts {key} (Kapazität {capacity}), Entwicklungsaccounts {development}, nicht bewertet {pending}.",
  },
  nl: {
    tabSelection: "Selectie",
    selectionHeading: "Key-accountselectie",
    missingSelection: "Deze werkmap heeft nog geen key-accountselectie.",
    foreignSelection: "Het blad “{sheet}” bestaat al, maar is geen key-accountselectie. Geef het een andere naam of kies een andere taal.",
    looksForSelection: "een key-accountselectie ({names})",
    createSelection: "Key-accountselectie maken",
    updateSelection: "Key-accountselectie opnieuw maken (invoer blijft bewaard)",
    customers: "Klanten toevoegen",
    customersHint:
      "Eén klant per regel, desgewenst met de omzet erachter (gescheiden door een tab of puntkomma), bijvoorbeeld gekopieerd uit Excel.",
    criteria: "Criteria en weging",
    ownCriterion: "Eigen criterium",
    ownCriterionHint: "Het wordt toegevoegd met weging 0; geef het daarna een weging.",
    weightOf: "Weging van {criterion}",
    weightSum: "Totaal: {sum} van 100",
    portfolio: "Portfolio",
    portfolioHint:
      "Klantaantrekkelijkheid (omhoog) tegen relatieve concurrentiekracht (naar rechts); de grootte is de omzet. Klik om de rij van de klant te selecteren.",
    keyAccounts: "Key accounts ({count})",
    developmentAccounts: "Ontwikkelingsaccounts ({count})",
    otherAccounts: "Onderhoudsaccounts: {maintenance} · opportunistische accounts: {opportunistic}",
    scores: "klantaantrekkelijkheid {attractiveness} · relatieve concurrentiekracht {strength}",
    lifts: "Grootste hefbomen: {list}",
    noLifts: "Alle criteria voor concurrentiekracht staan op 10.",
    incompleteCustomers: "Onvolledig gescoord ({count})",
    unscoredCustomers: "Zonder score ({count})",
    noCustomers: "Nog geen klanten: voeg hieronder klanten toe of vul ze in het blad in.",
    overCapacity: "Key accounts: {count}, capaciteit: {capacity}. Kies nooit meer key accounts dan uw key-accountmanagers kunnen bedienen.",
    withinCapacity: "{count} van {capacity} key accounts (capaciteit)",
    cutOffIs: "Grenswaarde {cutOff}",
    planKeyAccounts: "Taken plannen voor de key accounts",
    selectRow: "Rij van {name} selecteren",
    linkedTasks: "Taken voor key accounts ({count})",
    noLongerKey: "Geen key account meer",
    remarkR05:
      "Volgens “{sheet}”: key accounts {key} (capaciteit {capacity}), ontwikkelingsaccounts {development}, zonder score {pending}.",
  },
  en: {
    tabSelection: "Selection",
    selectionHeading: "Key account selection",
    missingSelection: "This workbook has no key account selection yet.",
    foreignSelection: 'The sheet "{sheet}" exists but is not a key account selection. Rename it or pick another language.',
    looksForSelection: "a key account selection ({names})",
    createSelection: "Create key account selection",
    updateSelection: "Re-create key account selection (entries are kept)",
    customers: "Add customers",
    customersHint: "One customer per line, optionally followed by its revenue (after a tab or a semicolon), e.g. copied from Excel.",
    criteria: "Criteria and weights",
    ownCriterion: "Own criterion",
    ownCriterionHint: "It is added with weight 0; weigh it afterwards.",
    weightOf: "Weight of {criterion}",
    weightSum: "Total: {sum} of 100",
    portfolio: "Portfolio",
    portfolioHint:
      "Customer attractiveness (up) against relative strength (right); the size is the revenue. Click to select the customer's row.",
    keyAccounts: "Key accounts ({count})",
    developmentAccounts: "Key development accounts ({count})",
    otherAccounts: "Maintenance accounts: {maintenance} · opportunistic accounts: {opportunistic}",
    scores: "customer attractiveness {attractiveness} · relative strength {strength}",
    lifts: "Biggest levers: {list}",
    noLifts: "Every relative strength criterion is at 10.",
    incompleteCustomers: "Incompletely scored ({count})",
    unscoredCustomers: "Not scored ({count})",
    noCustomers: "No customers yet: add them below or type them into the sheet.",
    overCapacity: "Key accounts: {count}, capacity: {capacity}. Never select more key accounts than your key account managers can serve.",
    withinCapacity: "{count} of {capacity} key accounts (capacity)",
    cutOffIs: "Cut-off {cutOff}",
    planKeyAccounts: "Plan tasks for the key accounts",
    selectRow: "Select the row of {name}",
    linkedTasks: "Tasks for key accounts ({count})",
    noLongerKey: "No longer a key account",
    remarkR05:
      'According to "{sheet}": key accounts {key} (capacity {capacity}), key development accounts {development}, not scored {pending}.',
  },
};

export const SELECTION_PANE_TEXT = withPaneText(OWN);
