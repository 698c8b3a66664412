import { evaluateAssessment, isRanked } from "../../src/kinds/competences/domain/evaluate";
import { isKeptEntry, wholeIssue } from "../../src/domain/entry";
import { COMPETENCE_SHEET_TEXT } from "../../src/kinds/competences/i18n/competenceSheetText";
import { COL, FIRST_COMPETENCE_ROW, ROW, competenceLayout } from "../../src/kinds/competences/sheets/layout";
import { BEST_FILL, HEAT, renderCompetences } from "../../src/kinds/competences/sheets/render";
import { PALETTE } from "../../src/sheets/palette";
import { calculate, shiftFormula } from "./engine";
import { randomAssessment } from "./random";

describe("the competence sheet's formulas, calculated by a real formula engine, agree with the domain", () => {
  it("covers ratings pasted past validation and invalid requirements", () => {
    const models = Array.from({ length: 30 }, (_, i) => randomAssessment(i + 1));
    expect(models.some((m) => m.requirements.some((r) => r.ratings.some((x) => isKeptEntry(x))))).toBe(true);
    expect(models.some((m) => m.requirements.some((r) => isKeptEntry(r.required) || isKeptEntry(r.weight)))).toBe(true);
  });

  it.each(Array.from({ length: 30 }, (_, i) => i + 1))("random assessment #%i", (seed) => {
    const model = randomAssessment(seed);
    const lang = (["de", "nl", "en"] as const)[seed % 3]!;
    const spec = renderCompetences(model, lang);
    const text = COMPETENCE_SHEET_TEXT[lang];
    const sheet = calculate(spec);
    const r = evaluateAssessment(model);
    const l = competenceLayout(model.candidates.length, model.requirements.length);

    r.candidates.forEach((c, k) => {
      const col = COL.firstCandidate + k;
      const fit = sheet.value(ROW.fit, col);
      if (c.fit === null) expect(fit).toBe(text.notAssessed);
      else expect(fit).toBeCloseTo(c.fit, 8);
      const ws = sheet.value(ROW.weightedScore, col);
      if (c.weightedScore === null) expect(ws).toBe("");
      else expect(ws).toBeCloseTo(c.weightedScore, 8);
      // a must-have not assessed is no pass: the row says so, and the candidate is not ranked
      expect(sheet.value(ROW.knockedOut, col)).toBe(c.mustHaveOpen ? text.notAssessed : c.knockedOut);
      expect(sheet.value(ROW.rank, col)).toBe(c.rank ?? text.incomplete);
    });
    r.team.forEach((t, i) => expect(sheet.value(FIRST_COMPETENCE_ROW + i, COL.team)).toBe(t.meeting));
    // the spare rows and columns the formulas cover stay blank until something is typed there
    for (let row = FIRST_COMPETENCE_ROW + model.requirements.length; row <= l.lastRow; row++) expect(sheet.value(row, COL.team)).toBe("");
    for (let col = COL.firstCandidate + model.candidates.length; col <= l.lastCandidateCol; col++)
      for (const row of [ROW.fit, ROW.weightedScore, ROW.knockedOut, ROW.rank]) expect(sheet.value(row, col)).toBe("");

    for (const f of spec.conditionalFormats) {
      for (let dr = 0; dr < f.area.rows; dr++) {
        for (let dc = 0; dc < f.area.cols; dc++) {
          const on = sheet.evaluate(shiftFormula(f.formula, dr, dc)) === true;
          const row = f.area.row + dr;
          const k = f.area.col + dc - COL.firstCandidate;
          const cand = r.candidates[k];
          let expected: boolean;
          const inModel = cand !== undefined && row - FIRST_COMPETENCE_ROW < model.requirements.length;
          const heat = f.area.row === FIRST_COMPETENCE_ROW ? HEAT.findIndex((h) => h.fill === f.fill && h.fontColor === f.fontColor) : -1;
          if (f.fill === PALETTE.invalidFill) {
            const entry = model.requirements[row - FIRST_COMPETENCE_ROW]?.ratings[k];
            expected = isKeptEntry(entry) && wholeIssue(entry.value, 1, 5) !== undefined;
          } else if (heat >= 0) {
            const gap = inModel ? cand.gaps[row - FIRST_COMPETENCE_ROW] : null;
            const bucket = gap === null || gap === undefined ? -1 : gap <= -3 ? 0 : gap === -2 ? 1 : gap === -1 ? 2 : gap === 0 ? 3 : 4;
            expected = bucket === heat;
          } else if (f.fill === BEST_FILL) expected = cand !== undefined && cand.rank === 1 && !cand.knockedOut;
          else if (f.fill === PALETTE.badFill) expected = cand !== undefined && cand.knockedOut && !cand.incomplete;
          else if (f.fontColor === PALETTE.mutedFont) expected = cand !== undefined && !isRanked(cand);
          else throw new Error(`unclassified conditional format ${f.formula}`);
          expect({ at: `${f.formula} @ ${row},${k}`, on }).toEqual({ at: `${f.formula} @ ${row},${k}`, on: expected });
        }
      }
    }
  });
});
