import { type NumberEntry, countedValue, wholeOf } from "../../../domain/entry";
import {
  CAPACITY_MAX,
  type CriterionGroup,
  DEFAULT_CAPACITY,
  DEFAULT_CUT_OFF,
  SCORE_MAX,
  SCORE_MIN,
  type SelectionModel,
  WEIGHT_MAX,
  WEIGHT_MIN,
} from "./model";

/**
 * The four classes of the portfolio (README, "Selecting key accounts"): attractive to us and we to them (key
 * account); attractive to us, but we must still become attractive to them (key development account); the others
 * are served, not developed.
 */
export type AccountClass = "KEY" | "DEVELOPMENT" | "MAINTENANCE" | "OPPORTUNISTIC";
export const ACCOUNT_CLASSES: readonly AccountClass[] = ["KEY", "DEVELOPMENT", "MAINTENANCE", "OPPORTUNISTIC"];

export const GROUPS: readonly CriterionGroup[] = ["attractiveness", "strength"];

/** One axis of a customer: its score and how many of the group's criteria were scored. */
export interface AxisScore {
  /**
   * Σ weight × score ÷ Σ weight over the group's scored criteria (re-weighted), 0–10, to two decimals as the sheet
   * shows and classifies it; null when none is scored.
   */
  readonly score: number | null;
  readonly scored: number;
  /** The group's criteria that count: those with a valid weight above 0. */
  readonly criteria: number;
}

export interface CustomerResult {
  readonly index: number;
  readonly attractiveness: AxisScore;
  readonly strength: AxisScore;
  /** Scored, but fewer than half of a group's criteria: no class yet. */
  readonly incomplete: boolean;
  /** No criterion scored at all. */
  readonly unscored: boolean;
  readonly accountClass: AccountClass | null;
  /** Place within its class, 1 first: by attractiveness, then strength, then the order of the rows. */
  readonly rank: number | null;
  /**
   * For a key or key development account: its strength criteria with the largest weighted gap to the top score,
   * most first, at most three (ids). Our strength is what we can change; the customer's attractiveness is theirs.
   */
  readonly lifts: readonly string[];
}

export interface SelectionResult {
  readonly customers: readonly CustomerResult[];
  /** Each class's customers (indexes), in rank order. */
  readonly byClass: Readonly<Record<AccountClass, readonly number[]>>;
  readonly incomplete: readonly number[];
  readonly unscored: readonly number[];
  /** The cut-off in force (the sheet's, else 5) and the capacity in force (the sheet's, else 4). */
  readonly cutOff: number;
  readonly capacity: number;
  /** More key accounts than the company can carry: "never too many key accounts". */
  readonly overCapacity: boolean;
  /** Each class's revenue: the sum of its customers' valid revenues (numbers of 0 or more). */
  readonly revenueByClass: Readonly<Record<AccountClass, number>>;
  /** The sum of each group's valid weights: 100 is expected, anything else is named on the sheet. */
  readonly weightSums: Readonly<Record<CriterionGroup, number>>;
}

/** How many lifts are named per account. */
const LIFTS_SHOWN = 3;

/** The cut-off in force: a number 0–10, else the default. */
export function cutOffOf(model: Pick<SelectionModel, "cutOff">): number {
  const v = countedValue(model.cutOff);
  return typeof v === "number" && v >= SCORE_MIN && v <= SCORE_MAX ? v : DEFAULT_CUT_OFF;
}

/** The capacity in force: a whole number 0–999, else the default. */
export function capacityOf(model: Pick<SelectionModel, "capacity">): number {
  return wholeOf(model.capacity, 0, CAPACITY_MAX) ?? DEFAULT_CAPACITY;
}

/** A revenue or potential that counts: a number of 0 or more (a formula's too); else null. */
export function amountOf(entry: NumberEntry): number | null {
  const v = countedValue(entry);
  return typeof v === "number" && Number.isFinite(v) && v >= 0 ? v : null;
}

/** The class of a customer scored on both axes. */
export function classOf(attractiveness: number, strength: number, cutOff: number): AccountClass {
  if (attractiveness >= cutOff) return strength >= cutOff ? "KEY" : "DEVELOPMENT";
  return strength >= cutOff ? "MAINTENANCE" : "OPPORTUNISTIC";
}

