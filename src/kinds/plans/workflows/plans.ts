import { type IsoDate, localToday } from "../../../domain/dates";
import { entryDate } from "../../../domain/entry";
import type { Lang } from "../../../domain/lang";
import type { SheetHost } from "../../../hosts/host";
import type { Problem } from "../../../sheets/read";
import { type PlanResult, evaluatePlan } from "../domain/evaluate";
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
  readonly lang: Lang;
  /** The accounts to create a plan for, or to re-create theirs (every entry kept). */
  readonly accounts: readonly PlanAccount[];
  /** The day a new plan's period starts; today by default. */
  readonly today?: IsoDate;
}

/**
 * Creates a plan for each account that has none, and re-creates those that exist (every entry kept, the account's
 * number added where it had none): one read of every plan, then one write per plan, each reading its sheet back.
 * Never writes over a sheet of the user's: a new plan takes a name no sheet has.
 */
export async function createPlans(host: SheetHost, request: PlansRequest): Promise<PlansState> {
  const grids = new Map(await readKinds(host, ...PLAN_READS));
  const before = plansIn(grids, request.today);
  const taken = new Set([...grids.entries()].filter(([, g]) => g !== null).map(([n]) => n));
  const today = request.today ?? localToday();
  for (const account of request.accounts) {
    if (account.name.trim() === "") continue;
    const existing = planOf(before.plans, account);
    const sheet = existing?.sheet ?? planSheetName(account.name, taken);
    taken.add(sheet);
    const kind = planSheetKind(sheet);
    const found = existing === undefined ? null : (inspectAll(grids, kind).found[0] ?? null);
    const written = await writeMerged(host, kind, {
      lang: existing === undefined ? request.lang : null,
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
  return plansIn(grids, request.today);
}
