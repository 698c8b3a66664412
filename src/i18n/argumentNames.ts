import type { Lang } from "../domain/lang";

/** A kind's function texts in German and Dutch (`src/kinds/<kind>/i18n/functionMetadata.json`). */
export type FunctionMetadata = Readonly<
  Record<"de" | "nl", Readonly<Record<string, { readonly parameters: Readonly<Record<string, readonly string[]>> }>>>
>;

/**
 * A custom function's argument as Excel names it in the user's language (the texts of functions-de.json and
 * functions-nl.json), so that a message names the argument the formula tooltip shows: "Soll" in German Excel, where
 * English has "required". English names are the functions' own. Each kind's functions register their texts.
 */
const NAMES: Record<Lang, Map<string, string>> = { de: new Map(), nl: new Map(), en: new Map() };

/** Registers a kind's argument names (the first text given for an English name stands). */
export function addArgumentNames(metadata: FunctionMetadata): void {
  for (const lang of ["de", "nl"] as const)
    for (const f of Object.values(metadata[lang]))
      for (const [english, [name]] of Object.entries(f.parameters))
        if (!NAMES[lang].has(english) && name !== undefined) NAMES[lang].set(english, name);
}

export function argumentName(english: string, lang: Lang): string {
  return NAMES[lang].get(english) ?? english;
}
