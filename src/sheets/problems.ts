/** How a problem read from a sheet is told to the user: its message in a language, naming the sheet and cell. */
import type { Lang } from "../domain/lang";
import { fill, formatEntryNumber, formatShare, inQuotes, quoted } from "../i18n/format";
import { PROBLEM_TEXT, type ProblemCode } from "../i18n/problemText";
import { quoteSheetName } from "./address";

const BOOLEANS: Record<Lang, readonly [string, string]> = { de: ["WAHR", "FALSCH"], nl: ["WAAR", "ONWAAR"], en: ["TRUE", "FALSE"] };

/** What a cell held, as a message names it: text in quotes, a number or TRUE/FALSE as the cell shows it. */
function entryText(problem: { readonly value: string; readonly kind?: "number" | "boolean" }, lang: Lang): string {
  if (problem.kind === "number") return formatEntryNumber(Number(problem.value), lang);
  if (problem.kind === "boolean") return BOOLEANS[lang][problem.value === "true" ? 0 : 1];
  return inQuotes(quoted(problem.value), lang);
}

/** A problem's message in `lang`, naming its sheet and cell (e.g. Readiness!D24: 9 is outside the scale 1 to 5.). */
export function problemMessage(problem: { readonly sheet: string; readonly cell: string; readonly code: ProblemCode; readonly value: string; readonly kind?: "number" | "boolean"; readonly expected?: string }, lang: Lang): string {
  return fill(PROBLEM_TEXT[lang][problem.code], { cell: `${quoteSheetName(problem.sheet)}!${problem.cell}`, value: quoted(problem.value), entry: entryText(problem, lang), percent: problem.kind === "number" ? formatShare(Number(problem.value), lang) : entryText(problem, lang), expected: problem.expected ?? "" });
}
