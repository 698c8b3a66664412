import type { Catalog } from "../../../i18n/format";
import type { AccountClass } from "../domain/evaluate";

/** What a customer's class cell says: one of the four classes, or why it has none yet. */
export type ClassWord = AccountClass | "INCOMPLETE" | "UNSCORED";

export const CLASS_WORDS: readonly ClassWord[] = ["KEY", "DEVELOPMENT", "MAINTENANCE", "OPPORTUNISTIC", "INCOMPLETE", "UNSCORED"];

/**
 * The class words as the sheet writes them and its formulas compare them (docs/glossary.md): the sheet's own
 * words, in the sheet's language.
 */
export const CLASS_TEXT: Catalog<ClassWord> = {
  de: {
    KEY: "Key Account",
    DEVELOPMENT: "Entwicklungsaccount",
    MAINTENANCE: "Pflegeaccount",
    OPPORTUNISTIC: "Mitnahmeaccount",
    INCOMPLETE: "unvollständig",
    UNSCORED: "nicht bewertet",
  },
  nl: {
    KEY: "Key account",
    DEVELOPMENT: "Ontwikkelingsaccount",
    MAINTENANCE: "Onderhoudsaccount",
    OPPORTUNISTIC: "Opportunistische account",
    INCOMPLETE: "onvolledig",
    UNSCORED: "zonder score",
  },
  en: {
    KEY: "Key account",
    DEVELOPMENT: "Key development account",
    MAINTENANCE: "Maintenance account",
    OPPORTUNISTIC: "Opportunistic account",
    INCOMPLETE: "incomplete",
    UNSCORED: "not scored",
  },
};
