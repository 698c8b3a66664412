import { STANDARD_CONDITIONS, nextConditionId, standardConditionByText } from "../../src/kinds/readiness/domain/conditions";
import {
  defaultReadinessModel,
  evaluateChecklist,
  thresholdOf,
  withCondition,
  withRespondents,
} from "../../src/kinds/readiness/domain/checklist";
import { evaluateCondition, evaluateReadiness, verdictOf } from "../../src/kinds/readiness/domain/evaluate";
import { scoreIssue } from "../../src/kinds/readiness/domain/scale";
import type { ReadinessModel } from "../../src/kinds/readiness/domain/model";

const rated = (...scores: (number | null)[]) =>
  scores.map((s, i) => ({ id: `R${String(i + 1).padStart(2, "0")}`, notApplicable: false, scores: s === null ? [] : [s] }));

describe("the 14 standard conditions", () => {
  it("have stable ids R01–R14 in order and a text in every language", () => {
    expect(STANDARD_CONDITIONS.map((c) => c.id)).toEqual(Array.from({ length: 14 }, (_, i) => `R${String(i + 1).padStart(2, "0")}`));
    for (const c of STANDARD_CONDITIONS) for (const l of ["de", "nl", "en"] as const) expect(c.text[l].length).toBeGreaterThan(5);
    expect(STANDARD_CONDITIONS[0]!.text.nl).toContain("executive sponsor");
    expect(STANDARD_CONDITIONS[13]!.text.de).toBe("Kultur, in der Erfolge „gefeiert“ werden");
  });
  it("are found by their text in any language", () => {
    expect(standardConditionByText("Klantgerichte organisatie")?.id).toBe("R13");
    expect(standardConditionByText("Customer-oriented organisation")?.id).toBe("R13");
    expect(standardConditionByText("Something else")).toBeUndefined();
  });
  it("leave R15, R16, … for the user's own conditions", () => {
    expect(nextConditionId(["R01", "R14"])).toBe("R15");
    expect(nextConditionId(["R01", "R15", "R17"])).toBe("R18");
    expect(nextConditionId([])).toBe("R15");
  });
});

describe("a single score", () => {
  it.each([
    [1, undefined],
    [5, undefined],
    [0, "outOfRange"],
    [6, "outOfRange"],
    [7, "outOfRange"],
    [2.5, "notWhole"],
    ["3", "notNumber"],
    [true, "notNumber"],
    [Number.NaN, "notNumber"],
  ])("%p is %p", (value, issue) => expect(scoreIssue(value)).toBe(issue));
});

describe("the verdict", () => {
  it("is NOT_READY from two weak conditions on, rated or not", () => {
    expect(verdictOf(2, 0, 14)).toBe("NOT_READY");
    expect(verdictOf(2, 12, 2)).toBe("NOT_READY");
    expect(evaluateReadiness(rated(2, 1, null, null)).verdict).toBe("NOT_READY");
  });
  it("is READY_WITH_GAPS with exactly one weak condition and all rated", () => {
    expect(evaluateReadiness(rated(2, 3, 4, 5)).verdict).toBe("READY_WITH_GAPS");
  });
  it("is READY with no weak condition and all rated; 3 is not weak", () => {
    expect(evaluateReadiness(rated(3, 3, 4, 5)).verdict).toBe("READY");
  });
  it("is INCOMPLETE while conditions are unrated and at most one is weak", () => {
    expect(evaluateReadiness(rated(2, null, 4)).verdict).toBe("INCOMPLETE");
    expect(evaluateReadiness(rated(5, null)).verdict).toBe("INCOMPLETE");
    expect(evaluateReadiness(rated(null, null)).verdict).toBe("INCOMPLETE");
  });
  it("leaves not-applicable conditions out", () => {
    const inputs = [...rated(4, 4), { id: "R03", notApplicable: true, scores: [1] }];
    const r = evaluateReadiness(inputs);
    expect(r.verdict).toBe("READY");
    expect(r.weakIds).toEqual([]);
    expect(r.notApplicableIds).toEqual(["R03"]);
    expect(r.index).toBe(4);
  });
  it("is INCOMPLETE, never READY, when every condition is marked n/a: nothing was judged", () => {
    const all = rated(4, 4).map((c) => ({ ...c, notApplicable: true }));
    const r = evaluateReadiness(all);
    expect(r.verdict).toBe("INCOMPLETE");
    expect([r.unratedIds, r.weakIds, r.index]).toEqual([[], [], null]);
    expect(verdictOf(0, 0, 0)).toBe("INCOMPLETE");
  });
  it("falls back to the threshold 3 outside 1–5 (0 or 6 would make everything or nothing weak)", () => {
    for (const t of [0, 6, 0.5, 5.5, Number.NaN]) {
      const r = evaluateReadiness(rated(2, 3, 5), t);
      expect([t, r.threshold, r.weakIds]).toEqual([t, 3, ["R01"]]);
    }
    expect(evaluateReadiness(rated(2, 3, 5), 1).weakIds).toEqual([]);
    expect(evaluateReadiness(rated(2, 3, 5), 5).weakIds).toEqual(["R01", "R02"]);
  });
  it("honours another threshold", () => {
    expect(evaluateReadiness(rated(3, 3, 5), 4).verdict).toBe("NOT_READY");
    expect(evaluateReadiness(rated(3, 4, 5), 3.5).weakIds).toEqual(["R01"]);
  });
});

