/**
 * The key-account selection's rules: each customer's attractiveness and strength from weighted scores over the
 * criteria scored, the four classes at the cut-off, customers scored too little, the capacity warning, the order
 * within a class and what lifts a key account.
 */
import type { NumberEntry } from "../../src/domain/entry";
import { LANGS } from "../../src/domain/lang";
import { STANDARD_CRITERIA, criterionLabel, nextCriterionIds, nextCustomerIds } from "../../src/kinds/selection/domain/criteria";
import { amountOf, axisScore, classOf, countedWeights, cutOffOf, evaluateSelection } from "../../src/kinds/selection/domain/evaluate";
import type { Criterion, Customer, SelectionModel } from "../../src/kinds/selection/domain/model";
import { customerEntries, defaultSelectionModel, withCustomers } from "../../src/kinds/selection/domain/selection";

const STANDARD: readonly Criterion[] = STANDARD_CRITERIA.map((s) => ({ id: s.id, group: s.group, text: null, weight: s.weight }));

const customer = (id: string, scores: readonly NumberEntry[], revenue: NumberEntry = null): Customer => ({
  id,
  name: `Customer ${id}`,
  revenue,
  potential: null,
  scores,
  notes: "",
});

/** Five attractiveness scores, then five strength scores. */
const model = (customers: readonly Customer[], o: Partial<SelectionModel> = {}): SelectionModel => ({
  criteria: STANDARD,
  customers,
  cutOff: 5,
  capacity: 4,
  ...o,
});

const all = (a: number, s: number) => [a, a, a, a, a, s, s, s, s, s];

describe("the standard criteria", () => {
  it("are five per group, each group weighted to 100, with a text in every language", () => {
    for (const g of ["attractiveness", "strength"] as const) {
      const group = STANDARD_CRITERIA.filter((c) => c.group === g);
      expect(group).toHaveLength(5);
      expect(group.reduce((a, c) => a + c.weight, 0)).toBe(100);
    }
    for (const c of STANDARD_CRITERIA) for (const l of LANGS) expect(c.text[l].length).toBeGreaterThan(3);
    expect(criterionLabel({ id: "K02", text: null }, "nl")).toBe("Groei");
    expect(criterionLabel({ id: "K11", text: "Payment behaviour" }, "de")).toBe("Payment behaviour");
    expect(criterionLabel({ id: "K11", text: null }, "de")).toBe("K11");
  });

  it("leave K01 to K10 to the standard: own criteria and customers take the next numbers", () => {
    expect(nextCriterionIds(["K01", "K10"], 2)).toEqual(["K11", "K12"]);
    expect(nextCriterionIds(["K01", "K14"], 1)).toEqual(["K15"]);
    expect(nextCustomerIds([], 2)).toEqual(["A01", "A02"]);
    expect(nextCustomerIds(["A01", "A07"], 1)).toEqual(["A08"]);
  });
});

describe("a customer's scores", () => {
  it("weigh each scored criterion: Σ weight × score ÷ 100 when all are scored", () => {
    const r = evaluateSelection(model([customer("A01", [10, 5, 5, 5, 0, 8, 8, 8, 8, 8])]));
    // 30×10 + 20×5 + 20×5 + 20×5 + 10×0 = 600 → 6
    expect(r.customers[0]!.attractiveness).toEqual({ score: 6, scored: 5, criteria: 5 });
    expect(r.customers[0]!.strength.score).toBe(8);
  });

  it("are re-weighted over the criteria scored: a blank criterion does not count as 0", () => {
    // only K01 (30) and K02 (20) scored: (30×8 + 20×3) / 50 = 6
    const scores = [8, 3, null, null, null, 5, 5, 5, null, null];
    const r = evaluateSelection(model([customer("A01", scores)]));
    expect(r.customers[0]!.attractiveness).toEqual({ score: 6, scored: 2, criteria: 5 });
  });

  it("count only valid scores 0–10: 11, 2.5, text and a kept formula's error do not count", () => {
    const scores: NumberEntry[] = [8, 11, 2.5, { value: "gut" }, { value: "#N/A", formula: "=NA()", error: true }, 5, 5, 5, 5, 5];
    const r = evaluateSelection(model([customer("A01", scores)]));
    expect(r.customers[0]!.attractiveness).toEqual({ score: 8, scored: 1, criteria: 5 });
    // a formula's valid result counts
    const kept = evaluateSelection(model([customer("A02", [{ value: 7, formula: "=3+4" }, 7, 7, 7, 7, 5, 5, 5, 5, 5])]));
    expect(kept.customers[0]!.attractiveness.score).toBe(7);
  });

  it("leave out a criterion weighted 0 or with an invalid weight, also from what counts as its group", () => {
    const criteria: Criterion[] = STANDARD.map((c, i) =>
      i === 0 ? { ...c, weight: 0 } : i === 1 ? { ...c, weight: { value: "viel" } } : c,
    );
    const r = evaluateSelection(model([customer("A01", [0, 0, 6, 6, 6, 5, 5, 5, 5, 5])], { criteria }));
    expect(r.customers[0]!.attractiveness).toEqual({ score: 6, scored: 3, criteria: 3 });
    expect(r.weightSums).toEqual({ attractiveness: 50, strength: 100 });
  });

  it("of a group with no weight above 0 give no score", () => {
    expect(axisScore([0, null], [5, 5])).toEqual({ score: null, scored: 0, criteria: 0 });
  });
});