/** A group's score over the scored criteria; `weights` and `scores` are parallel, null where not valid. */
export function axisScore(weights: readonly (number | null)[], scores: readonly (number | null)[]): AxisScore {
  let sum = 0;
  let weight = 0;
  let scored = 0;
  let criteria = 0;
  weights.forEach((w, i) => {
    if (w === null || w === 0) return;
    criteria++;
    const s = scores[i] ?? null;
    if (s === null) return;
    scored++;
    sum += w * s;
    weight += w;
  });
  // whole weights and scores: 100 × sum ÷ weight is one division of whole numbers, so a half (4.995) is exact and
  // rounds up here as ROUND does in every spreadsheet
  return { score: scored === 0 ? null : Math.round((100 * sum) / weight) / 100, scored, criteria };
}

/** Scored, but fewer than half of a group's criteria (exactly half is enough). */
const tooFew = (a: AxisScore) => a.scored * 2 < a.criteria;

/**
 * Each criterion's weight that counts (a whole number 0–100, also a formula's result; null where not valid or outside
 * the sheet's formulas), and per group those weights (null outside the group) and their sum: as the sheet's rows of
 * weights that count and its sums above the score columns compute them.
 */
export function countedWeights(criteria: SelectionModel["criteria"]) {
  const weights = criteria.map((c) => (c.ignored === undefined ? wholeOf(c.weight, WEIGHT_MIN, WEIGHT_MAX) : null));
  const groupWeights = GROUPS.map((g) => weights.map((w, i) => (criteria[i]!.group === g ? w : null)));
  const sums = Object.fromEntries(GROUPS.map((g, k) => [g, groupWeights[k]!.reduce<number>((a, w) => a + (w ?? 0), 0)])) as Record<
    CriterionGroup,
    number
  >;
  return { weights, groupWeights, sums };
}

export function evaluateSelection(model: SelectionModel): SelectionResult {
  const cutOff = cutOffOf(model);
  const capacity = capacityOf(model);
  // worked out once, not per customer
  const { weights, groupWeights, sums: weightSums } = countedWeights(model.criteria);

  const customers = model.customers.map((customer, index): CustomerResult => {
    const scores = model.criteria.map((_, i) => wholeOf(customer.scores[i] ?? null, SCORE_MIN, SCORE_MAX));
    const [attractiveness, strength] = groupWeights.map((w) => axisScore(w, scores)) as [AxisScore, AxisScore];
    // a row outside the sheet's formulas is no customer yet: no class, not listed
    if (customer.ignored !== undefined)
      return { index, attractiveness, strength, incomplete: false, unscored: false, accountClass: null, rank: null, lifts: [] };
    const unscored = attractiveness.scored + strength.scored === 0;
    const incomplete =
      !unscored && (tooFew(attractiveness) || tooFew(strength) || attractiveness.score === null || strength.score === null);
    const accountClass = unscored || incomplete ? null : classOf(attractiveness.score!, strength.score!, cutOff);
    const lifts =
      accountClass === "KEY" || accountClass === "DEVELOPMENT"
        ? model.criteria
            .map((c, i) => ({
              id: c.id,
              gap: c.group === "strength" && scores[i] !== null ? (weights[i] ?? 0) * (SCORE_MAX - scores[i]!) : 0,
            }))
            .filter((x) => x.gap > 0)
            .sort((a, b) => b.gap - a.gap)
            .slice(0, LIFTS_SHOWN)
            .map((x) => x.id)
        : [];
    return { index, attractiveness, strength, incomplete, unscored, accountClass, rank: null, lifts };
  });

  const order = (a: CustomerResult, b: CustomerResult) =>
    b.attractiveness.score! - a.attractiveness.score! || b.strength.score! - a.strength.score! || a.index - b.index;
  const byClass = Object.fromEntries(
    ACCOUNT_CLASSES.map((k) => [
      k,
      customers
        .filter((c) => c.accountClass === k)
        .sort(order)
        .map((c) => c.index),
    ]),
  ) as Record<AccountClass, number[]>;
  const ranked = customers.map((c) => (c.accountClass === null ? c : { ...c, rank: byClass[c.accountClass].indexOf(c.index) + 1 }));
  return {
    customers: ranked,
    byClass,
    incomplete: ranked.filter((c) => c.incomplete).map((c) => c.index),
    unscored: ranked.filter((c) => c.unscored).map((c) => c.index),
    cutOff,
    capacity,
    overCapacity: byClass.KEY.length > capacity,
    revenueByClass: Object.fromEntries(
      ACCOUNT_CLASSES.map((k) => [k, byClass[k].reduce((sum, i) => sum + (amountOf(model.customers[i]!.revenue) ?? 0), 0)]),
    ) as Record<AccountClass, number>,
    weightSums,
  };
}
