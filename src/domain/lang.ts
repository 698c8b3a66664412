/** The languages a workbook's sheets can be generated in. German is the default: the templates mirrored are German. */
export type Lang = "de" | "nl" | "en";

export const LANGS: readonly Lang[] = ["de", "nl", "en"];

export const DEFAULT_LANG: Lang = "de";

/** The language of messages (pane, command line, function errors) when Office or the system names none we have. */
export const MESSAGE_LANG: Lang = "en";

/** A text in every sheet language. */
export type Localized = Readonly<Record<Lang, string>>;

/** "de", "DE", "de-AT" → "de"; anything else → undefined. */
export function toLang(value: unknown): Lang | undefined {
  if (typeof value !== "string") return undefined;
  const code = value.trim().slice(0, 2).toLowerCase();
  return (LANGS as readonly string[]).includes(code) ? (code as Lang) : undefined;
}

/** A standard item's text (condition, competence, task), and the texts earlier versions wrote for it. */
export interface StandardText {
  readonly text: Localized;
  readonly earlier?: readonly string[];
}

/** What an item says in `lang`: the user's own text, else the standard text of its id; undefined for an own item without text. */
export function itemText(item: { readonly text: string | null }, standard: StandardText | undefined, lang: Lang): string | undefined {
  return item.text ?? standard?.text[lang];
}

/** True when `text` is the standard text in any language, now or in an earlier version. */
export function isStandardText(text: string, standard: StandardText | undefined): boolean {
  return standard !== undefined && (LANGS.some((l) => standard.text[l] === text) || (standard.earlier?.includes(text) ?? false));
}
