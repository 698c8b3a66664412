import type { IsoDate } from "../../../domain/dates";
import type { AccountPlan } from "./model";

/** The key account a plan is for: its id in the key-account selection (A03), or "" when named by hand. */
export interface PlanAccount {
  readonly id: string;
  readonly name: string;
}

/** How many columns of the contact matrix a new plan offers for the members of our account team. */
export const NEW_TEAM_COLUMNS = 3;
/** The rows a new plan offers in each of its tables, ready for typing. */
export const NEW_ROWS = { spend: 3, competitors: 3, contacts: 5, objectives: 3, actions: 5, questions: 3 } as const;

/**
 * A new plan for `account`: its planning period from `today`, the last three years ready for spend, the team's
 * columns unnamed, nothing else entered.
 */
export function newPlan(account: PlanAccount, today: IsoDate): AccountPlan {
  const year = Number(today.slice(0, 4));
  return {
    accountId: account.id.trim(),
    account: account.name.trim(),
    periodStart: today,
    reviewed: null,
    texts: {},
    spend: [year - 2, year - 1, year].map((y) => ({ year: y, spend: null, revenue: null, notes: "" })),
    competitors: [],
    team: Array.from({ length: NEW_TEAM_COLUMNS }, () => ""),
    contacts: [],
    indicators: {},
    previousStage: null,
    previousDate: null,
    objectives: [],
    actions: [],
    questions: [],
  };
}

/** What Excel refuses in a sheet's name. */
const NOT_IN_NAME = /[:\\/?*[\]]/g;
/** Excel's longest sheet name. */
export const SHEET_NAME_MAX = 31;
/** Every plan's sheet is called "Plan <account>" in all three languages: the word is the same in each. */
export const PLAN_PREFIX = "Plan ";

/** Whether a sheet's name may be a plan's: "Plan " and something (the sheet's content decides). */
export function isPlanSheetName(name: string): boolean {
  return name.length > PLAN_PREFIX.length && name.toLowerCase().startsWith(PLAN_PREFIX.toLowerCase());
}

/**
 * The sheet name for a plan of `account`: "Plan " and the account's name, without what Excel refuses in a name, cut
 * to 31 characters; when a sheet in `taken` has it already (ignoring case, as Excel does), " (2)", " (3)", … in
 * place of its end.
 */
export function planSheetName(account: string, taken: Iterable<string>): string {
  const cleaned = account
    .replace(NOT_IN_NAME, " ")
    .replace(/\s+/g, " ")
    .trim()
    // the apostrophes around the account's name dropped: those at its start here, those at its end with the cut below
    .replace(/^'+/, "");
  const base = `${PLAN_PREFIX}${cleaned === "" ? "?" : cleaned}`;
  const used = new Set([...taken].map((t) => t.toLowerCase()));
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "" : ` (${n})`;
    // cut, then without an apostrophe or blank at its end (Excel refuses a name ending in an apostrophe)
    const name = `${base.slice(0, SHEET_NAME_MAX - suffix.length).replace(/['\s]+$/, "")}${suffix}`;
    if (!used.has(name.toLowerCase())) return name;
  }
}
