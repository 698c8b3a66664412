/**
 * An account plan's formulas (native in every mode), recalculated by LibreOffice, agree with the rules: each year's
 * share, the share of wallet and its trend, each contact's strongest relationship and cover, stale contacts, the
 * stage beside the previous one, objectives' progress and time elapsed, days overdue, open questions and the parts
 * in place, for random plans with entries past validation and from formulas.
 */
import { LANGS } from "../../src/domain/lang";
import { evaluatePlan } from "../../src/kinds/plans/domain/evaluate";
import type { AccountPlan } from "../../src/kinds/plans/domain/model";
import { renderPlan } from "../../src/kinds/plans/sheets/render";
import { expectPlanCells } from "../formulas/planCells";
import { TODAY, randomAccountPlan } from "../formulas/random";
import { type Calculated, calculateWithLibreOffice } from "./harness";

jest.setTimeout(240_000);

describe("account plans, recalculated by LibreOffice, agree with the rules", () => {
  const error = { value: "#N/A", error: true, formula: "=NA()" } as const;
  /** A key account manager alone (a team of one) with an error value typed in a contact's strength: a one-cell range. */
  const alone = (seed: number): AccountPlan => {
    const plan = randomAccountPlan(seed);
    const decider = { position: "", level: null, role: "DECIDER" as const, attitude: null, lastContact: null, notes: "" };
    return {
      ...plan,
      team: ["Kim"],
      contacts: [
        { ...decider, name: "Dana Decider", strengths: [error] },
        { ...decider, name: "Dirk Decider", strengths: [3] },
      ],
    };
  };
  /** A year given as an error value above the years: the first row of the earlier years' count. */
  const errorYear = (seed: number): AccountPlan => ({
    ...randomAccountPlan(seed),
    spend: [
      { year: error, spend: 1000, revenue: 100, notes: "" },
      { year: 2025, spend: 1000, revenue: 200, notes: "" },
      { year: 2025, spend: 500, revenue: 200, notes: "" },
    ],
  });
  const cases = [
    ...Array.from({ length: 24 }, (_, i) => ({ plan: randomAccountPlan(i + 573), lang: LANGS[i % 3]! })),
    { plan: alone(11), lang: "de" as const },
    { plan: errorYear(12), lang: "nl" as const },
  ];
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
    // the team of one: the contact with the error value has no relationship (a gap), the other one is covered
    expect(results.at(-2)!.gaps).toEqual([0]);
    expect(results.at(-1)!.share.latest).toMatchObject({ year: 2025, share: 0.2 });
  });

  it.each(cases.map((c, i) => [i, c] as const))("plan %i", (i, { plan, lang }) => {
    expectPlanCells(plan, lang, TODAY, sheets[i]!);
  });
});
