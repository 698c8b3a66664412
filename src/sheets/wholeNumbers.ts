/**
 * Native formula parts that count only the valid entries of a scale (whole numbers lo…hi) in a one-row or
 * one-column range, alike in Excel, LibreOffice and Google Sheets. They rest on SUMIF(range, v, range), the sum
 * of the cells equal to v: a decimal (2.5), a number off the scale (6), text ("gut", also a text "3" that a
 * criterion may match, since it adds nothing to a sum) and error values never add to it, and no empty-text
 * criterion is involved (engines disagree on what "" matches). So an invalid entry does not count on the sheet,
 * as it does not in the pane.
 */

function values(lo: number, hi: number): number[] {
  return Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
}

const sumOf = (r: string, v: number) => `SUMIF(${r},${v},${r})`;

/**
 * 1 where a cell of `r` holds one of `vs`, else 0, for SUMPRODUCT. MATCH against constants is exact and typed, but
 * takes a blank cell for 0: where 0 is one of them, a cell must also hold a number (a blank is no 0 entered).
 */
function matchArray(r: string, vs: readonly number[]): string {
  const match = `ISNUMBER(MATCH(${r},{${vs.join(",")}},0))`;
  return vs.includes(0) ? `(ISNUMBER(${r})*${match})` : match;
}

/** How many cells of `r` hold the number 0: zeros add nothing to a SUMIF, so they are matched instead. */
const zeros = (r: string) => `SUMPRODUCT(${matchArray(r, [0])})`;

/** How many cells of `r` hold a whole number lo…hi. */
export function wholeCount(r: string, lo: number, hi: number): string {
  return `(${values(lo, hi)
    .map((v) => (v === 0 ? zeros(r) : v === 1 ? sumOf(r, v) : `${sumOf(r, v)}/${v}`))
    .join("+")})`;
}

/** The sum of the cells of `r` that hold a whole number lo…hi. */
export function wholeSum(r: string, lo: number, hi: number): string {
  return `(${values(lo, hi)
    .map((v) => sumOf(r, v))
    .join("+")})`;
}

/** The smallest (or largest) whole number lo…hi in `r`; "" when there is none. */
export function wholeExtreme(r: string, lo: number, hi: number, which: "min" | "max"): string {
  const order = which === "min" ? values(lo, hi) : values(lo, hi).reverse();
  // a value is there when its cells' sum is off zero (below it for a negative value); a 0 when one is matched
  const there = (v: number) => (v === 0 ? `${zeros(r)}>0` : `${sumOf(r, v)}${v > 0 ? ">" : "<"}0`);
  return order.reduceRight<string>((rest, v) => `IF(${there(v)},${v},${rest})`, '""');
}

/** TRUE when `cell` holds a whole number lo…hi (scalar: never an error, whatever the cell holds). */
export function isWholeIn(cell: string, lo: number, hi: number): string {
  return `IF(ISNUMBER(${cell}),AND(${cell}=INT(${cell}),${cell}>=${lo},${cell}<=${hi}),FALSE())`;
}

/** TRUE when `cell` holds something that is not a whole number lo…hi: an entry that does not count. */
export function isInvalidEntry(cell: string, lo: number, hi: number): string {
  return `IF(ISBLANK(${cell}),FALSE(),NOT(${isWholeIn(cell, lo, hi)}))`;
}

/** A whole number lo…hi in `cell`, else `fallback` (blank, invalid): the value in force of a requirement cell. */
export function wholeOr(cell: string, lo: number, hi: number, fallback: number): string {
  return `IF(${isWholeIn(cell, lo, hi)},${cell},${fallback})`;
}

/**
 * Array parts for SUMPRODUCT over a range (a column of ratings, required levels, weights): 1 where a cell holds a
 * whole number lo…hi, else 0; and the number itself, else 0. MATCH against constants is exact and typed (text "3",
 * 2.5 and error values never match), so no cell can turn the sum into an error.
 */
export function wholeMaskArray(r: string, lo: number, hi: number): string {
  return matchArray(r, values(lo, hi));
}

export function wholeValueArray(r: string, lo: number, hi: number): string {
  return `(${values(lo, hi)
    .map((v) => `${v}*ISNUMBER(MATCH(${r},{${v}},0))`)
    .join("+")})`;
}

/** The values in force of a range of requirement cells: each valid one, `fallback` for a blank or invalid one. */
export function wholeOrArray(r: string, lo: number, hi: number, fallback: number): string {
  return `(${wholeValueArray(r, lo, hi)}+${fallback}*(1-${wholeMaskArray(r, lo, hi)}))`;
}

/** TRUE when `cell` marks something or holds text (isMarked): not blank, 0 or FALSE; an error value marks. */
export function markFormula(cell: string): string {
  return `IFERROR(AND(${cell}<>"",${cell}<>0,${cell}<>FALSE()),TRUE())`;
}

/**
 * 1 for each cell of `r` that marks something (markFormula; an error value marks), else 0: for SUMPRODUCT. Built of
 * IS functions, which never give an error, and no IF or IFERROR: inside SUMPRODUCT those take one cell of a range
 * in Excel's files (implicit intersection) unless the formula is an array formula. A text marks when it has a
 * length, a number or TRUE when it is not 0 or FALSE (1/x is a number just then).
 */
export function markArray(r: string): string {
  return `(ISERROR(${r})+ISTEXT(${r})*ISNUMBER(1/LEN(${r}))+(ISNUMBER(${r})+ISLOGICAL(${r}))*ISNUMBER(1/${r}))`;
}
