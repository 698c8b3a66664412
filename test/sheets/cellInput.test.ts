/**
 * What the add-in writes for text: text Excel would take for something else gets an apostrophe, other text is
 * written as it is. The Office double applies Excel's reading of written text (test/office/input.ts), so the
 * round trip through it proves the escaping.
 */
import { cellInput, excelWouldConvert } from "../../src/sheets/cellInput";
import { excelParse } from "../office/input";

describe("text written into a cell", () => {
  it.each([
    "007",
    "1e3",
    "50%",
    "50 %",
    "1,250",
    "1.250,00",
    "$5",
    "€ 5",
    "-3",
    "+3",
    "TRUE",
    "false",
    "WAHR",
    "onwaar",
    "#N/A",
    "#ref!",
    "# not an error",
    "2026-03-31",
    "3/31/2026",
    "31.03.2026",
    "31-Mar",
    "Mar 31",
    "31 maart 2026",
    "10:30",
    "10 AM",
    "1/2",
    "=A1",
    "+49 30 1234",
    "@home",
    " =x",
    "'quoted",
    // pasted with spaces around it
    " TRUE ",
    // a date whose month has nine letters
    "September 5",
    // a quarter and a year: not an id, one short word with digits
    "Q3 2026",
  ])("%j is escaped, so it stays text", (text) => {
    expect(excelWouldConvert(text)).toBe(true);
    expect(cellInput(text)).toBe(`'${text}`);
  });

  it.each([
    "Anna",
    "Top management commitment",
    "Readiness index (1–5)",
    "Phase 2 of the plan",
    "R01",
    "C15",
    "Q3",
    "Zoë 😀",
    "مدير الحسابات",
    "",
    // signs and words inside the text, not at its start
    "Cost-benefit analysis",
    "Profit = revenue − cost",
    "C# skills",
    "True partnership",
    "Not true",
    // an id with more than one letter; a long word beside a digit
    "KAM2",
    "Stakeholder 3",
  ])("%j is written as it is", (text) => {
    expect(excelWouldConvert(text)).toBe(false);
    expect(cellInput(text)).toBe(text);
  });

  it("whatever Excel would convert (as the double models it) is escaped", () => {
    for (const text of ["007", "1e3", "50%", "1,250", "$5", "TRUE", "#n/a", "2026-03-31", "3/31/2026", " 12 ", ".5", "-0"]) {
      expect(excelParse(text)).toBeDefined();
      expect(excelWouldConvert(text)).toBe(true);
    }
  });

  it("leaves numbers and TRUE/FALSE as values, writes a formula as it is, and an empty cell as nothing", () => {
    expect(cellInput(5)).toBe(5);
    expect(cellInput(0.25)).toBe(0.25);
    expect(cellInput(true)).toBe(true);
    expect(cellInput({ formula: "=SUM(A1:A3)" })).toBe("=SUM(A1:A3)");
    expect(cellInput(null)).toBe("");
  });
});
