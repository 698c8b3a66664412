import { Button, Field, Input, Select, SpinButton, Spinner, Text, Textarea } from "@fluentui/react-components";
import { useState } from "react";
import { wholeOf } from "../../../domain/entry";
import type { Lang } from "../../../domain/lang";
import { criterionLabel } from "../domain/criteria";
import { GROUPS } from "../domain/evaluate";
import { type CriterionGroup, type SelectionModel, WEIGHT_MAX, WEIGHT_MIN } from "../domain/model";
import { customerEntries, defaultSelectionModel } from "../domain/selection";
import { SELECTION_SHEET_TEXT } from "../i18n/selectionSheetText";
import type { SelectionRequest } from "../workflows/selection";
import { LanguageSelect, useSheetLanguage } from "../../../taskpane/LanguageSelect";
import { usePaneText } from "../../../taskpane/uiLanguage";
import { SELECTION_PANE_TEXT } from "../i18n/paneText";

export interface SelectionFormProps {
  readonly existingLang: Lang | null;
  /** The selection on the sheet, whose criteria and weights the editor starts from. */
  readonly existing: SelectionModel | null;
  readonly busy: boolean;
  onCreate(request: SelectionRequest): void;
}

/**
 * Sheet language, each criterion's weight by its name (each group's total beside it), an own criterion, customers
 * pasted one per line, and the create/update button.
 */
export function SelectionForm({ existingLang, existing, busy, onCreate }: SelectionFormProps) {
  const { t, lang: uiLang } = usePaneText(SELECTION_PANE_TEXT);
  const [lang, setLang] = useSheetLanguage(existingLang);
  const [weights, setWeights] = useState<Record<string, number>>({});
  const [own, setOwn] = useState("");
  const [ownGroup, setOwnGroup] = useState<CriterionGroup>("strength");
  const [customers, setCustomers] = useState("");
  const model = existing ?? defaultSelectionModel();
  const weightOf = (c: SelectionModel["criteria"][number]) => weights[c.id] ?? wholeOf(c.weight, WEIGHT_MIN, WEIGHT_MAX) ?? 0;
  const groupName = (g: CriterionGroup) => SELECTION_SHEET_TEXT[uiLang][g];
  return (
    <form
      style={{ display: "flex", flexDirection: "column", gap: 8 }}
      onSubmit={(e) => {
        e.preventDefault();
        onCreate({
          lang,
          weights,
          criteria: own.trim() === "" ? [] : [{ text: own, group: ownGroup }],
          customers: customerEntries(customers.split(/\r?\n/)),
        });
        setWeights({});
        setOwn("");
        setCustomers("");
      }}
    >
      <LanguageSelect label="sheetLanguage" value={lang} onChange={setLang} />
      <Text weight="semibold">{t("criteria")}</Text>
      {GROUPS.map((g) => {
        const members = model.criteria.filter((c) => c.group === g && c.ignored === undefined);
        const sum = members.reduce((s, c) => s + weightOf(c), 0);
        return (
          <fieldset key={g} style={{ border: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: 4 }}>
            <legend>
              <Text size={200} weight="semibold">
                {groupName(g)} · {t("weightSum", { sum })}
              </Text>
            </legend>
            {members.map((c) => {
              const label = criterionLabel(c, uiLang);
              return (
                <div key={c.id} style={{ display: "grid", gridTemplateColumns: "1fr 88px", alignItems: "center", gap: 6 }}>
                  <Text size={200}>{label}</Text>
                  <SpinButton
                    size="small"
                    min={WEIGHT_MIN}
                    max={WEIGHT_MAX}
                    step={5}
                    value={weightOf(c)}
                    aria-label={t("weightOf", { criterion: label })}
                    onChange={(_, d) => {
                      const v = d.value ?? Number(d.displayValue);
                      if (Number.isInteger(v) && v >= WEIGHT_MIN && v <= WEIGHT_MAX) setWeights((w) => ({ ...w, [c.id]: v }));
                    }}
                  />
                </div>
              );
            })}
          </fieldset>
        );
      })}
      <Field label={t("ownCriterion")} hint={t("ownCriterionHint")}>
        <div style={{ display: "grid", gridTemplateColumns: "1fr auto", gap: 6 }}>
          <Input value={own} onChange={(_, d) => setOwn(d.value)} aria-label={t("ownCriterion")} />
          <Select
            value={ownGroup}
            aria-label={SELECTION_SHEET_TEXT[uiLang].group}
            onChange={(_, d) => setOwnGroup(d.value === "attractiveness" ? "attractiveness" : "strength")}
          >
            {GROUPS.map((g) => (
              <option key={g} value={g}>
                {groupName(g)}
              </option>
            ))}
          </Select>
        </div>
      </Field>
      <Field label={t("customers")} hint={t("customersHint")}>
        <Textarea value={customers} resize="vertical" rows={4} onChange={(_, d) => setCustomers(d.value)} />
      </Field>
      <Button appearance="primary" type="submit" disabled={busy} icon={busy ? <Spinner size="tiny" /> : undefined}>
        {busy ? t("creating") : existingLang === null ? t("createSelection") : t("updateSelection")}
      </Button>
    </form>
  );
}
