import { createContext, useContext, useMemo } from "react";
import { type Lang, MESSAGE_LANG, toLang } from "../domain/lang";
import { translator } from "../i18n/format";
import { PANE_TEXT } from "../i18n/paneText";

/** The pane's own language follows Office's display language (de/nl/en), English otherwise. */
export function uiLangFrom(displayLanguage: string | undefined): Lang {
  return toLang(displayLanguage) ?? MESSAGE_LANG;
}

const UiLangContext = createContext<Lang>(MESSAGE_LANG);

export const UiLangProvider = UiLangContext.Provider;

export function usePaneText() {
  const lang = useContext(UiLangContext);
  return useMemo(() => ({ lang, t: translator(PANE_TEXT, lang) }), [lang]);
}
