import type { CellFormulas, DateEntry, KeptEntry, NoteEntry, NumberEntry } from "../../../domain/entry";
import { idSequence } from "../../../domain/ids";
import type { TaskStatus } from "../../../domain/status";

/**
 * An account plan as the add-in holds it (README, "Account plans"): one per key account, in the parts seed 002
 * names (the account analysis and the plan) and with the relationship stage of seed 001. What the user entered,
 * nothing computed; invalid entries kept as typed.
 */

/** A choice from a list the sheet offers (in any of the three languages), blank, or kept as typed. */
export type ChoiceEntry<C extends string> = C | null | KeptEntry;

/** The level of a contact in the customer's organisation (seed 002: strategic, tactical, operational). */
export type ContactLevel = "STRATEGIC" | "TACTICAL" | "OPERATIONAL";

/** A contact's role in the customer's buying centre. */
export type BuyingRole = "INITIATOR" | "USER" | "INFLUENCER" | "DECIDER" | "BUYER" | "GATEKEEPER";

/** A contact's attitude to us. */
export type Attitude = "SUPPORTER" | "NEUTRAL" | "OPPONENT";

/** The four development stages of a key relationship (seed 001, after Millman & Wilson and McDonald). */
export type Stage = "TRANSACTIONAL" | "COOPERATIVE" | "PARTNERSHIP" | "INTEGRATION";
export const STAGES: readonly Stage[] = ["TRANSACTIONAL", "COOPERATIVE", "PARTNERSHIP", "INTEGRATION"];

/** Whether an objective is measured in numbers (revenue, share) or judged (satisfaction, complaints): seed 002. */
export type ObjectiveKind = "QUANTITATIVE" | "QUALITATIVE";

/** Yes or no, ticked per stage indicator; blank is not assessed. */
export type Tick = "YES" | "NO";

/**
 * The free-text parts of the plan, in the order of the sheet (seed 002): the account's vision and overall strategy,
 * its organisation, its history with us, its SWOT and ours; the plan's vision in three years and the four mixes of
 * its strategy.
 */
export type TextPart =
  | "accountVision"
  | "organisation"
  | "history"
  | "accountStrengths"
  | "accountWeaknesses"
  | "accountOpportunities"
  | "accountThreats"
  | "ourStrengths"
  | "ourWeaknesses"
  | "ourOpportunities"
  | "ourThreats"
  | "planVision"
  | "productMix"
  | "priceMix"
  | "promotionMix"
  | "relationshipMix";

/** The account analysis's parts (its vision, organisation and history; its SWOT, then ours), then the plan's. */
export const ANALYSIS_TEXTS: readonly TextPart[] = ["accountVision", "organisation", "history"];
export const ACCOUNT_SWOT: readonly TextPart[] = ["accountStrengths", "accountWeaknesses", "accountOpportunities", "accountThreats"];
export const OUR_SWOT: readonly TextPart[] = ["ourStrengths", "ourWeaknesses", "ourOpportunities", "ourThreats"];
export const PLAN_TEXTS: readonly TextPart[] = ["planVision", "productMix", "priceMix", "promotionMix", "relationshipMix"];

/**
 * Why a row the sheet holds counts less than others until the plan is re-created: it lies below the rows the
 * sheet's formulas take in ("outside": it counts nowhere), or it lacks its own computed cells ("noFormulas", a row
 * inserted into a table: what those cells would show counts nowhere, its entries count where the sheet's totals
 * read them).
 */
export type RowIgnored = "outside" | "noFormulas";

/** One year of the customer's spend in our field and our revenue with them; our share is computed. */
export interface SpendYear {
  readonly year: NumberEntry;
  /** The customer's total spend in our field that year. */
  readonly spend: NumberEntry;
  /** Our revenue with the customer that year. */
  readonly revenue: NumberEntry;
  readonly notes: NoteEntry;
  readonly ignored?: RowIgnored;
}

/** A competitor's share of the customer's spend, split by service and location as seed 002 asks. */
/**
 * A text block or an answer as the sheet holds it: text, a number or TRUE/FALSE as typed, or a formula kept with what
 * it shows (a formula showing nothing is no text, as the sheet counts it).
 */
export type PlanText = string | number | boolean | KeptEntry;

export interface Competitor {
  readonly name: string;
  readonly service: string;
  readonly location: string;
  /** A fraction 0–1 (the sheet shows %). */
  readonly share: NumberEntry;
  readonly notes: NoteEntry;
  readonly formulas?: CellFormulas<"name" | "service" | "location">;
}

