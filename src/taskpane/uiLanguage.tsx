import { createContext, useContext, useMemo } from "react";
import { type Lang, toLang } from "../domain/lang";
import { translator } from "../i18n/format";
import { PANE_TEXT } from "../i18n/paneText";

/** The pane's own language follows Office's display language (de/nl/en), English otherwise. */
export function uiLangFrom(displayLanguage: string | undefined): Lang {
  return toLang(displayLanguage) ?? "en";
}

const UiLangContext = createContext<Lang>("en");

export const UiLangProvider = UiLangContext.Provider;

export function usePaneText() {
  const lang = useContext(UiLangContext);
  return useMemo(() => ({ lang, t: translator(PANE_TEXT, lang) }), [lang]);
}
