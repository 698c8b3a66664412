import { readiness, verdict, weakcount } from "../../src/functions/readiness";
import { valueErrorOf } from "./valueError";

const col = (...v: unknown[]) => v.map((x) => [x]);
const invocation = (address: string) => ({ parameterAddresses: [address] }) as unknown as CustomFunctions.Invocation;


describe("KAM.READINESS", () => {
  it("is the mean of the rated scores, blanks (0, null, \"\") not rated", () => {
    expect(readiness(col(4, 0, null, "", 2))).toBe(3);
  });
  it("reads a row the same as a column", () => {
    expect(readiness([[1, 2, 3, 5]])).toBe(readiness(col(1, 2, 3, 5)));
    expect(readiness([[1, 2, 3, 5]])).toBe(2.75);
  });
  it("averages each condition's respondents first, then the conditions", () => {
    // R1: 1 and 5 → 3; R2: 4 (one respondent blank) → index 3.5
    expect(readiness([[1, 5], [4, 0]])).toBe(3.5);
  });
  it("is blank while nothing is rated", () => {
    expect(readiness(col(0, null, ""))).toBe("");
  });
  it("leaves not-applicable conditions out", () => {
    expect(readiness(col(1, 5), col("x", ""))).toBe(5);
    expect(readiness(col(1, 5), col(null, null))).toBe(3);
  });
  it("returns #VALUE! naming the cell for an invalid score", () => {
    const e = valueErrorOf(() => readiness(col(4, 7), null as never, invocation("Readiness!D10:D11")));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe('Invalid score "7" at Readiness!D11: expected 1–5 or blank.');
    expect(valueErrorOf(() => readiness([[2.5, 3]])).message).toContain("row 1, column 1");
    expect(valueErrorOf(() => readiness(col("gut"))).message).toContain('"gut"');
    expect(valueErrorOf(() => readiness(col(-1))).code).toBe("#VALUE!");
  });
  it("rejects an n/a range that does not match the conditions", () => {
    expect(valueErrorOf(() => readiness(col(1, 2, 3), col("x", ""))).message).toBe("The n/a range has 2 cells; the scores have 3 conditions.");
  });
});

describe("KAM.WEAKCOUNT", () => {
  it("counts scores below 3 by default", () => {
    expect(weakcount(col(1, 2, 3, 4, 0))).toBe(2);
    expect(weakcount(col(1, 2, 3, 4), null as never)).toBe(2);
  });
  it("takes another threshold", () => {
    expect(weakcount(col(1, 2, 3, 4), 4)).toBe(3);
    expect(weakcount(col(1, 2, 3, 4), 2.5)).toBe(2);
  });
  it("judges a condition by its respondents' mean", () => {
    expect(weakcount([[2, 4], [2, 3], [1, null]])).toBe(2);
  });
  it("rejects an invalid threshold", () => {
    expect(valueErrorOf(() => weakcount(col(1), 9)).message).toContain('Invalid threshold "9"');
    expect(valueErrorOf(() => weakcount(col(1), "x" as never)).code).toBe("#VALUE!");
  });
});

describe("KAM.VERDICT", () => {
  it("reads NOT_READY in English with two weak conditions", () => {
    expect(verdict(col(2, 2, 5), 3, "en")).toBe("Not ready: realize the weak conditions first");
  });
  it("speaks German and Dutch", () => {
    expect(verdict(col(5, 4, 3), null as never, "de")).toBe("Bereit für die Einführung von KAM");
    expect(verdict(col(5, 4, 2), 3, "nl")).toBe("Gereed, met één zwakke plek: pak die voorwaarde tegelijk aan");
    expect(verdict(col(5, 0), 3, "NL")).toBe("Onvolledig: nog niet alle voorwaarden gescoord");
  });
  it("defaults to English without Office's display language", () => {
    expect(verdict(col(5, 5))).toBe("Ready to introduce KAM");
  });
  it("rejects an unknown language", () => {
    expect(valueErrorOf(() => verdict(col(5), 3, "fr")).message).toBe('Unknown language "fr": expected "de", "nl" or "en".');
  });
  it("honours not-applicable conditions", () => {
    expect(verdict(col(1, 1, 4), 3, "en", col("x", "x", ""))).toBe("Ready to introduce KAM");
  });
});
