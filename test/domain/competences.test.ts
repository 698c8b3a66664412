import {
  STANDARD_COMPETENCES,
  competenceShortLabel,
  nextCompetenceId,
  profileCompetences,
} from "../../src/kinds/competences/domain/profile";
import { defaultCompetenceModel, withCandidates, withCompetence, withProfile } from "../../src/kinds/competences/domain/assessment";
import {
  type CompetenceInput,
  competenceInputs,
  evaluateAssessment,
  evaluateCandidate,
  evaluateCompetences,
  isRanked,
  listingOrder,
} from "../../src/kinds/competences/domain/evaluate";
import { DEFAULT_REQUIRED, DEFAULT_WEIGHT } from "../../src/kinds/competences/domain/model";

const comp = (id: string, required: number, weight: number, ratings: (number | null)[], mustHave = false): CompetenceInput => ({
  id,
  required,
  weight,
  mustHave,
  ratings,
});

describe("competence profiles", () => {
  it("default is the German template's eight, extended adds six", () => {
    expect(profileCompetences("default").map((c) => c.id)).toEqual(["C01", "C02", "C03", "C04", "C05", "C06", "C07", "C08"]);
    expect(profileCompetences("extended")).toHaveLength(14);
    expect(STANDARD_COMPETENCES[5]!.text.de).toBe("Kennt die Kundenanforderungen sehr gut");
    expect(nextCompetenceId(["C01", "C08"])).toBe("C15");
  });

  it("switching to the extended profile adds the six; a standard competence the user deleted stays deleted", () => {
    const withoutC03 = {
      ...defaultCompetenceModel("default"),
      requirements: defaultCompetenceModel("default").requirements.filter((r) => r.id !== "C03"),
    };
    expect(withProfile(withoutC03, "default")).toBe(withoutC03);
    const extended = withProfile(withoutC03, "extended");
    expect(extended.requirements.map((r) => r.id)).toEqual([
      "C01",
      "C02",
      "C04",
      "C05",
      "C06",
      "C07",
      "C08",
      "C09",
      "C10",
      "C11",
      "C12",
      "C13",
      "C14",
    ]);
    const withoutC10 = { ...extended, requirements: extended.requirements.filter((r) => r.id !== "C10") };
    expect(withProfile(withoutC10, "extended")).toBe(withoutC10);
    expect(withProfile({ candidates: [], requirements: [] }, "default").requirements).toHaveLength(8);
  });
});

describe("a candidate", () => {
  it("has fit = Σ w·min(r, req) ÷ Σ w·req: over-qualification earns nothing", () => {
    const inputs = [comp("C01", 4, 3, [5]), comp("C02", 4, 1, [2])];
    const c = evaluateCandidate(inputs, 0);
    expect(c.fit).toBeCloseTo((3 * 4 + 1 * 2) / (3 * 4 + 1 * 4), 12);
    expect(c.weightedScore).toBeCloseTo((3 * 5 + 1 * 2) / 4, 12);
    expect(c.gaps).toEqual([1, -2]);
    expect(c.deficits).toEqual(["C02"]);
  });
  it("counts only assessed competences", () => {
    const c = evaluateCandidate([comp("C01", 4, 2, [4]), comp("C02", 4, 2, [null])], 0);
    expect(c.fit).toBe(1);
    expect(c.gaps).toEqual([0, null]);
    expect(c.assessed).toBe(1);
  });
  it("is knocked out by a must-have below its level, not by other deficits", () => {
    expect(evaluateCandidate([comp("C01", 4, 2, [3], true)], 0).knockedOut).toBe(true);
    expect(evaluateCandidate([comp("C01", 4, 2, [4], true)], 0).knockedOut).toBe(false);
    expect(evaluateCandidate([comp("C01", 4, 2, [1], false)], 0).knockedOut).toBe(false);
  });
  it("takes an unrated must-have for no pass: open, not knocked out, until it is rated or another is missed", () => {
    const open = evaluateCandidate([comp("C01", 4, 2, [null], true), comp("C02", 4, 2, [5])], 0);
    expect([open.knockedOut, open.mustHaveOpen, isRanked(open)]).toEqual([false, true, false]);
    const missed = evaluateCandidate([comp("C01", 4, 2, [null], true), comp("C02", 4, 2, [3], true)], 0);
    expect([missed.knockedOut, missed.mustHaveOpen, isRanked(missed)]).toEqual([true, false, true]);
  });
  it("is incomplete with fewer than half the competences assessed", () => {
    const eight = (n: number) => Array.from({ length: 8 }, (_, i) => comp(`C0${i + 1}`, 4, 2, [i < n ? 4 : null]));
    expect(evaluateCandidate(eight(3), 0).incomplete).toBe(true);
    expect(evaluateCandidate(eight(4), 0).incomplete).toBe(false);
  });
});

