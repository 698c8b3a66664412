import type { Catalog } from "./format";

export type PrintKey = "pageOf";

/**
 * What every printed page says besides the sheet, in the sheet's language. Excel's header and footer codes:
 * &P the page, &N the pages, &D the date printed.
 */
export const PRINT_TEXT: Catalog<PrintKey> = {
  de: { pageOf: "Seite &P von &N" },
  nl: { pageOf: "Pagina &P van &N" },
  en: { pageOf: "Page &P of &N" },
};
