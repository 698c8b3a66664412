import { type IsoDate, daysBetween } from "../../../domain/dates";
import { statusFromText } from "../../../domain/status";
import { type DateEntry, type NumberEntry, countedValue, entryDate, isKeptEntry, wholeOf } from "../../../domain/entry";
import type { Localized } from "../../../domain/lang";
import { sheetTrim } from "../../../domain/words";
import {
  type AccountPlan,
  COVERED_STRENGTH,
  type ChoiceEntry,
  type Contact,
  SHARE_MAX,
  STAGES,
  STALE_DAYS,
  STRENGTH_MAX,
  STRENGTH_MIN,
  OUR_SWOT,
  type PlanText,
  type SpendYear,
  type Stage,
} from "./model";
import { type StageAssessment, assessStage } from "./stages";
import { LEVEL_TEXT, ROLE_TEXT, STAGE_TEXT, TICK_TEXT, choiceFromText } from "./words";

/** A number that counts: a finite number (a formula's result too); else null. */
export function numberOf(entry: NumberEntry): number | null {
  const v = countedValue(entry);
  return Number.isFinite(v) ? (v as number) : null;
}

/** An amount that counts (spend, revenue): a number of 0 or more. */
export function amountOf(entry: NumberEntry): number | null {
  const v = numberOf(entry);
  return v !== null && v >= 0 ? v : null;
}

/** A calendar day that counts: a day, or a kept date with a time of day or from a formula. */
export function dateOf(entry: DateEntry): IsoDate | null {
  return entryDate(entry);
}

/**
 * A choice that counts: one of the list's, or a formula's result that is one of its words (as the sheet's formulas
 * take it); blank and anything typed otherwise do not. A kept entry is a formula's result, an error value or a text
 * that is none of the list's words (reading takes a word for its choice): only the first can name a choice.
 */
export function choiceOf<C extends string>(
  entry: ChoiceEntry<C>,
  words: Readonly<Record<C, Localized>> | ((text: unknown) => C | undefined),
): C | null {
  if (!isKeptEntry(entry)) return entry;
  return (typeof words === "function" ? words(entry.value) : choiceFromText(words, entry.value)) ?? null;
}

/** A year that counts: a whole number 1900–9999. */
export function yearOf(entry: NumberEntry): number | null {
  return wholeOf(entry, 1900, 9999);
}

/** Our revenue ÷ the customer's spend in our field; null unless both count and the spend is above 0. */
export function shareOf(spend: number | null, revenue: number | null): number | null {
  return spend === null || revenue === null || spend === 0 ? null : revenue / spend;
}

export type Trend = "UP" | "DOWN" | "FLAT";

/** Where a figure went since the one before it. */
function trendOf(latest: number, previous: number): Trend {
  return latest > previous ? "UP" : latest < previous ? "DOWN" : "FLAT";
}

/** Shares are compared in tenths of a percentage point, as the sheet shows them. */
function permille(share: number): number {
  // to 15 significant digits first, as a spreadsheet's ROUND sees the number: 0.5005 × 1000 is 500.4999… in binary
  return Math.round(Number((share * 1000).toPrecision(15)));
}

export interface ShareOfWallet {
  /** Each row's share, in the order of the rows; null where it does not count. */
  readonly shares: readonly (number | null)[];
  /** The latest year with a share, and its share. */
  readonly latest: { readonly year: number; readonly share: number } | null;
  /** The year before it with a share, and its share. */
  readonly previous: { readonly year: number; readonly share: number } | null;
  /** The latest share against the one before it; null without two years. */
  readonly trend: Trend | null;
}

/**
 * Our share of the customer's spend per year, the latest two and the trend between them. A year given again below a
 * row of that year with a share has no share of its own (the sheet's share column shows it blank, and reading names
 * it), so that each year counts once, as its first row with a share says.
 */
export function shareOfWallet(spend: readonly Omit<SpendYear, "notes">[]): ShareOfWallet {
  const counted = new Set<number>();
  const shares = spend.map((y) => {
    const year = yearOf(y.year);
    const share = year === null || counted.has(year) || y.ignored !== undefined ? null : shareOf(amountOf(y.spend), amountOf(y.revenue));
    if (share !== null) counted.add(year!);
    return share;
  });
  const years = spend
    .map((y, i) => ({ year: yearOf(y.year), share: shares[i] ?? null }))
    .filter((y): y is { year: number; share: number } => y.share !== null)
    .sort((a, b) => b.year - a.year);
  const [latest = null, previous = null] = years;
  // a year before the latest means there is a latest
  const trend = previous === null ? null : trendOf(permille(latest!.share), permille(previous.share));
  return { shares, latest, previous, trend };
}

export interface ContactResult {
  /** The strongest relationship any member of our team has with the contact (0–3); null when none is given. */
  readonly best: number | null;
  /** A decider, or a contact at the strategic level: needs a relationship of strength 2 or more. */
  readonly key: boolean;
  /** A key contact without a relationship of strength 2 or more. */
  readonly gap: boolean;
  /** Days since the last contact; null without a date. */
  readonly daysSince: number | null;
  /** Not met for more than 90 days, or no date of the last contact. */
  readonly stale: boolean;
}

