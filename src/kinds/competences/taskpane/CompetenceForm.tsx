import { Button, Field, Input, Select, Spinner } from "@fluentui/react-components";
import { useState } from "react";
import type { Profile } from "../domain/profile";
import type { Lang } from "../../../domain/lang";
import { defaultCompetenceModel, withProfile } from "../domain/assessment";
import { competenceInputs, countedRequirements } from "../domain/evaluate";
import type { CompetenceModel } from "../domain/model";
import { competenceShortLabel } from "../domain/profile";
import type { CompetenceRequest, RequirementEdit } from "../workflows/competences";
import { type EditableRequirement, RequirementEditor } from "./RequirementEditor";
import { LanguageSelect, useSheetLanguage } from "../../../taskpane/LanguageSelect";
import { usePaneText } from "../../../taskpane/uiLanguage";
import { COMPETENCE_PANE_TEXT } from "../i18n/paneText";

export interface CompetenceFormProps {
  readonly existingLang: Lang | null;
  readonly existingProfile: Profile;
  /** The assessment on the sheet, whose requirements the editor starts from. */
  readonly existing: CompetenceModel | null;
  readonly busy: boolean;
  onCreate(request: CompetenceRequest): void;
}

const split = (text: string, sep: string) =>
  text
    .split(sep)
    .map((s) => s.trim())
    .filter((s) => s !== "");

/** The requirements as the editor shows them: valid values (defaults where the sheet holds invalid ones). */
function editableRequirements(model: CompetenceModel, lang: Lang): EditableRequirement[] {
  const counted = countedRequirements(model);
  return competenceInputs(model).map((c, i) => {
    const r = counted[i]!;
    return { id: c.id, text: r.text, short: competenceShortLabel(r, lang), required: c.required, weight: c.weight, mustHave: c.mustHave };
  });
}

/** Sheet language, profile, candidates and own competences to add, and the create/update button. */
export function CompetenceForm({ existingLang, existingProfile, existing, busy, onCreate }: CompetenceFormProps) {
  const { t, lang: uiLang } = usePaneText(COMPETENCE_PANE_TEXT);
  const [lang, setLang] = useSheetLanguage(existingLang);
  const [profile, setProfile] = useState<Profile>(existingProfile);
  const [candidates, setCandidates] = useState("");
  const [competences, setCompetences] = useState("");
  const [edits, setEdits] = useState<Record<string, RequirementEdit>>({});
  const rows = editableRequirements(withProfile(existing ?? defaultCompetenceModel(profile), profile), uiLang).map((r) => ({
    ...r,
    ...edits[r.id],
  }));
  return (
    <form
      style={{ display: "flex", flexDirection: "column", gap: 8 }}
      onSubmit={(e) => {
        e.preventDefault();
        onCreate({ lang, profile, candidates: split(candidates, ","), competences: split(competences, ";"), requirements: edits });
        setCandidates("");
        setCompetences("");
        setEdits({});
      }}
    >
      <LanguageSelect label="sheetLanguage" value={lang} onChange={setLang} />
      <Field label={t("profile")}>
        <Select value={profile} onChange={(_, d) => setProfile(d.value === "extended" ? "extended" : "default")}>
          <option value="default">{t("profileDefault")}</option>
          <option value="extended">{t("profileExtended")}</option>
        </Select>
      </Field>
      <RequirementEditor rows={rows} onChange={(id, edit) => setEdits((e) => ({ ...e, [id]: edit }))} />
      <Field label={t("candidates")} hint={t("candidatesHint")}>
        <Input value={candidates} onChange={(_, d) => setCandidates(d.value)} />
      </Field>
      <Field label={t("ownCompetences")} hint={t("ownCompetencesHint")}>
        <Input value={competences} onChange={(_, d) => setCompetences(d.value)} />
      </Field>
      <Button appearance="primary" type="submit" disabled={busy} icon={busy ? <Spinner size="tiny" /> : undefined}>
        {busy ? t("creating") : existingLang === null ? t("createAssessment") : t("updateAssessment")}
      </Button>
    </form>
  );
}
