import { evaluateChecklist } from "../../src/kinds/readiness/domain/checklist";
import { READINESS_SHEET_TEXT } from "../../src/kinds/readiness/i18n/readinessSheetText";
import { VERDICT_TEXT } from "../../src/kinds/readiness/i18n/verdictText";
import { FIRST_CONDITION_ROW, ROW, readinessLayout } from "../../src/kinds/readiness/sheets/layout";
import { renderReadiness } from "../../src/kinds/readiness/sheets/render";
import { PALETTE } from "../../src/sheets/palette";
import { calculate, shiftFormula } from "./engine";
import { randomReadiness } from "./random";

describe("the readiness sheet's formulas, calculated by a real formula engine, agree with the domain", () => {
  it.each(Array.from({ length: 20 }, (_, i) => i + 1))("random checklist #%i", (seed) => {
    const { model, lang } = randomReadiness(seed);
    const spec = renderReadiness(model, lang);
    const sheet = calculate(spec);
    const r = evaluateChecklist(model);
    const l = readinessLayout(model.respondents.length, model.conditions.length);
    const t = READINESS_SHEET_TEXT[lang];

    // the result block: KAM.* functions and the % formula
    const index = sheet.value(ROW.index, 3);
    if (r.index === null) expect(index).toBe("");
    else expect(index).toBeCloseTo(r.index, 8);
    const percent = sheet.value(ROW.percent, 3);
    if (r.percent === null) expect(percent).toBe("");
    else expect((percent as number) * 100).toBeCloseTo(r.percent, 6);
    expect(sheet.value(ROW.weakCount, 3)).toBe(r.weakIds.length);
    expect(sheet.value(ROW.verdict, 3)).toBe(VERDICT_TEXT[lang][r.verdict]);
    // the portable results (plain spreadsheet functions, for files opened without the add-in) show the same
    const portable = calculate(renderReadiness(model, lang, { portable: true }));
    for (const row of [ROW.index, ROW.percent, ROW.weakCount, ROW.verdict]) {
      const [p, k] = [portable.value(row, 3), sheet.value(row, 3)];
      if (typeof k === "number") expect(p as number).toBeCloseTo(k, 9);
      else expect([row, p]).toEqual([row, k]);
    }

    r.conditions.forEach((c, i) => {
      const row = FIRST_CONDITION_ROW + i;
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
      expect(sheet.value(row, l.statusCol)).toBe(status);
      const blank = c.notApplicable || c.mean === null;
      if (blank) expect(sheet.value(row, l.meanCol)).toBe("");
      else expect(sheet.value(row, l.meanCol)).toBeCloseTo(c.mean!, 8);
      expect(sheet.value(row, l.minCol)).toBe(blank ? "" : c.min);
      expect(sheet.value(row, l.maxCol)).toBe(blank ? "" : c.max);
    });

    // conditional formats: evaluate each rule at every cell it covers
    const thr = r.threshold;
    for (const f of spec.conditionalFormats) {
      for (let dr = 0; dr < f.area.rows; dr++) {
        for (let dc = 0; dc < f.area.cols; dc++) {
          const on = sheet.evaluate(shiftFormula(f.formula, dr, dc)) === true;
          const row = f.area.row + dr;
          const col = f.area.col + dc;
          const c = r.conditions[row - FIRST_CONDITION_ROW];
          const where = `${f.formula} at row ${row + 1} col ${col + 1}`;
          if (row === ROW.verdict) {
            const verdictOf = (Object.keys(VERDICT_TEXT[lang]) as (keyof (typeof VERDICT_TEXT)["en"])[]).find((k) =>
              f.formula.endsWith(`"${VERDICT_TEXT[lang][k]}"`),
            );
            expect({ where, on }).toEqual({ where, on: verdictOf === r.verdict });
            continue;
          }
          // the empty rows below the conditions highlight nothing
          const score = model.conditions[row - FIRST_CONDITION_ROW]?.scores[col - l.firstScoreCol];
          const na = c?.notApplicable ?? false;
          let expected: boolean;
          if (f.fontColor === PALETTE.mutedFont) expected = na;
          else if (f.fill === PALETTE.invalidFill) expected = false;
          else if (f.area.col === l.firstScoreCol && f.fill === PALETTE.badFill) expected = !na && typeof score === "number" && score < thr;
          else if (f.area.col === l.firstScoreCol && f.fill === PALETTE.goodFill)
            expected = !na && typeof score === "number" && score >= Math.max(4, thr);
          else if (f.fill === PALETTE.badFill) expected = c?.weak ?? false;
          else if (f.fill === PALETTE.goodFill) expected = c?.strong ?? false;
          else if (f.fill === PALETTE.warnFill) expected = c?.disputed ?? false;
          else throw new Error(`unclassified conditional format ${f.formula}`);
          expect({ where, on }).toEqual({ where, on: expected });
        }
      }
    }
  });
});

describe("shiftFormula", () => {
  it("moves relative references only, not absolute ones or text", () => {
    expect(shiftFormula('=AND($C10="",D10<$D$4,"D10")', 2, 1)).toBe('=AND($C12="",E12<$D$4,"D10")');
  });
});
