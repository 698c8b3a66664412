/**
 * An account plan's formulas, calculated by a real formula engine, against the rules: each year's share and the
 * latest share of wallet with its trend, each contact's strongest relationship and cover, the stale contacts, the
 * stage from the ticks beside the previous one, each objective's progress and time elapsed, each action's days
 * overdue, the open questions and the parts in place, and the highlighting, for random plans with entries typed
 * past validation.
 */
import { LANGS } from "../../src/domain/lang";
import { evaluatePlan } from "../../src/kinds/plans/domain/evaluate";
import { ACTION_COLS, OBJECTIVE_COLS, planLayout } from "../../src/kinds/plans/sheets/layout";
import { renderPlan } from "../../src/kinds/plans/sheets/render";
import { judgedOn } from "../../src/kinds/plans/workflows/plans";
import { localToday } from "../../src/domain/dates";
import { calculate, shiftFormula } from "./engine";
import { expectPlanCells } from "./planCells";
import { TODAY, randomAccountPlan } from "./random";

describe("an account plan's formulas, calculated by a real formula engine, agree with the rules", () => {
  it.each(Array.from({ length: 24 }, (_, i) => i + 1))("random plan #%i", (seed) => {
    const plan = randomAccountPlan(seed);
    const lang = LANGS[seed % 3]!;
    const spec = renderPlan(plan, lang, `Plan ${plan.account}`);
    const sheet = calculate(spec);
    const L = planLayout(plan);
    const r = evaluatePlan(plan, TODAY);
    const cc = L.contactCols;
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

    expectPlanCells(plan, lang, TODAY, (row, col) => sheet.value(row, col));

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

  it("judges on today where the reference date is blank or no date, on the sheet as in the pane", () => {
    for (const seed of [3, 8, 18]) {
      // the random plans fix their reference date; these go without one
      const { today, ...plan } = randomAccountPlan(seed);
      expect(today).toBeDefined();
      for (const cell of [null, { value: "" }, { value: "morgen" }] as const) {
        const withToday = cell === null ? plan : { ...plan, today: cell };
        const sheet = calculate(renderPlan(withToday, "de", "Plan"));
        const day = judgedOn(withToday);
        expect(day).toBe(localToday());
        expectPlanCells(withToday, "de", day, (row, col) => sheet.value(row, col));
      }
    }
  });
});
