import type { Lang, Localized } from "../domain/lang";

const LOCALES: Record<Lang, string> = { de: "de-DE", nl: "nl-NL", en: "en-GB" };

export function formatNumber(value: number, lang: Lang, fractionDigits = 2): string {
  return new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits }).format(
    value,
  );
}

export function formatPercent(percent: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALES[lang], { style: "percent", maximumFractionDigits: 0 }).format(percent / 100);
}

/** An ISO date (2026-03-31) as the language writes it: 31.03.2026, 31-03-2026, 31/03/2026. */
export function formatIsoDate(iso: string, lang: Lang): string {
  const ms = Date.parse(`${iso}T00:00:00Z`);
  return Number.isNaN(ms)
    ? iso
    : new Intl.DateTimeFormat(LOCALES[lang], { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" }).format(ms);
}

/** A number a cell held, as a message names it: the language's decimal sign, no grouping, no rounding that hides a fraction. */
export function formatEntryNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 10, useGrouping: false }).format(value);
}

/** A share (0.5) as a percentage for a message (50 %), with up to two decimals. */
export function formatShare(share: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALES[lang], { style: "percent", maximumFractionDigits: 2 }).format(share);
}

/** Replaces {name} placeholders; a placeholder without a value stays visible so a missing argument is noticed. */
export function fill(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/** A catalog of texts per language, keyed by message id. */
export type Catalog<K extends string> = Readonly<Record<Lang, Readonly<Record<K, string>>>>;

/**
 * Labels a sheet showed in an earlier version, per language and key: still recognised when reading, so that a
 * workbook made before a wording changed reads as before (and is written with the new wording when re-created).
 */
export type EarlierLabels<K extends string> = Readonly<Partial<Record<Lang, Readonly<Partial<Record<K, readonly string[]>>>>>>;

/** A sheet's labels as the reader recognises them: this version's in every language, and earlier versions'. */
export interface SheetLabels<K extends string> {
  readonly texts: Catalog<K>;
  readonly earlier: EarlierLabels<K>;
}

/** One key's text in every language. */
export function localized<K extends string>(catalog: Catalog<K>, key: K): Localized {
  return { de: catalog.de[key], nl: catalog.nl[key], en: catalog.en[key] };
}

export function translator<K extends string>(catalog: Catalog<K>, lang: Lang) {
  return (key: K, values?: Readonly<Record<string, string | number>>): string => fill(catalog[lang][key], values);
}

const OR: Record<Lang, string> = { de: "oder", nl: "of", en: "or" };

/** Choices as the language lists them: "1, 2 oder 3", "1, 2 of 3", "1, 2 or 3". */
export function orList(items: readonly string[], lang: Lang): string {
  return items.length < 2 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} ${OR[lang]} ${items[items.length - 1]!}`;
}

const QUOTES: Record<Lang, readonly [string, string]> = { de: ["„", "“"], nl: ["“", "”"], en: ['"', '"'] };

/** Text in the quotation marks of `lang`: „…“, “…”, "…". */
export function inQuotes(text: string, lang: Lang): string {
  const [open, close] = QUOTES[lang];
  return `${open}${text}${close}`;
}

/** At most this many characters of a cell's value are quoted in a message. */
const QUOTED_MAX = 40;

/** A cell's value as a message quotes it: as text, long text cut to its start with "…" (a cell holds up to 32,767 characters). */
export function quoted(value: unknown): string {
  const text = String(value);
  const chars = [...text];
  return chars.length <= QUOTED_MAX ? text : `${chars.slice(0, QUOTED_MAX - 1).join("")}…`;
}
