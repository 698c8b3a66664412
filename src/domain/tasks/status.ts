import { LANGS, type Lang, type Localized } from "../lang";

/** A task's status (templates.md §3). */
export type TaskStatus = "OPEN" | "IN_PROGRESS" | "DONE" | "BLOCKED";
export const TASK_STATUSES: readonly TaskStatus[] = ["OPEN", "IN_PROGRESS", "DONE", "BLOCKED"];

export const STATUS_TEXT: Readonly<Record<TaskStatus, Localized>> = {
  OPEN: { de: "Offen", nl: "Open", en: "Open" },
  IN_PROGRESS: { de: "In Arbeit", nl: "Bezig", en: "In progress" },
  DONE: { de: "Erledigt", nl: "Gereed", en: "Done" },
  BLOCKED: { de: "Blockiert", nl: "Geblokkeerd", en: "Blocked" },
};

/** The status a text names in any of the three languages (ignoring case and surrounding blanks). */
export function statusFromText(text: unknown): { status: TaskStatus; lang: Lang } | undefined {
  if (typeof text !== "string") return undefined;
  const wanted = text.trim().toLowerCase();
  for (const lang of LANGS) {
    for (const status of TASK_STATUSES) if (STATUS_TEXT[status][lang].toLowerCase() === wanted) return { status, lang };
  }
  return undefined;
}
