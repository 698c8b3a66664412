/**
 * The addresses users see and click: the cell a problem names ("'My sheet'!B2"), the range the pane selects, and
 * the addresses Excel hands back (with a sheet, quoted, absolute, either corner first).
 */
import { parseRangeAddress, quoteSheetName, rangeAddress } from "../../src/sheets/address";

describe("cell and range addresses", () => {
  it("names one cell alone and a block by its corners", () => {
    expect([
      rangeAddress(0, 0),
      rangeAddress(0, 0, 1, 3),
      rangeAddress(0, 0, 3, 1),
      rangeAddress(1, 1, 2, 2),
      rangeAddress(11, 12, 1, 26),
    ]).toEqual(["A1", "A1:C1", "A1:A3", "B2:C3", "M12:AL12"]);
  });

  it("quotes a sheet name where Excel would: spaces, signs, a leading digit, a name that reads as a cell", () => {
    const plain = ["Tasks", "Aufgaben", "Übersicht", "_notes", "Plan.2026", "ABCD12"];
    const quoted: [string, string][] = [
      ["My sheet", "'My sheet'"],
      ["Bob's plan", "'Bob''s plan'"],
      ["Sheet-1", "'Sheet-1'"],
      ["2026", "'2026'"],
      ["1st round", "'1st round'"],
      ["A1", "'A1'"],
      ["kam12", "'kam12'"],
      ["ABC12", "'ABC12'"],
    ];
    expect(plain.map(quoteSheetName)).toEqual(plain);
    expect(quoted.map(([name]) => quoteSheetName(name))).toEqual(quoted.map(([, q]) => q));
  });

  it("reads an address with or without its sheet, quoted or absolute, either corner first, in any case", () => {
    expect(parseRangeAddress("Sheet1!B2:D9")).toStrictEqual({ sheet: "Sheet1", row: 1, col: 1, rows: 8, cols: 3 });
    expect(parseRangeAddress("'Bob''s plan'!$B$2:$D$9")).toStrictEqual({ sheet: "Bob's plan", row: 1, col: 1, rows: 8, cols: 3 });
    expect(parseRangeAddress("D9:b2")).toStrictEqual({ row: 1, col: 1, rows: 8, cols: 3 });
    expect(parseRangeAddress("C5")).toStrictEqual({ row: 4, col: 2, rows: 1, cols: 1 });
    expect(parseRangeAddress("'Q&A!'!AA10")).toStrictEqual({ sheet: "Q&A!", row: 9, col: 26, rows: 1, cols: 1 });
  });

  it("reads back every address it writes, whatever the sheet's name", () => {
    for (const name of ["Tasks", "My sheet", "Bob's plan", "A1", "Q&A!", "Übersicht"]) {
      expect(parseRangeAddress(`${quoteSheetName(name)}!${rangeAddress(3, 4, 2, 5)}`)).toStrictEqual({
        sheet: name,
        row: 3,
        col: 4,
        rows: 2,
        cols: 5,
      });
    }
  });

  it("refuses what is no cell range, naming it: whole columns or rows, text around an address", () => {
    for (const bad of ["Sheet1!A:A", "3:3", "xA1!", "A1 ", "A1:B", "=A1"])
      expect(() => parseRangeAddress(bad)).toThrow(`Not a cell range address: ${bad}`);
  });
});
