/**
 * Tasks one sheet asks the task overview to plan: one per weak readiness condition, one per candidate's deficit.
 * Each is linked to what it is for, so that planning again adds nothing twice and the overview can show when what
 * it was for no longer needs it.
 */
import type { IsoDate } from "./dates";

/** A task to add to the plan. */
export interface NewTask {
  readonly phase: number | string;
  readonly text: string;
  readonly responsible?: string;
  readonly start?: IsoDate | null;
  readonly due?: IsoDate | null;
  readonly link?: string;
}

/** A task planned from another sheet, linked to what it is for: a condition's id ("R04"), a deficit ("C03/Anna"). */
export type LinkedTask = NewTask & {
  readonly link: string;
  /** Links it may be planned under already (an account plan's action linked by the account's name before it had a number). */
  readonly formerLinks?: readonly string[];
};

/** Whether what each link points to still needs its task (a condition still weak: true), by link in upper case. */
export type LinkStates = ReadonlyMap<string, boolean>;

/** Whether what a task is linked to still needs it; undefined for a task linked to nothing the states know. */
export function linkState(task: { readonly link: string }, states: LinkStates): boolean | undefined {
  return states.get(task.link.toUpperCase());
}
