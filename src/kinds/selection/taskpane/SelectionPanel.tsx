import type { SheetHost } from "../../../hosts/host";
import { createSelection, readSelection } from "../workflows/selection";
import { PlanButton } from "../../../taskpane/PlanButton";
import { RestoreFormulas } from "../../../taskpane/RestoreFormulas";
import { SheetFrame } from "../../../taskpane/SheetFrame";
import { usePaneText } from "../../../taskpane/uiLanguage";
import { useSheet } from "../../../taskpane/useSheet";
import { SelectionDashboard } from "./SelectionDashboard";
import { SelectionForm } from "./SelectionForm";
import { SELECTION_PANE_TEXT } from "../i18n/paneText";

/** Everything the pane does for the key-account selection. */
export function SelectionPanel({ host }: { readonly host: SheetHost }) {
  const { t } = usePaneText(SELECTION_PANE_TEXT);
  const { state, busy, error, refresh, create, select } = useSheet(host, readSelection, createSelection);
  const ready = state?.status === "ready" ? state : null;
  return (
    <SheetFrame
      heading={t("selectionHeading")}
      state={state}
      busy={busy}
      error={error}
      missing={t("missingSelection")}
      foreign={(sheet) => t("foreignSelection", { sheet })}
      onRefresh={() => void refresh()}
      form={
        <SelectionForm
          key={ready?.sheet ?? "none"}
          existingLang={ready?.lang ?? null}
          existing={ready?.model ?? null}
          busy={busy}
          onCreate={(request) => void create(request)}
        />
      }
    >
      {ready !== null && <RestoreFormulas problems={ready.problems} busy={busy} onRestore={() => void create({ lang: ready.lang })} />}
      {ready !== null && <SelectionDashboard state={ready} onSelect={(sheet, address) => void select(sheet, address)} />}
      {ready !== null && ready.result.byClass.KEY.length > 0 && (
        <PlanButton host={host} label={t("planKeyAccounts")} missing={t("missingSelection")} from="selection" />
      )}
    </SheetFrame>
  );
}
