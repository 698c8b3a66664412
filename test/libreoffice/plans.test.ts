/**
 * An account plan's formulas (native in every mode), recalculated by LibreOffice, agree with the rules: each year's
 * share, the share of wallet and its trend, each contact's strongest relationship and cover, stale contacts, the
 * stage beside the previous one, objectives' progress and time elapsed, days overdue, open questions and the parts
 * in place, for random plans with entries past validation and from formulas.
 */
import { LANGS } from "../../src/domain/lang";
import { evaluatePlan } from "../../src/kinds/plans/domain/evaluate";
import { renderPlan } from "../../src/kinds/plans/sheets/render";
import { expectPlanCells } from "../formulas/planCells";
import { TODAY, randomAccountPlan } from "../formulas/random";
import { type Calculated, calculateWithLibreOffice } from "./harness";

jest.setTimeout(240_000);

describe("account plans, recalculated by LibreOffice, agree with the rules", () => {
  const cases = Array.from({ length: 24 }, (_, i) => ({ plan: randomAccountPlan(i + 573), lang: LANGS[i % 3]! }));
  let sheets: Calculated[] = [];
  beforeAll(async () => {
    sheets = await calculateWithLibreOffice(cases.map((c, i) => renderPlan(c.plan, c.lang, `Plan ${i + 1}`)));
  });

  it("covers every stage, gaps, stale contacts, objectives behind plan, overdue actions and open questions", () => {
    const results = cases.map((c) => evaluatePlan(c.plan, TODAY));
    for (const s of [null, "TRANSACTIONAL", "COOPERATIVE", "PARTNERSHIP", "INTEGRATION"])
      expect([s, results.some((r) => r.stage.stage === s)]).toEqual([s, true]);
    for (const k of ["gaps", "stale", "behind", "late", "openQuestions"] as const)
      expect([k, results.some((r) => r[k].length > 0)]).toEqual([k, true]);
    expect(results.some((r) => r.share.trend !== null)).toBe(true);
  });

  it.each(cases.map((c, i) => [i, c] as const))("plan %i", (i, { plan, lang }) => {
    expectPlanCells(plan, lang, TODAY, sheets[i]!);
  });
});
