import { type IsoDate, localToday } from "../../../domain/dates";
import { entryDate } from "../../../domain/entry";
import type { Lang } from "../../../domain/lang";
import type { SheetHost } from "../../../hosts/host";
import type { AnyKindState, KindModule, ReadyState, Subject } from "../../../workflows/kinds";
import type { Problem } from "../../../sheets/read";
import { type PlanResult, dateOf, evaluatePlan } from "../domain/evaluate";
import { STAGE_TEXT } from "../domain/words";
import { formatIsoDate, formatShare, translator } from "../../../i18n/format";
import { PLANS_PANE_TEXT } from "../i18n/paneText";
import type { AccountPlan } from "../domain/model";
import { PLAN_PREFIX, type PlanAccount, isPlanSheetName, newPlan, planSheetName } from "../domain/plan";
import { type PlanRead, parsePlan } from "../sheets/parse";
import { renderPlan } from "../sheets/render";
import { type Grids, type SheetKind, type SheetNames, inspectAll, readKinds, writeMerged } from "../../../workflows/sheetWorkflow";

/**
 * Every account plan's sheet, known by its name ("Plan " and the account) and its content: a sheet so named that
 * does not read as a plan is the user's and left alone. Its fixed name is what a workbook without plans is told of.
 */
export const PLAN_KIND: SheetKind<AccountPlan, PlanRead> = {
  nameFor: () => PLAN_PREFIX.trim(),
  matches: isPlanSheetName,
  what: "account plan",
  parse: parsePlan,
  render: (plan, lang) => renderPlan(plan, lang, planSheetName(plan.account, [])),
};

/** One plan's sheet by its name: what a re-create writes into, whatever the account is called now. */
export function planSheetKind(sheet: string): SheetKind<AccountPlan, PlanRead> {
  return { nameFor: () => sheet, what: "account plan", parse: parsePlan, render: (plan, lang) => renderPlan(plan, lang, sheet) };
}

/** A plan found in the workbook, with what its sheet computes. */
export interface PlanState {
  readonly sheet: string;
  readonly read: PlanRead;
  /** The day it is judged on: its reference date, else today. */
  readonly today: IsoDate;
  readonly result: PlanResult;
}

export interface PlansState {
  readonly plans: readonly PlanState[];
  /** Sheets named like a plan that are not one: the user's, never written. */
  readonly foreign: readonly string[];
  /** Every problem of every plan, each naming its sheet. */
  readonly problems: readonly Problem[];
}

/** The day a plan is judged on: a date in its reference date cell, else today on the user's clock. */
export function judgedOn(plan: AccountPlan, today: IsoDate = localToday()): IsoDate {
  return plan.today === undefined ? today : (entryDate(plan.today) ?? today);
}

/** Every plan among grids already read, each evaluated, in the workbook's order of reading. */
export function plansIn(grids: Grids, today?: IsoDate): PlansState {
  const { found, foreign } = inspectAll(grids, PLAN_KIND);
  const plans = found.map((f): PlanState => {
    const day = judgedOn(f.read.model, today);
    return { sheet: f.sheet, read: f.read, today: day, result: evaluatePlan(f.read.model, day) };
  });
  return { plans, foreign, problems: plans.flatMap((p) => p.read.problems) };
}

/** The kinds of sheet reading plans takes: every plan's. */
export const PLAN_READS: readonly SheetNames[] = [PLAN_KIND];

/** Reads every plan: one host read, however many there are. */
export async function readPlans(host: SheetHost, today?: IsoDate): Promise<PlansState> {
  return plansIn(await readKinds(host, ...PLAN_READS), today);
}

/** The plan of `account` among those found: by its number where both have one, else by its name (any case). */
export function planOf(plans: readonly PlanState[], account: PlanAccount): PlanState | undefined {
  const id = account.id.trim().toUpperCase();
  const name = account.name.trim().toLowerCase();
  return (
    (id === "" ? undefined : plans.find((p) => p.read.model.accountId.trim().toUpperCase() === id)) ??
    plans.find((p) => p.read.model.account.trim().toLowerCase() === name)
  );
}

export interface PlansRequest {
  /** The language of the plans of `accounts`, new or created again. */
  readonly lang: Lang;
  /** The accounts to create a plan for, or to re-create theirs (every entry kept). */
  readonly accounts: readonly PlanAccount[];
  /**
   * Creates every plan found again, each on its own sheet (a copied plan of the same account too) and in its own
   * language (its texts are written in it).
   */
  readonly recreateAll?: boolean;
  /** The day a new plan's period starts; today by default. */
  readonly today?: IsoDate;
}

/**
 * Creates a plan for each account that has none and re-creates those that exist, in the language asked for, and with
 * `recreateAll` every plan in its own language (every entry kept, the account's number added where it had none): one
 * read of every plan, then one write per plan, each reading its sheet back. Never writes over a sheet of the user's:
 * a new plan takes a name no sheet has.
 */
