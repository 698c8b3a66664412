import { SheetTooLargeError } from "../hosts/host";
import { DuplicateSheetError, ForeignSheetError, MissingSheetError, StrayCellsError } from "../workflows/sheetWorkflow";
import type { PaneKey } from "../i18n/paneText";

/** At most this many cells are named in a message; the problem list names every column. */
const CELLS_NAMED = 6;

/** What a panel words itself: the kind's own sentences for a foreign sheet of its name and a missing sheet. */
export interface ErrorWords {
  foreign?(sheet: string): string;
  readonly missing?: string;
}

/**
 * What went wrong, in the pane's language: every error the add-in raises is worded from the pane's catalog, with
 * what it names (sheet, cells); only what Office or the browser raised is shown as they word it.
 */
export function errorText(
  error: unknown,
  t: (key: PaneKey, values?: Readonly<Record<string, string | number>>) => string,
  words: ErrorWords = {},
): string {
  if (error instanceof ForeignSheetError) return words.foreign?.(error.sheet) ?? t("errorForeign", { sheet: error.sheet });
  if (error instanceof StrayCellsError) {
    const more = error.cells.length > CELLS_NAMED ? ", …" : "";
    return t("errorStrays", { sheet: error.sheet, cells: error.cells.slice(0, CELLS_NAMED).join(", ") + more });
  }
  if (error instanceof DuplicateSheetError) return t("errorDuplicate", { sheet: error.sheet, other: error.other });
  if (error instanceof SheetTooLargeError) return t("errorTooLarge", { sheet: error.sheet, cell: error.lastCell });
  if (error instanceof MissingSheetError && words.missing !== undefined) return words.missing;
  return t("error", { message: error instanceof Error ? error.message : String(error) });
}
