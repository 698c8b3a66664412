/**
 * An account plan's formulas, calculated by a real formula engine, against the rules: each year's share and the
 * latest share of wallet with its trend, each contact's strongest relationship and cover, the stale contacts, the
 * stage from the ticks beside the previous one, each objective's progress and time elapsed, each action's days
 * overdue, the open questions and the parts in place, and the highlighting, for random plans with entries typed
 * past validation; years given twice and out of order; each table row's formulas its last spare row's, moved.
 */
import { LANGS } from "../../src/domain/lang";
import { evaluatePlan } from "../../src/kinds/plans/domain/evaluate";
import type { SpendYear } from "../../src/kinds/plans/domain/model";
import {
  ACTION_COLS,
  FIGURES,
  FIGURE_COL,
  HEAD,
  OBJECTIVE_COLS,
  SPEND_COLS,
  TREND_COL,
  type TableRows,
  planLayout,
} from "../../src/kinds/plans/sheets/layout";
import { TREND_MARK, renderPlan } from "../../src/kinds/plans/sheets/render";
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

  const spendOf = (rows: readonly (readonly [number, number, number])[]): SpendYear[] =>
    rows.map(([year, spend, revenue]) => ({ year, spend, revenue, notes: "" }));
  const shareRow = HEAD.accountId + FIGURES.indexOf("share");

  it.each([
    {
      what: "a year given again has no share of its own; the trend compares with the year before that has one",
      spend: spendOf([
        [2024, 1000, 200],
        [2024, 1000, 500],
        [2025, 1000, 100],
      ]),
      shares: [0.2, "", 0.1],
      latest: 0.1,
      trend: "DOWN",
    },
    {
      what: "a year's first row without a share leaves the share to its next row of that year",
      spend: spendOf([
        [2024, 0, 100],
        [2024, 1000, 300],
        [2023, 1000, 300],
      ]),
      shares: ["", 0.3, 0.3],
      latest: 0.3,
      trend: "FLAT",
    },
    {
      what: "years in any order: the latest is the highest year, the one before it the next lower with a share",
      spend: spendOf([
        [2026, 1000, 400],
        [2022, 1000, 900],
        [2025, 1000, 500],
        [2025, 1000, 100],
      ]),
      shares: [0.4, 0.9, 0.5, ""],
      latest: 0.4,
      trend: "DOWN",
    },
  ] as const)("spend: $what", ({ spend, shares, latest, trend }) => {
    const plan = { ...randomAccountPlan(4), spend };
    const sheet = calculate(renderPlan(plan, "en", "Plan"));
    const L = planLayout(plan);
    expect(shares.map((_, i) => sheet.value(L.spend.first + i, SPEND_COLS.share))).toEqual(
      shares.map((s) => (s === "" ? "" : expect.closeTo(s, 9))),
    );
    expect(sheet.value(shareRow, FIGURE_COL)).toBeCloseTo(latest, 9);
    expect(sheet.value(shareRow, TREND_COL)).toBe(TREND_MARK[trend]);
    expectPlanCells(plan, "en", TODAY, (row, col) => sheet.value(row, col));
  });

  // Excel marks a formula that differs from its column's neighbours, and a row the user copies or fills down takes its
  // formulas moved: each row's must be its table's last spare row's, moved (a reference meant to stay put, absolute)
  it("gives every row of a table the formulas of its last spare row, moved to it", () => {
    const plan = randomAccountPlan(7);
    const spec = renderPlan(plan, "nl", "Plan");
    const L = planLayout(plan);
    const tables = Object.entries(L).filter((e): e is [string, TableRows] => typeof e[1] === "object" && "first" in e[1]);
    const computed: string[] = [];
    for (const [name, t] of tables)
      for (let col = 0; col < L.width; col++) {
        // a spare row's formulas are ours (an entry may be a formula the user typed)
        const spare = t.first + t.rows - 1;
        const own = spec.cells[spare]![col];
        if (typeof own !== "object" || own === null) continue;
        computed.push(`${name} ${col}`);
        for (let row = t.first; row < spare; row++)
          expect([name, col, row, spec.cells[row]![col]]).toEqual([name, col, row, { formula: shiftFormula(own.formula, row - spare, 0) }]);
      }
    // the spend's shares, the contacts' best and cover, the objectives' progress and time gone, the actions' delay
    const cc = L.contactCols;
    expect(computed.sort()).toEqual(
      [
        `spend ${SPEND_COLS.share}`,
        `contacts ${cc.best}`,
        `contacts ${cc.cover}`,
        `objectives ${OBJECTIVE_COLS.progress}`,
        `objectives ${OBJECTIVE_COLS.timeGone}`,
        `actions ${ACTION_COLS.late}`,
      ].sort(),
    );
  });
});
