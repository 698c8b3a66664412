import { fit, gaps, knockout, ranking, weightedscore } from "../../src/kinds/competences/functions/competences";
import { inExcel } from "./inExcel";
import { valueErrorOf } from "./valueError";

const col = (...v: unknown[]) => v.map((x) => [x]);
const row = (...v: unknown[]) => [v];

describe("KAM.FIT", () => {
  it("is Σ w·min(r, req) ÷ Σ w·req over assessed competences", () => {
    expect(fit(col(5, 2, 0), col(4, 4, 4), col(3, 1, 2))).toBeCloseTo(14 / 16, 12);
  });
  it("reads rows like columns and defaults weights to 2", () => {
    expect(fit(row(3, 4), row(4, 4))).toBe(fit(col(3, 4), col(4, 4)));
    expect(fit(row(3, 4), row(4, 4))).toBe(7 / 8);
  });
  it("is blank when nothing is assessed, and treats blank required levels as 4", () => {
    expect(fit(col(null, ""), col(4, 4))).toBe("");
    expect(fit(col(2), col(0))).toBe(0.5);
  });
  it("rejects ranges of different lengths and two-dimensional ones", () => {
    expect(valueErrorOf(() => fit(col(1, 2, 3), col(4, 4))).message).toBe(
      "The arguments required and ratings must be the same length: 2 and 3 cells.",
    );
    expect(
      valueErrorOf(() =>
        fit(
          [
            [1, 2],
            [3, 4],
          ],
          col(4, 4),
        ),
      ).message,
    ).toBe("The argument ratings must be one column or one row, not 2 × 2 cells.");
    expect(
      valueErrorOf(() =>
        fit(col(1, 2), [
          [4, 4],
          [4, 4],
        ]),
      ).message,
    ).toBe("The argument required must be one column or one row, not 2 × 2 cells.");
  });
  it("leaves an invalid rating out and gives an invalid required level or weight its default, as the sheet and the pane do", () => {
    expect(fit(col(4, 6), col(4, 4))).toBe(1);
    expect(fit(col(2), col(9))).toBe(fit(col(2), col(4)));
    expect(fit(col(2, 4), col(4, 4), col(4, 1))).toBe((2 * 2 + 1 * 4) / (2 * 4 + 1 * 4));
    expect(fit(col("gut"), col(4))).toBe("");
    expect(knockout(col(2.5), col(4), col("x"))).toBe(false);
  });
});

describe("KAM.WEIGHTEDSCORE", () => {
  it("is Σ w·r ÷ Σ w over assessed competences", () => {
    expect(weightedscore(col(5, 2, 0), col(3, 1, 2))).toBeCloseTo(17 / 4, 12);
    expect(weightedscore(col(5, 3))).toBe(4);
    expect(weightedscore(col(0, null))).toBe("");
  });
});

describe("KAM.GAPS", () => {
  it("spills rating − required in the ratings' shape, blank where not assessed", () => {
    expect(gaps(col(5, 0, 2), col(4, 4, 3))).toEqual([[1], [""], [-1]]);
    expect(gaps(row(5, null, 2), row(4, 4, 3))).toEqual([[1, "", -1]]);
  });
});

describe("KAM.KNOCKOUT", () => {
  it("names the must-have argument when its length or shape does not match", () => {
    expect(valueErrorOf(() => knockout(col(3, 5), col(4, 4), col("x"))).message).toBe(
      "The arguments musthave and ratings must be the same length: 1 and 2 cells.",
    );
    expect(
      valueErrorOf(() =>
        knockout(col(3, 5), col(4, 4), [
          ["x", ""],
          ["", ""],
        ]),
      ).message,
    ).toBe("The argument musthave must be one column or one row, not 2 × 2 cells.");
  });
  it("is TRUE when a must-have is rated below its level", () => {
    expect(knockout(col(3, 5), col(4, 4), col("x", ""))).toBe(true);
    expect(knockout(col(4, 1), col(4, 4), col("x", ""))).toBe(false);
    expect(knockout(col(null, 5), col(4, 4), col(true, false))).toBe(false);
  });
});

