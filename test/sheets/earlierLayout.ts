/** Checklists and assessments as earlier versions of the add-in wrote them, for the tests that read and upgrade them. */
import { STANDARD_COMPETENCES } from "../../src/kinds/competences/domain/profile";
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

/** Anna and Bert in F and G, "Met by" in H; the formulas reach rows 9 to 16 only. */
export function earlierAssessment(): (string | number)[][] {
  const result = (f: string) => ["F", "G"].map((c) => `=${f.replace(/#/g, c)}`);
  return [
    ["Competences"],
    ["Who already brings the required competences?"],
    ["x = must-have"],
    ["", "Fit", "", "", "", ...result("KAM.FIT(#$9:#$16,$C$9:$C$16,$D$9:$D$16)")],
    ["", "Weighted score", "", "", "", ...result("KAM.WEIGHTEDSCORE(#$9:#$16,$D$9:$D$16)")],
    ["", "Must-have missed", "", "", "", ...result("KAM.KNOCKOUT(#$9:#$16,$C$9:$C$16,$E$9:$E$16)")],
    ["", "Rank", "", "", "", ...result("KAM.RANK(#$9:#$16,$F$9:$G$16,$C$9:$C$16,$D$9:$D$16,$E$9:$E$16)")],
    ["No.", "Competence", "Required", "Weight", "Must", "Anna", "Bert", "Met by"],
    ...STANDARD_COMPETENCES.filter((c) => c.profile === "default").map((c, i) => [
      c.id,
      c.text.en,
      4,
      2,
      i === 0 ? "x" : "",
      4,
      i === 0 ? 2 : 5,
      `=COUNTIF($F${9 + i}:$G${9 + i},">="&$C${9 + i})`,
    ]),
  ];
}
