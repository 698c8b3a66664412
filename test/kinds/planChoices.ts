/**
 * The choices of the account plan's lists and its text parts, for the tests' generators: the lists are the word
 * tables' keys (the sheet offers their words), the text parts the plan's groups in the sheet's order.
 */
import type { Localized } from "../../src/domain/lang";
import { ACCOUNT_SWOT, ANALYSIS_TEXTS, OUR_SWOT, PLAN_TEXTS, type TextPart } from "../../src/kinds/plans/domain/model";
import { ATTITUDE_TEXT, KIND_TEXT, LEVEL_TEXT, ROLE_TEXT, TICK_TEXT } from "../../src/kinds/plans/domain/words";

const choicesOf = <C extends string>(table: Readonly<Record<C, Localized>>): readonly C[] => Object.keys(table) as C[];

export const CONTACT_LEVELS = choicesOf(LEVEL_TEXT);
export const BUYING_ROLES = choicesOf(ROLE_TEXT);
export const ATTITUDES = choicesOf(ATTITUDE_TEXT);
export const OBJECTIVE_KINDS = choicesOf(KIND_TEXT);
export const TICKS = choicesOf(TICK_TEXT);
export const TEXT_PARTS: readonly TextPart[] = [...ANALYSIS_TEXTS, ...ACCOUNT_SWOT, ...OUR_SWOT, ...PLAN_TEXTS];