/**
 * A contact's cover: the strongest relationship (`uncounted` members' strengths, outside the sheet's formulas, left
 * out), whether it is a key contact (a decider, or strategic), and whether that key contact lacks a good relationship.
 */
export function coverOf(
  contact: Pick<Contact, "role" | "level" | "strengths">,
  uncounted?: readonly number[],
): Pick<ContactResult, "best" | "key" | "gap"> {
  const strengths = contact.strengths
    .filter((_, i) => !uncounted?.includes(i))
    .map((s) => wholeOf(s, STRENGTH_MIN, STRENGTH_MAX))
    .filter((s): s is number => s !== null);
  const best = strengths.length === 0 ? null : Math.max(...strengths);
  const key = choiceOf(contact.role, ROLE_TEXT) === "DECIDER" || choiceOf(contact.level, LEVEL_TEXT) === "STRATEGIC";
  return { best, key, gap: key && (best ?? 0) < COVERED_STRENGTH };
}

/** A contact's cover (`coverOf`) and how long ago it was last met. */
export function evaluateContact(contact: Contact, today: IsoDate, uncounted?: readonly number[]): ContactResult {
  const last = dateOf(contact.lastContact);
  const daysSince = last === null ? null : daysBetween(last, today);
  return {
    ...coverOf(contact, uncounted),
    daysSince,
    stale: daysSince === null || daysSince > STALE_DAYS,
  };
}

export interface ObjectiveResult {
  /** (current − baseline) ÷ (target − baseline); null unless all three count and target differs from baseline. */
  readonly progress: number | null;
  /** The share of its time gone, from the plan's start to its due date, 0–1; null without a due date. */
  readonly expected: number | null;
  /** Measured, and its progress below the share of its time gone (or the due date passed short of the target). */
  readonly behind: boolean;
  /** Its progress reached 100 %. */
  readonly reached: boolean;
}

/** Progress of an objective, as the sheet computes it. */
export function progressOf(baseline: number | null, target: number | null, current: number | null): number | null {
  if (baseline === null || target === null || current === null || target === baseline) return null;
  return (current - baseline) / (target - baseline);
}

/**
 * The share of an objective's time gone: from the plan period's start to the objective's due date, 0 before the
 * start, 1 from the due date on. Without a start (or one not before the due date), 0 until the due date.
 */
export function expectedOf(start: IsoDate | null, due: IsoDate | null, today: IsoDate): number | null {
  if (due === null) return null;
  if (daysBetween(due, today) >= 0) return 1;
  if (start === null || daysBetween(start, due) <= 0) return 0;
  const gone = daysBetween(start, today) / daysBetween(start, due);
  return Math.min(1, Math.max(0, gone));
}

export function evaluateObjective(
  objective: AccountPlan["objectives"][number],
  periodStart: IsoDate | null,
  today: IsoDate,
): ObjectiveResult {
  const progress = progressOf(numberOf(objective.baseline), numberOf(objective.target), numberOf(objective.current));
  const expected = expectedOf(periodStart, dateOf(objective.due), today);
  return {
    progress,
    expected,
    behind: progress !== null && expected !== null && progress < expected,
    reached: (progress ?? 0) >= 1,
  };
}

/** An action marked done: the status word typed, or a formula's result that is one. */
export function isDone(action: Pick<AccountPlan["actions"][number], "status">): boolean {
  return choiceOf(action.status, (text) => statusFromText(text)?.status) === "DONE";
}

export interface ActionResult {
  /** Its due date passed and it is not done. */
  readonly late: boolean;
  /** The index of the objective it serves; null when it names none, or one the plan does not have. */
  readonly objective: number | null;
}

export function evaluateAction(action: AccountPlan["actions"][number], objectiveIds: readonly string[], today: IsoDate): ActionResult {
  const due = dateOf(action.due);
  const done = isDone(action);
  const wanted = action.objective.trim().toUpperCase();
  const objective = wanted === "" ? -1 : objectiveIds.findIndex((id) => id.toUpperCase() === wanted);
  return { late: due !== null && !done && daysBetween(due, today) > 0, objective: objective < 0 ? null : objective };
}

/** The parts a complete plan has (README, "Account plans"). */
export type PlanPart = "spend" | "contacts" | "stage" | "swot" | "vision" | "objectives" | "actions";
export const PLAN_PARTS: readonly PlanPart[] = ["spend", "contacts", "stage", "swot", "vision", "objectives", "actions"];

