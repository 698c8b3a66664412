import type { Catalog } from "../../../i18n/format";

/** The task the selection plans for each key account, in the task overview's language (phase 4 of the plan). */
export const SELECTION_LINK_TEXT: Catalog<"accountPlan"> = {
  de: { accountPlan: "Account-Analyse und Account-Plan für {customer} erstellen" },
  nl: { accountPlan: "Accountanalyse en accountplan opstellen voor {customer}" },
  en: { accountPlan: "Write the account analysis and account plan for {customer}" },
};
