import type { Verdict } from "../domain/evaluate";
import type { Catalog } from "../../../i18n/format";

/** The verdict as the sheet, the KAM.VERDICT function and the task pane show it. */
export const VERDICT_TEXT: Catalog<Verdict> = {
  de: {
    NOT_READY: "Nicht bereit: zuerst die schwachen Voraussetzungen erfüllen",
    READY_WITH_GAPS: "Bereit mit einer Lücke: die schwache Voraussetzung parallel angehen",
    READY: "Bereit für die Einführung von KAM",
    INCOMPLETE: "Unvollständig: noch nicht alle Voraussetzungen bewertet",
  },
  nl: {
    NOT_READY: "Niet gereed: realiseer eerst de zwakke voorwaarden",
    READY_WITH_GAPS: "Gereed, met één zwakke plek: pak die voorwaarde tegelijk aan",
    READY: "Gereed voor de invoering van KAM",
    INCOMPLETE: "Onvolledig: nog niet alle voorwaarden gescoord",
  },
  en: {
    NOT_READY: "Not ready: put the weak conditions in place first",
    READY_WITH_GAPS: "Ready, with one gap: address the weak condition alongside",
    READY: "Ready to introduce KAM",
    INCOMPLETE: "Incomplete: not all conditions rated yet",
  },
};