describe("the classes", () => {
  it("divide at the cut-off, a score exactly at it counting as high", () => {
    expect(classOf(5, 5, 5)).toBe("KEY");
    expect(classOf(5, 4.99, 5)).toBe("DEVELOPMENT");
    expect(classOf(4.99, 5, 5)).toBe("MAINTENANCE");
    expect(classOf(4.99, 4.99, 5)).toBe("OPPORTUNISTIC");
  });

  it("follow the workbook's cut-off; one that is not a number 0–10 is the default 5", () => {
    const customers = [customer("A01", all(6, 6))];
    expect(evaluateSelection(model(customers, { cutOff: 7 })).customers[0]!.accountClass).toBe("OPPORTUNISTIC");
    expect(evaluateSelection(model(customers, { cutOff: 5.5 })).customers[0]!.accountClass).toBe("KEY");
    for (const cutOff of [11, -1, { value: "hoch" }]) expect(evaluateSelection(model(customers, { cutOff })).cutOff).toBe(5);
    expect(evaluateSelection(model(customers, { cutOff: 0 })).cutOff).toBe(0);
    expect(evaluateSelection(model(customers, { cutOff: 10 })).cutOff).toBe(10);
  });

  it("are computed from the weighted scores: an exact 5 from 30/20/20/20/10 weights is high", () => {
    const r = evaluateSelection(model([customer("A01", [5, 5, 5, 5, 5, 7, 3, 5, 5, 5])]));
    // strength: (20×7 + 20×3 + 25×5 + 20×5 + 15×5) / 100 = 5
    expect(r.customers[0]!.strength.score).toBe(5);
    expect(r.customers[0]!.accountClass).toBe("KEY");
  });
});

describe("customers scored too little", () => {
  it("get no class when fewer than half of a group's criteria are scored; exactly half is enough", () => {
    // 5 criteria per group: 2 scored is fewer than half, 3 is more; with 4 criteria, 2 is exactly half
    const two = [8, 8, null, null, null, 8, 8, 8, 8, 8];
    const three = [8, 8, 8, null, null, 8, 8, 8, 8, 8];
    const r = evaluateSelection(model([customer("A01", two), customer("A02", three)]));
    expect(r.customers.map((c) => [c.incomplete, c.accountClass])).toEqual([
      [true, null],
      [false, "KEY"],
    ]);
    expect(r.incomplete).toEqual([0]);
    const four = STANDARD.filter((c) => c.id !== "K05");
    const half = evaluateSelection(model([customer("A03", [8, 8, null, null, 8, 8, 8, 8, 8])], { criteria: four }));
    expect(half.customers[0]!.accountClass).toBe("KEY");
  });

  it("without any score are unscored, not incomplete", () => {
    const r = evaluateSelection(model([customer("A01", []), customer("A02", [null, { value: "x" }])]));
    expect(r.unscored).toEqual([0, 1]);
    expect(r.incomplete).toEqual([]);
    expect(r.customers.map((c) => c.accountClass)).toEqual([null, null]);
  });

  it("scored on one axis only are incomplete", () => {
    const r = evaluateSelection(model([customer("A01", [8, 8, 8, 8, 8])]));
    expect(r.customers[0]).toMatchObject({ incomplete: true, unscored: false, accountClass: null });
  });
});

