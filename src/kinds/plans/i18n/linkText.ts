import type { Catalog } from "../../../i18n/format";

/** The tasks account plans plan into the task overview, in the overview's language: each names its account. */
export const PLAN_LINK_TEXT: Catalog<"action" | "question"> = {
  de: { action: "{action} ({account})", question: "Klären: {question} ({account})" },
  nl: { action: "{action} ({account})", question: "Uitzoeken: {question} ({account})" },
  en: { action: "{action} ({account})", question: "Find out: {question} ({account})" },
};