describe("KAM.RANKING", () => {
  // three candidates as columns: A fits fully, B fits 7/8, C misses the must-have
  const all = [
    [4, 3, 3],
    [4, 4, 5],
  ];
  const req = col(4, 4);
  const must = col("", "x");
  it("ranks by fit with knocked-out candidates last, one rank per candidate column", () => {
    all[1]![2] = 3; // C: 3 < 4 on the must-have
    expect(ranking(all, req, null as never, must)).toEqual([[1, 2, 3]]);
  });
  it("gives equal candidates the same rank and breaks fit ties by weighted score", () => {
    const tie = [
      [4, 4, 5],
      [4, 4, 4],
    ];
    expect(ranking(tie, req)).toEqual([[2, 2, 1]]);
  });
  it("is blank for an incomplete candidate, who is not counted", () => {
    const some = [
      [1, null, 4],
      [1, null, 4],
      [1, 5, 4],
    ];
    expect(ranking(some, col(4, 4, 4))).toEqual([[2, "", 1]]);
  });
  it("is blank for a candidate whose must-have is not rated yet: no pass, however well the rest fits", () => {
    // B would lead with 5 on the first competence, but the must-have in row 2 is unrated; A's 5 there beats C's 4
    const ahead = [
      [4, 5, 4],
      [5, null, 4],
    ];
    expect(ranking(ahead, req, null as never, must)).toEqual([[1, "", 2]]);
  });
  it("counts only competences toward completeness: a remark row (no text, no rating) is none", () => {
    // B is rated on 1 of 2 competences (complete: half); counted as 3 rows, B would be incomplete
    const block = [
      [4, 5],
      [4, null],
      [null, null],
    ];
    expect(ranking(block, col(4, 4, 4), null as never, null as never, col("Listens", "Plans", ""))).toEqual([[2, 1]]);
    expect(ranking(block, col(4, 4, 4))).toEqual([[1, ""]]);
  });
  it("accepts candidates as rows when the required levels are a row, and spills a column", () => {
    const rows = [
      [4, 4],
      [5, 2],
    ];
    expect(ranking(rows, row(4, 4))).toEqual([[1], [2]]);
  });
  it("takes the optional arguments left out as the web passes them (null), and ranks one competence's candidates in a row", () => {
    expect(ranking(all, req, null as never, null as never, null as never)).toEqual(ranking(all, req));
    // one competence: the candidates run across; 5 and 4 both fit fully, the weighted score puts 5 first
    expect(ranking([[3, 5, 4]], [[4]])).toEqual([[3, 1, 2]]);
  });
  it("counts a row without text but with a rating as a competence", () => {
    // one candidate rated on the untitled row only: 1 of 2 competences, complete; the row left out, 0 of 1
    expect(ranking([[null], [4]], col(4, 4), null as never, null as never, col("Listens", ""))).toEqual([[1]]);
  });
  it("names the argument whose length does not match the required levels", () => {
    const two = [
      [4, 3],
      [4, 4],
    ];
    expect(valueErrorOf(() => ranking(two, req, col(2))).message).toBe(
      "The arguments weights and required must be the same length: 1 and 2 cells.",
    );
    expect(valueErrorOf(() => ranking(two, req, null as never, null as never, col("Listens"))).message).toBe(
      "The arguments competences and required must be the same length: 1 and 2 cells.",
    );
    expect(
      valueErrorOf(() =>
        ranking(two, [
          [4, 4],
          [4, 4],
        ]),
      ).message,
    ).toBe("The argument required must be one column or one row, not 2 × 2 cells.");
    expect(
      valueErrorOf(() =>
        ranking(two, req, null as never, null as never, [
          ["Listens", ""],
          ["Plans", ""],
        ]),
      ).message,
    ).toBe("The argument competences must be one column or one row, not 2 × 2 cells.");
  });
  it("rejects a block whose competences do not match the required levels", () => {
    expect(valueErrorOf(() => ranking([[4, 4, 4]], req)).message).toContain("must have 2 competences per candidate");
  });
});

describe("messages in German and Dutch Excel", () => {
  it("name each argument as that Excel's formula tooltip does (functions-de.json, functions-nl.json)", () => {
    expect(inExcel("de-DE", () => valueErrorOf(() => fit(col(1, 2, 3), col(4, 4))).message)).toBe(
      "Die Argumente Soll und Bewertungen müssen gleich lang sein: 2 und 3 Zellen.",
    );
    expect(inExcel("nl-NL", () => valueErrorOf(() => weightedscore(col(1, 2, 3), col(2, 2))).message)).toBe(
      "De argumenten gewichten en scores moeten even lang zijn: 2 en 3 cellen.",
    );
    expect(
      inExcel(
        "de-AT",
        () =>
          valueErrorOf(() =>
            ranking(col(4, 4), col(4, 4), [
              [1, 2],
              [3, 4],
            ]),
          ).message,
      ),
    ).toBe("Das Argument Gewichte muss eine Spalte oder eine Zeile sein, nicht 2 × 2 Zellen.");
  });
});
