import { withCondition, withRespondents, defaultReadinessModel, evaluateChecklist } from "../../src/domain/readiness/checklist";
import type { ReadinessModel } from "../../src/domain/readiness/model";
import type { Lang } from "../../src/domain/lang";
import { READINESS_SHEET_TEXT } from "../../src/i18n/readinessSheetText";
import { VERDICT_TEXT } from "../../src/i18n/verdictText";
import { FIRST_CONDITION_ROW, ROW, readinessLayout } from "../../src/sheets/readiness/layout";
import { renderReadiness } from "../../src/sheets/readiness/render";
import { PALETTE } from "../../src/sheets/palette";
import { calculate, shiftFormula } from "./engine";

/** A small deterministic PRNG, so a failing case can be reproduced from its seed. */
function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function randomModel(seed: number): { model: ReadinessModel; lang: Lang } {
  const rnd = prng(seed);
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const respondents = Math.floor(rnd() * 4) + 1;
  let m = withRespondents(defaultReadinessModel(), respondents === 1 ? [] : Array.from({ length: respondents }, (_, i) => `Unit ${i + 1}`));
  for (let k = Math.floor(rnd() * 3); k > 0; k--) m = withCondition(m, `Own condition ${k}`);
  const density = pick([0.3, 0.8, 1]);
  m = {
    ...m,
    threshold: pick([3, 3, 2.5, 4]),
    conditions: m.conditions.map((c) => ({
      ...c,
      notApplicable: rnd() < 0.1,
      scores: c.scores.map(() => (rnd() < density ? Math.floor(rnd() * 5) + 1 : null)),
    })),
  };
  return { model: m, lang: pick(["de", "nl", "en"] as const) };
}

describe("the readiness sheet's formulas, calculated by a real formula engine, agree with the domain", () => {
  it.each(Array.from({ length: 40 }, (_, i) => i + 1))("random checklist #%i", (seed) => {
    const { model, lang } = randomModel(seed);
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

    r.conditions.forEach((c, i) => {
      const row = FIRST_CONDITION_ROW + i;
      const status = c.notApplicable ? t.stNotApplicable : c.mean === null ? t.stUnrated : c.weak ? (c.disputed ? t.stWeakDisputed : t.stWeak) : c.disputed ? t.stDisputed : "";
      expect(sheet.value(row, l.statusCol)).toBe(status);
      if (l.meanCol !== null) {
        const blank = c.notApplicable || c.mean === null;
        if (blank) expect(sheet.value(row, l.meanCol)).toBe("");
        else expect(sheet.value(row, l.meanCol)).toBeCloseTo(c.mean!, 8);
        expect(sheet.value(row, l.meanCol + 1)).toBe(blank ? "" : c.min);
        expect(sheet.value(row, l.meanCol + 2)).toBe(blank ? "" : c.max);
      }
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
            const verdictOf = (Object.keys(VERDICT_TEXT[lang]) as (keyof (typeof VERDICT_TEXT)["en"])[]).find((k) => f.formula.endsWith(`"${VERDICT_TEXT[lang][k]}"`));
            expect({ where, on }).toEqual({ where, on: verdictOf === r.verdict });
            continue;
          }
          const score = model.conditions[row - FIRST_CONDITION_ROW]!.scores[col - 3];
          let expected: boolean;
          if (f.fontColor === PALETTE.mutedFont) expected = c!.notApplicable;
          else if (f.area.col === 3 && f.fill === PALETTE.badFill) expected = !c!.notApplicable && typeof score === "number" && score < thr;
          else if (f.area.col === 3 && f.fill === PALETTE.goodFill) expected = !c!.notApplicable && typeof score === "number" && score >= Math.max(4, thr);
          else if (f.fill === PALETTE.badFill) expected = c!.weak;
          else if (f.fill === PALETTE.goodFill) expected = c!.strong;
          else if (f.fill === PALETTE.warnFill) expected = c!.disputed;
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
