import type { Lang } from "../domain/lang";
import metadata from "./functionMetadata.json";

/**
 * A custom function's argument as Excel names it in the user's language (src/i18n/functionMetadata.json, the
 * texts of functions-de.json and functions-nl.json), so that a message names the argument the formula tooltip
 * shows: "Soll" in German Excel, where English has "required". English names are the functions' own.
 */
const NAMES: Record<Lang, ReadonlyMap<string, string>> = {
  de: namesOf("de"),
  nl: namesOf("nl"),
  en: new Map(),
};

function namesOf(lang: "de" | "nl"): ReadonlyMap<string, string> {
  const names = new Map<string, string>();
  for (const f of Object.values(metadata[lang]))
    for (const [english, [name]] of Object.entries(f.parameters as Record<string, string[]>))
      if (!names.has(english)) names.set(english, name!);
  return names;
}

export function argumentName(english: string, lang: Lang): string {
  return NAMES[lang].get(english) ?? english;
}
