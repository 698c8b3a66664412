/**
 * An account plan's formulas, calculated by a real formula engine, against the rules: each year's share and the
 * latest share of wallet with its trend, each contact's strongest relationship and cover, the stale contacts, the
 * stage from the ticks beside the previous one, each objective's progress and time elapsed, each action's days
 * overdue, the open questions and the parts in place, and the highlighting, for random plans with entries typed
 * past validation.
 */
import { LANGS } from "../../src/domain/lang";
import { evaluatePlan } from "../../src/kinds/plans/domain/evaluate";
import { STAGE_TEXT } from "../../src/kinds/plans/domain/words";
import { PLAN_SHEET_TEXT } from "../../src/kinds/plans/i18n/planSheetText";
import {
  ACTION_COLS,
  FIGURES,
  FIGURE_COL,
  HEAD,
  OBJECTIVE_COLS,
  REMARK_COL,
  SPEND_COLS,
  TREND_COL,
  VALUE_COL,
  planLayout,
} from "../../src/kinds/plans/sheets/layout";
import { COVERED_MARK, TREND_MARK, renderPlan } from "../../src/kinds/plans/sheets/render";
import { calculate, shiftFormula } from "./engine";
import { TODAY, randomAccountPlan } from "./random";

const figure = (f: (typeof FIGURES)[number]) => HEAD.accountId + FIGURES.indexOf(f);
const blankOr = <T>(x: T | null) => (x === null ? "" : x);

describe("an account plan's formulas, calculated by a real formula engine, agree with the rules", () => {
  it.each(Array.from({ length: 24 }, (_, i) => i + 1))("random plan #%i", (seed) => {
    const plan = randomAccountPlan(seed);
    const lang = LANGS[seed % 3]!;
    const t = PLAN_SHEET_TEXT[lang];
    const spec = renderPlan(plan, lang, `Plan ${plan.account}`);
    const sheet = calculate(spec);
    const L = planLayout(plan);
    const r = evaluatePlan(plan, TODAY);
    const near = (row: number, col: number, want: number | null) => {
      const got = sheet.value(row, col);
      if (want === null) expect([row, col, got]).toEqual([row, col, ""]);
      else expect([row, col, got as number]).toEqual([row, col, expect.closeTo(want, 9)]);
    };
    const rule = (row: number, col: number, formula: string) => {
      const f = spec.conditionalFormats.find(
        (c) =>
          c.formula === formula ||
          (c.area.col <= col &&
            col < c.area.col + c.area.cols &&
            c.area.row <= row &&
            row < c.area.row + c.area.rows &&
            c.formula.includes(formula)),
      );
      return f === undefined ? undefined : sheet.evaluate(shiftFormula(f.formula, row - f.area.row, col - f.area.col));
    };

    // spend: each row's share, the latest share and its trend
    r.share.shares.forEach((s, i) => near(L.spend.first + i, SPEND_COLS.share, s));
    near(L.spend.first + plan.spend.length, SPEND_COLS.share, null);
    near(figure("share"), FIGURE_COL, r.share.latest?.share ?? null);
    expect(sheet.value(figure("share"), TREND_COL)).toBe(r.share.trend === null ? "" : TREND_MARK[r.share.trend]);

    // contacts: the strongest relationship, the cover, the counts
    const cc = L.contactCols;
    r.contacts.forEach((c, i) => {
      const row = L.contacts.first + i;
      const named = plan.contacts[i]!.name.trim() !== "";
      expect([i, sheet.value(row, cc.best)]).toEqual([i, blankOr(c.best)]);
      expect([i, sheet.value(row, cc.cover)]).toEqual([i, !named || !c.key ? "" : c.gap ? t.noCover : COVERED_MARK]);
    });
    expect(sheet.value(figure("gaps"), FIGURE_COL)).toBe(r.gaps.length);
    expect(sheet.value(figure("stale"), FIGURE_COL)).toBe(r.stale.length);

    // the stage, and its change since the previous assessment
    expect(sheet.value(HEAD.stage, VALUE_COL)).toBe(r.stage.stage === null ? "" : STAGE_TEXT[r.stage.stage][lang]);
    expect(sheet.value(HEAD.stage, REMARK_COL)).toBe(r.stageChange === null ? "" : TREND_MARK[r.stageChange]);

    // objectives: progress and time elapsed per row, those behind plan
    r.objectives.forEach((o, i) => {
      near(L.objectives.first + i, OBJECTIVE_COLS.progress, o.progress);
      near(L.objectives.first + i, OBJECTIVE_COLS.timeGone, o.expected);
    });
    expect(sheet.value(figure("behind"), FIGURE_COL)).toBe(r.behind.length);

    // actions: days overdue where late
    r.actions.forEach((a, i) => {
      const late = sheet.value(L.actions.first + i, ACTION_COLS.late);
      expect([i, typeof late === "number" && late > 0]).toEqual([i, a.late]);
    });
    expect(sheet.value(figure("late"), FIGURE_COL)).toBe(r.late.length);

    expect(sheet.value(figure("openQuestions"), FIGURE_COL)).toBe(r.openQuestions.length);
    expect(sheet.value(figure("partsInPlace"), FIGURE_COL)).toBe(7 - r.missing.length);
    expect(sheet.value(HEAD.reviewed, REMARK_COL)).toBe(r.reviewDue ? t.reviewDue : "");

    // highlighting: stale contacts' dates, gaps, objectives behind plan, overdue actions
    const lastRule = spec.conditionalFormats.find((f) => f.area.col === cc.lastContact && f.area.row === L.contacts.first)!;
    plan.contacts.forEach((_, i) => {
      const row = L.contacts.first + i;
      expect([i, sheet.evaluate(shiftFormula(lastRule.formula, i, 0))]).toEqual([i, r.stale.includes(i)]);
      expect([i, rule(row, cc.cover, "=")]).toEqual([i, r.gaps.includes(i)]);
    });
    const behindRule = spec.conditionalFormats.find((f) => f.area.col === OBJECTIVE_COLS.progress && f.formula.includes("<"))!;
    r.objectives.forEach((_, i) => expect([i, sheet.evaluate(shiftFormula(behindRule.formula, i, 0))]).toEqual([i, r.behind.includes(i)]));
    const lateRule = spec.conditionalFormats.find((f) => f.area.col === ACTION_COLS.due)!;
    r.actions.forEach((a, i) => expect([i, sheet.evaluate(shiftFormula(lateRule.formula, i, 0))]).toEqual([i, a.late]));
  });
});
