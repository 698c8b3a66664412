/**
 * The grid a host reads right after writing a spec: the spec's cells with its separate blocks (the task overview's
 * timeline header) in place, dense from A1, formulas read as empty values until calculated.
 */
import { type CellContent, type SheetSpec, cellBlocks } from "../../src/sheets/spec";
import { allCells, specToGrid } from "../../src/sheets/specToGrid";

function spec(cells: CellContent[][], blocks: SheetSpec["blocks"] = []): SheetSpec {
  return {
    name: "S",
    cells,
    numberFormats: cells.map((r) => r.map(() => "General")),
    styles: [],
    merges: [],
    columnWidths: [],
    rowHeights: [],
    validations: [],
    conditionalFormats: [],
    freezeRows: 0,
    blocks,
    print: { landscape: false, area: { row: 0, col: 0, rows: 1, cols: 1 }, header: {}, footer: {} },
  };
}

const block = (row: number, col: number, cells: CellContent[][]) => ({
  row,
  col,
  cells,
  numberFormats: cells.map((r) => r.map(() => "General")),
});

describe("a spec's cells with its blocks", () => {
  it("puts a block right of the table in place, and fills the rows out to its right edge", () => {
    const cells = allCells(
      spec(
        [
          ["a", "b"],
          ["c", "d"],
        ],
        [block(0, 4, [["w1", "w2"]])],
      ),
    );
    expect(cells).toEqual([
      ["a", "b", null, null, "w1", "w2"],
      ["c", "d", null, null, null, null],
    ]);
  });

  it("puts a block below the table in place, with empty rows between", () => {
    const cells = allCells(spec([["a"]], [block(2, 1, [["x"], ["y"]])]));
    expect(cells).toEqual([
      ["a", null],
      [null, null],
      [null, "x"],
      [null, "y"],
    ]);
  });

  it("takes its size from the blocks alone when the spec has no cells, and an empty block adds nothing", () => {
    expect(allCells(spec([], [block(1, 1, [["z"]])]))).toEqual([
      [null, null],
      [null, "z"],
    ]);
    expect(allCells(spec([["a"]], [block(0, 3, [])]))).toEqual([["a", null, null]]);
    expect(allCells(spec([["a", "b"]]))).toEqual([["a", "b"]]);
  });
});

describe("the grid read back after writing", () => {
  it("holds each formula as the entry and an empty value, a constant as both, a blank as empty", () => {
    const grid = specToGrid(spec([["text", 5, { formula: "=A1" }, null, true]]));
    expect(grid.formulas).toEqual([["text", 5, "=A1", "", true]]);
    expect(grid.values).toEqual([["text", 5, "", "", true]]);
    expect(grid.valueTypes).toEqual([["String", "Double", "Empty", "Empty", "Boolean"]]);
    expect(grid.name).toBe("S");
  });
});

describe("the blocks a host writes", () => {
  it("are the spec's cells from A1 first, then its separate blocks; a spec without blocks is one", () => {
    const timeline = block(0, 4, [["w1"]]);
    const withBlock = spec([["a"]], [timeline]);
    expect(cellBlocks(withBlock)).toEqual([{ row: 0, col: 0, cells: [["a"]], numberFormats: [["General"]] }, timeline]);
    expect(cellBlocks({ ...withBlock, blocks: undefined })).toEqual([{ row: 0, col: 0, cells: [["a"]], numberFormats: [["General"]] }]);
  });
});
