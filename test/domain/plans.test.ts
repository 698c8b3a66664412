/**
 * The account plan's rules: our share of the customer's spend and its trend, the contact matrix's coverage gaps
 * and stale contacts, the relationship stage from its indicators beside the previous assessment, SMART objectives'
 * progress against the time gone, late actions, open questions, and what a complete plan has.
 */
import { LANGS, type Localized } from "../../src/domain/lang";
import {
  evaluateAction,
  evaluateContact,
  evaluateObjective,
  evaluatePlan,
  expectedOf,
  filled,
  progressOf,
  shareOfWallet,
} from "../../src/kinds/plans/domain/evaluate";
import {
  ACCOUNT_SWOT,
  ACTION_IDS,
  ANALYSIS_TEXTS,
  type AccountPlan,
  type Contact,
  OBJECTIVE_IDS,
  OUR_SWOT,
  PLAN_TEXTS,
  QUESTION_IDS,
  type SpendYear,
  type Tick,
} from "../../src/kinds/plans/domain/model";
import { isPlanSheetName, newPlan, planSheetName } from "../../src/kinds/plans/domain/plan";
import { STAGE_INDICATORS, assessStage } from "../../src/kinds/plans/domain/stages";
import {
  ATTITUDE_TEXT,
  KIND_TEXT,
  LEVEL_TEXT,
  ROLE_TEXT,
  STAGE_TEXT,
  TICK_TEXT,
  choiceFromText,
  choiceList,
} from "../../src/kinds/plans/domain/words";

const TODAY = "2026-12-04";

const year = (y: SpendYear["year"], spend: SpendYear["spend"], revenue: SpendYear["revenue"]): SpendYear => ({
  year: y,
  spend,
  revenue,
  notes: "",
});

const contact = (o: Partial<Contact> = {}): Contact => ({
  name: "Anna Berg",
  position: "Head of purchasing",
  level: "TACTICAL",
  role: "BUYER",
  attitude: "NEUTRAL",
  lastContact: "2026-11-20",
  strengths: [null, null, null],
  notes: "",
  ...o,
});

const plan = (o: Partial<AccountPlan> = {}): AccountPlan => ({ ...newPlan({ id: "A01", name: "Müller AG" }, "2026-01-01"), ...o });

/** Ticks for indicators by id: "I05" → YES. */
const ticks = (yes: readonly string[], no: readonly string[] = []): Record<string, Tick> =>
  Object.fromEntries([...yes.map((id) => [id, "YES"] as const), ...no.map((id) => [id, "NO"] as const)]);

describe("share of wallet", () => {
  it("is our revenue over the customer's spend in our field, per year", () => {
    const s = shareOfWallet([year(2024, 1000, 250), year(2025, 2000, 300)]);
    expect(s.shares).toEqual([0.25, 0.15]);
    expect(s.latest).toEqual({ year: 2025, share: 0.15 });
    expect(s.previous).toEqual({ year: 2024, share: 0.25 });
    expect(s.trend).toBe("DOWN");
  });

  it("takes the latest year by its number, not by its row, and skips years without a share", () => {
    const s = shareOfWallet([year(2025, 1000, 400), year(2023, 1000, 100), year(2024, null, 500), year(2026, 0, 10)]);
    expect(s.shares).toEqual([0.4, 0.1, null, null]);
    expect(s.latest).toEqual({ year: 2025, share: 0.4 });
    expect(s.previous).toEqual({ year: 2023, share: 0.1 });
    expect(s.trend).toBe("UP");
  });

  it("counts no share without a valid year, a spend above 0 and a revenue of 0 or more", () => {
    const s = shareOfWallet([
      year(null, 100, 10),
      year(1899, 100, 10),
      year(2024.5, 100, 10),
      year(2024, -100, 10),
      year(2024, 100, -10),
      year(2024, { value: "viel" }, 10),
      year(2024, { value: 100, formula: "=B1", error: true }, 10),
    ]);
    expect(s.shares).toEqual([null, null, null, null, null, null, null]);
    expect(s.latest).toBeNull();
    expect(s.trend).toBeNull();
  });

  it("counts a formula's result, and a revenue of 0 as a share of 0", () => {
    const s = shareOfWallet([year({ value: 2025, formula: "=YEAR(TODAY())-1" }, { value: 500, formula: "=200+300" }, 0)]);
    expect(s.shares).toEqual([0]);
    expect(s.latest).toEqual({ year: 2025, share: 0 });
  });

  it("is flat when the shares agree to a tenth of a percentage point, as the sheet shows them", () => {
    expect(shareOfWallet([year(2024, 1000, 200), year(2025, 100_000, 20_004)]).trend).toBe("FLAT");
    expect(shareOfWallet([year(2024, 1000, 200), year(2025, 100_000, 20_060)]).trend).toBe("UP");
    expect(shareOfWallet([year(2024, 1000, 200), year(2025, 1000, 199)]).trend).toBe("DOWN");
  });

  it("rounds a share to a tenth of a percentage point as a spreadsheet's ROUND does, half up", () => {
    // 1001 ÷ 2000 = 0.5005, which is 500.4999… per mille in binary: ROUND(…;3) gives 0.501 all the same
    expect(shareOfWallet([year(2024, 1000, 500), year(2025, 2000, 1001)]).trend).toBe("UP");
  });

  it("counts a year given twice once, by its first row with a share; the other row has none", () => {
    const s = shareOfWallet([year(2025, null, 500), year(2025, 1000, 500), year(2024, 1000, 100), year(2025, 1000, 900)]);
    expect(s.shares).toEqual([null, 0.5, 0.1, null]);
    expect(s.latest).toEqual({ year: 2025, share: 0.5 });
    expect(s.previous).toEqual({ year: 2024, share: 0.1 });
  });
});

