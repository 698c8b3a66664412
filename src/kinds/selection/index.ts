/** The key-account selection: which customers are key accounts, from weighted criteria on two axes. */
import { localized } from "../../i18n/format";
import type { SelectionSheetState } from "./workflows/selection";
import type { KindDescriptor } from "../../workflows/kinds";
import { SELECTION_PANE_TEXT } from "./i18n/paneText";

export const SELECTION: KindDescriptor<SelectionSheetState> = {
  id: "selection",
  text: {
    tab: localized(SELECTION_PANE_TEXT, "tabSelection"),
    heading: localized(SELECTION_PANE_TEXT, "selectionHeading"),
    missing: localized(SELECTION_PANE_TEXT, "missingSelection"),
    foreign: localized(SELECTION_PANE_TEXT, "foreignSelection"),
    looksFor: localized(SELECTION_PANE_TEXT, "looksForSelection"),
  },
  newOptions: ["--customers"],
  remarksOn: ["readiness"],
  load: () => import(/* webpackChunkName: "selection-workflow" */ "./module").then((m) => m.SELECTION_MODULE),
  panel: () => import(/* webpackChunkName: "selection" */ "./taskpane/SelectionPanel").then((m) => m.SelectionPanel),
};
