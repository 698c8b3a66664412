import type { SheetHost } from "../../../hosts/host";
import { useCallback } from "react";
import { Text } from "@fluentui/react-components";
import { READINESS_KIND, createReadiness, readinessStateIn } from "../workflows/readiness";
import { conditionLabel } from "../domain/conditions";
import { useKinds } from "../../../taskpane/kinds";
import { readRemarked, remarksIn } from "../../../taskpane/remarks";
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
  const { t, lang } = usePaneText(READINESS_PANE_TEXT);
  const kinds = useKinds();
  // the checklist and what other sheets say about its conditions (the key-account selection about R05), in one read
  const read = useCallback((h: SheetHost) => readRemarked(h, kinds, "readiness", [READINESS_KIND], readinessStateIn), [kinds]);
  const { state, busy, error, refresh, create, select } = useSheet(host, read, createReadiness);
  const ready = state?.status === "ready" ? state : null;
  const remarks = state === null ? new Map<string, readonly string[]>() : remarksIn(state, lang);
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
      {ready !== null &&
        [...remarks].map(([id, texts]) => (
          <Text key={id} block data-testid={`remark-${id}`}>
            <Text weight="semibold">
              {id} {conditionLabel(ready.model.conditions.find((c) => c.id === id) ?? { id, text: null }, lang)}
            </Text>
            {": "}
            {texts.join(" ")}
          </Text>
        ))}
      {ready !== null && ready.result.weakIds.length > 0 && (
        <PlanButton host={host} label={t("planWeak")} missing={t("missingChecklist")} from="readiness" />
      )}
    </SheetFrame>
  );
}
