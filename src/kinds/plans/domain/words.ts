import type { Lang, Localized } from "../../../domain/lang";
import { findWord, knownWords } from "../../../domain/words";
import { type Attitude, type BuyingRole, type ContactLevel, type ObjectiveKind, type Stage, type Tick } from "./model";

/**
 * The words of the plan's lists, as the sheet offers them in its validation and reads them back in any of the
 * three languages (a plan copied from a Dutch workbook into a German one still reads). Glossary: docs/glossary.md.
 */
export const LEVEL_TEXT: Readonly<Record<ContactLevel, Localized>> = {
  STRATEGIC: { de: "Strategisch", nl: "Strategisch", en: "Strategic" },
  TACTICAL: { de: "Taktisch", nl: "Tactisch", en: "Tactical" },
  OPERATIONAL: { de: "Operativ", nl: "Operationeel", en: "Operational" },
};

export const ROLE_TEXT: Readonly<Record<BuyingRole, Localized>> = {
  INITIATOR: { de: "Initiator", nl: "Initiatiefnemer", en: "Initiator" },
  USER: { de: "Benutzer", nl: "Gebruiker", en: "User" },
  INFLUENCER: { de: "Beeinflusser", nl: "Beïnvloeder", en: "Influencer" },
  DECIDER: { de: "Entscheider", nl: "Beslisser", en: "Decider" },
  BUYER: { de: "Einkäufer", nl: "Inkoper", en: "Buyer" },
  GATEKEEPER: { de: "Gatekeeper", nl: "Gatekeeper", en: "Gatekeeper" },
};

export const ATTITUDE_TEXT: Readonly<Record<Attitude, Localized>> = {
  SUPPORTER: { de: "Befürworter", nl: "Voorstander", en: "Supporter" },
  NEUTRAL: { de: "Neutral", nl: "Neutraal", en: "Neutral" },
  OPPONENT: { de: "Gegner", nl: "Tegenstander", en: "Opponent" },
};

/** Seed 001's stage names: "Transactioneel stadium", "Coöperatief stadium", "Partnership stadium", "Integratie stadium". */
export const STAGE_TEXT: Readonly<Record<Stage, Localized>> = {
  TRANSACTIONAL: { de: "Transaktion", nl: "Transactioneel", en: "Transactional" },
  COOPERATIVE: { de: "Kooperation", nl: "Coöperatief", en: "Cooperative" },
  PARTNERSHIP: { de: "Partnerschaft", nl: "Partnership", en: "Partnership" },
  INTEGRATION: { de: "Integration", nl: "Integratie", en: "Integration" },
};

export const KIND_TEXT: Readonly<Record<ObjectiveKind, Localized>> = {
  QUANTITATIVE: { de: "Quantitativ", nl: "Kwantitatief", en: "Quantitative" },
  QUALITATIVE: { de: "Qualitativ", nl: "Kwalitatief", en: "Qualitative" },
};

export const TICK_TEXT: Readonly<Record<Tick, Localized>> = {
  YES: { de: "Ja", nl: "Ja", en: "Yes" },
  NO: { de: "Nein", nl: "Nee", en: "No" },
};

/**
 * The choice a text names in any of the three languages, as the sheet's formulas compare it (any case, spaces as
 * TRIM takes them); undefined for any other text or value. A word two languages share (Ja) names the same choice in
 * both.
 */
export function choiceFromText<C extends string>(table: Readonly<Record<C, Localized>>, text: unknown): C | undefined {
  return findWord(knownWords(table), text)?.choice;
}

/** The list a cell's validation offers, in `lang`, in the table's order. */
export function choiceList<C extends string>(table: Readonly<Record<C, Localized>>, lang: Lang): string[] {
  return (Object.keys(table) as C[]).map((c) => table[c][lang]);
}
