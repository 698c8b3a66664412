/** The tasks the selection plans into the task overview, worded in the overview's language. */
import type { Lang } from "../../../domain/lang";
import type { LinkStates, LinkedTask } from "../../../domain/links";
import { translator } from "../../../i18n/format";
import type { SelectionResult } from "../domain/evaluate";
import type { SelectionModel } from "../domain/model";
import { SELECTION_LINK_TEXT } from "../i18n/linkText";

/** Analysing a key account and writing its plan belong to the plan's fourth phase, "Key accounts and planning". */
export const ACCOUNT_PLAN_PHASE = 4;

/** One task per key account, "account analysis and plan for …", linked by the customer's number (A03). */
export function accountPlanTasks(model: SelectionModel, result: SelectionResult, lang: Lang): LinkedTask[] {
  const t = translator(SELECTION_LINK_TEXT, lang);
  return result.byClass.KEY.map((i) => {
    const customer = model.customers[i]!;
    return { phase: ACCOUNT_PLAN_PHASE, text: t("accountPlan", { customer: customer.name || customer.id }), link: customer.id };
  });
}

/** Whether each customer still needs its account plan task: it does while it is a key account. */
export function keyAccountLinks(model: SelectionModel, result: SelectionResult): LinkStates {
  return new Map(model.customers.map((c, i) => [c.id.toUpperCase(), result.customers[i]!.accountClass === "KEY"]));
}
