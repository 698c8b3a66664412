import { Button, MessageBar, MessageBarBody, Subtitle2, Text } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { SheetHost } from "../hosts/host";

import { BROWSER_DOWNLOAD, type Delivery } from "./delivery";
import { errorText } from "./errorText";
import { loadModules, useKinds } from "./kinds";
import { subscribe } from "./subscription";
import { usePaneText } from "./uiLanguage";

/** What the pane says once the copy is on its way, by how it travels. */
const DELIVERED = { download: "downloaded", newWorkbook: "openedPortable", newWorkbookBehind: "openedPortableBehind" } as const;

/** The sharing workflows read and write every kind of sheet: they load on the first press, not with the pane. */
const portable = () => import(/* webpackChunkName: "portable" */ "../workflows/portable");

/** Workbooks travel: a portable copy (downloaded, or opened as a new workbook: delivery.ts), or this workbook made portable in place. */
export function SharePanel({ host, delivery = BROWSER_DOWNLOAD }: { readonly host: SheetHost; readonly delivery?: Delivery }) {
  const { t } = usePaneText();
  const kinds = useKinds();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string; stale?: boolean } | null>(null);
  // "no KAM sheet yet" holds until the workbook changes: then a sheet may exist, and the message goes (watched only
  // while it is shown)
  const stale = message?.stale === true;
  useEffect(
    () => (stale ? subscribe(() => host.watch(() => setMessage((m) => (m?.stale === true ? null : m)))) : undefined),
    [host, stale],
  );
  /** Runs a sharing action: its message, or null when the workbook has no KAM sheet to share. */
  const act = async (work: () => Promise<string | null>) => {
    setBusy(true);
    try {
      const text = await work();
      setMessage(text === null ? { ok: true, text: t("nothingToShare"), stale: true } : { ok: true, text });
    } catch (e) {
      setMessage({ ok: false, text: errorText(e, t) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <section
      aria-label={t("workbookHeading")}
      style={{ display: "flex", flexDirection: "column", gap: 8, borderTop: "1px solid #e0e0e0", paddingTop: 12 }}
    >
      <Subtitle2 as="h2">{t("workbookHeading")}</Subtitle2>
      <Text size={200}>{t("portableHint")}</Text>
      <Button
        disabled={busy}
        onClick={() =>
          void act(async () => {
            const { bytes, sheets } = await (await portable()).portableCopy(host, await loadModules(kinds));
            if (sheets.length === 0) return null;
            const file = "KAM-Workbench.xlsx";
            await delivery.deliver(bytes, file);
            return t(DELIVERED[delivery.kind], { file, sheets: sheets.join(", ") });
          })
        }
      >
        {t(delivery.kind === "download" ? "downloadPortable" : "openPortable")}
      </Button>
      <Button
        disabled={busy}
        onClick={() =>
          void act(async () => {
            const sheets = await (await portable()).makePortable(host, await loadModules(kinds));
            return sheets.length === 0 ? null : t("madePortable", { sheets: sheets.join(", ") });
          })
        }
      >
        {t("makePortable")}
      </Button>
      {message !== null && (
        <MessageBar layout="multiline" intent={message.ok ? "success" : "error"} data-testid="shared">
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