export interface PlanResult {
  readonly share: ShareOfWallet;
  /** The competitors' shares that count (0–100 %), summed. */
  readonly competitorShare: number;
  readonly contacts: readonly ContactResult[];
  /** Contacts (indexes) that are key and not covered; only rows that name a contact count, here and in `stale`. */
  readonly gaps: readonly number[];
  readonly stale: readonly number[];
  readonly stage: StageAssessment;
  /** The previous assessment's stage, and whether the relationship moved up or down since. */
  readonly previousStage: Stage | null;
  readonly stageChange: Trend | null;
  readonly objectives: readonly ObjectiveResult[];
  readonly behind: readonly number[];
  readonly actions: readonly ActionResult[];
  readonly late: readonly number[];
  /** Questions (indexes) without an answer. */
  readonly openQuestions: readonly number[];
  /** The parts the plan still lacks; a plan lacking none is complete. */
  readonly missing: readonly PlanPart[];
  readonly complete: boolean;
  /** Days since the plan was last reviewed; null when never. */
  readonly sinceReview: number | null;
  /** Not reviewed for more than 90 days; never reviewed, more than 90 days after its period's start, or without one. */
  readonly reviewDue: boolean;
}

/**
 * A text block or an answer that holds something, as the sheet counts it (`TRIM(cell)<>""`): text other than
 * spaces, a number, TRUE/FALSE, an error; a formula by what it shows.
 */
export function filled(entry: PlanText | undefined): boolean {
  if (entry === undefined) return false;
  if (!isKeptEntry(entry)) return typeof entry !== "string" || sheetTrim(entry) !== "";
  // an error value's text (#N/A) is never blank
  return typeof entry.value !== "string" || sheetTrim(entry.value) !== "";
}

function indexesWhere<T>(list: readonly T[], test: (t: T, i: number) => boolean): number[] {
  return list.flatMap((t, i) => (test(t, i) ? [i] : []));
}

/** Everything the plan's sheet, its pane and `kam read` show, computed from what the user entered. */
export function evaluatePlan(plan: AccountPlan, today: IsoDate): PlanResult {
  const share = shareOfWallet(plan.spend);
  const competitorShare = plan.competitors
    .map((c) => numberOf(c.share))
    .filter((s): s is number => s !== null && s >= 0 && s <= SHARE_MAX)
    .reduce((a, b) => a + b, 0);
  const contacts = plan.contacts.map((c) => evaluateContact(c, today, plan.uncounted));
  // a row of the matrix is a contact when it names one: a row with a role or a strength only counts nowhere
  // the cover is a row's own computed cell, the stale contacts a total over the names and dates
  const named = (i: number) => sheetTrim(plan.contacts[i]!.name) !== "" && plan.contacts[i]!.ignored !== "outside";
  const stage = assessStage(Object.fromEntries(Object.entries(plan.indicators).map(([id, t]) => [id, choiceOf(t, TICK_TEXT)])));
  const previousStage = choiceOf(plan.previousStage, STAGE_TEXT);
  const order = (s: Stage) => STAGES.indexOf(s);
  const stageChange = stage.stage === null || previousStage === null ? null : trendOf(order(stage.stage), order(previousStage));
  const periodStart = dateOf(plan.periodStart);
  const objectives = plan.objectives.map((o) =>
    o.ignored === undefined ? evaluateObjective(o, periodStart, today) : { progress: null, expected: null, behind: false, reached: false },
  );
  const ids = plan.objectives.map((o) => o.id);
  const actions = plan.actions.map((a) => {
    const r = evaluateAction(a, ids, today);
    return a.ignored === undefined ? r : { ...r, late: false };
  });
  const gaps = indexesWhere(contacts, (c, i) => c.gap && named(i) && plan.contacts[i]!.ignored === undefined);
  const has: Record<PlanPart, boolean> = {
    spend: share.latest !== null,
    contacts: contacts.some((_, i) => named(i)) && gaps.length === 0,
    stage: stage.stage !== null,
    swot: OUR_SWOT.every((p) => filled(plan.texts[p])),
    vision: filled(plan.texts.planVision),
    objectives: objectives.some((o) => o.progress !== null),
    actions: plan.actions.some((a) => sheetTrim(a.text) !== "" && a.ignored !== "outside"),
  };
  const missing = PLAN_PARTS.filter((p) => !has[p]);
  const reviewed = dateOf(plan.reviewed);
  const sinceReview = reviewed === null ? null : daysBetween(reviewed, today);
  const started = dateOf(plan.periodStart);
  const sinceStart = started === null ? null : daysBetween(started, today);
  return {
    share,
    competitorShare,
    contacts,
    gaps,
    stale: indexesWhere(contacts, (c, i) => c.stale && named(i)),
    stage,
    previousStage,
    stageChange,
    objectives,
    behind: indexesWhere(objectives, (o) => o.behind),
    actions,
    late: indexesWhere(actions, (a) => a.late),
    openQuestions: indexesWhere(plan.questions, (q) => sheetTrim(q.text) !== "" && !filled(q.answer) && q.ignored === undefined),
    missing,
    complete: missing.length === 0,
    sinceReview,
    reviewDue: (sinceReview ?? sinceStart ?? Infinity) > STALE_DAYS,
  };
}
