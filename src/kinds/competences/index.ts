/** The competence assessment: the profile a key account manager needs, who fits best, where the deficits are. */
import { CLI_TEXT } from "../../i18n/cliText";
import { localized } from "../../i18n/format";
import { PANE_TEXT } from "../../i18n/paneText";
import type { CompetenceSheetState } from "../../workflows/competences";
import type { KindDescriptor } from "../../workflows/kinds";

export const COMPETENCES: KindDescriptor<CompetenceSheetState> = {
  id: "competences",
  text: {
    tab: localized(PANE_TEXT, "tabCompetences"),
    heading: localized(PANE_TEXT, "competenceHeading"),
    missing: localized(PANE_TEXT, "missingAssessment"),
    foreign: localized(PANE_TEXT, "foreignAssessment"),
    looksFor: localized(CLI_TEXT, "looksForCompetences"),
  },
  newOptions: ["--candidates"],
  load: () => import(/* webpackChunkName: "competences-workflow" */ "./module").then((m) => m.COMPETENCE_MODULE),
  panel: () => import(/* webpackChunkName: "competences" */ "../../taskpane/competences/CompetencePanel").then((m) => m.CompetencePanel),
};