describe("the contact matrix", () => {
  it("finds a decider or a strategic contact without a relationship of strength 2 or more", () => {
    expect(evaluateContact(contact({ role: "DECIDER", strengths: [1, null, 1] }), TODAY)).toMatchObject({ best: 1, key: true, gap: true });
    expect(evaluateContact(contact({ level: "STRATEGIC", strengths: [null, 2, null] }), TODAY)).toMatchObject({
      best: 2,
      key: true,
      gap: false,
    });
    expect(evaluateContact(contact({ level: "STRATEGIC", role: "DECIDER" }), TODAY)).toMatchObject({ best: null, gap: true });
    expect(evaluateContact(contact({ role: "DECIDER", strengths: [3] }), TODAY).gap).toBe(false);
  });

  it("asks no cover of other contacts, however weak", () => {
    for (const role of ["INITIATOR", "USER", "INFLUENCER", "BUYER", "GATEKEEPER"] as const)
      for (const level of ["TACTICAL", "OPERATIONAL", null] as const)
        expect(evaluateContact(contact({ role, level, strengths: [0] }), TODAY)).toMatchObject({ key: false, gap: false });
  });

  it("counts only strengths 0–3 that are whole numbers; a role or level typed past the list makes no key contact", () => {
    expect(evaluateContact(contact({ role: "DECIDER", strengths: [4, 2.5, { value: "gut" }, -1] }), TODAY)).toMatchObject({
      best: null,
      gap: true,
    });
    expect(evaluateContact(contact({ role: { value: "Chef" }, level: { value: "Vorstand" } }), TODAY).key).toBe(false);
  });

  it("calls a contact stale after 90 days without contact, or without a date", () => {
    expect(evaluateContact(contact({ lastContact: "2026-09-05" }), TODAY)).toMatchObject({ daysSince: 90, stale: false });
    expect(evaluateContact(contact({ lastContact: "2026-09-04" }), TODAY)).toMatchObject({ daysSince: 91, stale: true });
    expect(evaluateContact(contact({ lastContact: null }), TODAY)).toMatchObject({ daysSince: null, stale: true });
    expect(evaluateContact(contact({ lastContact: { value: "last week" } }), TODAY).stale).toBe(true);
    expect(evaluateContact(contact({ lastContact: "2026-12-24" }), TODAY)).toMatchObject({ daysSince: -20, stale: false });
  });
});

describe("the contacts a plan counts", () => {
  it("are the rows that name one: a row with a role, a strength or a date only is no gap and not stale", () => {
    const r = evaluatePlan(
      plan({
        contacts: [
          contact({ name: " ", role: "DECIDER", lastContact: null }),
          contact({ name: "Jan Smit", role: "DECIDER", lastContact: null }),
          contact({ name: "", level: "STRATEGIC", strengths: [3] }),
        ],
      }),
      TODAY,
    );
    expect(r.gaps).toEqual([1]);
    expect(r.stale).toEqual([1]);
    expect(r.contacts[0]).toMatchObject({ gap: true, stale: true });
    expect(evaluatePlan(plan({ contacts: [contact({ name: "" })] }), TODAY).missing).toContain("contacts");
  });
});

