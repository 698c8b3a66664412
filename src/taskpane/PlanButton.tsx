import { Button, MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import { useState } from "react";
import type { SheetHost } from "../hosts/host";
import type { KindDescriptor, Planned } from "../workflows/kinds";
import { errorText } from "./errorText";
import { loadModules, useKinds } from "./kinds";
import { usePaneText } from "./uiLanguage";

/**
 * Planning needs the kinds' workflows (the sheet planned from, and the task overview, which takes plans): they
 * load on the first press, so that the first screen does not wait for them.
 */
async function plan(kinds: readonly KindDescriptor[], from: string, host: SheetHost): Promise<Planned> {
  const modules = await loadModules(kinds);
  const source = modules[kinds.findIndex((k) => k.id === from)];
  const target = modules.find((m) => m.plan !== undefined);
  if (source === undefined || target?.plan === undefined) throw new Error(`There is no task overview to plan ${from} into.`);
  return target.plan(host, source, modules);
}

/** Turns what a dashboard found (weak conditions, deficits) into tasks in the task overview. */
export interface PlanButtonProps {
  readonly host: SheetHost;
  /** The button's text, in the pane's language. */
  readonly label: string;
  /** Said when the sheet to plan from is gone. */
  readonly missing: string;
  /** The id of the kind planned from (its weak conditions, its deficits). */
  readonly from: string;
}

export function PlanButton({ host, label, missing, from }: PlanButtonProps) {
  const { t } = usePaneText();
  const kinds = useKinds();
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
            const { added, sheet } = await plan(kinds, from, host);
            setMessage({ ok: true, text: t("planned", { count: added, sheet: sheet ?? "" }) });
          } catch (e) {
            setMessage({ ok: false, text: errorText(e, t, { missing }) });
          } finally {
            setBusy(false);
          }
        }}
      >
        {label}
      </Button>
      {message !== null && (
        <MessageBar layout="multiline" intent={message.ok ? "success" : "error"} data-testid="planned">
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
