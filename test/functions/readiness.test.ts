import { readiness, verdict, weakcount } from "../../src/kinds/readiness/functions/readiness";
import { withOffice } from "./inExcel";
import { valueErrorOf } from "./valueError";

const col = (...v: unknown[]) => v.map((x) => [x]);

describe("KAM.READINESS", () => {
  it('is the mean of the rated scores, blanks (0, null, "") not rated', () => {
    expect(readiness(col(4, 0, null, "", 2))).toBe(3);
  });
  it("reads a row the same as a column", () => {
    expect(readiness([[1, 2, 3, 5]])).toBe(readiness(col(1, 2, 3, 5)));
    expect(readiness([[1, 2, 3, 5]])).toBe(2.75);
  });
  it("averages each condition's respondents first, then the conditions", () => {
    // R1: 1 and 5 → 3; R2: 4 (one respondent blank) → index 3.5
    expect(
      readiness([
        [1, 5],
        [4, 0],
      ]),
    ).toBe(3.5);
  });
  it("is blank while nothing is rated", () => {
    expect(readiness(col(0, null, ""))).toBe("");
  });
  it("leaves not-applicable conditions out", () => {
    expect(readiness(col(1, 5), col("x", ""))).toBe(5);
    expect(readiness(col(1, 5), col(null, null))).toBe(3);
    // FALSE (a checkbox cleared, or a formula's "no") marks nothing
    expect(readiness(col(1, 5), col(false, ""))).toBe(3);
  });
  it("takes the optional arguments left out as the web passes them (null)", () => {
    expect(readiness(col(1, 5), null as never, null as never)).toBe(3);
    expect(verdict(col(2, 2, 5), null as never, null as never, null as never, null as never)).toBe(
      "Not ready: put the weak conditions in place first",
    );
  });
  it("leaves an invalid score out, as the sheet and the pane do: one rule everywhere", () => {
    expect(readiness(col(4, 7))).toBe(4);
    expect(readiness([[2.5, 3]])).toBe(3);
    expect(readiness(col("gut"))).toBe("");
    expect(readiness(col(-1, 5))).toBe(5);
  });
  it("with the condition texts, a row with neither text nor a valid score is a remark, not an unrated condition", () => {
    // R01 rated, a remark row (no text, no score), an own condition with text but no score yet
    expect(verdict(col(5, null, null), 3, "en", null as never, col("R01", "", "Own"))).toBe("Incomplete: not all conditions rated yet");
    expect(verdict(col(5, null), 3, "en", null as never, col("R01", ""))).toBe("Ready to introduce KAM");
    expect(verdict(col(5, 4), 3, "en", null as never, col("R01", ""))).toBe("Ready to introduce KAM");
    // an invalid entry alone does not make a row a condition
    expect(weakcount(col(2, "gut", 1), 3, null as never, col("R01", "", ""))).toBe(2);
    expect(valueErrorOf(() => readiness(col(1, 2), null as never, col("R01"))).message).toBe(
      "The conditions range has 1 cells; the scores have 2 rows.",
    );
  });
  it("compares a mean exactly at the threshold as equal, not below: twenty 2s and five 3s against 2.2", () => {
    // one row per condition, 25 respondents each: the second condition's mean 2.24 is above 2.2 anyway
    const block = [
      [...new Array(20).fill(2), ...new Array(5).fill(3)],
      [...new Array(19).fill(2), ...new Array(6).fill(3)],
    ];
    expect(weakcount(block, 2.2)).toBe(0);
    expect(weakcount(block, 2.21)).toBe(1);
  });
  it("rejects an n/a range that does not match the conditions", () => {
    expect(valueErrorOf(() => readiness(col(1, 2, 3), col("x", ""))).message).toBe(
      "The n/a range has 2 cells; the scores have 3 conditions.",
    );
  });
});

describe("KAM.WEAKCOUNT", () => {
  it("reads one row as one respondent's conditions, like one column", () => {
    expect(weakcount([[2, 2, 5]])).toBe(2);
    expect(weakcount(col(2, 2, 5))).toBe(2);
  });
  it("counts scores below 3 by default", () => {
    expect(weakcount(col(1, 2, 3, 4, 0))).toBe(2);
    expect(weakcount(col(1, 2, 3, 4), null as never)).toBe(2);
  });
  it("takes another threshold", () => {
    expect(weakcount(col(1, 2, 3, 4), 4)).toBe(3);
    expect(weakcount(col(1, 2, 3, 4), 2.5)).toBe(2);
  });
  it("judges a condition by its respondents' mean", () => {
    expect(
      weakcount([
        [2, 4],
        [2, 3],
        [1, null],
      ]),
    ).toBe(2);
  });
  it("rejects an invalid threshold", () => {
    expect(valueErrorOf(() => weakcount(col(1), 9)).message).toContain('Invalid threshold "9"');
    // the scale's ends are the bounds: just outside them is refused, on them taken (0 is what Excel passes for an
    // empty cell: the default 3)
    expect(weakcount(col(1, 2, 3), 0)).toBe(2);
    expect(valueErrorOf(() => weakcount(col(1), 6)).message).toContain('Invalid threshold "6"');
    expect(valueErrorOf(() => weakcount(col(1), 0.99)).code).toBe("#VALUE!");
    expect(valueErrorOf(() => weakcount(col(1), 5.01)).code).toBe("#VALUE!");
    expect([weakcount(col(1, 4), 1), weakcount(col(1, 4), 5)]).toEqual([0, 2]);
    expect(valueErrorOf(() => weakcount(col(1), "x" as never)).code).toBe("#VALUE!");
  });
});

describe("KAM.VERDICT", () => {
  it("reads NOT_READY in English with two weak conditions", () => {
    expect(verdict(col(2, 2, 5), 3, "en")).toBe("Not ready: put the weak conditions in place first");
  });
  it("speaks German and Dutch", () => {
    expect(verdict(col(5, 4, 3), null as never, "de")).toBe("Bereit für die Einführung von KAM");
    expect(verdict(col(5, 4, 2), 3, "nl")).toBe("Gereed, met één zwakke plek: pak die voorwaarde tegelijk aan");
    expect(verdict(col(5, 0), 3, "NL")).toBe("Onvolledig: nog niet alle voorwaarden gescoord");
  });
  it("defaults to English without Office's display language, or where the runtime cannot tell it yet", () => {
    expect(verdict(col(5, 5))).toBe("Ready to introduce KAM");
    expect(verdict(col(5, 5), 3, "")).toBe("Ready to introduce KAM");
    const notReady = {
      get context(): never {
        throw new Error("Office.context is not available before Office.onReady");
      },
    };
    expect(withOffice(notReady, () => verdict(col(5, 5)))).toBe("Ready to introduce KAM");
  });
  it("takes a language code with spaces around it, in any case", () => {
    expect(verdict(col(5, 5), 3, " de ")).toBe("Bereit für die Einführung von KAM");
  });
  it("rejects an unknown language, a language name and a number", () => {
    expect(valueErrorOf(() => verdict(col(5), 3, "fr")).message).toBe('Unknown language "fr": expected "de", "nl" or "en".');
    expect(valueErrorOf(() => verdict(col(5), 3, "deutsch")).message).toBe('Unknown language "deutsch": expected "de", "nl" or "en".');
    expect(valueErrorOf(() => verdict(col(5), 3, 49 as never)).code).toBe("#VALUE!");
  });
  it("honours not-applicable conditions", () => {
    expect(verdict(col(1, 1, 4), 3, "en", col("x", "x", ""))).toBe("Ready to introduce KAM");
  });
});
