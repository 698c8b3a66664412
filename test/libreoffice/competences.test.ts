import { evaluateAssessment } from "../../src/kinds/competences/domain/evaluate";
import { COMPETENCE_SHEET_TEXT } from "../../src/kinds/competences/i18n/competenceSheetText";
import { isKeptEntry } from "../../src/domain/entry";
import { DEFAULT_REQUIRED, DEFAULT_WEIGHT } from "../../src/kinds/competences/domain/model";
import { fit, knockout, ranking, weightedscore } from "../../src/kinds/competences/functions/competences";
import { COL, FIRST_COMPETENCE_ROW, ROW, competenceLayout } from "../../src/kinds/competences/sheets/layout";
import { renderCompetences } from "../../src/kinds/competences/sheets/render";
import { randomAssessment } from "../formulas/random";
import { type Calculated, calculateWithLibreOffice } from "./harness";

jest.setTimeout(240_000);

describe("portable competence formulas, recalculated by LibreOffice, agree with the domain and with the KAM functions", () => {
  // in every third workbook a user cleared one competence's required level and weight: the defaults 4 and 2 apply
  const cleared = (i: number) => (i % 3 === 0 ? i % 8 : -1);
  const cases = Array.from({ length: 30 }, (_, i) => {
    const model = randomAssessment(i + 201);
    const q = cleared(i);
    return {
      model: {
        ...model,
        requirements: model.requirements.map((r, j) => (j === q ? { ...r, required: DEFAULT_REQUIRED, weight: DEFAULT_WEIGHT } : r)),
      },
      written: model,
      lang: (["de", "nl", "en"] as const)[i % 3]!,
    };
  });
  let sheets: Calculated[] = [];
  beforeAll(async () => {
    const specs = cases.map((c, i) => {
      const spec = renderCompetences(c.written, c.lang, { portable: true });
      const q = cleared(i);
      if (q < 0) return spec;
      const cells = spec.cells.map((row, r) =>
        r === FIRST_COMPETENCE_ROW + q ? row.map((v, col) => (col === COL.required || col === COL.weight ? null : v)) : row,
      );
      return { ...spec, cells };
    });
    // and the first again with an error value (=NA()) in a spare row's must-have cell: it marks nothing there
    const first = specs[0]!;
    const na = first.cells.map((row, r) =>
      r === FIRST_COMPETENCE_ROW + cases[0]!.model.requirements.length + 2
        ? row.map((v, col) => (col === COL.mustHave ? { formula: "=NA()" } : v))
        : row,
    );
    sheets = await calculateWithLibreOffice([...specs, { ...first, cells: na }]);
  });

  it("leaves the results alone when a must-have cell without a rating holds an error value", () => {
    const [plain, withError] = [sheets[0]!, sheets[cases.length]!];
    const cols = Array.from({ length: cases[0]!.model.candidates.length }, (_, k) => COL.firstCandidate + k);
    const results = (at: Calculated) =>
      cols.flatMap((col) => [ROW.fit, ROW.weightedScore, ROW.knockedOut, ROW.rank].map((row) => at(row, col)));
    expect(results(withError)).toEqual(results(plain));
  });

  it("covers ratings pasted past validation, invalid and cleared requirements", () => {
    expect(cases.some((c) => c.model.requirements.some((r) => r.ratings.some((x) => isKeptEntry(x))))).toBe(true);
    expect(cases.some((c) => c.model.requirements.some((r) => isKeptEntry(r.required) || isKeptEntry(r.weight)))).toBe(true);
  });

  it("covers knock-outs, incomplete candidates, must-haves not rated yet and shared ranks", () => {
    const results = cases.map((c) => evaluateAssessment(c.model).candidates);
    expect(results.flat().some((c) => c.knockedOut && !c.incomplete)).toBe(true);
    expect(results.flat().some((c) => c.incomplete)).toBe(true);
    expect(results.flat().some((c) => c.mustHaveOpen && !c.incomplete)).toBe(true);
    expect(results.some((cs) => cs.some((a, i) => a.rank !== null && cs.some((b, j) => i !== j && b.rank === a.rank)))).toBe(true);
  });

  it.each(cases.map((c, i) => [i, c] as const))("assessment %i", (i, { model, lang }) => {
    const value = sheets[i]!;
    const text = COMPETENCE_SHEET_TEXT[lang];
    const r = evaluateAssessment(model);
    const l = competenceLayout(model.candidates.length, model.requirements.length);
    const num = (e: unknown) => (isKeptEntry(e) ? e.value : e);
    const required = model.requirements.map((q) => [num(q.required)]);
    const weights = model.requirements.map((q) => [num(q.weight)]);
    // (the cleared cells reach the functions as blanks)
    const must = model.requirements.map((q) => [q.mustHave ? "x" : ""]);
    const all = model.requirements.map((q) => q.ratings.map((x) => num(x) ?? null));
    const texts = model.requirements.map((q) => [q.text ?? q.id]);
    const ranks = ranking(all, required, weights, must, texts);
    r.candidates.forEach((c, k) => {
      const col = COL.firstCandidate + k;
      const at = (row: number) => value(row, col);
      const ratings = all.map((row) => [row[k]]);
      if (c.fit === null) expect(at(ROW.fit)).toBe(text.notAssessed);
      else expect(at(ROW.fit)).toBeCloseTo(c.fit, 9);
      if (c.weightedScore === null) expect(at(ROW.weightedScore)).toBe("");
      else expect(at(ROW.weightedScore)).toBeCloseTo(c.weightedScore, 9);
      // a must-have not rated yet is no pass: the sheet says so, and the candidate is not ranked
      expect([k, at(ROW.knockedOut)]).toEqual([k, c.mustHaveOpen ? text.notAssessed : c.knockedOut]);
      expect([k, at(ROW.rank)]).toEqual([k, c.rank ?? text.incomplete]);
      // the add-in's functions on the same cells
      expect(fit(ratings, required, weights)).toBe(c.fit ?? "");
      expect(weightedscore(ratings, weights)).toBe(c.weightedScore ?? "");
      expect(knockout(ratings, required, must)).toBe(c.knockedOut);
      expect(ranks[0]![k]).toBe(c.rank ?? "");
      expect([k, at(ROW.assessed)]).toEqual([k, c.assessed]);
    });
    r.team.forEach((t, q) => expect(value(FIRST_COMPETENCE_ROW + q, COL.team)).toBe(t.meeting));
    for (let col = COL.firstCandidate + model.candidates.length; col <= l.lastCandidateCol; col++) expect(value(ROW.rank, col)).toBe("");
  });
});
