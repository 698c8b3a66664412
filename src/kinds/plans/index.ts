/** Account plans: one sheet per key account, with its analysis, contact matrix, relationship stage, objectives and actions. */
import { localized } from "../../i18n/format";
import type { KindDescriptor } from "../../workflows/kinds";
import { PLANS_PANE_TEXT } from "./i18n/paneText";
import type { PlansKindState } from "./workflows/plans";

export const PLANS: KindDescriptor<PlansKindState> = {
  id: "plans",
  text: {
    tab: localized(PLANS_PANE_TEXT, "tabPlans"),
    heading: localized(PLANS_PANE_TEXT, "plansHeading"),
    missing: localized(PLANS_PANE_TEXT, "missingPlans"),
    foreign: localized(PLANS_PANE_TEXT, "foreignPlans"),
    looksFor: localized(PLANS_PANE_TEXT, "looksForPlans"),
  },
  newOptions: ["--accounts"],
  remarksOn: ["readiness"],
  load: () => import(/* webpackChunkName: "plans-workflow" */ "./module").then((m) => m.PLANS_MODULE),
  panel: () => import(/* webpackChunkName: "plans" */ "./taskpane/PlansPanel").then((m) => m.PlansPanel),
};