describe("the relationship stage", () => {
  const ids = (stage: string) => STAGE_INDICATORS.filter((i) => i.stage === stage).map((i) => i.id);

  it("has the seed's indicators: four stages, each with its own, ids I01 on in stage order", () => {
    expect(STAGE_INDICATORS.map((i) => i.id)).toEqual(Array.from({ length: 15 }, (_, n) => `I${String(n + 1).padStart(2, "0")}`));
    expect(["TRANSACTIONAL", "COOPERATIVE", "PARTNERSHIP", "INTEGRATION"].map((s) => ids(s).length)).toEqual([4, 3, 4, 4]);
    for (const lang of LANGS) expect(new Set(STAGE_INDICATORS.map((i) => i.text[lang])).size).toBe(STAGE_INDICATORS.length);
    for (const lang of LANGS) for (const i of STAGE_INDICATORS) expect([i.id, i.text[lang].length > 10]).toEqual([i.id, true]);
  });

  it("is not assessed while nothing is ticked", () => {
    expect(assessStage({}).stage).toBeNull();
    expect(assessStage({ I05: null, I06: { value: "?" } }).stage).toBeNull();
  });

  it("is transactional when assessed and no higher stage is mostly met, even with its own indicators ticked no", () => {
    expect(assessStage(ticks([], ["I01", "I02"])).stage).toBe("TRANSACTIONAL");
    expect(assessStage(ticks(["I01", "I02", "I03", "I04", "I05"])).stage).toBe("TRANSACTIONAL");
  });

  it("is the highest stage mostly met (more than half ticked yes), with each stage between mostly met too", () => {
    expect(assessStage(ticks(["I05", "I06"])).stage).toBe("COOPERATIVE");
    expect(assessStage(ticks(["I05", "I06", "I08", "I09", "I10"])).stage).toBe("PARTNERSHIP");
    expect(assessStage(ticks(["I05", "I06", "I07", "I08", "I09", "I10", "I11", "I12", "I13", "I14"])).stage).toBe("INTEGRATION");
    // partnership's indicators met, cooperative's not: the stage between is missing
    expect(assessStage(ticks(["I05", "I08", "I09", "I10", "I11"])).stage).toBe("TRANSACTIONAL");
    // integration met, partnership only half: cooperative
    expect(assessStage(ticks(["I05", "I06", "I08", "I09", "I12", "I13", "I14"])).stage).toBe("COOPERATIVE");
  });

  it("needs more than half: exactly half of a stage's indicators is not enough", () => {
    const a = assessStage(ticks(["I05", "I06", "I08", "I09"], ["I10", "I11"]));
    expect(a.stage).toBe("COOPERATIVE");
    expect(a.stages[2]).toEqual({ stage: "PARTNERSHIP", yes: 2, no: 2, indicators: 4, met: false });
    expect(a.stages[1]).toEqual({ stage: "COOPERATIVE", yes: 2, no: 0, indicators: 3, met: true });
  });

  it("is shown beside the previous assessment: up, down or the same", () => {
    const coop = ticks(["I05", "I06"]);
    expect(evaluatePlan(plan({ indicators: coop, previousStage: "TRANSACTIONAL" }), TODAY)).toMatchObject({
      previousStage: "TRANSACTIONAL",
      stageChange: "UP",
    });
    expect(evaluatePlan(plan({ indicators: coop, previousStage: "PARTNERSHIP" }), TODAY).stageChange).toBe("DOWN");
    expect(evaluatePlan(plan({ indicators: coop, previousStage: "COOPERATIVE" }), TODAY).stageChange).toBe("FLAT");
    expect(evaluatePlan(plan({ indicators: {}, previousStage: "COOPERATIVE" }), TODAY).stageChange).toBeNull();
    expect(evaluatePlan(plan({ indicators: coop, previousStage: { value: "gut" } }), TODAY)).toMatchObject({
      previousStage: null,
      stageChange: null,
    });
  });
});

