/**
 * What a calculated account plan must show, cell by cell, against the rules (evaluatePlan): used with the formula
 * engine (test/formulas/plans.test.ts) and with LibreOffice (test/libreoffice/plans.test.ts).
 */
import type { Lang } from "../../src/domain/lang";
import { evaluatePlan } from "../../src/kinds/plans/domain/evaluate";
import type { AccountPlan } from "../../src/kinds/plans/domain/model";
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
import { COVERED_MARK, TREND_MARK } from "../../src/kinds/plans/sheets/render";

const figure = (f: (typeof FIGURES)[number]) => HEAD.accountId + FIGURES.indexOf(f);
const blankOr = <T>(x: T | null) => (x === null ? "" : x);

/** Checks every computed cell of a calculated plan; `value` gives a cell's value (0-based), "" where empty. */
export function expectPlanCells(plan: AccountPlan, lang: Lang, today: string, value: (row: number, col: number) => unknown): void {
  const t = PLAN_SHEET_TEXT[lang];
  const L = planLayout(plan);
  const r = evaluatePlan(plan, today);
  const near = (row: number, col: number, want: number | null) => {
    const got = value(row, col);
    if (want === null) expect([row, col, got]).toEqual([row, col, ""]);
    else expect([row, col, got as number]).toEqual([row, col, expect.closeTo(want, 9)]);
  };

  // spend: each row's share, the latest share and its trend
  r.share.shares.forEach((s, i) => near(L.spend.first + i, SPEND_COLS.share, s));
  near(L.spend.first + plan.spend.length, SPEND_COLS.share, null);
  near(figure("share"), FIGURE_COL, r.share.latest?.share ?? null);
  expect(value(figure("share"), TREND_COL)).toBe(r.share.trend === null ? "" : TREND_MARK[r.share.trend]);

  // contacts: the strongest relationship, the cover, the counts
  const cc = L.contactCols;
  r.contacts.forEach((c, i) => {
    const row = L.contacts.first + i;
    const named = plan.contacts[i]!.name.trim() !== "";
    expect([i, value(row, cc.best)]).toEqual([i, blankOr(c.best)]);
    expect([i, value(row, cc.cover)]).toEqual([i, !named || !c.key ? "" : c.gap ? t.noCover : COVERED_MARK]);
  });
  expect(value(figure("gaps"), FIGURE_COL)).toBe(r.gaps.length);
  expect(value(figure("stale"), FIGURE_COL)).toBe(r.stale.length);

  // the stage, and its change since the previous assessment
  expect(value(HEAD.stage, VALUE_COL)).toBe(r.stage.stage === null ? "" : STAGE_TEXT[r.stage.stage][lang]);
  expect(value(HEAD.stage, REMARK_COL)).toBe(r.stageChange === null ? "" : TREND_MARK[r.stageChange]);

  // objectives: progress and time elapsed per row, those behind plan
  r.objectives.forEach((o, i) => {
    near(L.objectives.first + i, OBJECTIVE_COLS.progress, o.progress);
    near(L.objectives.first + i, OBJECTIVE_COLS.timeGone, o.expected);
  });
  expect(value(figure("behind"), FIGURE_COL)).toBe(r.behind.length);

  // actions: days overdue where late
  r.actions.forEach((a, i) => {
    const late = value(L.actions.first + i, ACTION_COLS.late);
    expect([i, typeof late === "number" && late > 0]).toEqual([i, a.late]);
  });
  expect(value(figure("late"), FIGURE_COL)).toBe(r.late.length);

  expect(value(figure("openQuestions"), FIGURE_COL)).toBe(r.openQuestions.length);
  expect(value(figure("partsInPlace"), FIGURE_COL)).toBe(7 - r.missing.length);
  expect(value(HEAD.reviewed, REMARK_COL)).toBe(r.reviewDue ? t.reviewDue : "");
}
