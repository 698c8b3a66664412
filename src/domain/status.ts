import { LANGS, type Lang, type Localized } from "./lang";
import { findWord, knownWords } from "./words";

/**
 * The status of a piece of work, typed per row: a task of the overview (README, "Planning with the task overview")
 * or an action of an account plan, which becomes a task with the same status words.
 */
export type TaskStatus = "OPEN" | "IN_PROGRESS" | "DONE" | "BLOCKED";
export const TASK_STATUSES: readonly TaskStatus[] = ["OPEN", "IN_PROGRESS", "DONE", "BLOCKED"];

export const STATUS_TEXT: Readonly<Record<TaskStatus, Localized>> = {
  OPEN: { de: "Offen", nl: "Open", en: "Open" },
  IN_PROGRESS: { de: "In Arbeit", nl: "Bezig", en: "In progress" },
  DONE: { de: "Erledigt", nl: "Afgerond", en: "Done" },
  BLOCKED: { de: "Blockiert", nl: "Geblokkeerd", en: "Blocked" },
};

/** Status texts of earlier versions, still read: a Dutch sheet's "Gereed" is done. */
const EARLIER_STATUS_TEXT: Readonly<Partial<Record<TaskStatus, Partial<Record<Lang, readonly string[]>>>>> = {
  DONE: { nl: ["Gereed"] },
};

/** Every text that names `status`: in each language, now and in earlier versions. */
export function statusTexts(status: TaskStatus): string[] {
  return LANGS.flatMap((l) => [STATUS_TEXT[status][l], ...(EARLIER_STATUS_TEXT[status]?.[l] ?? [])]);
}

/** Every status text with what it names, today's texts first: a text of both kinds counts as today's. */
const KNOWN = knownWords(
  STATUS_TEXT,
  LANGS.flatMap((lang) =>
    TASK_STATUSES.flatMap((choice) => (EARLIER_STATUS_TEXT[choice]?.[lang] ?? []).map((text) => ({ text, choice, lang }))),
  ),
);

/** The status a text names in any of the three languages (any case, spaces as TRIM takes them), now or in an earlier version. */
export function statusFromText(text: unknown): { status: TaskStatus; lang: Lang } | undefined {
  const known = findWord(KNOWN, text);
  return known === undefined ? undefined : { status: known.choice, lang: known.lang };
}