export async function createPlans(host: SheetHost, request: PlansRequest, kinds: readonly KindModule[] = []): Promise<PlansKindState> {
  const grids = new Map(await readKinds(host, ...planReads(kinds)));
  const before = plansIn(grids, request.today);
  const taken = new Set([...grids.entries()].filter(([, g]) => g !== null).map(([n]) => n));
  const today = request.today ?? localToday();
  const targets: { readonly account: PlanAccount; readonly existing: PlanState | undefined; readonly lang: Lang }[] = [
    ...(request.recreateAll === true
      ? before.plans.map((p) => ({ account: { id: p.read.model.accountId, name: p.read.model.account }, existing: p, lang: p.read.lang }))
      : []),
  ];
  for (const account of request.accounts) {
    if (account.name.trim() === "") continue;
    const existing = planOf(before.plans, account);
    if (existing === undefined || !targets.some((t) => t.existing?.sheet === existing.sheet))
      targets.push({ account, existing, lang: request.lang });
  }
  for (const { account, existing, lang } of targets) {
    const sheet = existing?.sheet ?? planSheetName(account.name, taken);
    taken.add(sheet);
    const kind = planSheetKind(sheet);
    const found = existing === undefined ? null : (inspectAll(grids, kind).found[0] ?? null);
    const written = await writeMerged(host, kind, {
      lang,
      inspected: { found, foreign: [], duplicates: [] },
      merge: (model) =>
        model === null
          ? newPlan(account, today)
          : model.accountId === "" && account.id.trim() !== ""
            ? { ...model, accountId: account.id.trim() }
            : model,
    });
    for (const [name, grid] of written) grids.set(name, grid);
  }
  return plansStateIn(grids, kinds, request.today);
}

/** The plans as the pane and `kam read` see them: none yet, or every plan read, with the key accounts that have none. */
export type PlansKindState =
  | { readonly status: "missing"; readonly withoutPlan: readonly Subject[] }
  | ({
      readonly status: "ready";
      /** The first plan's sheet (the pane's and the report's shared parts speak of one sheet). */
      readonly sheet: string;
      readonly duplicates: readonly string[];
      readonly lang: Lang;
      /** The key accounts of the selection without a plan (none without a selection). */
      readonly withoutPlan: readonly Subject[];
    } & PlansState);

/** The key accounts the kinds with subjects name (the selection's), among grids already read. */
function subjectsIn(grids: Grids, kinds: readonly KindModule[]): Subject[] {
  return kinds.flatMap((k) => {
    if (k.subjects === undefined) return [];
    const state = k.stateIn(grids, kinds);
    return state.status === "ready" ? [...k.subjects(state as ReadyState<AnyKindState>)] : [];
  });
}

/** The kinds of sheet to read for the plans' state: every plan's, and those of the kinds that name key accounts. */
export function planReads(kinds: readonly KindModule[] = []): SheetNames[] {
  return [PLAN_KIND, ...kinds.filter((k) => k.subjects !== undefined).map((k) => k.sheet as SheetNames)];
}

/** The plans' state among grids already read; `today` is for tests (else each plan's reference date, else today). */
export function plansStateIn(grids: Grids, kinds: readonly KindModule[] = [], today?: IsoDate): PlansKindState {
  const state = plansIn(grids, today);
  const withoutPlan = subjectsIn(grids, kinds).filter((s) => planOf(state.plans, s) === undefined);
  const first = state.plans[0];
  if (first === undefined) return { status: "missing", withoutPlan };
  return { status: "ready", sheet: first.sheet, duplicates: [], lang: first.read.lang, withoutPlan, ...state };
}

/** Reads every plan and the key accounts (one host read). */
export async function readPlansState(host: SheetHost, kinds: readonly KindModule[] = [], today?: IsoDate): Promise<PlansKindState> {
  return plansStateIn(await readKinds(host, ...planReads(kinds)), kinds, today);
}

/** A line of a plan's summary, and whether it names something to act on (a gap, objectives behind, overdue actions). */
export interface SummaryLine {
  readonly text: string;
  readonly warn: boolean;
}

/**
 * A plan's state in words, as the pane and `kam read` give it: its stage beside the previous one, its share of
 * wallet and trend, key contacts without a good relationship, stale contacts, objectives on track and behind,
 * overdue actions, open questions, the last review, and what it still lacks.
 */
export function planSummary(p: PlanState, lang: Lang): SummaryLine[] {
  const t = translator(PLANS_PANE_TEXT, lang);
  const { model } = p.read;
  const r = p.result;
  const stage = r.stage.stage === null ? t("stageNone") : t("stage", { stage: STAGE_TEXT[r.stage.stage][lang] });
  const before = r.previousStage === null ? "" : ` (${t("stageBefore", { stage: STAGE_TEXT[r.previousStage][lang] })})`;
  const trend = r.share.trend === null ? "" : `, ${t(`trend${r.share.trend}`)}`;
  const measured = r.objectives.filter((o) => o.progress !== null).length;
  const reviewed = dateOf(model.reviewed);
  return [
    { text: `${stage}${before}`, warn: false },
    {
      text:
        r.share.latest === null
          ? t("shareNone")
          : `${t("share", { year: r.share.latest.year, share: formatShare(r.share.latest.share, lang) })}${trend}`,
      warn: r.share.trend === "DOWN",
    },
    {
      text: r.gaps.length === 0 ? t("noGaps") : t("gaps", { list: r.gaps.map((i) => model.contacts[i]!.name).join(", ") }),
      warn: r.gaps.length > 0,
    },
    { text: t("stale", { count: r.stale.length }), warn: r.stale.length > 0 },
    { text: t("objectives", { onTrack: measured - r.behind.length, behind: r.behind.length }), warn: r.behind.length > 0 },
    { text: t("late", { count: r.late.length }), warn: r.late.length > 0 },
    { text: t("openQuestions", { count: r.openQuestions.length }), warn: false },
    { text: reviewed === null ? t("neverReviewed") : t("reviewed", { date: formatIsoDate(reviewed, lang) }), warn: r.reviewDue },
    { text: r.complete ? t("complete") : t("missingParts", { parts: r.missing.map((m) => t(`part_${m}`)).join(", ") }), warn: !r.complete },
  ];
}
