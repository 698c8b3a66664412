import { evaluateAssessment } from "../../src/domain/competences/evaluate";
import { isKeptEntry } from "../../src/domain/entry";
import { fit, knockout, rank, weightedscore } from "../../src/functions/competences";
import { COL, FIRST_COMPETENCE_ROW, ROW, competenceLayout } from "../../src/sheets/competences/layout";
import { renderCompetences } from "../../src/sheets/competences/render";
import { randomAssessment } from "../formulas/random";
import { type Calculated, calculateWithLibreOffice } from "./harness";

jest.setTimeout(240_000);

describe("portable competence formulas, recalculated by LibreOffice, agree with the domain and with the KAM functions", () => {
  const cases = Array.from({ length: 30 }, (_, i) => ({ model: randomAssessment(i + 201), lang: (["de", "nl", "en"] as const)[i % 3]! }));
  let sheets: Calculated[] = [];
  beforeAll(async () => {
    sheets = await calculateWithLibreOffice(cases.map((c) => renderCompetences(c.model, c.lang, { portable: true })));
  });

  it("covers knock-outs, incomplete candidates and shared ranks", () => {
    const results = cases.map((c) => evaluateAssessment(c.model).candidates);
    expect(results.flat().some((c) => c.knockedOut && !c.incomplete)).toBe(true);
    expect(results.flat().some((c) => c.incomplete)).toBe(true);
    expect(results.some((cs) => cs.some((a, i) => a.rank !== null && cs.some((b, j) => i !== j && b.rank === a.rank)))).toBe(true);
  });

  it.each(cases.map((c, i) => [i, c] as const))("assessment %i", (i, { model }) => {
    const value = sheets[i]!;
    const r = evaluateAssessment(model);
    const l = competenceLayout(model.candidates.length, model.requirements.length);
    const num = (e: unknown) => (isKeptEntry(e) ? e.value : e);
    const required = model.requirements.map((q) => [num(q.required)]);
    const weights = model.requirements.map((q) => [num(q.weight)]);
    const must = model.requirements.map((q) => [q.mustHave ? "x" : ""]);
    const all = model.requirements.map((q) => q.ratings.map((x) => num(x) ?? null));
    r.candidates.forEach((c, k) => {
      const col = COL.firstCandidate + k;
      const at = (row: number) => value(row, col);
      const ratings = all.map((row) => [row[k]]);
      if (c.fit === null) expect(at(ROW.fit)).toBe("");
      else expect(at(ROW.fit)).toBeCloseTo(c.fit, 9);
      if (c.weightedScore === null) expect(at(ROW.weightedScore)).toBe("");
      else expect(at(ROW.weightedScore)).toBeCloseTo(c.weightedScore, 9);
      expect([k, at(ROW.knockedOut)]).toEqual([k, c.knockedOut]);
      expect([k, at(ROW.rank)]).toEqual([k, c.rank ?? ""]);
      // the add-in's functions on the same cells
      expect(fit(ratings, required, weights)).toBe(c.fit ?? "");
      expect(weightedscore(ratings, weights)).toBe(c.weightedScore ?? "");
      expect(knockout(ratings, required, must)).toBe(at(ROW.knockedOut));
      expect(rank(ratings, all, required, weights, must)).toBe(at(ROW.rank));
    });
    r.team.forEach((t, q) => expect(value(FIRST_COMPETENCE_ROW + q, l.teamCol)).toBe(t.meeting));
  });
});
