/**
 * Excel marshals every range argument of a custom function into JavaScript on each recalculation: the cells our
 * sheets pass to the KAM.* functions must grow linearly with what users enter (issue: a rank over the whole rating
 * block per candidate passed ~230 cells per rating at 200 candidates). The bench prints the same figures.
 */
import { functionLoad, functionLoads, kamReferences } from "../bench/functionCells";

describe("the cells a full recalculation passes to the custom functions", () => {
  it("counts each call's ranges, inside argument expressions too, and nothing outside KAM calls", () => {
    expect(kamReferences('=IF(COUNTA(G$10:G$37)>0,KAM.FIT(G$10:G$37,$C$10:$C$37,"A1"),"")').map((r) => r.rows * r.cols)).toEqual([28, 28]);
    expect(kamReferences("=KAM.TASKSTATE(F13,G13,IF(ISNUMBER($B$3),$B$3,TODAY()))")).toHaveLength(4);
    const load = functionLoad(["=KAM.READINESS(A1:B2)", "=KAM.WEAKCOUNT(A1:B2,3)"]);
    expect(load).toEqual({ calls: 2, cellsPassed: 8, inputCells: 4, perInputCell: 2 });
  });

  it("tells a rank over the whole block per candidate apart: quadratic, and over the goal", () => {
    // 20 candidates, each passing the 8 × 20 block: 20 passes of every rating
    const block = Array.from(
      { length: 20 },
      (_, k) => `=KAM.RANK(${String.fromCharCode(65 + k)}1:${String.fromCharCode(65 + k)}8,$A$1:$T$8)`,
    );
    expect(functionLoad(block).perInputCell).toBe(21);
  });

  it.each(functionLoads().map((r) => [r.sheet, r.size, r] as const))("%s at %s: at most 10 per input cell", (_, __, row) => {
    expect(row.calls).toBeGreaterThan(0);
    expect(row.perInputCell).toBeLessThanOrEqual(10);
  });
});