describe("objectives", () => {
  it("progress is (current − baseline) ÷ (target − baseline), also for a target below the baseline", () => {
    expect(progressOf(100, 200, 150)).toBe(0.5);
    expect(progressOf(10, 4, 7)).toBe(0.5);
    expect(progressOf(100, 200, 250)).toBe(1.5);
    expect(progressOf(100, 200, 50)).toBe(-0.5);
    expect(progressOf(100, 100, 100)).toBeNull();
    expect(progressOf(null, 200, 150)).toBeNull();
    expect(progressOf(100, null, 150)).toBeNull();
    expect(progressOf(100, 200, null)).toBeNull();
  });

  it("expects the share of the time gone from the plan's start to the due date", () => {
    expect(expectedOf("2026-01-01", "2026-12-31", "2026-07-02")).toBeCloseTo(182 / 364, 10);
    expect(expectedOf("2026-01-01", "2026-12-31", "2025-12-01")).toBe(0);
    expect(expectedOf("2026-01-01", "2026-12-31", "2026-12-31")).toBe(1);
    expect(expectedOf("2026-01-01", "2026-12-31", "2027-02-01")).toBe(1);
    expect(expectedOf(null, "2026-12-31", "2026-07-02")).toBe(0);
    expect(expectedOf("2026-12-31", "2026-12-31", "2026-07-02")).toBe(0);
    expect(expectedOf("2026-01-01", null, "2026-07-02")).toBeNull();
  });

  it("is behind plan when its progress is below the time gone, on track at or above it", () => {
    const o = { id: "O01", text: "Revenue", measure: "k€", kind: "QUANTITATIVE" as const, owner: "" };
    const p = (current: number, due = "2026-12-31") =>
      evaluatePlan(plan({ periodStart: "2026-01-01", objectives: [{ ...o, baseline: 100, target: 200, current, due }] }), "2026-07-02");
    expect(p(140).behind).toEqual([0]);
    expect(p(150).behind).toEqual([]);
    expect(p(150).objectives[0]).toMatchObject({ progress: 0.5, reached: false, behind: false });
    expect(p(199, "2026-07-01").behind).toEqual([0]);
    expect(p(200, "2026-07-01").objectives[0]).toMatchObject({ progress: 1, reached: true, behind: false });
  });

  it("is never behind while it cannot be measured or has no due date", () => {
    const o = { id: "O01", text: "Satisfaction", measure: "1–5", kind: "QUALITATIVE" as const, owner: "", current: 3 };
    const r = evaluatePlan(
      plan({
        objectives: [
          { ...o, baseline: 3, target: 3, due: "2026-06-30" },
          { ...o, baseline: 3, target: 4, due: null },
          { ...o, baseline: { value: "gut" }, target: 4, due: "2026-06-30" },
        ],
      }),
      TODAY,
    );
    expect(r.behind).toEqual([]);
    expect(r.objectives.map((x) => x.progress)).toEqual([null, 0, null]);
  });
});

describe("actions and questions", () => {
  const action = (o: Partial<AccountPlan["actions"][number]> = {}): AccountPlan["actions"][number] => ({
    id: "M01",
    text: "Workshop with purchasing",
    responsible: "Eva",
    start: "2026-10-01",
    due: "2026-11-30",
    status: "OPEN",
    objective: "O01",
    notes: "",
    ...o,
  });

  it("is late when its due date has passed and it is not done", () => {
    expect(evaluateAction(action(), ["O01"], TODAY).late).toBe(true);
    expect(evaluateAction(action({ status: "IN_PROGRESS" }), ["O01"], TODAY).late).toBe(true);
    expect(evaluateAction(action({ status: null }), ["O01"], TODAY).late).toBe(true);
    expect(evaluateAction(action({ status: "DONE" }), ["O01"], TODAY).late).toBe(false);
    expect(evaluateAction(action({ due: TODAY }), ["O01"], TODAY).late).toBe(false);
    expect(evaluateAction(action({ due: null }), ["O01"], TODAY).late).toBe(false);
    expect(evaluateAction(action({ due: { value: "soon" } }), ["O01"], TODAY).late).toBe(false);
  });

  it("serves the objective whose id it names, in any case; none when the plan has no such objective", () => {
    expect(evaluateAction(action({ objective: " o02 " }), ["O01", "O02"], TODAY).objective).toBe(1);
    expect(evaluateAction(action({ objective: "O03" }), ["O01", "O02"], TODAY).objective).toBeNull();
    expect(evaluateAction(action({ objective: "" }), ["", "O02"], TODAY).objective).toBeNull();
  });

  it("counts a question without an answer as open", () => {
    const q = (text: string, answer: AccountPlan["questions"][number]["answer"]) => ({ id: "F01", text, responsible: "", answer });
    const r = evaluatePlan(
      plan({ questions: [q("Budget 2027?", ""), q("Who decides?", "The board"), q("", ""), q("Sites?", "  ")] }),
      TODAY,
    );
    expect(r.openQuestions).toEqual([0, 3]);
  });
});