describe("index and percentage", () => {
  it("are the mean of the rated scores and (mean − 1) / 4 × 100", () => {
    const r = evaluateReadiness(rated(1, 2, 3, 4, 5, null));
    expect(r.index).toBe(3);
    expect(r.percent).toBe(50);
    expect(evaluateReadiness(rated(5, 5)).percent).toBe(100);
    expect(evaluateReadiness(rated(1)).percent).toBe(0);
  });
  it("are null when nothing is rated", () => {
    const r = evaluateReadiness(rated(null, null));
    expect(r.index).toBeNull();
    expect(r.percent).toBeNull();
  });
});

describe("a condition's colour", () => {
  it("is strong from 4 (or from a higher threshold), weak below the threshold, neither in between", () => {
    const at = (scores: number[], threshold?: number) => {
      const r = evaluateCondition({ id: "R01", notApplicable: false, scores }, threshold);
      return [r.weak, r.strong];
    };
    expect([at([2]), at([3]), at([4]), at([5])]).toEqual([
      [true, false],
      [false, false],
      [false, true],
      [false, true],
    ]);
    expect([at([4], 4.5), at([5], 4.5)]).toEqual([
      [true, false],
      [false, true],
    ]);
    expect(at([3, 5])).toEqual([false, true]);
  });
  it("is none of weak, strong or disputed while unrated or n/a", () => {
    for (const input of [
      { scores: [] as number[], notApplicable: false },
      { scores: [1, 5], notApplicable: true },
    ]) {
      expect(evaluateCondition({ id: "R01", ...input })).toMatchObject({
        weak: false,
        strong: false,
        disputed: false,
        mean: null,
        ratedCount: 0,
      });
    }
  });
});

describe("several respondents", () => {
  it("give per condition mean, min and max; weak on the mean", () => {
    const c = evaluateCondition({ id: "R01", notApplicable: false, scores: [2, 3, 5] });
    expect(c).toMatchObject({ mean: 10 / 3, min: 2, max: 5, weak: false, disputed: true, ratedCount: 3 });
    expect(evaluateCondition({ id: "R01", notApplicable: false, scores: [2, 3] }).weak).toBe(true);
    expect(evaluateCondition({ id: "R01", notApplicable: false, scores: [2, 4] }).weak).toBe(false);
  });
  it("call a condition disputed from a spread of 2", () => {
    expect(evaluateCondition({ id: "R01", notApplicable: false, scores: [3, 4] }).disputed).toBe(false);
    expect(evaluateCondition({ id: "R01", notApplicable: false, scores: [3, 5] }).disputed).toBe(true);
    expect(evaluateCondition({ id: "R01", notApplicable: false, scores: [4] }).disputed).toBe(false);
  });
  it("decide the verdict on the means, and weigh each condition once in the index", () => {
    const r = evaluateReadiness([
      { id: "R01", notApplicable: false, scores: [1, 5] },
      { id: "R02", notApplicable: false, scores: [4] },
    ]);
    expect(r.verdict).toBe("READY");
    expect(r.disputedIds).toEqual(["R01"]);
    expect(r.index).toBe(3.5);
  });
});