describe("the capacity", () => {
  const keys = (n: number) => Array.from({ length: n }, (_, i) => customer(`A0${i + 1}`, all(8, 8)));

  it("warns when there are more key accounts than the company can carry, not when there are as many", () => {
    expect(evaluateSelection(model(keys(4))).overCapacity).toBe(false);
    expect(evaluateSelection(model(keys(5))).overCapacity).toBe(true);
    expect(evaluateSelection(model(keys(2), { capacity: 1 })).overCapacity).toBe(true);
    expect(evaluateSelection(model(keys(2), { capacity: 0 })).capacity).toBe(0);
  });

  it("is 4 when the sheet's is not a whole number 0–999", () => {
    for (const capacity of [2.5, -1, 1000, { value: "viele" }]) expect(evaluateSelection(model([], { capacity })).capacity).toBe(4);
  });
});

describe("a score to two decimals, as the sheet shows and classifies it", () => {
  it("rounds a half up, exactly: 4.995 is 5 and a key account at the cut-off 5", () => {
    // weights 100 and 100 (two criteria of 100 each are not standard; two own criteria): 999 ÷ 2 … as 100 × Σ ÷ W
    expect(axisScore([1, 199], [5, 5]).score).toBe(5);
    // 1×0 + 199×5 = 995 over 200 → 4.975 → 4.98; 3×0 + 197×5 = 985 over 200 → 4.925 → 4.93
    expect(axisScore([1, 199], [0, 5]).score).toBe(4.98);
    expect(axisScore([3, 197], [0, 5]).score).toBe(4.93);
    // 1×4 + 199×5 = 999 over 200 = 4.995 → 5.00: the class is taken from the score shown
    expect(axisScore([1, 199], [4, 5]).score).toBe(5);
    const criteria: Criterion[] = [
      { id: "K11", group: "attractiveness", text: "a", weight: 1 },
      { id: "K12", group: "attractiveness", text: "b", weight: 99 },
      { id: "K13", group: "strength", text: "c", weight: 100 },
    ];
    // 1×4 + 99×5 = 499 over 100 = 4.99, below the cut-off 5; 1×5 + 99×5 = 5
    const r = evaluateSelection({ criteria, customers: [customer("A01", [4, 5, 5]), customer("A02", [5, 5, 5])], cutOff: 5, capacity: 4 });
    expect(r.customers.map((c) => [c.attractiveness.score, c.accountClass])).toEqual([
      [4.99, "MAINTENANCE"],
      [5, "KEY"],
    ]);
    // a third is 3.33, two thirds 6.67
    expect(axisScore([1, 2], [10, 0]).score).toBe(3.33);
    expect(axisScore([1, 2], [0, 10]).score).toBe(6.67);
  });
});

describe("within a class", () => {
  it("customers rank by attractiveness, then strength, then their order on the sheet (revenue does not rank)", () => {
    const r = evaluateSelection(
      model([
        customer("A01", all(7, 6), 100),
        customer("A02", all(8, 6), 50),
        customer("A03", all(7, 9), 10),
        customer("A04", all(7, 6), 300),
        customer("A05", all(7, 6), null),
        customer("A06", all(7, 6), null),
      ]),
    );
    expect(r.byClass.KEY).toEqual([1, 2, 0, 3, 4, 5]);
    expect(r.customers.map((c) => c.rank)).toEqual([3, 1, 2, 4, 5, 6]);
    expect(r.byClass.DEVELOPMENT).toEqual([]);
  });

  it("each class is listed apart, and a customer without a class has no rank", () => {
    const r = evaluateSelection(
      model([customer("A01", all(2, 8)), customer("A02", all(8, 2)), customer("A03", all(2, 2)), customer("A04", [])]),
    );
    expect(r.byClass).toEqual({ KEY: [], DEVELOPMENT: [1], MAINTENANCE: [0], OPPORTUNISTIC: [2] });
    expect(r.customers[3]!.rank).toBeNull();
  });
});

