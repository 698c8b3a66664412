import { Button, Field, Input, Spinner } from "@fluentui/react-components";
import { useState } from "react";
import type { Lang } from "../../../domain/lang";
import type { CreateRequest } from "../workflows/readiness";
import { usePaneText } from "../../../taskpane/uiLanguage";
import { LanguageSelect, useSheetLanguage } from "../../../taskpane/LanguageSelect";
import { READINESS_PANE_TEXT } from "../i18n/paneText";

export interface ReadinessFormProps {
  /** The language of the checklist that exists, if any. */
  readonly existingLang: Lang | null;
  readonly existingRespondents: readonly string[];
  readonly busy: boolean;
  onCreate(request: CreateRequest): void;
}

/** Sheet language, respondent columns and the create button. Keyed by the sheet, so it starts afresh when that changes. */
export function ReadinessForm({ existingLang, existingRespondents, busy, onCreate }: ReadinessFormProps) {
  const { t } = usePaneText(READINESS_PANE_TEXT);
  const [lang, setLang] = useSheetLanguage(existingLang);
  const [respondents, setRespondents] = useState(existingRespondents.filter((r) => r !== "").join(", "));

  return (
    <form
      style={{ display: "flex", flexDirection: "column", gap: 8 }}
      onSubmit={(e) => {
        e.preventDefault();
        onCreate({
          lang,
          respondents: respondents
            .split(",")
            .map((r) => r.trim())
            .filter((r) => r !== ""),
        });
      }}
    >
      <LanguageSelect label="sheetLanguage" value={lang} onChange={setLang} />
      <Field label={t("respondents")} hint={t("respondentsHint")}>
        <Input value={respondents} onChange={(_, d) => setRespondents(d.value)} />
      </Field>
      <Button appearance="primary" type="submit" disabled={busy} icon={busy ? <Spinner size="tiny" /> : undefined}>
        {busy ? t("creating") : existingLang === null ? t("createChecklist") : t("recreateChecklist")}
      </Button>
    </form>
  );
}
