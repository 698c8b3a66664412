import { createContext, useContext, useMemo } from "react";
import { type Lang, MESSAGE_LANG, toLang } from "../domain/lang";
import { type Catalog, translator } from "../i18n/format";
import { PANE_TEXT, type PaneKey } from "../i18n/paneText";

/** The pane's own language follows Office's display language (de/nl/en), English otherwise. */
export function uiLangFrom(displayLanguage: string | undefined): Lang {
  return toLang(displayLanguage) ?? MESSAGE_LANG;
}

const UiLangContext = createContext<Lang>(MESSAGE_LANG);

export const UiLangProvider = UiLangContext.Provider;

/** The pane's language and its words: the shared ones, or a kind's catalog (its own with the shared, `withPaneText`). */
export function usePaneText(): { lang: Lang; t: ReturnType<typeof translator<PaneKey>> };
export function usePaneText<K extends string>(catalog: Catalog<K>): { lang: Lang; t: ReturnType<typeof translator<K>> };
export function usePaneText(catalog: Catalog<string> = PANE_TEXT) {
  const lang = useContext(UiLangContext);
  return useMemo(() => ({ lang, t: translator(catalog, lang) }), [lang, catalog]);
}