describe("what lifts a key or development account", () => {
  it("is its strength criteria with the largest weighted gap to 10, most first, at most three", () => {
    // strength weights 20, 20, 25, 20, 15; scores 10, 4, 4, 3, 2 (4.7) → gaps 0, 120, 150, 140, 120: of the two at
    // 120, the first on the sheet
    const r = evaluateSelection(model([customer("A01", [8, 8, 8, 8, 8, 10, 4, 4, 3, 2])]));
    expect(r.customers[0]!.accountClass).toBe("DEVELOPMENT");
    expect(r.customers[0]!.lifts).toEqual(["K08", "K09", "K07"]);
  });

  it("names no criterion at the top score, nor one unscored, and nothing for the other classes", () => {
    const top = evaluateSelection(model([customer("A01", [8, 8, 8, 8, 8, 10, 10, 10, null, 9])]));
    expect(top.customers[0]!.lifts).toEqual(["K10"]);
    const other = evaluateSelection(model([customer("A01", all(2, 2))]));
    expect(other.customers[0]!.lifts).toEqual([]);
  });
});

describe("what the sheet's reader hands over, counted as the sheet counts it", () => {
  it("a revenue counts when it is a number of 0 or more, a formula's too; anything else is no amount", () => {
    expect([1200, 0, 0.5, { value: 300, formula: "=100*3" }].map((v) => amountOf(v as NumberEntry))).toEqual([1200, 0, 0.5, 300]);
    const none: NumberEntry[] = [null, -1, Infinity, NaN, { value: "viel" }, { value: "#N/A", formula: "=NA()", error: true }];
    expect(none.map(amountOf)).toEqual(none.map(() => null));
    // a class's revenue sums the amounts only
    const r = evaluateSelection(
      model([customer("A01", all(8, 8), 1000), customer("A02", all(9, 9), -50), customer("A03", all(7, 7), { value: "viel" })]),
    );
    expect(r.revenueByClass.KEY).toBe(1000);
  });

  it("the cut-off in force is a number 0–10, both ends included; else 5", () => {
    expect([0, 10, 7.5].map((cutOff) => cutOffOf({ cutOff }))).toEqual([0, 10, 7.5]);
    expect(
      [-0.1, 10.1, null, { value: "hoch" }, { value: 6, formula: "=A1" }].map((cutOff) => cutOffOf({ cutOff: cutOff as NumberEntry })),
    ).toEqual([5, 5, 5, 5, 6]);
  });

  it("a criterion outside the sheet's formulas counts in no group, whatever its weight", () => {
    const criteria: Criterion[] = [...STANDARD, { id: "K11", group: "strength", text: "Eigene", weight: 50, ignored: "outside" }];
    const r = countedWeights(criteria);
    expect(r.weights.at(-1)).toBeNull();
    expect(r.sums).toEqual({ attractiveness: 100, strength: 100 });
  });

  it("a customer outside the sheet's formulas has no class and is in no list", () => {
    const r = evaluateSelection(
      model([customer("A01", all(8, 8)), { ...customer("A02", all(9, 9)), ignored: "outside" }, customer("A03", new Array(10).fill(null))]),
    );
    expect(r.customers[1]).toMatchObject({ accountClass: null, rank: null, incomplete: false, unscored: false, lifts: [] });
    expect(r.byClass.KEY).toEqual([0]);
    // only the customer without any score is unscored
    expect(r.unscored).toEqual([2]);
    expect(r.incomplete).toEqual([]);
  });

  it("a group whose every weight is 0 leaves its customers incomplete, however fully scored", () => {
    const criteria: Criterion[] = STANDARD.map((c) => (c.group === "strength" ? { ...c, weight: 0 } : c));
    const r = evaluateSelection(model([customer("A01", all(8, 8))], { criteria }));
    expect(r.customers[0]).toMatchObject({ incomplete: true, accountClass: null });
    const a = evaluateSelection(
      model([customer("A01", all(8, 8))], { criteria: STANDARD.map((c) => (c.group === "attractiveness" ? { ...c, weight: 0 } : c)) }),
    );
    expect(a.customers[0]).toMatchObject({ incomplete: true, accountClass: null });
  });

  it("customers tied on both scores rank in their order on the sheet, however many", () => {
    const r = evaluateSelection(model(["A01", "A02", "A03", "A04", "A05"].map((id) => customer(id, all(7, 7)))));
    expect(r.byClass.KEY).toEqual([0, 1, 2, 3, 4]);
    expect(r.customers.map((c) => c.rank)).toEqual([1, 2, 3, 4, 5]);
  });

  it("the standard criteria are K01 to K10, five of each group, in this order", () => {
    expect(STANDARD_CRITERIA.map((c) => `${c.id} ${c.group}`)).toEqual([
      ...["K01", "K02", "K03", "K04", "K05"].map((id) => `${id} attractiveness`),
      ...["K06", "K07", "K08", "K09", "K10"].map((id) => `${id} strength`),
    ]);
  });

  it("every standard criterion has its own text in each language", () => {
    for (const lang of LANGS) {
      const texts = STANDARD.map((c) => criterionLabel(c, lang));
      expect(texts.filter((t) => t.trim().length < 3)).toEqual([]);
      expect(new Set(texts).size).toBe(STANDARD.length);
    }
  });
});

