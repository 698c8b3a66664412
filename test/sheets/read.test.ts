/**
 * The grid readers every parser stands on: what a cell holds (a value, a formula, an error, nothing), which rows
 * and columns hold something in a sparse read, and how a problem records its cell and entry.
 */
import {
  type CellRead,
  type SheetGrid,
  cellAt,
  filledCols,
  filledRows,
  gridFromValues,
  gridRowCount,
  gridWidth,
  isBlankResult,
  isMarked,
  problemAt,
  textAt,
  typeOfValue,
} from "../../src/sheets/read";

/** A grid as a sparse read gives it: only the cells that hold something are in its arrays. */
function sparse(name: string, cells: readonly [number, number, string | number | boolean, string?][]): SheetGrid {
  const values: (string | number | boolean)[][] = [];
  const formulas: (string | number | boolean)[][] = [];
  const valueTypes: ("String" | "Double" | "Boolean" | "Empty" | "Error")[][] = [];
  for (const [r, c, v, f] of cells) {
    (values[r] ??= [])[c] = v;
    (formulas[r] ??= [])[c] = f ?? v;
    (valueTypes[r] ??= [])[c] = typeOfValue(v);
  }
  return { name, values, formulas, valueTypes };
}

/** A sparse array holding only the given indexes, as a sparse read gives a row. */
function at<T>(entries: Readonly<Record<number, T>>): T[] {
  const a: T[] = [];
  for (const [k, v] of Object.entries(entries)) a[Number(k)] = v;
  return a;
}

describe("a cell as read", () => {
  const grid = gridFromValues("S", [
    ["text", 5, true],
    ["=A1", "", "#N/A"],
  ]);

  it("is its value, without a formula key where it has none", () => {
    expect(cellAt(grid, 0, 0)).toStrictEqual({ value: "text", error: false, empty: false });
    expect(cellAt(grid, 0, 1)).toStrictEqual({ value: 5, error: false, empty: false });
    expect(cellAt(grid, 1, 2)).toStrictEqual({ value: "#N/A", error: true, empty: false });
  });

  it("outside the arrays (a row or a column never read) is empty, as is a blank cell", () => {
    expect(cellAt(grid, 40, 0)).toStrictEqual({ value: "", error: false, empty: true });
    expect(cellAt(grid, 0, 40)).toStrictEqual({ value: "", error: false, empty: true });
    expect(cellAt(grid, 1, 1).empty).toBe(true);
    expect(textAt(grid, 40, 3)).toBe("");
  });

  it("has a formula only where its entry starts with = and differs from its value", () => {
    // a formula whose result is empty text
    expect(cellAt(grid, 1, 0)).toStrictEqual({ value: "", formula: "=A1", error: false, empty: false });
    // text typed as '=x reads back with the same text as value and entry: no formula
    const typed = sparse("S", [[0, 0, "=x", "=x"]]);
    expect(cellAt(typed, 0, 0)).toStrictEqual({ value: "=x", error: false, empty: false });
    // an entry that differs from the value but is no formula (a host's raw constant) is no formula either
    const raw = sparse("S", [[0, 0, "31.03.2026", "46112"]]);
    expect(cellAt(raw, 0, 0).formula).toBeUndefined();
  });

  it("trims text, and reads a number as its text", () => {
    const g = gridFromValues("S", [["  Anna  ", 7]]);
    expect(textAt(g, 0, 0)).toBe("Anna");
    expect(textAt(g, 0, 1)).toBe("7");
  });
});

describe("marks and blank results", () => {
  const read = (value: CellRead["value"], o: Partial<CellRead> = {}): CellRead => ({ value, error: false, empty: value === "", ...o });

  it("a mark is anything but blank, 0 or FALSE", () => {
    expect([read("x"), read(1), read(true), read("0")].map(isMarked)).toEqual([true, true, true, true]);
    expect([read(""), read(0), read(false)].map(isMarked)).toEqual([false, false, false]);
  });

  it("a blank result is a formula's empty text: not a constant, not an error", () => {
    expect(isBlankResult(read("", { formula: '=IF(A1="","",A1)', empty: false }))).toBe(true);
    expect(isBlankResult(read(""))).toBe(false);
    expect(isBlankResult(read("", { formula: "=X()", error: true, empty: false }))).toBe(false);
    expect(isBlankResult(read("a", { formula: "=A1", empty: false }))).toBe(false);
  });
});

