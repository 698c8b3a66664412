import { Button, MessageBar, MessageBarBody, Spinner, Subtitle2 } from "@fluentui/react-components";
import { type ReactNode, useEffect, useRef } from "react";
import { ForeignSheetError } from "../workflows/sheetWorkflow";
import { errorText } from "./errorText";
import { usePaneText } from "./uiLanguage";
import type { AnyKindState } from "../workflows/kinds";

export interface SheetFrameProps {
  readonly heading: string;
  readonly state: AnyKindState | null;
  readonly busy: boolean;
  readonly error: Error | null;
  /** Shown while the workbook has no such sheet. */
  readonly missing: string;
  /** Shown when a same-named sheet is not ours. */
  readonly foreign: (sheet: string) => string;
  onRefresh(): void;
  /** The create/update form. */
  readonly form: ReactNode;
  /** The dashboard, for a sheet that was read. */
  readonly children?: ReactNode;
}

/** What every sheet's panel shows around its form and dashboard: heading, refresh, errors, missing or foreign sheet. */
export function SheetFrame({ heading, state, busy, error, missing, foreign, onRefresh, form, children }: SheetFrameProps) {
  const { t } = usePaneText();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const ready = state?.status === "ready";
  // once a sheet exists, its form moves below the results: the button the user pressed is gone, and focus would
  // fall to the page; it goes to the panel's heading instead, where the results begin
  useEffect(() => {
    if (ready && (document.activeElement === null || document.activeElement === document.body)) headingRef.current?.focus();
  }, [ready]);
  // a sheet of the user's with our name is said once: by the create's error once the user pressed it, else by the
  // warning
  const foreignSaid = error instanceof ForeignSheetError && state?.status === "foreign";
  return (
    <section aria-label={heading} style={{ display: "flex", flexDirection: "column", gap: 12 }}>
      {/* a long heading wraps, and the button keeps its whole word, at the narrowest pane too */}
      <div style={{ display: "flex", justifyContent: "space-between", alignItems: "center", gap: 8 }}>
        <h2
          ref={headingRef}
          tabIndex={-1}
          style={{ margin: 0, fontSize: "inherit", fontWeight: "inherit", minWidth: 0, overflowWrap: "anywhere" }}
        >
          <Subtitle2>{heading}</Subtitle2>
        </h2>
        <Button size="small" onClick={onRefresh} disabled={busy} style={{ flexShrink: 0 }}>
          {t("refresh")}
        </Button>
      </div>
      {state?.status !== "ready" && form}
      {error !== null && (
        <MessageBar layout="multiline" intent="error" data-testid="error">
          <MessageBarBody>{errorText(error, t, { foreign })}</MessageBarBody>
        </MessageBar>
      )}
      {state === null && <Spinner size="small" label={t("loading")} />}
      {state?.status === "missing" && (
        <MessageBar layout="multiline" intent="info">
          <MessageBarBody>{missing}</MessageBarBody>
        </MessageBar>
      )}
      {state?.status === "foreign" && !foreignSaid && (
        <MessageBar layout="multiline" intent="warning">
          <MessageBarBody>{foreign(state.sheet)}</MessageBarBody>
        </MessageBar>
      )}
      {state?.status === "ready" && (state.duplicates?.length ?? 0) > 0 && (
        <MessageBar layout="multiline" intent="warning" data-testid="duplicates">
          <MessageBarBody>{t("duplicates", { sheets: state.duplicates!.join(", "), sheet: state.sheet })}</MessageBarBody>
        </MessageBar>
      )}
      {/* once the sheet exists, its results come first and the form to change it below */}
      {state?.status === "ready" && children}
      {state?.status === "ready" && form}
    </section>
  );
}
