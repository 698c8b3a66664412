import { countedRequirements } from "../domain/evaluate";
import type { SheetHost } from "../../../hosts/host";
import { createCompetences, readCompetences } from "../workflows/competences";
import { PlanButton } from "../../../taskpane/PlanButton";
import { RestoreFormulas } from "../../../taskpane/RestoreFormulas";
import { SheetFrame } from "../../../taskpane/SheetFrame";
import { usePaneText } from "../../../taskpane/uiLanguage";
import { useSheet } from "../../../taskpane/useSheet";
import { CompetenceDashboard } from "./CompetenceDashboard";
import { CompetenceForm } from "./CompetenceForm";
import { COMPETENCE_PANE_TEXT } from "../i18n/paneText";

/** Everything the pane does for the competence assessment. */
export function CompetencePanel({ host }: { readonly host: SheetHost }) {
  const { t } = usePaneText(COMPETENCE_PANE_TEXT);
  const { state, busy, error, refresh, create, select } = useSheet(host, readCompetences, createCompetences);
  const ready = state?.status === "ready" ? state : null;
  const extended = ready !== null && countedRequirements(ready.model).some((r) => r.id === "C09");
  return (
    <SheetFrame
      heading={t("competenceHeading")}
      state={state}
      busy={busy}
      error={error}
      missing={t("missingAssessment")}
      foreign={(sheet) => t("foreignAssessment", { sheet })}
      onRefresh={() => void refresh()}
      form={
        <CompetenceForm
          key={ready?.sheet ?? "none"}
          existingLang={ready?.lang ?? null}
          existingProfile={extended ? "extended" : "default"}
          existing={ready?.model ?? null}
          busy={busy}
          onCreate={(request) => void create(request)}
        />
      }
    >
      {ready !== null && (
        <RestoreFormulas
          problems={ready.problems}
          busy={busy}
          onRestore={() => void create({ lang: ready.lang, profile: extended ? "extended" : "default" })}
        />
      )}
      {ready !== null && <CompetenceDashboard state={ready} onSelect={(sheet, address) => void select(sheet, address)} />}
      {ready !== null && ready.result.candidates.some((c) => c.deficits.length > 0) && (
        <PlanButton host={host} label={t("planDeficits")} missing={t("missingAssessment")} from="competences" />
      )}
    </SheetFrame>
  );
}
