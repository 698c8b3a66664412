/**
 * How far a sheet's own formulas reach, read from their first range: rows an entry must lie between to count in
 * a total, columns a member or criterion must lie between to count in a row's formula.
 */
import { rangeCols, rangeEndCol, rangeEndRow, rangeStartRow } from "../../src/sheets/entries";

describe("the first range of a formula", () => {
  it("gives its first and last row, 0-based, with or without $ and over wide columns", () => {
    expect([rangeStartRow("=COUNT($D$21:$D$26)"), rangeEndRow("=COUNT($D$21:$D$26)")]).toEqual([20, 25]);
    expect([rangeStartRow("=SUM(AB3:AB10)+SUM(C1:C99)"), rangeEndRow("=SUM(AB3:AB10)+SUM(C1:C99)")]).toEqual([2, 9]);
    expect([rangeStartRow("=A1+B2"), rangeEndRow("=A1+B2")]).toEqual([undefined, undefined]);
    expect([rangeStartRow(undefined), rangeEndRow(undefined)]).toEqual([undefined, undefined]);
  });

  it("gives the columns of the first range within one row, 0-based", () => {
    expect(rangeCols("=MAX($G21:$I21)")).toEqual({ first: 6, last: 8 });
    expect(rangeCols("=IF(COUNT(G21:AA21)>0,1,0)")).toEqual({ first: 6, last: 26 });
    // a range down a column comes first: the row range after it counts
    expect(rangeCols("=SUMPRODUCT($A$1:$A$9,$K10:$U10)")).toEqual({ first: 10, last: 20 });
    // rows 2 and 21 are different rows, though one's number begins the other's
    expect(rangeCols("=SUM(B2:C21)")).toBeUndefined();
    expect(rangeEndCol("=SUM(B2:C2)")).toBe(2);
    expect(rangeCols(undefined)).toBeUndefined();
  });
});
