/**
 * What every kind's part of the command line shares: how `kam read` lays out its report (a heading per sheet, its
 * lines indented under it, lists further), how `--json` rounds, and how `kam new` reads a list option.
 */
import type { Lang } from "../domain/lang";
import { type Catalog, formatPercent, translator } from "../i18n/format";
import type { PaneKey } from "../i18n/paneText";

export const INDENT = "  ";

/** Items of a list under a line of the report. */
export const listed = (items: readonly string[]): string[] => items.map((x) => `${INDENT.repeat(2)}${x}`);

/** A kind's words in `lang` (its pane catalog), and a share as the pane shows it (or "not rated"). */
export function reportWords<K extends string>(lang: Lang, catalog: Catalog<PaneKey | K>) {
  const t = translator(catalog, lang);
  const pct = (share: number | null) => (share === null ? t("notRated") : formatPercent(share * 100, lang));
  return { t, pct };
}

/** A number in `--json`: rounded to 4 decimals (shares are fractions 0–1). */
export const round = (x: number | null, digits = 4) => (x === null ? null : Math.round(x * 10 ** digits) / 10 ** digits);

/** A list option of `kam new` ("Anna, Bert"): its names, trimmed, empty ones dropped. */
export const listOption = (text: string | undefined) =>
  (text ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