export interface Contact {
  readonly name: string;
  /** The contact's job title. */
  readonly position: string;
  readonly level: ChoiceEntry<ContactLevel>;
  readonly role: ChoiceEntry<BuyingRole>;
  readonly attitude: ChoiceEntry<Attitude>;
  readonly lastContact: DateEntry;
  /** The relationship's strength 0–3 per member of our account team (`AccountPlan.team`, same order); null = none. */
  readonly strengths: readonly NumberEntry[];
  readonly notes: NoteEntry;
  readonly formulas?: CellFormulas<"name" | "position">;
  readonly ignored?: RowIgnored;
}

export interface Objective {
  /** O01…: actions name the objective they serve by it. */
  readonly id: string;
  readonly text: string;
  /** How it is measured (revenue in €, share in %, satisfaction 1–5, …). */
  readonly measure: string;
  readonly kind: ChoiceEntry<ObjectiveKind>;
  readonly baseline: NumberEntry;
  readonly target: NumberEntry;
  readonly current: NumberEntry;
  readonly due: DateEntry;
  readonly owner: string;
  readonly formulas?: CellFormulas<"text" | "measure" | "owner">;
  readonly ignored?: RowIgnored;
}

export interface Action {
  /** M01… (a measure), the link of the task it becomes. */
  readonly id: string;
  readonly text: string;
  readonly responsible: string;
  readonly start: DateEntry;
  readonly due: DateEntry;
  readonly status: ChoiceEntry<TaskStatus>;
  /** The id of the objective it serves (O01), as typed. */
  readonly objective: string;
  readonly notes: NoteEntry;
  readonly formulas?: CellFormulas<"text" | "responsible" | "objective">;
  readonly ignored?: RowIgnored;
}

/** What we do not know of the account yet but should (seed 002): each can become a task. */
export interface Question {
  /** F01… (a question: Frage, vraag), the link of the task it becomes. */
  readonly id: string;
  readonly text: string;
  readonly responsible: string;
  /** What was found out; a question with an answer is settled. */
  readonly answer: PlanText;
  readonly formulas?: CellFormulas<"text" | "responsible">;
  readonly ignored?: "outside";
}

export interface AccountPlan {
  /** The key account's id in the key-account selection (A03), or "" for a plan created by name only. */
  readonly accountId: string;
  readonly account: string;
  /** The first day of the twelve months the objectives are planned for. */
  readonly periodStart: DateEntry;
  /** The day the plan was last reviewed with the account team. */
  readonly reviewed: DateEntry;
  readonly texts: Readonly<Partial<Record<TextPart, PlanText>>>;
  readonly spend: readonly SpendYear[];
  readonly competitors: readonly Competitor[];
  /** Our account team: one strength column per member in the contact matrix. */
  readonly team: readonly string[];
  /**
   * The members (indexes into `team`) whose column the contacts' formulas leave out: a column inserted beside the
   * team's; their strengths count nowhere until the plan is created again.
   */
  readonly uncounted?: readonly number[];
  readonly contacts: readonly Contact[];
  /** One tick per indicator of `STAGE_INDICATORS`, by its id (I01…). */
  readonly indicators: Readonly<Record<string, ChoiceEntry<Tick>>>;
  /** The stage the previous assessment found, and when. */
  readonly previousStage: ChoiceEntry<Stage>;
  readonly previousDate: DateEntry;
  readonly objectives: readonly Objective[];
  readonly actions: readonly Action[];
  readonly questions: readonly Question[];
  /** What the user put in the plan's reference date cell instead of =TODAY() (a fixed date to judge on), if anything. */
  readonly today?: KeptEntry;
}

/** The strength of a relationship between a contact and a member of our team: 0 (none) to 3 (strong). */
export const STRENGTH_MIN = 0;
export const STRENGTH_MAX = 3;
/** A decider or a strategic contact is covered by a relationship of at least this strength. */
export const COVERED_STRENGTH = 2;
/** A contact not met for more than this many days is stale. */
export const STALE_DAYS = 90;
/** Shares of spend: 0–100 %. */
export const SHARE_MAX = 1;

export const OBJECTIVE_IDS = idSequence("O", 0);
export const ACTION_IDS = idSequence("M", 0);
export const QUESTION_IDS = idSequence("F", 0);
