/**
 * An account plan's sheet as a user sees it beside what reading it reports (the pane, `kam read`): the head's
 * figures found by their labels, and each counted row's computed cells. Shared by the sheet tests and the property
 * over users' edits.
 */
import type { Lang } from "../../src/domain/lang";
import { evaluatePlan } from "../../src/kinds/plans/domain/evaluate";
import { STAGE_TEXT } from "../../src/kinds/plans/domain/words";
import { PLAN_SHEET_TEXT } from "../../src/kinds/plans/i18n/planSheetText";
import { ACTION_COLS, FIGURES, OBJECTIVE_COLS, planLayout } from "../../src/kinds/plans/sheets/layout";
import { type PlanParse, parsePlan } from "../../src/kinds/plans/sheets/parse";
import { COVERED_MARK, TREND_MARK } from "../../src/kinds/plans/sheets/render";
import { judgedOn } from "../../src/kinds/plans/workflows/plans";
import type { EditableSheet } from "../formulas/engine";

type PlanRead = Extract<PlanParse, { readonly ok: true }>;

/** A number as a formula engine shows it: to about eight significant digits (HyperFormula rounds results to ten). */
const closeTo = (x: number) => expect.closeTo(x, 8 - Math.max(0, Math.ceil(Math.log10(Math.abs(x)))));

/** The plan read from the sheet; it must read as one. */
export function readPlanSheet(sheet: EditableSheet, name: string): PlanRead {
  const p = parsePlan(sheet.grid(name));
  if (!p.ok) throw new Error(`not read as a plan: ${JSON.stringify(p.problems)}`);
  return p;
}

/**
 * What the sheet's head shows, found as a user finds it (by its labels; each value the first computed cell right of
 * its label), beside what reading the sheet reports in the pane and `kam read`. With `rows`, each row the figures
 * count (not one inserted without formulas or outside their ranges) shows what reading reports for it too: a
 * contact's strongest relationship and cover, an objective's progress and time elapsed, an action's days overdue.
 */
export function expectSheetAgreesWithRead(sheet: EditableSheet, name: string, lang: Lang = "de", rows = false): PlanRead {
  const grid = sheet.grid(name);
  const p = readPlanSheet(sheet, name);
  const r = evaluatePlan(p.model, judgedOn(p.model));
  const t = PLAN_SHEET_TEXT[lang];
  const shown = (label: string, nth = 0) => {
    for (let row = 0; row < grid.values.length; row++) {
      const col = grid.values[row]!.indexOf(label);
      if (col < 0) continue;
      const right = grid.formulas[row]!.map((f, c) => ({ f, c })).filter(
        (x) => x.c > col && typeof x.f === "string" && x.f.startsWith("="),
      );
      return sheet.value(row, right[nth]!.c);
    }
    throw new Error(`no label ${label}`);
  };
  const sheetSide = {
    share: shown(t.share),
    trend: shown(t.share, 1),
    stage: shown(t.stage),
    ...Object.fromEntries(FIGURES.filter((f) => f !== "share").map((f) => [f, shown(t[f])])),
  };
  const share = r.share.latest?.share;
  expect(sheetSide).toEqual({
    share: share === undefined ? "" : closeTo(share),
    trend: r.share.trend === null ? "" : TREND_MARK[r.share.trend],
    stage: r.stage.stage === null ? "" : STAGE_TEXT[r.stage.stage][lang],
    gaps: r.gaps.length,
    stale: r.stale.length,
    behind: r.behind.length,
    late: r.late.length,
    openQuestions: r.openQuestions.length,
    partsInPlace: 7 - r.missing.length,
  });
  if (!rows) return p;

  const cc = planLayout(p.model).contactCols;
  const blankOr = <T>(x: T | null) => (x === null ? "" : x);
  const near = (x: number | null) => (x === null ? "" : closeTo(x));
  const counted = <T extends { readonly ignored?: string }>(items: readonly T[], at: readonly number[]) =>
    items.flatMap((item, i) => (item.ignored === undefined ? [{ i, row: at[i]! }] : []));
  const sheetRows = {
    contacts: counted(p.model.contacts, p.rows.contacts).map(({ i, row }) => [i, sheet.value(row, cc.best), sheet.value(row, cc.cover)]),
    objectives: counted(p.model.objectives, p.rows.objectives).map(({ i, row }) => [
      i,
      sheet.value(row, OBJECTIVE_COLS.progress),
      sheet.value(row, OBJECTIVE_COLS.timeGone),
    ]),
    actions: counted(p.model.actions, p.rows.actions).map(({ i, row }) => {
      const late = sheet.value(row, ACTION_COLS.late);
      return [i, typeof late === "number" && late > 0];
    }),
  };
  expect(sheetRows).toEqual({
    contacts: counted(p.model.contacts, p.rows.contacts).map(({ i }) => {
      const c = r.contacts[i]!;
      const named = p.model.contacts[i]!.name.trim() !== "";
      return [i, blankOr(c.best), !named || !c.key ? "" : c.gap ? t.noCover : COVERED_MARK];
    }),
    objectives: counted(p.model.objectives, p.rows.objectives).map(({ i }) => [
      i,
      near(r.objectives[i]!.progress),
      near(r.objectives[i]!.expected),
    ]),
    actions: counted(p.model.actions, p.rows.actions).map(({ i }) => [i, r.actions[i]!.late]),
  });
  return p;
}
