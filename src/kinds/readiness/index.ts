/** The readiness checklist: are the conditions for KAM present? Its panel is part of the pane's first screen. */
import { CLI_TEXT } from "../../i18n/cliText";
import { localized } from "../../i18n/format";
import { PANE_TEXT } from "../../i18n/paneText";
import type { KindDescriptor } from "../../workflows/kinds";
import type { ReadinessSheetState } from "../../workflows/readiness";

export const READINESS: KindDescriptor<ReadinessSheetState> = {
  id: "readiness",
  text: {
    tab: localized(PANE_TEXT, "tabReadiness"),
    heading: localized(PANE_TEXT, "readinessHeading"),
    missing: localized(PANE_TEXT, "missingChecklist"),
    foreign: localized(PANE_TEXT, "foreignChecklist"),
    looksFor: localized(CLI_TEXT, "looksForReadiness"),
  },
  newOptions: ["--respondents"],
  load: () => import(/* webpackChunkName: "readiness-workflow" */ "./module").then((m) => m.READINESS_MODULE),
  panel: () => import(/* webpackChunkName: "first-screen" */ "../../taskpane/readiness/ReadinessPanel").then((m) => m.ReadinessPanel),
};
