import type { Lang } from "../domain/lang";
import { PRINT_TEXT } from "../i18n/printText";
import type { Area, HeaderFooter, PrintSetup } from "./spec";

/** A text as a header or footer shows it: "&" starts a code there, "&&" is the character. */
export function headerText(text: string): string {
  return text.replace(/&/g, "&&");
}

/**
 * How a sheet prints: landscape, `area` only (title, results and table), the header row repeated on each page,
 * the sheet's title at the top of each page, and its name, "Page 1 of 2" and the date printed at the bottom, in `lang`.
 * `fit` scales it to that many pages across (and down, where given: one page for a summary).
 */
export function printSetup(
  title: string,
  lang: Lang,
  o: { area: Area; headerRow: number; fit?: PrintSetup["fit"]; titleColumns?: PrintSetup["titleColumns"] },
): PrintSetup {
  return {
    landscape: true,
    area: o.area,
    titleRows: { from: o.headerRow, to: o.headerRow },
    ...(o.fit === undefined ? {} : { fit: o.fit }),
    ...(o.titleColumns === undefined ? {} : { titleColumns: o.titleColumns }),
    header: { center: `&B${headerText(title)}` },
    footer: { left: "&A", center: PRINT_TEXT[lang].pageOf, right: "&D" },
  };
}

/** A header or footer as one string, as the file format keeps it: &L, &C and &R start the parts. */
export function headerFooterCode(h: HeaderFooter): string {
  return `${h.left === undefined ? "" : `&L${h.left}`}${h.center === undefined ? "" : `&C${h.center}`}${h.right === undefined ? "" : `&R${h.right}`}`;
}
