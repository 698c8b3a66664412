import type { Catalog } from "../../../i18n/format";

/** The task the assessment plans for a candidate's deficit, in the task overview's language. */
export const COMPETENCE_LINK_TEXT: Catalog<"closeDeficit"> = {
  de: { closeDeficit: "Defizit beheben – {candidate}: {competence}" },
  nl: { closeDeficit: "Tekort verhelpen – {candidate}: {competence}" },
  en: { closeDeficit: "Close deficit – {candidate}: {competence}" },
};
