import { evaluateChecklist } from "../../src/kinds/readiness/domain/checklist";
import { readiness, verdict, weakcount } from "../../src/kinds/readiness/functions/readiness";
import { READINESS_SHEET_TEXT } from "../../src/kinds/readiness/i18n/readinessSheetText";
import { VERDICT_TEXT } from "../../src/kinds/readiness/i18n/verdictText";
import { isKeptEntry } from "../../src/domain/entry";
import { FIRST_CONDITION_ROW, ROW, readinessLayout } from "../../src/kinds/readiness/sheets/layout";
import { renderReadiness } from "../../src/kinds/readiness/sheets/render";
import { randomReadiness } from "../formulas/random";
import { type Calculated, calculateWithLibreOffice } from "./harness";

jest.setTimeout(240_000);

describe("portable readiness formulas, recalculated by LibreOffice, agree with the domain and with the KAM functions", () => {
  const cases = Array.from({ length: 30 }, (_, i) => randomReadiness(i + 101));
  let sheets: Calculated[] = [];
  beforeAll(async () => {
    sheets = await calculateWithLibreOffice(cases.map((c) => renderReadiness(c.model, c.lang, { portable: true })));
  });

  it("covers every verdict, several respondents, n/a and other thresholds", () => {
    const verdicts = new Set(cases.map((c) => evaluateChecklist(c.model).verdict));
    expect([...verdicts].sort()).toEqual(["INCOMPLETE", "NOT_READY", "READY", "READY_WITH_GAPS"]);
    expect(cases.some((c) => c.model.respondents.length > 1)).toBe(true);
    expect(cases.some((c) => c.model.conditions.some((x) => x.notApplicable))).toBe(true);
    expect(cases.some((c) => c.model.threshold !== 3)).toBe(true);
    expect(new Set(cases.map((c) => c.lang)).size).toBe(3);
  });

  it.each(cases.map((c, i) => [i, c] as const))("workbook %i", (i, { model, lang }) => {
    const value = sheets[i]!;
    const r = evaluateChecklist(model);
    const l = readinessLayout(model.respondents.length, model.conditions.length);
    const index = value(ROW.index, 3);
    if (r.index === null) expect(index).toBe("");
    else expect(index).toBeCloseTo(r.index, 9);
    const percent = value(ROW.percent, 3);
    if (r.percent === null) expect(percent).toBe("");
    else expect((percent as number) * 100).toBeCloseTo(r.percent, 6);
    expect(value(ROW.weakCount, 3)).toBe(r.weakIds.length);
    expect(value(ROW.verdict, 3)).toBe(VERDICT_TEXT[lang][r.verdict]);
    const t = READINESS_SHEET_TEXT[lang];
    r.conditions.forEach((c, k) => {
      const status = c.notApplicable
        ? t.stNotApplicable
        : c.mean === null
          ? t.stUnrated
          : c.weak
            ? c.disputed
              ? t.stWeakDisputed
              : t.stWeak
            : c.disputed
              ? t.stDisputed
              : "";
      expect(value(FIRST_CONDITION_ROW + k, l.statusCol)).toBe(status);
    });

    // the add-in's functions, given the same cells, say the same
    const scores = model.conditions.map((c) => c.scores.map((s) => (isKeptEntry(s) ? s.value : (s ?? null))));
    const na = model.conditions.map((c) => [c.notApplicable ? "x" : ""]);
    const thr = typeof model.threshold === "number" ? model.threshold : 3;
    if (r.index === null) expect(readiness(scores, na)).toBe("");
    else expect(readiness(scores, na) as number).toBeCloseTo(index as number, 9);
    expect(weakcount(scores, thr, na)).toBe(value(ROW.weakCount, 3));
    expect(verdict(scores, thr, lang, na)).toBe(value(ROW.verdict, 3));
  });
});
