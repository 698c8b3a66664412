import { type KeptEntry, wholeOf } from "../../../domain/entry";
import {
  type CompetenceModel,
  DEFAULT_REQUIRED,
  type Requirement,
  DEFAULT_WEIGHT,
  LEVEL_MAX,
  LEVEL_MIN,
  WEIGHT_MAX,
  WEIGHT_MIN,
} from "./model";

/** What evaluation needs of one competence: the requirement and each candidate's valid rating. */
export interface CompetenceInput {
  readonly id: string;
  readonly required: number;
  readonly weight: number;
  readonly mustHave: boolean;
  /** One per candidate; null = not assessed. */
  readonly ratings: readonly (number | null)[];
}

export interface CandidateResult {
  readonly index: number;
  readonly name: string;
  /** rating − required per competence (negative = deficit); null where not assessed. */
  readonly gaps: readonly (number | null)[];
  readonly assessed: number;
  /** Σ w·min(rating, required) ÷ Σ w·required over the assessed competences, 0–1; null when none assessed. */
  readonly fit: number | null;
  /** Σ w·rating ÷ Σ w over the assessed competences, 1–5; null when none assessed. */
  readonly weightedScore: number | null;
  /** A must-have competence rated below its required level. */
  readonly knockedOut: boolean;
  /** A must-have competence not assessed yet, and none missed: no pass yet, so not ranked. */
  readonly mustHaveOpen: boolean;
  /** Fewer than half of the competences assessed: not ranked. */
  readonly incomplete: boolean;
  /** 1 = best; ties share a rank; null when not ranked (isRanked). */
  readonly rank: number | null;
  /** Ids of the competences rated below the required level. */
  readonly deficits: readonly string[];
}

export interface CompetenceResult {
  readonly candidates: readonly CandidateResult[];
  /** Candidate indexes in ranking order (those not ranked left out: isRanked). */
  readonly ranking: readonly number[];
  /** The best-ranked candidate, if any is ranked. */
  readonly best: number | null;
  /** Per competence: how many candidates were assessed on it and how many meet the requirement. */
  readonly team: readonly { readonly id: string; readonly assessed: number; readonly meeting: number }[];
  /** What the team can build on: competences met by most (more than half) of the candidates assessed on them, most met first. */
  readonly buildOnIds: readonly string[];
}

export function evaluateCandidate(inputs: readonly CompetenceInput[], index: number, name = ""): Omit<CandidateResult, "rank"> {
  let assessed = 0;
  let fitNum = 0;
  let fitDen = 0;
  let scoreNum = 0;
  let scoreDen = 0;
  let knockedOut = false;
  let unratedMustHave = false;
  const gaps: (number | null)[] = [];
  const deficits: string[] = [];
  for (const c of inputs) {
    const r = c.ratings[index] ?? null;
    if (r === null) {
      if (c.mustHave) unratedMustHave = true;
      gaps.push(null);
      continue;
    }
    assessed++;
    fitNum += c.weight * Math.min(r, c.required);
    fitDen += c.weight * c.required;
    scoreNum += c.weight * r;
    scoreDen += c.weight;
    gaps.push(r - c.required);
    if (r < c.required) {
      deficits.push(c.id);
      if (c.mustHave) knockedOut = true;
    }
  }
  return {
    index,
    name,
    gaps,
    assessed,
    fit: assessed === 0 ? null : fitNum / fitDen,
    weightedScore: assessed === 0 ? null : scoreNum / scoreDen,
    knockedOut,
    mustHaveOpen: unratedMustHave && !knockedOut,
    // "fewer than half": 3 of 8 is incomplete, 4 of 8 is not
    incomplete: assessed * 2 < inputs.length,
    deficits,
  };
}

/**
 * Ranked: at least half of the competences assessed, and every must-have either assessed or already missed. An
 * unrated must-have is no pass: the candidate waits for that rating, not above those who passed.
 */
