/**
 * Arguments for the KAM.* custom functions on our sheets. Excel calls a custom function only when no argument
 * holds an error value, and shows that error instead (the metadata cannot ask for errors: allowErrorForDataTypeAny
 * is not expressible in the generated functions.json). A single #N/A typed or computed in one rating would then
 * blank out a candidate's results, while the pane, `kam read` and the portable formulas treat it as what it is, an
 * invalid entry that counts nowhere (and name its cell). So the sheets hand the functions their ranges with each
 * error replaced as the sheets' one rule reads it: an entry with an error is not counted, a mark or text with an
 * error marks (markFormula). IFERROR over a range gives an array of the same shape, which Excel passes to the
 * function as it would the range's values.
 */

/** Values (scores, ratings, levels, weights, dates, statuses): an error value is blank, i.e. not counted. */
export function entriesArg(range: string): string {
  return `IFERROR(${range},"")`;
}

/** Marks and texts (n/a, must-have, condition and competence texts): an error value marks, as a text would. */
export function marksArg(range: string): string {
  return `IFERROR(${range},TRUE())`;
}