describe("a complete plan", () => {
  const full = (): AccountPlan =>
    plan({
      spend: [year(2025, 1000, 200)],
      team: ["Eva"],
      contacts: [contact({ role: "DECIDER", strengths: [2] })],
      indicators: ticks(["I05", "I06"]),
      texts: {
        planVision: "Preferred partner for all sites",
        ourStrengths: "Service",
        ourWeaknesses: "Price",
        ourOpportunities: "New plant",
        ourThreats: 0,
      },
      objectives: [
        {
          id: "O01",
          text: "Revenue",
          measure: "k€",
          kind: "QUANTITATIVE",
          baseline: 200,
          target: 300,
          current: 200,
          due: "2027-06-30",
          owner: "Eva",
        },
      ],
      actions: [{ id: "M01", text: "Workshop", responsible: "Eva", start: null, due: null, status: null, objective: "O01", notes: "" }],
    });

  it("has spend with a share, contacts without gaps, a stage, our SWOT, a vision, a measurable objective and an action", () => {
    expect(evaluatePlan(full(), TODAY)).toMatchObject({ missing: [], complete: true });
  });

  it("names each part it lacks", () => {
    const p = full();
    const missing = (o: Partial<AccountPlan>) => evaluatePlan({ ...p, ...o }, TODAY).missing;
    expect(missing({ spend: [year(2025, null, 200)] })).toEqual(["spend"]);
    expect(missing({ contacts: [] })).toEqual(["contacts"]);
    expect(missing({ contacts: [contact({ role: "DECIDER", strengths: [1] })] })).toEqual(["contacts"]);
    expect(missing({ indicators: {} })).toEqual(["stage"]);
    expect(missing({ texts: { ...p.texts, ourThreats: "  " } })).toEqual(["swot"]);
    // a formula by what it shows, as the sheet's TRIM(cell)<>"" counts it; a non-breaking space is not a blank there
    expect(missing({ texts: { ...p.texts, planVision: { formula: '=""', value: "" } } })).toEqual(["vision"]);
    expect(missing({ texts: { ...p.texts, planVision: { formula: '="Wachsen"', value: "Wachsen" } } })).toEqual([]);
    expect(missing({ texts: { ...p.texts, planVision: { formula: "=1/0", value: "#DIV/0!", error: true } } })).toEqual([]);
    expect(missing({ texts: { ...p.texts, planVision: "\u00a0" } })).toEqual([]);
    expect(missing({ texts: { ...p.texts, planVision: undefined } })).toEqual(["vision"]);
    expect(missing({ objectives: [{ ...p.objectives[0]!, target: 200 }] })).toEqual(["objectives"]);
    expect(missing({ actions: [{ ...p.actions[0]!, text: " " }] })).toEqual(["actions"]);
    expect(evaluatePlan(newPlan({ id: "", name: "X" }, TODAY), TODAY).missing).toEqual([
      "spend",
      "contacts",
      "stage",
      "swot",
      "vision",
      "objectives",
      "actions",
    ]);
  });

  it("is due for review 90 days after it was last reviewed; never reviewed, 90 days after its period's start", () => {
    expect(evaluatePlan(plan({ reviewed: "2026-09-05" }), TODAY)).toMatchObject({ sinceReview: 90, reviewDue: false });
    expect(evaluatePlan(plan({ reviewed: "2026-09-04" }), TODAY).reviewDue).toBe(true);
    // a review counts, whenever the period started
    expect(evaluatePlan(plan({ reviewed: "2026-09-05", periodStart: "2020-01-01" }), TODAY).reviewDue).toBe(false);
    // never reviewed: a plan created today is not due; one whose period started over 90 days ago is
    expect(evaluatePlan(newPlan({ id: "A01", name: "Müller AG" }, TODAY), TODAY)).toMatchObject({ sinceReview: null, reviewDue: false });
    expect(evaluatePlan(plan({ reviewed: null, periodStart: "2026-09-05" }), TODAY).reviewDue).toBe(false);
    expect(evaluatePlan(plan({ reviewed: null, periodStart: "2026-09-04" }), TODAY)).toMatchObject({ sinceReview: null, reviewDue: true });
    // without a start either, or with one that is no date
    expect(evaluatePlan(plan({ reviewed: null, periodStart: null }), TODAY).reviewDue).toBe(true);
    expect(evaluatePlan(plan({ reviewed: null, periodStart: { value: "soon" } }), TODAY).reviewDue).toBe(true);
  });

  it("sums the competitors' shares that count", () => {
    const c = (share: AccountPlan["competitors"][number]["share"]) => ({ name: "X", service: "", location: "", share, notes: "" });
    expect(
      evaluatePlan(plan({ competitors: [c(0.3), c(0.25), c(1.5), c(-0.1), c(null), c({ value: "viel" })] }), TODAY).competitorShare,
    ).toBeCloseTo(0.55, 10);
  });
});

