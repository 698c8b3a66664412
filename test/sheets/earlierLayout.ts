/** Checklists as earlier versions of the add-in wrote them, for the tests that read and upgrade them. */
import type { ReadValue } from "../../src/sheets/read";

/**
 * The rows above the header: title, instruction, a legend (left out by some users), the threshold and the four
 * results computed over `scores` with the threshold in `threshold` (e.g. "$D$4").
 */
export function earlierTop(scores: string, na: string | null, threshold: string, legend: boolean): ReadValue[][] {
  const extra = na === null ? "" : `,${na}`;
  // the index sits in the row below the threshold's
  const index = `$D$${legend ? 5 : 4}`;
  return [
    ["Conditions for introducing key account management"],
    ["Rate how far each condition is present in your organisation."],
    ...(legend ? [["Scale: 1 = weak … 5 = strong"]] : []),
    ["", "Weak below", "", 3],
    ["", "Readiness index (1–5)", "", `=KAM.READINESS(${scores}${extra})`],
    ["", "Readiness in %", "", `=IF(ISNUMBER(${index}),(${index}-1)/4,"")`],
    ["", "Weak conditions", "", `=KAM.WEAKCOUNT(${scores},${threshold}${extra})`],
    ["", "Verdict", "", `=KAM.VERDICT(${scores},${threshold},"en"${extra})`],
  ];
}
