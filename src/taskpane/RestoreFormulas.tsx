import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import type { Problem } from "../sheets/read";
import { usePaneText } from "./uiLanguage";

/**
 * Offered when values were typed over a sheet's computed cells (the problem list names each): creating the sheet
 * again puts every formula back and keeps every entry.
 */
export function RestoreFormulas({
  problems,
  busy,
  onRestore,
}: {
  readonly problems: readonly Problem[];
  readonly busy: boolean;
  onRestore(): void;
}) {
  const { t } = usePaneText();
  const count = problems.filter((p) => p.code === "computedOverwritten").length;
  if (count === 0) return null;
  return (
    <MessageBar layout="multiline" intent="warning" data-testid="overwritten">
      <MessageBarBody>{t("overwritten", { count })}</MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" size="small" disabled={busy} onClick={onRestore}>
          {t("restoreFormulas")}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