describe("rows the sheet's formulas do not take in", () => {
  it("count nowhere below the formulas; inserted without their computed cells, they count only in the totals over entries", () => {
    const o = { id: "O01", text: "Revenue", measure: "", kind: null, baseline: 0, target: 10, current: 1, due: "2026-06-30", owner: "" };
    const a = { id: "M01", text: "Call", responsible: "", start: null, due: "2026-11-01", status: null, objective: "", notes: "" };
    const q = { id: "F01", text: "Budget?", responsible: "", answer: "" };
    for (const ignored of ["outside", "noFormulas"] as const) {
      const r = evaluatePlan(
        plan({
          spend: [{ ...year(2025, 100, 10), ignored }],
          contacts: [contact({ role: "DECIDER", lastContact: null, ignored })],
          objectives: [{ ...o, ignored }],
          actions: [{ ...a, ignored }],
        }),
        TODAY,
      );
      expect(r.share.shares).toEqual([null]);
      expect(r.gaps).toEqual([]);
      // the stale contacts, the named ones and the actions with a text are totals over the entries' own columns
      expect(r.stale).toEqual(ignored === "outside" ? [] : [0]);
      expect(r.missing.includes("actions")).toBe(ignored === "outside");
      expect(r.objectives[0]).toEqual({ progress: null, expected: null, behind: false, reached: false });
      expect(r.late).toEqual([]);
    }
    expect(evaluatePlan(plan({ questions: [{ ...q, ignored: "outside" }] }), TODAY).openQuestions).toEqual([]);
    expect(evaluatePlan(plan({ questions: [q] }), TODAY).openQuestions).toEqual([0]);
  });
});

describe("a new plan", () => {
  it("is for its account, planned from today, with the last three years ready for spend and three team columns", () => {
    const p = newPlan({ id: " A03 ", name: " Müller AG " }, "2026-12-04");
    expect(p).toMatchObject({ accountId: "A03", account: "Müller AG", periodStart: "2026-12-04", reviewed: null, team: ["", "", ""] });
    expect(p.spend).toEqual([2024, 2025, 2026].map((y) => ({ year: y, spend: null, revenue: null, notes: "" })));
    expect([p.contacts, p.objectives, p.actions, p.questions, p.competitors]).toEqual([[], [], [], [], []]);
  });

  it("is on a sheet called 'Plan' and the account, as Excel allows a name, unique among the sheets", () => {
    expect(planSheetName("Müller AG", [])).toBe("Plan Müller AG");
    expect(planSheetName("A/B: [Nord]?*", [])).toBe("Plan A B Nord");
    expect(planSheetName("'Quoted'", [])).toBe("Plan Quoted");
    expect(planSheetName("''Quoted''", [])).toBe("Plan Quoted");
    // cut where apostrophes and blanks end the name: all of them go
    expect(planSheetName("Kentucky Fried Chicken ' 'Restaurants", [])).toBe("Plan Kentucky Fried Chicken");
    // cut at 31 characters right after an apostrophe: Excel refuses a name ending in one
    expect(planSheetName("Kentucky Fried Chicken Co's Restaurants", [])).toBe("Plan Kentucky Fried Chicken Co");
    expect(planSheetName("  ", [])).toBe("Plan ?");
    const long = "Internationale Speditions- und Logistikgesellschaft";
    expect(planSheetName(long, [])).toBe("Plan Internationale Speditions-");
    expect(planSheetName(long, []).length).toBe(31);
    expect(planSheetName("Müller AG", ["plan müller ag"])).toBe("Plan Müller AG (2)");
    expect(planSheetName("Müller AG", ["Plan Müller AG", "Plan Müller AG (2)"])).toBe("Plan Müller AG (3)");
    const taken = planSheetName(long, [planSheetName(long, [])]);
    expect(taken).toBe("Plan Internationale Spediti (2)");
    expect(taken.length).toBe(31);
  });

  it("its sheets are known by the name's start, in any case", () => {
    expect(isPlanSheetName("Plan Müller AG")).toBe(true);
    expect(isPlanSheetName("PLAN x")).toBe(true);
    expect(isPlanSheetName("Plan ")).toBe(false);
    expect(isPlanSheetName("Planung")).toBe(false);
    expect(isPlanSheetName("Aufgaben")).toBe(false);
  });
});

