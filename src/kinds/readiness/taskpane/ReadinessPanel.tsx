import type { SheetHost } from "../../../hosts/host";
import { createReadiness, readReadiness } from "../workflows/readiness";
import { PlanButton } from "../../../taskpane/PlanButton";
import { RestoreFormulas } from "../../../taskpane/RestoreFormulas";
import { SheetFrame } from "../../../taskpane/SheetFrame";
import { usePaneText } from "../../../taskpane/uiLanguage";
import { useSheet } from "../../../taskpane/useSheet";
import { ReadinessDashboard } from "./ReadinessDashboard";
import { ReadinessForm } from "./ReadinessForm";
import { READINESS_PANE_TEXT } from "../i18n/paneText";

/** Everything the pane does for the readiness checklist. */
export function ReadinessPanel({ host }: { readonly host: SheetHost }) {
  const { t } = usePaneText(READINESS_PANE_TEXT);
  const { state, busy, error, refresh, create, select } = useSheet(host, readReadiness, createReadiness);
  const ready = state?.status === "ready" ? state : null;
  return (
    <SheetFrame
      heading={t("readinessHeading")}
      state={state}
      busy={busy}
      error={error}
      missing={t("missingChecklist")}
      foreign={(sheet) => t("foreignChecklist", { sheet })}
      onRefresh={() => void refresh()}
      form={
        <ReadinessForm
          key={ready?.sheet ?? "none"}
          existingLang={ready?.lang ?? null}
          existingRespondents={ready?.model.respondents ?? []}
          busy={busy}
          onCreate={(request) => void create(request)}
        />
      }
    >
      {ready !== null && <RestoreFormulas problems={ready.problems} busy={busy} onRestore={() => void create({ lang: ready.lang })} />}
      {ready !== null && <ReadinessDashboard state={ready} onSelect={(sheet, address) => void select(sheet, address)} />}
      {ready !== null && ready.result.weakIds.length > 0 && (
        <PlanButton host={host} label={t("planWeak")} missing={t("missingChecklist")} from="readiness" />
      )}
    </SheetFrame>
  );
}
