import type { Catalog } from "../../../i18n/format";
import { addProblemTexts } from "../../../i18n/problemText";

/** The problems only the competence assessment finds; the shared ones are in src/i18n/problemText.ts. */
export type CompetenceProblemCode = "weightInvalid";

declare module "../../../i18n/problemText" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface KindProblemCodes extends Record<CompetenceProblemCode, true> {}
}

export const COMPETENCE_PROBLEM_TEXT: Catalog<CompetenceProblemCode> = {
  de: {
    weightInvalid: "{cell}: {entry} ist kein gültiges Gewicht (1, 2 oder 3); es gilt 2.",
  },
  nl: {
    weightInvalid: "{cell}: {entry} is geen geldig gewicht (1, 2 of 3); er wordt 2 gebruikt.",
  },
  en: {
    weightInvalid: "{cell}: {entry} is not a valid weight (1, 2 or 3); 2 applies.",
  },
};

addProblemTexts(COMPETENCE_PROBLEM_TEXT);
