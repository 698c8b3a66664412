import { Field, Select } from "@fluentui/react-components";
import { useState } from "react";
import { LANGS, type Lang, toLang } from "../domain/lang";
import type { PaneKey } from "../i18n/paneText";
import { usePaneText } from "./uiLanguage";

/** The pane text naming each language. */
const LANG_KEY: Readonly<Record<Lang, PaneKey>> = { de: "langDe", nl: "langNl", en: "langEn" };

export interface LanguageSelectProps {
  readonly label: PaneKey;
  readonly value: Lang;
  readonly size?: "small" | "medium";
  onChange(lang: Lang): void;
}

/** A labelled choice of German, Dutch or English, named in the pane's language. */
export function LanguageSelect({ label, value, size = "medium", onChange }: LanguageSelectProps) {
  const { t } = usePaneText();
  return (
    <Field label={t(label)} size={size}>
      <Select size={size} value={value} onChange={(_, d) => onChange(toLang(d.value) ?? value)}>
        {LANGS.map((l) => (
          <option key={l} value={l}>
            {t(LANG_KEY[l])}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/**
 * The language a sheet is created in: the one the user picks; else the existing sheet's (re-creating keeps it);
 * else the pane's, so that a pane in Dutch makes a Dutch sheet, and follows the pane's language until a pick.
 */
export function useSheetLanguage(existing: Lang | null): [Lang, (lang: Lang) => void] {
  const { lang: pane } = usePaneText();
  const [picked, setPicked] = useState<Lang | null>(null);
  return [picked ?? existing ?? pane, setPicked];
}