describe("the plan's lists", () => {
  const tables: readonly Readonly<Record<string, Localized>>[] = [LEVEL_TEXT, ROLE_TEXT, ATTITUDE_TEXT, STAGE_TEXT, KIND_TEXT, TICK_TEXT];

  it("read each word back in any language and case, and nothing else", () => {
    for (const table of tables)
      for (const lang of LANGS)
        for (const [choice, text] of Object.entries(table)) {
          expect(choiceFromText(table, (text as Record<string, string>)[lang])).toBe(choice);
          expect(choiceFromText(table, ` ${(text as Record<string, string>)[lang].toUpperCase()} `)).toBe(choice);
        }
    expect(choiceFromText(ROLE_TEXT, "Chef")).toBeUndefined();
    expect(choiceFromText(ROLE_TEXT, "")).toBeUndefined();
    expect(choiceFromText(TICK_TEXT, 1)).toBeUndefined();
    expect(choiceFromText(TICK_TEXT, true)).toBeUndefined();
  });

  it("offer distinct words in each language, in the table's order", () => {
    for (const table of tables)
      for (const lang of LANGS) {
        const list = choiceList(table, lang);
        expect(new Set(list.map((w) => w.toLowerCase())).size).toBe(Object.keys(table).length);
      }
    expect(choiceList(ROLE_TEXT, "de")).toEqual(["Initiator", "Benutzer", "Beeinflusser", "Entscheider", "Einkäufer", "Gatekeeper"]);
    expect(choiceList(ROLE_TEXT, "nl")).toEqual(["Initiatiefnemer", "Gebruiker", "Beïnvloeder", "Beslisser", "Inkoper", "Gatekeeper"]);
    expect(choiceList(LEVEL_TEXT, "en")).toEqual(["Strategic", "Tactical", "Operational"]);
    expect(choiceList(ATTITUDE_TEXT, "de")).toEqual(["Befürworter", "Neutral", "Gegner"]);
    expect(choiceList(ATTITUDE_TEXT, "nl")).toEqual(["Voorstander", "Neutraal", "Tegenstander"]);
    expect(choiceList(KIND_TEXT, "en")).toEqual(["Quantitative", "Qualitative"]);
    expect(choiceList(KIND_TEXT, "de")).toEqual(["Quantitativ", "Qualitativ"]);
    expect(choiceList(TICK_TEXT, "nl")).toEqual(["Ja", "Nee"]);
    expect(choiceList(STAGE_TEXT, "de")).toEqual(["Transaktion", "Kooperation", "Partnerschaft", "Integration"]);
  });

  it("never name one choice in one language with another choice's word in another", () => {
    for (const table of tables) {
      const owner = new Map<string, string>();
      for (const [choice, text] of Object.entries(table))
        for (const lang of LANGS) {
          const w = (text as Record<string, string>)[lang].toLowerCase();
          expect(owner.get(w) ?? choice).toBe(choice);
          owner.set(w, choice);
        }
    }
  });
});