describe("a new selection and the customers added to it", () => {
  it("starts with the ten standard criteria at their weights, no customer, cut-off 5 and capacity 4", () => {
    const m = defaultSelectionModel();
    expect(m).toEqual({ criteria: STANDARD, customers: [], cutOff: 5, capacity: 4 });
  });

  it("adds each customer once (ignoring case and spaces), unscored, with the next numbers and its revenue", () => {
    const m = defaultSelectionModel([
      { name: " Müller GmbH ", revenue: 1200 },
      { name: "müller gmbh" },
      { name: "  " },
      { name: "Jansen BV" },
    ]);
    expect(m.customers).toEqual([
      { id: "A01", name: "Müller GmbH", revenue: 1200, potential: null, scores: new Array(10).fill(null), notes: "" },
      { id: "A02", name: "Jansen BV", revenue: null, potential: null, scores: new Array(10).fill(null), notes: "" },
    ]);
    const more = withCustomers({ ...m, customers: [...m.customers, { ...m.customers[1]!, id: "A07" }] }, [
      { name: "JANSEN BV" },
      { name: "Orion" },
    ]);
    expect(more.customers.map((c) => [c.id, c.name])).toEqual([
      ["A01", "Müller GmbH"],
      ["A02", "Jansen BV"],
      ["A07", "Jansen BV"],
      ["A08", "Orion"],
    ]);
    // "ß" is not "ss": two customers
    expect(defaultSelectionModel([{ name: "Straße AG" }, { name: "Strasse AG" }]).customers).toHaveLength(2);
    // a selection with own criteria: a score cell for each
    const own = withCustomers({ ...m, criteria: m.criteria.slice(0, 3), customers: [] }, [{ name: "X" }]);
    expect(own.customers[0]!.scores).toEqual([null, null, null]);
  });

  it("reads pasted lines: a revenue after the last tab or semicolon when it is an amount, else part of the name", () => {
    expect(
      customerEntries([
        "Müller GmbH;1200",
        "Jansen BV\t 3,5 ",
        "Orion; groß",
        "Delta;12a",
        "  ",
        ";500",
        "Acme 2000",
        "Beta;Gamma;7.25",
        "Echo;x12",
        "Fox;1.200",
        "Golf\t12,500,000",
        "Hotel;1.2.3",
        "India;1.200,50",
        "Juliet;12.500.000",
        "Lima;12.500",
        "Kilo;1234.500",
        "Mike;1234,500",
        "November;1,2005",
        "4711",
      ]),
    ).toEqual([
      { name: "Müller GmbH", revenue: 1200 },
      { name: "Jansen BV", revenue: 3.5 },
      { name: "Orion; groß" },
      { name: "Delta;12a" },
      { name: "Acme 2000" },
      { name: "Beta;Gamma", revenue: 7.25 },
      { name: "Echo;x12" },
      // thousands grouped as Excel copies a formatted amount, in German or English
      { name: "Fox", revenue: 1200 },
      { name: "Golf", revenue: 12500000 },
      { name: "Hotel;1.2.3" },
      { name: "India;1.200,50" },
      { name: "Juliet", revenue: 12500000 },
      { name: "Lima", revenue: 12500 },
      // more than three digits before it: a decimal
      { name: "Kilo", revenue: 1234.5 },
      { name: "Mike", revenue: 1234.5 },
      { name: "November", revenue: 1.2005 },
      // a customer known by a number
      { name: "4711" },
    ]);
  });
});
