import type { Catalog } from "../../../i18n/format";
import { addProblemTexts } from "../../../i18n/problemText";

/** The problems only the readiness checklist finds; the shared ones are in src/i18n/problemText.ts. */
export type ReadinessProblemCode = "thresholdInvalid";

declare module "../../../i18n/problemText" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface KindProblemCodes extends Record<ReadinessProblemCode, true> {}
}

export const READINESS_PROBLEM_TEXT: Catalog<ReadinessProblemCode> = {
  de: {
    thresholdInvalid: "{cell}: {entry} ist kein gültiger Schwellenwert (eine Zahl von 1 bis 5); es gilt 3.",
  },
  nl: {
    thresholdInvalid: "{cell}: {entry} is geen geldige drempel (een getal van 1 tot 5); er wordt 3 gebruikt.",
  },
  en: {
    thresholdInvalid: "{cell}: {entry} is not a valid threshold (a number from 1 to 5); 3 applies.",
  },
};

addProblemTexts(READINESS_PROBLEM_TEXT);
