import { Button, MessageBar, MessageBarBody, Spinner, Subtitle2 } from "@fluentui/react-components";
import type { SheetHost } from "../../hosts/host";
import { usePaneText } from "../uiLanguage";
import { useReadiness } from "../useReadiness";
import { ReadinessDashboard } from "./ReadinessDashboard";
import { ReadinessForm } from "./ReadinessForm";

/** Everything the pane does for the readiness checklist. */
export function ReadinessPanel({ host }: { readonly host: SheetHost }) {
  const { t } = usePaneText();
  const { state, busy, error, refresh, create, select } = useReadiness(host);
  const ready = state?.kind === "ready" ? state : null;

  return (
    <section style={{ display: "flex", flexDirection: "column", gap: 12 }}>
      <div style={{ display: "flex", justifyContent: "space-between", alignItems: "center" }}>
        <Subtitle2 as="h2">{t("readinessHeading")}</Subtitle2>
        <Button size="small" onClick={() => void refresh()} disabled={busy}>
          {t("refresh")}
        </Button>
      </div>
      <ReadinessForm
        key={ready?.sheet ?? "none"}
        existingLang={ready?.lang ?? null}
        existingRespondents={ready?.model.respondents ?? []}
        busy={busy}
        onCreate={(request) => void create(request)}
      />
      {error !== null && (
        <MessageBar intent="error" data-testid="error">
          <MessageBarBody>{t("error", { message: error })}</MessageBarBody>
        </MessageBar>
      )}
      {state === null && <Spinner size="small" label={t("loading")} />}
      {state?.kind === "missing" && <MessageBar intent="info"><MessageBarBody>{t("missing")}</MessageBarBody></MessageBar>}
      {state?.kind === "foreign" && (
        <MessageBar intent="warning"><MessageBarBody>{t("foreign", { sheet: state.sheet })}</MessageBarBody></MessageBar>
      )}
      {ready !== null && <ReadinessDashboard state={ready} onSelect={(sheet, address) => void select(sheet, address)} />}
    </section>
  );
}