describe("the rows and columns that hold something", () => {
  it("are listed ascending, from values and formulas together, skipping empty cells", () => {
    // row 0 holds a value at C only and a formula at A only: both count, in column order
    const g: SheetGrid = {
      name: "S",
      values: [at({ 2: "b" }), ["", ""], at({ 1: "x" })],
      formulas: [["=X()"], ["", ""], at({ 1: "x" })],
      valueTypes: [at({ 2: "String" }), ["Empty", "Empty"], at({ 1: "String" })],
    };
    expect(filledRows(g)).toEqual([0, 2]);
    expect(filledCols(g, 0)).toEqual([0, 2]);
    expect(filledCols(g, 1)).toEqual([]);
    expect(gridRowCount(g)).toBe(3);
    expect(gridWidth(g)).toBe(3);
  });

  it("come from values and formulas read apart, and from a row whose formulas were not read", () => {
    const values: string[][] = [];
    const formulas: string[][] = [];
    values[5] = ["late"];
    formulas[2] = ["=X()"];
    expect(filledRows({ name: "S", values, formulas, valueTypes: [] })).toEqual([2, 5]);
    expect(filledRows({ name: "S", values, formulas: [], valueTypes: [] })).toEqual([5]);
  });

  it("ignore keys of an array that are no cell indexes, and keep the columns in order", () => {
    const row: string[] & { extra?: string } = at({ 2: "b" });
    row.extra = "not a cell";
    const g: SheetGrid = { name: "S", values: [row], formulas: [["=X()"]], valueTypes: [[]] };
    expect(filledCols(g, 0)).toEqual([0, 2]);
  });

  it("of an empty grid are none", () => {
    const g = gridFromValues("S", []);
    expect(filledRows(g)).toEqual([]);
    expect(gridRowCount(g)).toBe(0);
    expect(gridWidth(g)).toBe(0);
  });

  it("of a single far cell are that cell's", () => {
    const g = sparse("S", [[1_048_575, 16_383, "far"]]);
    expect(filledRows(g)).toEqual([1_048_575]);
    expect(gridRowCount(g)).toBe(1_048_576);
    expect(gridWidth(g)).toBe(16_384);
    expect(filledRows(g, 0, 10)).toEqual([]);
  });
});

describe("a problem", () => {
  const grid = gridFromValues("Plan", [["x"]]);

  it("names its sheet and cell, and records the entry as text with its kind where it is no text", () => {
    expect(problemAt(grid, 3, 2, "notNumber", "gut")).toStrictEqual({ sheet: "Plan", cell: "C4", code: "notNumber", value: "gut" });
    expect(problemAt(grid, 0, 0, "outOfRange", 9)).toStrictEqual({
      sheet: "Plan",
      cell: "A1",
      code: "outOfRange",
      value: "9",
      kind: "number",
    });
    expect(problemAt(grid, 0, 0, "notNumber", true)).toMatchObject({ value: "true", kind: "boolean" });
  });

  it("names what the cell should hold only where given", () => {
    expect(problemAt(grid, 0, 0, "computedOverwritten", "1", "Mean")).toStrictEqual({
      sheet: "Plan",
      cell: "A1",
      code: "computedOverwritten",
      value: "1",
      expected: "Mean",
    });
  });
});

describe("a grid built from plain values", () => {
  it("types each cell as Office.js does, and takes = for a formula", () => {
    const g = gridFromValues("S", [[null, undefined, "", 2, false, "#DIV/0!", "=B1", "#N/A or so", "no #N/A", "#UNKNOWN!", "#BLOCKED!"]]);
    expect(g.formulas[0]).toEqual(["", "", "", 2, false, "#DIV/0!", "=B1", "#N/A or so", "no #N/A", "#UNKNOWN!", "#BLOCKED!"]);
    expect(g.values[0]).toEqual(["", "", "", 2, false, "#DIV/0!", "", "#N/A or so", "no #N/A", "#UNKNOWN!", "#BLOCKED!"]);
    expect(g.valueTypes[0]).toEqual([
      "Empty",
      "Empty",
      "Empty",
      "Double",
      "Boolean",
      "Error",
      "Empty",
      "String",
      "String",
      "Error",
      "Error",
    ]);
  });
});
