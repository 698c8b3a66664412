import { type CompetenceInput, compareCandidates, evaluateCandidate, isRanked } from "../domain/evaluate";
import { DEFAULT_REQUIRED, DEFAULT_WEIGHT, LEVEL_MAX, LEVEL_MIN, WEIGHT_MAX, WEIGHT_MIN } from "../domain/model";
import { isItemRow } from "../../../domain/entry";
import type { Lang } from "../../../domain/lang";
import { translator } from "../../../i18n/format";
import { FUNCTION_TEXT } from "../../../i18n/functionText";
import { type Matrix, isMark, messageLang, valueError } from "../../../functions/args";
import { type Vector, flags, sameLength, validOr, vector } from "../../../functions/vectors";
import { addArgumentNames } from "../../../i18n/argumentNames";
import metadata from "../i18n/functionMetadata.json";

// the arguments' names in German and Dutch, for the messages that name them
addArgumentNames(metadata);

/*
 * The competence assessment's custom functions. Ratings, required levels, weights and must-have flags are
 * same-length columns or rows, one cell per competence. A blank rating is "not assessed"; a blank required
 * level or weight takes its default (4, 2), as on the sheet.
 */

interface Args {
  readonly lang: Lang;
}

function args(): Args {
  return { lang: messageLang() };
}

function ratingsOf(v: Vector): (number | null)[] {
  return validOr(v.cells, LEVEL_MIN, LEVEL_MAX, null);
}

/** The requirements the arguments give for `n` competences, as a function from candidates' ratings to what the domain evaluates. */
function inputsFromArgs(
  n: number,
  required: Matrix,
  weights: Matrix | null | undefined,
  musthave: Matrix | null | undefined,
  a: Args,
  reference = "ratings",
) {
  const req = vector(required, "required", a.lang);
  sameLength(req, n, "required", reference, a.lang);
  // a blank or invalid required level or weight takes its default, as on the sheet and in the pane
  const levels = validOr(req.cells, LEVEL_MIN, LEVEL_MAX, DEFAULT_REQUIRED);
  let w: number[] = new Array<number>(n).fill(DEFAULT_WEIGHT);
  if (weights !== null && weights !== undefined) {
    const wv = vector(weights, "weights", a.lang);
    sameLength(wv, n, "weights", reference, a.lang);
    w = validOr(wv.cells, WEIGHT_MIN, WEIGHT_MAX, DEFAULT_WEIGHT);
  }
  let must: boolean[] = new Array<boolean>(n).fill(false);
  if (musthave !== null && musthave !== undefined) {
    const mv = vector(musthave, "musthave", a.lang);
    sameLength(mv, n, "musthave", reference, a.lang);
    must = flags(mv);
  }
  return (candidates: readonly (readonly (number | null)[])[]): CompetenceInput[] =>
    levels.map((required, i) => ({
      id: String(i),
      required,
      weight: w[i]!,
      mustHave: must[i]!,
      ratings: candidates.map((c) => c[i] ?? null),
    }));
}

function one(ratings: Matrix, a: Args) {
  const v = vector(ratings, "ratings", a.lang);
  return { v, ratings: ratingsOf(v) };
}

/** Which rows are competences, given their texts: text or a valid rating of any candidate; without texts, every row. */
function competenceMask(
  texts: Matrix | null | undefined,
  n: number,
  candidates: readonly (readonly (number | null)[])[],
  a: Args,
): boolean[] {
  if (texts === null || texts === undefined) return new Array<boolean>(n).fill(true);
  const v = vector(texts, "competences", a.lang);
  sameLength(v, n, "competences", "required", a.lang);
  return v.cells.map((t, i) => isItemRow(isMark(t), candidates.filter((c) => c[i] !== null).length));
}

/**
 * Fit of a candidate: Σ weight × min(rating, required) ÷ Σ weight × required over the assessed competences (0 to 1); over-qualification earns nothing.
 * @customfunction FIT
 * @param ratings The candidate's ratings 1–5, one per competence (a column or a row); blank = not assessed.
 * @param required The required level 1–5 of each competence, same length as ratings.
 * @param [weights] The weight 1–3 of each competence (default 2).
 * @returns The fit as a fraction from 0 to 1 (format the cell as %); blank when nothing is assessed.
 */
export function fit(ratings: any[][], required: any[][], weights?: any[][]): any {
  const a = args();
  const c = one(ratings, a);
  const inputs = inputsFromArgs(c.ratings.length, required, weights, null, a)([c.ratings]);
  return evaluateCandidate(inputs, 0).fit ?? "";
}