describe("the ranking", () => {
  it("orders by fit, knocked-out last, ties broken by weighted score, incomplete not ranked", () => {
    const inputs = [comp("C01", 3, 2, [3, 5, 3, 5, null], true), comp("C02", 3, 2, [3, 3, 2, 2, null])];
    // A: fit 1, score 3 · B: fit 1, score 4 · C: knocked out? no (C01 ok), fit 5/6 · D: fit 5/6 score 3.5 · E: incomplete
    const r = evaluateCompetences(inputs, ["A", "B", "C", "D", "E"]);
    expect(r.ranking.map((i) => "ABCDE"[i])).toEqual(["B", "A", "D", "C"]);
    expect(r.best).toBe(1);
    expect(r.candidates[4]!.rank).toBeNull();
    expect(r.candidates[4]!.incomplete).toBe(true);
  });
  it("ranks no candidate whose must-have is not rated yet, however well the rest fits", () => {
    // Dirk: 100 % on what was rated, the must-have C01 unrated; Eva passed C01 with a lower fit
    const r = evaluateCompetences(
      [comp("C01", 4, 2, [null, 4], true), comp("C02", 4, 2, [5, 3]), comp("C03", 4, 2, [5, 3])],
      ["Dirk", "Eva"],
    );
    expect(r.candidates[0]).toMatchObject({ fit: 1, mustHaveOpen: true, rank: null });
    expect(r.ranking).toEqual([1]);
    expect(r.best).toBe(1);
  });
  it("puts a knocked-out candidate after all others even with a better fit", () => {
    // X misses the must-have C01 (3 < 4) but fits better overall: 21/24 against Y's 18/24
    const r = evaluateCompetences([comp("C01", 4, 3, [3, 4], true), comp("C02", 4, 3, [5, 2])], ["X", "Y"]);
    expect(r.candidates.map((c) => [c.knockedOut, c.fit])).toEqual([
      [true, 21 / 24],
      [false, 18 / 24],
    ]);
    expect(r.ranking).toEqual([1, 0]);
    expect(r.best).toBe(1);
  });
  it("gives equal candidates the same rank", () => {
    const r = evaluateCompetences([comp("C01", 4, 2, [4, 4, 3])], ["A", "B", "C"]);
    expect(r.candidates.map((c) => c.rank)).toEqual([1, 1, 3]);
  });
  it("tells per competence how many candidates meet it (what the team can build on)", () => {
    const r = evaluateCompetences([comp("C01", 4, 2, [4, 5, 3]), comp("C02", 3, 2, [null, 2, 2])], ["A", "B", "C"]);
    expect(r.team).toEqual([
      { id: "C01", assessed: 3, meeting: 2 },
      { id: "C02", assessed: 2, meeting: 0 },
    ]);
    expect(r.buildOnIds).toEqual(["C01"]);
  });
  it("builds on what more than half meet, not exactly half, the most met first", () => {
    const r = evaluateCompetences(
      [
        comp("C01", 4, 2, [4, 4, 3, 3]), // 2 of 4: exactly half
        comp("C02", 3, 2, [3, 3, 3, 2]), // 3 of 4
        comp("C03", 3, 2, [3, 3, 3, 3]), // all 4
        comp("C04", 3, 2, [3, 3, null, 1]), // 2 of 3
      ],
      ["A", "B", "C", "D"],
    );
    expect(r.buildOnIds).toEqual(["C03", "C02", "C04"]);
  });
  it("counts who meets a competence among those rated: an unrated candidate meets nothing", () => {
    // one rated below the requirement, three not rated: 0 of 1 meet it
    const r = evaluateCompetences([comp("C01", 4, 2, [3, null, null, null]), comp("C02", 3, 2, [3, null, null, 1])], ["A", "B", "C", "D"]);
    expect(r.team).toEqual([
      { id: "C01", assessed: 1, meeting: 0 },
      { id: "C02", assessed: 2, meeting: 1 },
    ]);
    expect(r.buildOnIds).toEqual([]);
  });
  it("keeps the sheet's order between candidates equal in fit and weighted score: the best is the first listed", () => {
    const r = evaluateCompetences([comp("C01", 4, 2, [3, 4, 4, 4]), comp("C02", 4, 1, [4, 5, 5, 5])], ["A", "B", "C", "D"]);
    expect(r.ranking).toEqual([1, 2, 3, 0]);
    expect(r.best).toBe(1);
    expect(r.candidates.map((c) => c.rank)).toEqual([4, 1, 1, 1]);
  });
});