describe("the checklist model", () => {
  it("starts with the 14 conditions, unrated, threshold 3", () => {
    const m = defaultReadinessModel();
    expect(m.conditions).toHaveLength(14);
    expect(m.respondents).toEqual([""]);
    expect(m.threshold).toBe(3);
    expect(evaluateChecklist(m).verdict).toBe("INCOMPLETE");
  });
  it("names the unnamed column first, then adds columns, keeping scores", () => {
    let m: ReadinessModel = defaultReadinessModel();
    m = { ...m, conditions: m.conditions.map((c) => ({ ...c, scores: [4] })) };
    m = withRespondents(m, ["Zentrale", "BU Nord", "zentrale", " "]);
    expect(m.respondents).toEqual(["Zentrale", "BU Nord"]);
    expect(m.conditions[0]!.scores).toEqual([4, null]);
  });
  it("starts every condition unrated in every respondent's column, with no note", () => {
    const m = defaultReadinessModel(["Zentrale", "BU Nord"]);
    expect(
      m.conditions.every(
        (c) => c.text === null && !c.notApplicable && c.note === "" && c.scores.length === 2 && c.scores.every((s) => s === null),
      ),
    ).toBe(true);
  });
  it("adds an own condition trimmed, unrated in every column, with no note", () => {
    const m = withCondition(defaultReadinessModel(["A", "B"]), "  Budget  ");
    expect(m.conditions.at(-1)).toEqual({ id: "R15", text: "Budget", notApplicable: false, scores: [null, null], note: "" });
  });
  it("takes a threshold the sheet computes (a formula with a valid result)", () => {
    const m = { ...defaultReadinessModel(), threshold: { value: 4, formula: "=2+2" } };
    expect(thresholdOf(m)).toBe(4);
    expect(thresholdOf({ ...m, threshold: 2.5 })).toBe(2.5);
    // a formula whose result is the text "4" sets no threshold: the sheet's comparisons would not take it as one
    expect(thresholdOf({ ...m, threshold: { value: "4", formula: '="4"' } })).toBe(3);
  });
  it("counts no remark row among the conditions", () => {
    const m = defaultReadinessModel();
    const remark = { id: "see notes", text: null, notApplicable: false, scores: [1], note: "", ignored: "remark" as const };
    const all = { ...m, conditions: [...m.conditions.map((c) => ({ ...c, scores: [4] })), remark] };
    expect(evaluateChecklist(all)).toMatchObject({ verdict: "READY", weakIds: [], index: 4 });
    expect(evaluateChecklist(all).conditions).toHaveLength(14);
  });
  it("adds the user's own conditions as R15, R16", () => {
    const m = withCondition(withCondition(defaultReadinessModel(), "Budget"), "CRM");
    expect(m.conditions.slice(-2).map((c) => [c.id, c.text])).toEqual([
      ["R15", "Budget"],
      ["R16", "CRM"],
    ]);
  });
  it("counts kept invalid entries as not rated and falls back to threshold 3", () => {
    const m: ReadinessModel = {
      respondents: [""],
      threshold: { value: "drei" },
      conditions: [
        { id: "R01", text: null, notApplicable: false, scores: [{ value: 7 }], note: "" },
        { id: "R02", text: null, notApplicable: false, scores: [{ value: 2, formula: "=1+1" }], note: "" },
      ],
    };
    const r = evaluateChecklist(m);
    expect(r.threshold).toBe(3);
    expect(r.unratedIds).toEqual(["R01"]);
    expect(r.weakIds).toEqual(["R02"]);
  });
});
