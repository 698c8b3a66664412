import { Button, Field, Input, Select, Spinner } from "@fluentui/react-components";
import { useState } from "react";
import type { Lang } from "../../../domain/lang";
import { isIsoDate } from "../../../domain/dates";
import { PHASES } from "../domain/plan";
import type { TaskRequest } from "../workflows/tasks";
import { LanguageSelect, useSheetLanguage } from "../../../taskpane/LanguageSelect";
import { usePaneText } from "../../../taskpane/uiLanguage";
import { TASK_PANE_TEXT } from "../i18n/paneText";

export interface TaskFormProps {
  readonly existingLang: Lang | null;
  readonly busy: boolean;
  onSubmit(request: TaskRequest): void;
}

/** Create (or re-create) the overview; add a task with phase, text, responsible and due date. */
export function TaskForm({ existingLang, busy, onSubmit }: TaskFormProps) {
  const { t, lang: uiLang } = usePaneText(TASK_PANE_TEXT);
  const [lang, setLang] = useSheetLanguage(existingLang);
  const [phase, setPhase] = useState(1);
  const [text, setText] = useState("");
  const [responsible, setResponsible] = useState("");
  const [due, setDue] = useState("");
  return (
    <div style={{ display: "flex", flexDirection: "column", gap: 8 }}>
      <LanguageSelect label="sheetLanguage" value={lang} onChange={setLang} />
      <Button
        appearance={existingLang === null ? "primary" : "secondary"}
        disabled={busy}
        onClick={() => onSubmit({ lang })}
        icon={busy ? <Spinner size="tiny" /> : undefined}
      >
        {existingLang === null ? t("createTasks") : t("updateTasks")}
      </Button>
      {existingLang !== null && (
        <form
          aria-label={t("addTask")}
          style={{ display: "flex", flexDirection: "column", gap: 6 }}
          onSubmit={(e) => {
            e.preventDefault();
            if (text.trim() === "") return;
            onSubmit({ lang: null, add: [{ phase, text, responsible, due: isIsoDate(due) ? due : null }] });
            setText("");
            setDue("");
          }}
        >
          <Field label={t("taskPhase")}>
            <Select value={String(phase)} onChange={(_, d) => setPhase(Number(d.value))}>
              {PHASES.map((p, i) => (
                <option key={i} value={i + 1}>
                  {p[uiLang]}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t("taskText")}>
            <Input value={text} onChange={(_, d) => setText(d.value)} />
          </Field>
          <Field label={t("taskResponsible")}>
            <Input value={responsible} onChange={(_, d) => setResponsible(d.value)} />
          </Field>
          <Field label={t("taskDue")}>
            <Input type="date" value={due} onChange={(_, d) => setDue(d.value)} />
          </Field>
          <Button type="submit" disabled={busy || text.trim() === ""}>
            {t("addTask")}
          </Button>
        </form>
      )}
    </div>
  );
}
