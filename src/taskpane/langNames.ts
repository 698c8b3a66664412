import type { Lang } from "../domain/lang";
import type { PaneKey } from "../i18n/paneText";

/** The pane text naming each language. */
export const LANG_KEY: Readonly<Record<Lang, PaneKey>> = { de: "langDe", nl: "langNl", en: "langEn" };
