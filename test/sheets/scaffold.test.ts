/** Every sheet's head: a sheet without a legend (the task overview) gets no legend row, style or merge. */
import { GridBuilder } from "../../src/sheets/grid";
import { headLook, writeHead } from "../../src/sheets/scaffold";

describe("a sheet's head", () => {
  it("without a legend: title and instruction only, merged and styled across the sheet", () => {
    const look = headLook({ title: 0, instruction: 1 }, { width: 6, instructionHeight: 36 });
    expect(look.merges).toEqual([
      { row: 0, col: 0, rows: 1, cols: 6 },
      { row: 1, col: 0, rows: 1, cols: 6 },
    ]);
    expect(look.styles.map((s) => s.area.row)).toEqual([0, 1]);
    expect(look.rowHeights).toEqual([{ row: 1, height: 36 }]);
    const g = new GridBuilder(3, 2);
    writeHead(g, { title: 0, instruction: 1 }, { title: "Plan", instruction: "Fill in", legend: "unused" });
    expect(g.cells).toEqual([
      ["Plan", null],
      ["Fill in", null],
      [null, null],
    ]);
  });

  it("with a legend: its row muted and italic, merged as far as asked", () => {
    const look = headLook({ title: 0, instruction: 1, legend: 2 }, { width: 9, mergeWidth: 8, instructionHeight: 48 });
    expect(look.merges.map((m) => [m.row, m.cols])).toEqual([
      [0, 8],
      [1, 8],
      [2, 8],
    ]);
    expect(look.styles[2]).toMatchObject({ area: { row: 2, cols: 9 }, style: { italic: true } });
    const g = new GridBuilder(3, 1);
    writeHead(g, { title: 0, instruction: 1, legend: 2 }, { title: "T", instruction: "I" });
    expect(g.cells).toEqual([["T"], ["I"], [null]]);
  });
});