/**
 * Weighted score of a candidate: Σ weight × rating ÷ Σ weight over the assessed competences (1 to 5).
 * @customfunction WEIGHTEDSCORE
 * @param ratings The candidate's ratings 1–5, one per competence (a column or a row); blank = not assessed.
 * @param [weights] The weight 1–3 of each competence (default 2), same length as ratings.
 * @returns The weighted score from 1 to 5; blank when nothing is assessed.
 */
export function weightedscore(ratings: any[][], weights?: any[][]): any {
  const a = args();
  const c = one(ratings, a);
  // the weighted score does not read the required levels: the ratings' own range stands in for them
  const inputs = inputsFromArgs(c.ratings.length, ratings, weights, null, a)([c.ratings]);
  return evaluateCandidate(inputs, 0).weightedScore ?? "";
}

/**
 * Gap per competence: rating − required level (negative = deficit); blank where not assessed. Spills one cell per competence.
 * @customfunction GAPS
 * @param ratings The candidate's ratings 1–5, one per competence (a column or a row); blank = not assessed.
 * @param required The required level 1–5 of each competence, same length as ratings.
 * @returns The gaps, in the shape of ratings.
 */
export function gaps(ratings: any[][], required: any[][]): any[][] {
  const a = args();
  const c = one(ratings, a);
  const inputs = inputsFromArgs(c.ratings.length, required, null, null, a)([c.ratings]);
  // "" rather than null: Excel shows null inside an array as 0
  const g = evaluateCandidate(inputs, 0).gaps.map((x) => x ?? "");
  return c.v.across ? [g] : g.map((x) => [x]);
}

/**
 * Knocked out: TRUE when any must-have competence is rated below its required level.
 * @customfunction KNOCKOUT
 * @param ratings The candidate's ratings 1–5, one per competence (a column or a row); blank = not assessed.
 * @param required The required level 1–5 of each competence, same length as ratings.
 * @param musthave One cell per competence: non-blank (e.g. "x" or TRUE) marks a must-have.
 * @returns TRUE or FALSE.
 */
export function knockout(ratings: any[][], required: any[][], musthave: any[][]): boolean {
  const a = args();
  const c = one(ratings, a);
  const inputs = inputsFromArgs(c.ratings.length, required, null, musthave, a)([c.ratings]);
  return evaluateCandidate(inputs, 0).knockedOut;
}

/**
 * Ranks of all candidates: by fit, knocked-out candidates after all others, ties broken by weighted score; equal candidates share a rank. Spills one rank per candidate.
 * @customfunction RANKING
 * @param allRatings The ratings of all candidates 1–5: one column per candidate and one row per competence (or one row per candidate, when required is a row).
 * @param required The required level 1–5 of each competence: a column (or a row), one cell per competence.
 * @param [weights] The weight 1–3 of each competence (default 2).
 * @param [musthave] One cell per competence: non-blank (e.g. "x") marks a must-have.
 * @param [competences] The competence texts: a row with neither text nor a valid rating is not a competence (a remark).
 * @returns One rank per candidate, 1 for the best, in a row (a column when candidates are rows); blank for a candidate with fewer than half of the competences assessed (incomplete) or with a must-have not assessed yet.
 */
export function ranking(allRatings: any[][], required: any[][], weights?: any[][], musthave?: any[][], competences?: any[][]): any[][] {
  const a = args();
  const req = vector(required, "required", a.lang);
  const n = req.cells.length;
  const rows = allRatings.length;
  const cols = allRatings[0]!.length;
  // the candidates run across when the competences run down, as in the required levels
  const byRow = req.across;
  if ((byRow ? cols : rows) !== n) throw valueError(translator(FUNCTION_TEXT, a.lang)("blockShape", { want: n, rows, cols }));
  const count = byRow ? rows : cols;
  const candidates = Array.from({ length: count }, (_, k) =>
    validOr(
      Array.from({ length: n }, (_, i) => (byRow ? allRatings[k]![i] : allRatings[i]![k])),
      LEVEL_MIN,
      LEVEL_MAX,
      null,
    ),
  );
  const isCompetence = competenceMask(competences, n, candidates, a);
  const all = inputsFromArgs(n, required, weights, musthave, a, "required")(candidates);
  // completeness counts the competences only: rows with text or a valid rating (isItemRow); others add nothing
  const inputs = all.filter((_, i) => isCompetence[i]);
  const results = candidates.map((_, k) => evaluateCandidate(inputs, k));
  // one evaluation per candidate and one comparison per pair: the block crosses into JavaScript once
  const ranks = results.map((self) =>
    isRanked(self) ? 1 + results.filter((other) => isRanked(other) && compareCandidates(other, self) < 0).length : "",
  );
  return byRow ? ranks.map((r) => [r]) : [ranks];
}
