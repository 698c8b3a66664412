import { Button, MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import { useState } from "react";
import type { SheetHost } from "../hosts/host";
import type { PaneKey } from "../i18n/paneText";
import { errorText } from "./errorText";
import type { Planned } from "../workflows/tasks";
import { usePaneText } from "./uiLanguage";

/** What is planned from: weak readiness conditions or candidates' deficits. */
export type PlanFrom = "readiness" | "competences";

/**
 * Planning needs the task overview's code (and the other sheets'): it loads on the first press, so that the
 * first screen does not wait for it.
 */
async function plan(from: PlanFrom, host: SheetHost): Promise<Planned> {
  const tasks = await import(/* webpackChunkName: "planning" */ "../workflows/tasks");
  return from === "readiness" ? tasks.planWeakConditions(host) : tasks.planDeficits(host);
}

/** Turns what a dashboard found (weak conditions, deficits) into tasks in the task overview. */
export interface PlanButtonProps {
  readonly host: SheetHost;
  readonly label: PaneKey;
  /** Said when the sheet to plan from is gone. */
  readonly missing: PaneKey;
  readonly from: PlanFrom;
}

export function PlanButton({ host, label, missing, from }: PlanButtonProps) {
  const { t } = usePaneText();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  return (
    <div style={{ display: "flex", flexDirection: "column", gap: 6 }}>
      <Button
        disabled={busy}
        icon={busy ? <Spinner size="tiny" /> : undefined}
        onClick={async () => {
          setBusy(true);
          try {
            const { added, state } = await plan(from, host);
            setMessage({ ok: true, text: t("planned", { count: added, sheet: state.status === "ready" ? state.sheet : "" }) });
          } catch (e) {
            setMessage({ ok: false, text: errorText(e, t, { missing: t(missing) }) });
          } finally {
            setBusy(false);
          }
        }}
      >
        {t(label)}
      </Button>
      {message !== null && (
        <MessageBar layout="multiline" intent={message.ok ? "success" : "error"} data-testid="planned">
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