describe("remarks among the competences", () => {
  // a remark's first cell is what the user typed there, such as "C09" or "see appendix B": no competence's id
  const remark = { id: "C09", text: null, required: 4, weight: 2, mustHave: false, ratings: [null], ignored: "remark" as const };
  const model = {
    ...defaultCompetenceModel("default", ["Anna"]),
    requirements: [...defaultCompetenceModel("default", ["Anna"]).requirements, remark],
  };

  it("count nowhere: not for completeness, not as a deficit", () => {
    const rated = { ...model, requirements: model.requirements.map((r, i) => (i < 4 ? { ...r, ratings: [3] } : r)) };
    expect(evaluateAssessment(rated).candidates[0]).toMatchObject({ incomplete: false, assessed: 4 });
  });

  it("take no id: an own competence and the extended profile get theirs", () => {
    expect(withCompetence(model, "Negotiation").requirements.at(-1)!.id).toBe("C15");
    expect(withProfile(model, "extended").requirements.map((r) => r.id)).toContain("C10");
  });
});

describe("short names of competences, where the full text does not fit", () => {
  it("has one per standard competence and language, shorter than the text", () => {
    for (const s of STANDARD_COMPETENCES)
      for (const lang of ["de", "nl", "en"] as const) expect(s.short[lang].length).toBeLessThan(Math.max(36, s.text[lang].length));
  });
  it("uses it for a standard text in any language, and keeps a text the user wrote", () => {
    expect(competenceShortLabel({ id: "C02", text: "Verfügt über eine hohe Qualifikation" }, "nl")).toBe("Hoge kwalificatie");
    expect(competenceShortLabel({ id: "C02", text: null }, "de")).toBe("Hohe Qualifikation");
    expect(competenceShortLabel({ id: "C02", text: "Has a degree in engineering" }, "en")).toBe("Has a degree in engineering");
    expect(competenceShortLabel({ id: "C15", text: "Speaks Dutch" }, "de")).toBe("Speaks Dutch");
    // an own competence whose text is empty goes by its id
    expect(competenceShortLabel({ id: "C15", text: null }, "de")).toBe("C15");
  });
});

