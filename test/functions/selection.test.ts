import { accountclass, attractiveness, strength } from "../../src/kinds/selection/functions/selection";
import { valueErrorOf } from "./valueError";

const row = (...v: unknown[]) => [v];
const WEIGHTS = row(30, 20, 20, 20, 10, 20, 20, 25, 20, 15);
const GROUPS_DE = row(...new Array(5).fill("Kundenattraktivität"), ...new Array(5).fill("Relative Wettbewerbsstärke"));

describe("KAM.ATTRACTIVENESS and KAM.STRENGTH", () => {
  const scores = row(10, 5, 5, 5, 0, 8, 8, 8, 8, 4);
  it("weigh the scores of their group's criteria, the groups named in any language and case", () => {
    // 30×10 + 20×5 × 3 + 10×0 = 600 → 6; 20×8 + 20×8 + 25×8 + 20×8 + 15×4 = 740 → 7.4
    expect(attractiveness(scores, WEIGHTS, GROUPS_DE)).toBe(6);
    expect(strength(scores, WEIGHTS, GROUPS_DE)).toBe(7.4);
    const en = row(...new Array(5).fill("customer attractiveness"), ...new Array(5).fill("RELATIVE STRENGTH"));
    expect(strength(scores, WEIGHTS, en)).toBe(7.4);
  });

  it("re-weight over the criteria scored; 0 is a score, blank and what is not valid are none", () => {
    // only 10 (weight 30) and 0 (weight 10) count: 300 ÷ 40 = 7.5
    expect(attractiveness(row(10, null, "", 11, 0), row(30, 20, 20, 20, 10))).toBe(7.5);
    expect(attractiveness(row(null, "gut", 2.5), row(30, 20, 20))).toBe("");
    // a weight off 0–100 or text leaves its criterion out; two thirds are 6.67
    expect(attractiveness(row(0, 10, 10), row(10, 20, "hoch"))).toBe(6.67);
  });

  it("without groups, take every criterion given", () => {
    expect(strength(row(8, 4), row(50, 50))).toBe(6);
  });

  it("refuse scores and weights of different lengths, naming both in the display language", () => {
    const e = valueErrorOf(() => attractiveness(row(1, 2, 3), row(50, 50)));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe("The arguments weights and scores must be the same length: 2 and 3 cells.");
  });
});

describe("KAM.ACCOUNTCLASS", () => {
  it("divides the portfolio at the cut-off (on it is high), in the language asked for", () => {
    expect(accountclass(5, 5, undefined, "de")).toBe("Key Account");
    expect(accountclass(5, 4.99, 5, "nl")).toBe("Ontwikkelingsaccount");
    expect(accountclass(4.99, 7, 5, "en")).toBe("Maintenance account");
    expect(accountclass(6, 6, 7, "en")).toBe("Opportunistic account");
  });
  it("takes 5 for a cut-off that is not 0–10, and answers blank without both scores", () => {
    expect(accountclass(5, 5, 12, "en")).toBe("Key account");
    expect(accountclass(5, 5, "hoch", "en")).toBe("Key account");
    expect(accountclass("", 5, 5, "en")).toBe("");
    expect(valueErrorOf(() => accountclass(5, 5, 5, "fr")).code).toBe("#VALUE!");
  });
});

describe("the selection's functions at the edges of what they take", () => {
  it("KAM.ACCOUNTCLASS: a cut-off of 0 or 10 is one, a cut-off given as text is not; blank without the strength", () => {
    expect(accountclass(4, 4, 0, "en")).toBe("Key account");
    expect(accountclass(9.99, 10, 10, "en")).toBe("Maintenance account");
    expect(accountclass(6, 6, "7", "en")).toBe("Key account");
    expect(accountclass(4, 4, -1, "en")).toBe("Opportunistic account");
    expect(accountclass(5, "", 5, "en")).toBe("");
  });

  it("a score or weight counts only as a whole number in its range: -1, 2.5, 101 and text do not", () => {
    expect(attractiveness(row(-1, 8), row(50, 50))).toBe(8);
    expect(attractiveness(row(6, 8), row(-10, 50))).toBe(8);
    expect(attractiveness(row(6, 8), row(2.5, 50))).toBe(8);
    expect(attractiveness(row(6, 8), row(101, 50))).toBe(8);
    expect(attractiveness(row(6, 8), row(100, 0))).toBe(6);
    expect(attractiveness(row(10, 0), row(50, 50))).toBe(5);
  });

  it("a group named with spaces around it or in any case counts; a number or blank as a group counts in neither", () => {
    const groups = row("  Relative Strength ", "kundenattraktivität", 7, null);
    expect(strength(row(8, 2, 5, 5), row(25, 25, 25, 25), groups)).toBe(8);
    expect(attractiveness(row(8, 2, 5, 5), row(25, 25, 25, 25), groups)).toBe(2);
    // without groups (omitted, or a blank argument as Excel passes it), every criterion counts
    expect(strength(row(8, 2), row(50, 50), undefined)).toBe(5);
    expect(strength(row(8, 2), row(50, 50), null as never)).toBe(5);
  });

  it("names the argument that is not a row or a column, and groups of another length", () => {
    const block = [
      [1, 2],
      [3, 4],
    ];
    expect(valueErrorOf(() => attractiveness(block, row(50, 50))).message).toMatch(/\bscores\b/);
    expect(valueErrorOf(() => attractiveness(row(1, 2), block)).message).toMatch(/\bweights\b/);
    expect(valueErrorOf(() => attractiveness(row(1, 2), row(50, 50), block)).message).toMatch(/\bgroups\b/);
    expect(valueErrorOf(() => strength(row(1, 2), row(50, 50), row("Relative strength"))).message).toBe(
      "The arguments groups and scores must be the same length: 1 and 2 cells.",
    );
  });
});
