/** How a problem read from a sheet is told to the user: its message in a language, naming the sheet and cell. */
import type { Lang } from "../domain/lang";
import { fill, formatEntryNumber, formatShare, inQuotes, orList, quoted } from "../i18n/format";
import { problemTemplate } from "../i18n/problemText";
import { quoteSheetName } from "./address";
import type { Problem } from "./read";

const BOOLEANS: Record<Lang, readonly [string, string]> = { de: ["WAHR", "FALSCH"], nl: ["WAAR", "ONWAAR"], en: ["TRUE", "FALSE"] };

/** What a cell held, as a message names it: text in quotes, a number or TRUE/FALSE as the cell shows it. */
function entryText(problem: { readonly value: string; readonly kind?: "number" | "boolean" }, lang: Lang): string {
  if (problem.kind === "number") return formatEntryNumber(Number(problem.value), lang);
  if (problem.kind === "boolean") return BOOLEANS[lang][problem.value === "true" ? 0 : 1];
  return inQuotes(quoted(problem.value), lang);
}

/** At most this many whole numbers are listed as choices ("1, 2, 3, 4 or 5"); a longer range is named by its ends. */
const CHOICES_MAX = 6;

/** A rule's numbers as a message names them: each in the language's digits, and a short whole range as {choices}. */
function paramTexts(params: Readonly<Record<string, number>>, lang: Lang): Record<string, string> {
  const texts = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, formatEntryNumber(v, lang)]));
  const { min, max } = params;
  if (min === undefined || max === undefined) return texts;
  const count = max - min + 1;
  const choices = count <= CHOICES_MAX ? Array.from({ length: count }, (_, i) => formatEntryNumber(min + i, lang)) : [];
  return { ...texts, choices: choices.length > 0 ? orList(choices, lang) : `${texts.min!}–${texts.max!}` };
}

/** A problem's message in `lang`, naming its sheet and cell (e.g. Readiness!D24: 9 is outside the scale 1 to 5.). */
export function problemMessage(
  problem: Pick<Problem, "sheet" | "cell" | "code" | "value" | "kind" | "expected" | "params">,
  lang: Lang,
): string {
  const entry = entryText(problem, lang);
  return fill(problemTemplate(problem.code, lang), {
    cell: `${quoteSheetName(problem.sheet)}!${problem.cell}`,
    value: quoted(problem.value),
    entry,
    percent: problem.kind === "number" ? formatShare(Number(problem.value), lang) : entry,
    expected: problem.expected ?? "",
    ...paramTexts(problem.params ?? {}, lang),
  });
}
