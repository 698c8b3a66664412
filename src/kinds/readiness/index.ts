/** The readiness checklist: are the conditions for KAM present? Its panel is part of the pane's first screen. */
import { CLI_TEXT } from "../../i18n/cliText";
import { localized } from "../../i18n/format";
import type { KindDescriptor } from "../../workflows/kinds";
import type { ReadinessSheetState } from "./workflows/readiness";
import { READINESS_PANE_TEXT } from "./i18n/paneText";

export const READINESS: KindDescriptor<ReadinessSheetState> = {
  id: "readiness",
  text: {
    tab: localized(READINESS_PANE_TEXT, "tabReadiness"),
    heading: localized(READINESS_PANE_TEXT, "readinessHeading"),
    missing: localized(READINESS_PANE_TEXT, "missingChecklist"),
    foreign: localized(READINESS_PANE_TEXT, "foreignChecklist"),
    looksFor: localized(CLI_TEXT, "looksForReadiness"),
  },
  newOptions: ["--respondents"],
  load: () => import(/* webpackChunkName: "readiness-workflow" */ "./module").then((m) => m.READINESS_MODULE),
  panel: () => import(/* webpackChunkName: "first-screen" */ "./taskpane/ReadinessPanel").then((m) => m.ReadinessPanel),
};
