/** The competence assessment: the profile a key account manager needs, who fits best, where the deficits are. */
import { CLI_TEXT } from "../../i18n/cliText";
import { localized } from "../../i18n/format";
import type { CompetenceSheetState } from "./workflows/competences";
import type { KindDescriptor } from "../../workflows/kinds";
import { COMPETENCE_PANE_TEXT } from "./i18n/paneText";

export const COMPETENCES: KindDescriptor<CompetenceSheetState> = {
  id: "competences",
  text: {
    tab: localized(COMPETENCE_PANE_TEXT, "tabCompetences"),
    heading: localized(COMPETENCE_PANE_TEXT, "competenceHeading"),
    missing: localized(COMPETENCE_PANE_TEXT, "missingAssessment"),
    foreign: localized(COMPETENCE_PANE_TEXT, "foreignAssessment"),
    looksFor: localized(CLI_TEXT, "looksForCompetences"),
  },
  newOptions: ["--candidates"],
  load: () => import(/* webpackChunkName: "competences-workflow" */ "./module").then((m) => m.COMPETENCE_MODULE),
  panel: () => import(/* webpackChunkName: "competences" */ "./taskpane/CompetencePanel").then((m) => m.CompetencePanel),
};