describe("the plan's rules at their edges", () => {
  const action = (o: Partial<AccountPlan["actions"][number]> = {}): AccountPlan["actions"][number] => ({
    id: "M01",
    text: "Call",
    responsible: "",
    start: null,
    due: "2026-11-01",
    status: null,
    objective: "",
    notes: "",
    ...o,
  });

  it("takes a contact's strongest relationship, leaving out the team members outside the sheet's formulas", () => {
    expect(evaluateContact(contact({ role: "DECIDER", strengths: [0, 3, 1] }), TODAY)).toMatchObject({ best: 3, gap: false });
    expect(evaluateContact(contact({ role: "DECIDER", strengths: [0, 3, 1] }), TODAY, [1])).toMatchObject({ best: 1, gap: true });
    const r = evaluatePlan(
      plan({ team: ["Eva", "Jan"], uncounted: [1], contacts: [contact({ role: "DECIDER", strengths: [1, 3] })] }),
      TODAY,
    );
    expect(r.gaps).toEqual([0]);
  });

  it("expects all of an objective's time gone from its due date on, also without a start", () => {
    expect(expectedOf(null, TODAY, TODAY)).toBe(1);
    expect(expectedOf(null, "2026-11-01", TODAY)).toBe(1);
    expect(expectedOf(null, "2026-12-05", TODAY)).toBe(0);
    // a start after the due date: nothing expected before the due date
    expect(expectedOf("2026-12-10", "2026-12-08", TODAY)).toBe(0);
  });

  it("is neither behind nor reached while progress or the due date is missing; reached from 100 %", () => {
    const o = { id: "O01", text: "Revenue", measure: "", kind: null, baseline: 100, target: 110, current: 90, due: null, owner: "" };
    expect(evaluateObjective(o, "2026-01-01", TODAY)).toEqual({ progress: -1, expected: null, behind: false, reached: false });
    expect(evaluateObjective({ ...o, current: 110 }, "2026-01-01", TODAY)).toMatchObject({ progress: 1, reached: true });
    expect(evaluateObjective({ ...o, current: 109 }, "2026-01-01", TODAY)).toMatchObject({ reached: false });
  });

  it("takes an action's status from a formula by the word it shows, and serves the first objective by its id", () => {
    expect(evaluateAction(action({ status: { value: "Erledigt", formula: '=IF(TRUE(),"Erledigt")' } }), [], TODAY).late).toBe(false);
    expect(evaluateAction(action({ status: { value: "bald", formula: '="bald"' } }), [], TODAY).late).toBe(true);
    expect(evaluateAction(action({ objective: "O01" }), ["O01", "O02"], TODAY).objective).toBe(0);
  });

  it("lists the late actions by their index, an action outside the formulas never among them", () => {
    const r = evaluatePlan(
      plan({ actions: [action({ ignored: "outside", objective: "O01" }), action(), action({ status: "DONE" })] }),
      TODAY,
    );
    expect(r.late).toEqual([1]);
    expect(r.actions[0]).toEqual({ late: false, objective: null });
    expect(r.complete).toBe(false);
  });

  it("counts a text block or an answer by what it shows: a number or an error value from a formula, not blanks", () => {
    expect(filled({ value: 5, formula: "=2+3" })).toBe(true);
    expect(filled({ value: false, formula: "=1>2" })).toBe(true);
    expect(filled({ value: "#N/A", formula: "=NA()", error: true })).toBe(true);
    expect(filled({ value: "  ", formula: '="  "' })).toBe(false);
    expect(filled(7)).toBe(true);
    expect(filled(undefined)).toBe(false);
  });

  it("counts a competitor's share of 100 % and of 0", () => {
    const c = (share: number) => ({ name: "X", service: "", location: "", share, notes: "" });
    expect(evaluatePlan(plan({ competitors: [c(1), c(0), c(0.2)] }), TODAY).competitorShare).toBeCloseTo(1.2, 10);
  });

  it("is assessed once an indicator is ticked, yes or no: a stage with as many yes as no is transactional", () => {
    expect(assessStage(ticks(["I01"], ["I02"])).stage).toBe("TRANSACTIONAL");
    expect(assessStage(ticks(["I05"], ["I06"])).stage).toBe("TRANSACTIONAL");
  });

  it("has the text parts of seed 002 in the sheet's order: the account analysis, its SWOT and ours, the plan", () => {
    expect([ANALYSIS_TEXTS, ACCOUNT_SWOT, OUR_SWOT, PLAN_TEXTS]).toEqual([
      ["accountVision", "organisation", "history"],
      ["accountStrengths", "accountWeaknesses", "accountOpportunities", "accountThreats"],
      ["ourStrengths", "ourWeaknesses", "ourOpportunities", "ourThreats"],
      ["planVision", "productMix", "priceMix", "promotionMix", "relationshipMix"],
    ]);
  });

  it("numbers objectives O01, actions M01 and questions F01 on", () => {
    expect(OBJECTIVE_IDS.next(new Set(["O07", "M09"]), 2)).toEqual(["O08", "O09"]);
    expect(ACTION_IDS.next(new Set(), 1)).toEqual(["M01"]);
    expect(QUESTION_IDS.next(new Set(["F02"]), 1)).toEqual(["F03"]);
  });
});