describe("a new assessment and what the pane adds to it", () => {
  it("starts with the default profile, no candidates, default requirements and no must-have", () => {
    const m = defaultCompetenceModel();
    expect(m.candidates).toEqual([]);
    expect(m.requirements.map((r) => r.id)).toEqual(profileCompetences("default").map((c) => c.id));
    expect(m.requirements.every((r) => !r.mustHave && r.text === null && r.ratings.length === 0)).toBe(true);
  });
  it("gives each candidate an empty rating on every competence", () => {
    const m = defaultCompetenceModel("extended", ["Anna", "Bert"]);
    expect(m.requirements).toHaveLength(14);
    expect(m.requirements.every((r) => r.ratings.length === 2 && r.ratings.every((x) => x === null))).toBe(true);
  });
  it("adds candidates by name: trimmed, blanks and names already there (in any case) skipped, each with empty ratings", () => {
    const m = { ...defaultCompetenceModel("default", ["Anna"]) };
    const rated = { ...m, requirements: m.requirements.map((r) => ({ ...r, ratings: [4] })) };
    const added = withCandidates(rated, ["  Bert ", "", "ANNA", "bert", "Carla"]);
    expect(added.candidates).toEqual(["Anna", "Bert", "Carla"]);
    expect(
      added.requirements.every((r) => r.ratings.length === 3 && r.ratings[0] === 4 && r.ratings[1] === null && r.ratings[2] === null),
    ).toBe(true);
    expect(withCandidates(rated, [" anna ", "  "])).toBe(rated);
  });
  it("adds an own competence trimmed, with no ratings yet; a blank name adds nothing", () => {
    const m = defaultCompetenceModel("default", ["Anna"]);
    const own = withCompetence(m, "  Speaks Dutch ").requirements.at(-1)!;
    expect(own).toMatchObject({ id: "C15", text: "Speaks Dutch", mustHave: false, ratings: [null] });
    expect(withCompetence(m, "   ")).toBe(m);
  });
});

describe("the evaluation's edges", () => {
  it("has no fit and no weighted score for a candidate nobody has rated, and an empty name by default", () => {
    const c = evaluateCandidate([comp("C01", 4, 2, [null]), comp("C02", 4, 2, [null])], 0);
    expect(c).toMatchObject({ name: "", fit: null, weightedScore: null, assessed: 0, mustHaveOpen: false });
  });
  it("waits only for an unrated must-have, not for another unrated competence", () => {
    const c = evaluateCandidate([comp("C01", 4, 2, [4], true), comp("C02", 4, 2, [null]), comp("C03", 4, 2, [4])], 0);
    expect([c.mustHaveOpen, isRanked(c)]).toEqual([false, true]);
  });
  it("names nobody best when nobody is ranked", () => {
    // A is not assessed at all, B on one of three competences: fewer than half
    const r = evaluateCompetences(
      [comp("C01", 4, 2, [null, null]), comp("C02", 4, 2, [null, 3]), comp("C03", 4, 2, [null, null])],
      ["A", "B"],
    );
    expect(r.candidates.map((c) => c.incomplete)).toEqual([true, true]);
    expect(r.best).toBeNull();
    expect(r.ranking).toEqual([]);
  });
  it("counts per competence only the candidates rated on it", () => {
    const r = evaluateCompetences([comp("C01", 1, 2, [null, 1, null])], ["A", "B", "C"]);
    expect(r.team).toEqual([{ id: "C01", assessed: 1, meeting: 1 }]);
  });
  it("lists the ranked first, then those assessed too little, then those waiting for a must-have", () => {
    const r = evaluateCompetences(
      [comp("C01", 4, 2, [null, 4, 4, null], true), comp("C02", 4, 2, [null, 3, 5, 4]), comp("C03", 4, 2, [null, 3, 5, 4])],
      ["Nobody", "Low", "High", "Waiting"],
    );
    const order = listingOrder(r);
    expect(order.ordered.map((c) => c.name)).toEqual(["High", "Low", "Nobody", "Waiting"]);
    expect(order.incomplete.map((c) => c.name)).toEqual(["Nobody"]);
    expect(order.mustHaveOpen.map((c) => c.name)).toEqual(["Waiting"]);
  });
  it("counts a requirement or weight typed outside its range as its default", () => {
    const m = defaultCompetenceModel("default", ["Anna"]);
    const typed = {
      ...m,
      requirements: m.requirements.map((r, i) => (i === 0 ? { ...r, required: 9, weight: { value: "high", error: false } } : r)),
    };
    const [first] = competenceInputs(typed);
    expect(first).toMatchObject({ required: DEFAULT_REQUIRED, weight: DEFAULT_WEIGHT });
  });
});