export function isRanked(c: Pick<CandidateResult, "incomplete" | "mustHaveOpen">): boolean {
  return !c.incomplete && !c.mustHaveOpen;
}

/**
 * The candidates as the pane and `kam read` list them: the ranked in ranking order, then those with too few
 * competences assessed, then those assessed enough who wait for a must-have rating.
 */
export function listingOrder(result: CompetenceResult): {
  readonly incomplete: CandidateResult[];
  readonly mustHaveOpen: CandidateResult[];
  readonly ordered: CandidateResult[];
} {
  const incomplete = result.candidates.filter((c) => c.incomplete);
  const mustHaveOpen = result.candidates.filter((c) => !c.incomplete && c.mustHaveOpen);
  return { incomplete, mustHaveOpen, ordered: [...result.ranking.map((i) => result.candidates[i]!), ...incomplete, ...mustHaveOpen] };
}

/** The ranking rule: knocked-out candidates after all others, then fit descending, ties broken by weighted score. */
export function compareCandidates(a: Omit<CandidateResult, "rank">, b: Omit<CandidateResult, "rank">): number {
  if (a.knockedOut !== b.knockedOut) return a.knockedOut ? 1 : -1;
  const fit = (b.fit ?? 0) - (a.fit ?? 0);
  if (Math.abs(fit) > 1e-12) return fit;
  const score = (b.weightedScore ?? 0) - (a.weightedScore ?? 0);
  return Math.abs(score) > 1e-12 ? score : 0;
}

export function evaluateCompetences(inputs: readonly CompetenceInput[], names: readonly string[]): CompetenceResult {
  const partial = names.map((n, i) => evaluateCandidate(inputs, i, n));
  // the sort is stable: candidates the rule finds equal keep the sheet's order
  const ranked = partial.filter(isRanked).sort(compareCandidates);
  const rankOf = new Map<number, number>();
  ranked.forEach((c, i) => {
    const prev = ranked[i - 1];
    rankOf.set(c.index, prev !== undefined && compareCandidates(prev, c) === 0 ? rankOf.get(prev.index)! : i + 1);
  });
  const team = inputs.map((c) => ({
    id: c.id,
    assessed: c.ratings.filter((r) => r !== null).length,
    meeting: c.ratings.filter((r) => r !== null && r >= c.required).length,
  }));
  return {
    candidates: partial.map((c) => ({ ...c, rank: rankOf.get(c.index) ?? null })),
    ranking: ranked.map((c) => c.index),
    best: ranked[0]?.index ?? null,
    team,
    buildOnIds: team
      // more than half meet it: so at least one was assessed
      .filter((t) => t.meeting * 2 > t.assessed)
      .sort((a, b) => b.meeting / b.assessed - a.meeting / a.assessed)
      .map((t) => t.id),
  };
}

/** The requirement's valid value, or its default when what was typed is not valid. */
function requirementValue(entry: number | KeptEntry, min: number, max: number, fallback: number): number {
  return wholeOf(entry, min, max) ?? fallback;
}

/** The requirements that are evaluated: remarks and rows beyond the sheet's formulas are not. */
export function countedRequirements(model: CompetenceModel): Requirement[] {
  return model.requirements.filter((r) => r.ignored === undefined);
}

export function competenceInputs(model: CompetenceModel): CompetenceInput[] {
  return countedRequirements(model).map((r) => ({
    id: r.id,
    required: requirementValue(r.required, LEVEL_MIN, LEVEL_MAX, DEFAULT_REQUIRED),
    weight: requirementValue(r.weight, WEIGHT_MIN, WEIGHT_MAX, DEFAULT_WEIGHT),
    mustHave: r.mustHave,
    ratings: r.ratings.map((e) => wholeOf(e, LEVEL_MIN, LEVEL_MAX)),
  }));
}

export function evaluateAssessment(model: CompetenceModel): CompetenceResult {
  return evaluateCompetences(competenceInputs(model), model.candidates);
}
