import { type Lang, MESSAGE_LANG, toLang } from "../domain/lang";
import { quoted, translator } from "../i18n/format";
import { FUNCTION_TEXT } from "../i18n/functionText";

/**
 * Argument checks shared by the KAM.* functions. Excel passes a blank cell in a range as 0 (desktop) or null
 * (web), and an omitted optional argument as null or undefined: both mean "not given" here.
 */

export type Cell = unknown;
export type Matrix = Cell[][];

/** The language of messages: the Office display language where the runtime tells it, else English. */
export function messageLang(): Lang {
  try {
    const office = (globalThis as { Office?: { context?: { displayLanguage?: string } } }).Office;
    return toLang(office?.context?.displayLanguage) ?? MESSAGE_LANG;
  } catch {
    return MESSAGE_LANG;
  }
}

export function valueError(message: string): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message);
}

/** Blank as Excel passes it to a custom function: 0 (desktop), null (web) or "". */
export function isBlank(v: Cell): boolean {
  return v === null || v === undefined || v === "" || v === 0;
}

/** A mark (n/a, must-have) or an item's text: anything but blank (0 included, see isBlank) or FALSE. */
export function isMark(v: Cell): boolean {
  return !isBlank(v) && v !== false;
}

export function languageArg(value: Cell, fallback: Lang): Lang {
  if (value === null || value === undefined || value === "") return fallback;
  const lang = typeof value === "string" && value.trim().length === 2 ? toLang(value) : undefined;
  if (lang === undefined) throw valueError(translator(FUNCTION_TEXT, fallback)("badLanguage", { value: quoted(value) }));
  return lang;
}
