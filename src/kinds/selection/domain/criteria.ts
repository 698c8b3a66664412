import { idSequence } from "../../../domain/ids";
import { type Lang, type Localized, itemText } from "../../../domain/lang";
import type { CriterionGroup } from "./model";

/**
 * The standard criteria of the classic KAM portfolio (README, "Selecting key accounts"): five on the customer's
 * attractiveness to us, five on our strength in the customer's eyes against the strongest competitor, each group
 * weighted to 100 by default.
 */
export interface StandardCriterion {
  readonly id: string;
  readonly group: CriterionGroup;
  readonly text: Localized;
  readonly weight: number;
}

const k = (id: string, group: CriterionGroup, weight: number, de: string, nl: string, en: string): StandardCriterion => ({
  id,
  group,
  weight,
  text: { de, nl, en },
});

export const STANDARD_CRITERIA: readonly StandardCriterion[] = [
  k("K01", "attractiveness", 30, "Bedarfsvolumen und Potenzial", "Inkoopvolume en potentieel", "Purchase volume and potential"),
  k("K02", "attractiveness", 20, "Wachstum", "Groei", "Growth"),
  k(
    "K03",
    "attractiveness",
    20,
    "Profitabilität und Preisdurchsetzung",
    "Winstgevendheid en prijsrealisatie",
    "Profitability and price realisation",
  ),
  k(
    "K04",
    "attractiveness",
    20,
    "Kooperationspotenzial und strategische Passung",
    "Samenwerkingspotentieel en strategische fit",
    "Cooperation potential and strategic fit",
  ),
  k("K05", "attractiveness", 10, "Wert als Referenzkunde", "Waarde als referentieklant", "Value as a reference customer"),
  k("K06", "strength", 20, "Unser Lieferanteil", "Ons aandeel in de inkoop van de klant", "Our share of the customer's spend"),
  k("K07", "strength", 20, "Kundenzufriedenheit", "Klanttevredenheid", "Customer satisfaction"),
  k(
    "K08",
    "strength",
    25,
    "Zugang zu Entscheidern und Beziehungsstufe",
    "Toegang tot beslissers en relatiefase",
    "Access to decision makers and relationship stage",
  ),
  k(
    "K09",
    "strength",
    20,
    "Passung unseres Angebots zum Kundenbedarf",
    "Aansluiting van ons aanbod op de klantbehoefte",
    "Fit of our offer with the customer's needs",
  ),
  k("K10", "strength", 15, "Service- und Lieferleistung", "Service- en leverprestatie", "Service and delivery performance"),
];

const BY_ID = new Map(STANDARD_CRITERIA.map((s) => [s.id, s]));

export function standardCriterion(id: string): StandardCriterion | undefined {
  return BY_ID.get(id);
}

const CRITERION_IDS = idSequence("K", STANDARD_CRITERIA.length);
export const CRITERION_ID_PATTERN = CRITERION_IDS.pattern;

/** The user's own criteria continue after the highest id in use. */
export function nextCriterionIds(usedIds: Iterable<string>, count: number): string[] {
  return CRITERION_IDS.next(usedIds, count);
}

/** What a criterion is called in `lang`: the user's own text, else the standard text of its id, else the id. */
export function criterionLabel(c: { readonly id: string; readonly text: string | null }, lang: Lang): string {
  return itemText(c, standardCriterion(c.id), lang) ?? c.id;
}

const CUSTOMER_IDS = idSequence("A", 0);
export const CUSTOMER_ID_PATTERN = CUSTOMER_IDS.pattern;

/** New customers take the numbers after the highest in use. */
export function nextCustomerIds(usedIds: Iterable<string>, count: number): string[] {
  return CUSTOMER_IDS.next(usedIds, count);
}
