import type { Catalog } from "../../../i18n/format";

/** The task the checklist plans for a weak condition, in the task overview's language. */
export const READINESS_LINK_TEXT: Catalog<"realizeCondition"> = {
  de: { realizeCondition: "Voraussetzung schaffen: {condition}" },
  nl: { realizeCondition: "Voorwaarde realiseren: {condition}" },
  en: { realizeCondition: "Put condition in place: {condition}" },
};
